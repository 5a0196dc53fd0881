/**
 * How sign-in is configured, read from the environment (decision record 0042): single sign-on
 * with OpenID Connect when `OIDC_ISSUER` is set, local passwords unless `PASSWORD_LOGIN=off`.
 * Without any of these variables everything works as before. A configuration that cannot work
 * is refused at start with every problem named, so an operator never learns of it from a user.
 */

export interface SsoConfig {
	/** The provider's issuer identifier, exactly as configured (discovery checks it). */
	issuer: string;
	clientId: string;
	clientSecret: string;
	/** The claim whose value names the institution (SURFconext: `schac_home_organization`). */
	institutionClaim: string;
	/** The claim that identifies the person for good (normally `sub`). */
	subjectClaim: string;
	scopes: string;
	/** The name on the button: "Inloggen met {displayName}". */
	displayName: string;
	/** ORIGIN/login/oidc/callback: register it at the provider. */
	redirectUri: string;
	/** ORIGIN/login: where the provider sends the browser back after signing out there. */
	postLogoutRedirectUri: string;
}

export interface AuthConfig {
	sso: SsoConfig | null;
	passwordLogin: boolean;
}

export type AuthConfigResult = { ok: true; config: AuthConfig } | { ok: false; problems: string[] };

export const DEFAULT_INSTITUTION_CLAIM = 'schac_home_organization';
export const DEFAULT_SUBJECT_CLAIM = 'sub';
export const DEFAULT_SCOPES = 'openid profile email';
export const DEFAULT_DISPLAY_NAME = 'SURFconext';
export const CALLBACK_PATH = '/login/oidc/callback';

/** The variables this module reads, so a problem names the one to fix. */
export const SSO_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_INSTITUTION_CLAIM', 'OIDC_SUBJECT_CLAIM', 'OIDC_SCOPES', 'OIDC_DISPLAY_NAME'] as const;

const CLAIM_NAME = /^[A-Za-z0-9_.:/-]{1,100}$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type Env = Readonly<Record<string, string | undefined>>;

/** Parses the sign-in configuration; `origin` is the public address (ORIGIN). */
export function parseAuthConfig(env: Env, origin: string): AuthConfigResult {
	const problems: string[] = [];
	const value = (name: string) => {
		const v = env[name]?.trim();
		return v === undefined || v === '' ? undefined : v;
	};

	const passwordSetting = (value('PASSWORD_LOGIN') ?? 'on').toLowerCase();
	if (passwordSetting !== 'on' && passwordSetting !== 'off') problems.push(`PASSWORD_LOGIN must be "on" or "off", not "${value('PASSWORD_LOGIN')}".`);
	const passwordLogin = passwordSetting !== 'off';

	const issuer = value('OIDC_ISSUER');
	if (!issuer) {
		const stray = SSO_VARIABLES.filter((name) => value(name) !== undefined);
		if (stray.length > 0) problems.push(`${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} set but OIDC_ISSUER is not: set OIDC_ISSUER to turn single sign-on on, or remove ${stray.length === 1 ? 'it' : 'them'}.`);
		if (!passwordLogin) problems.push('PASSWORD_LOGIN=off needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET): otherwise nobody can sign in.');
		return problems.length > 0 ? { ok: false, problems } : { ok: true, config: { sso: null, passwordLogin } };
	}

	const issuerUrl = parseUrl(issuer);
	if (!issuerUrl) problems.push(`OIDC_ISSUER must be the provider's address, e.g. https://connect.surfconext.nl, not "${issuer}".`);
	else {
		if (issuerUrl.protocol !== 'https:' && !(issuerUrl.protocol === 'http:' && LOCAL_HOSTS.has(issuerUrl.hostname))) {
			problems.push(`OIDC_ISSUER must use https (plain http only for a provider on this machine), not "${issuer}".`);
		}
		if (issuerUrl.search || issuerUrl.hash || issuerUrl.username || issuerUrl.password) problems.push(`OIDC_ISSUER must have no query, fragment or credentials: "${issuer}".`);
	}
	const clientId = value('OIDC_CLIENT_ID');
	if (!clientId) problems.push('OIDC_CLIENT_ID is missing: the client id the provider gave Blendwijzer.');
	const clientSecret = value('OIDC_CLIENT_SECRET');
	if (!clientSecret) problems.push('OIDC_CLIENT_SECRET is missing: the client secret the provider gave Blendwijzer.');
	const claim = (name: string, fallback: string) => {
		const v = value(name) ?? fallback;
		if (!CLAIM_NAME.test(v)) problems.push(`${name} must be a claim name (letters, digits, _ . : / -), not "${v}".`);
		return v;
	};
	const institutionClaim = claim('OIDC_INSTITUTION_CLAIM', DEFAULT_INSTITUTION_CLAIM);
	const subjectClaim = claim('OIDC_SUBJECT_CLAIM', DEFAULT_SUBJECT_CLAIM);
	const scopes = (value('OIDC_SCOPES') ?? DEFAULT_SCOPES).split(/\s+/).filter(Boolean);
	if (!scopes.includes('openid')) problems.push(`OIDC_SCOPES must include "openid", not "${scopes.join(' ')}".`);
	const displayName = value('OIDC_DISPLAY_NAME') ?? DEFAULT_DISPLAY_NAME;
	if (displayName.length > 60) problems.push('OIDC_DISPLAY_NAME may have at most 60 characters.');

	const originUrl = parseUrl(origin);
	if (!originUrl) problems.push(`ORIGIN must be the public address of Blendwijzer, not "${origin}".`);

	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		config: {
			passwordLogin,
			sso: {
				issuer,
				clientId: clientId!,
				clientSecret: clientSecret!,
				institutionClaim,
				subjectClaim,
				scopes: scopes.join(' '),
				displayName,
				redirectUri: new URL(CALLBACK_PATH, originUrl!).href,
				postLogoutRedirectUri: new URL('/login', originUrl!).href
			}
		}
	};
}

function parseUrl(text: string): URL | undefined {
	try {
		const url = new URL(text);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
	} catch {
		return undefined;
	}
}
