/**
 * Talking to the OpenID Connect provider, through openid-client (decision record 0042): discovery
 * (cached once it worked), the authorization request with PKCE, state and nonce, the code grant
 * with every check the library makes plus the ID token's signature (`enableNonRepudiationChecks`),
 * and RP-initiated logout. Tokens live only in memory during the callback; nothing here stores one.
 */
import * as client from 'openid-client';
import type { SsoConfig } from '$lib/sso/config';

/** Seconds to wait for the provider before telling the person it cannot be reached. */
const TIMEOUT_SECONDS = 10;

let cached: { key: string; configuration: client.Configuration } | undefined;

function isLocalHttp(issuer: string): boolean {
	return new URL(issuer).protocol === 'http:';
}

/** The provider's configuration: discovered once; a failed discovery is tried again next time. */
export async function providerConfiguration(sso: SsoConfig): Promise<client.Configuration> {
	const key = `${sso.issuer} ${sso.clientId}`;
	if (cached?.key === key) return cached.configuration;
	const configuration = await client.discovery(new URL(sso.issuer), sso.clientId, { client_secret: sso.clientSecret }, client.ClientSecretBasic(sso.clientSecret), {
		timeout: TIMEOUT_SECONDS,
		// http only for a provider on this machine (the configuration refuses it otherwise).
		execute: [client.enableNonRepudiationChecks, ...(isLocalHttp(sso.issuer) ? [client.allowInsecureRequests] : [])]
	});
	cached = { key, configuration };
	return configuration;
}

export interface AuthorizationStart {
	url: URL;
	state: string;
	codeVerifier: string;
	nonce: string;
}

export async function authorizationStart(sso: SsoConfig): Promise<AuthorizationStart> {
	const configuration = await providerConfiguration(sso);
	const codeVerifier = client.randomPKCECodeVerifier();
	const state = client.randomState();
	const nonce = client.randomNonce();
	const url = client.buildAuthorizationUrl(configuration, {
		redirect_uri: sso.redirectUri,
		scope: sso.scopes,
		code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
		code_challenge_method: 'S256',
		state,
		nonce
	});
	return { url, state, codeVerifier, nonce };
}

/**
 * The provider's answer checked and exchanged: the ID token's claims with the UserInfo endpoint's
 * (a provider may put the name, e-mail address and institution only there, as SURFconext does).
 */
export async function finishAuthorization(
	sso: SsoConfig,
	search: string,
	checks: { state: string; codeVerifier: string; nonce: string }
): Promise<{ issuer: string; claims: Record<string, unknown> }> {
	const configuration = await providerConfiguration(sso);
	const currentUrl = new URL(sso.redirectUri);
	currentUrl.search = search;
	const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
		expectedState: checks.state,
		pkceCodeVerifier: checks.codeVerifier,
		expectedNonce: checks.nonce,
		idTokenExpected: true
	});
	const idClaims = tokens.claims();
	if (!idClaims) throw new client.ClientError('no ID token');
	// The UserInfo response's subject must be the ID token's (the library checks it).
	const userInfo = configuration.serverMetadata().userinfo_endpoint ? await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub) : {};
	return { issuer: configuration.serverMetadata().issuer, claims: { ...userInfo, ...idClaims } };
}

/** Where to send the browser to sign out at the provider too, or null when it has no end_session_endpoint. */
export async function endSessionUrl(sso: SsoConfig): Promise<URL | null> {
	const configuration = await providerConfiguration(sso);
	if (!configuration.serverMetadata().end_session_endpoint) return null;
	return client.buildEndSessionUrl(configuration, { post_logout_redirect_uri: sso.postLogoutRedirectUri });
}

export type FailureReason = 'providerDown' | 'providerRefused' | 'wrongIssuer' | 'invalidAnswer';

/**
 * What went wrong, for the person's message and the log. The log gets the library's error code
 * and fixed message only, never the cause's details (they can hold claims or parameters).
 */
export function classifyFailure(error: unknown): { reason: FailureReason; code: string; detail: string } {
	const err = error as { name?: string; code?: string; message?: string; cause?: { message?: string; name?: string; code?: string } };
	const detail = `${err?.message ?? ''}${err?.cause?.message && typeof err.cause.message === 'string' ? `: ${err.cause.message}` : ''}`.slice(0, 300);
	const code = err?.code ?? err?.name ?? 'unknown';
	if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError) return { reason: 'providerRefused', code, detail };
	if (error instanceof TypeError || code === 'OAUTH_TIMEOUT' || code === 'OAUTH_ABORT' || code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON') {
		return { reason: 'providerDown', code, detail };
	}
	if (/"iss"|issuer/.test(detail)) return { reason: 'wrongIssuer', code, detail };
	return { reason: 'invalidAnswer', code, detail };
}
