/**
 * Single sign-on from start to account (decision record 0042). The start remembers the PKCE
 * verifier, state and nonce in `sso_login` and binds the attempt to the browser with a
 * short-lived httpOnly cookie; the callback takes that row (once), has openid-client check the
 * answer, and then finds the account, makes the first administrator (setup), or files a request
 * that waits for an administrator. Every refusal stores nothing and says why.
 */
import { claimSetup } from '$lib/accounts/server/data/setup';
import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '$lib/server/db/schema';
import { isSecureContext } from '$lib/server/http/security';
import { inTransaction } from '$lib/server/db/transaction';
import { log } from '$lib/server/log';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import { identityFromClaims, type Identity, type IdentityProblem } from '$lib/sso/claims';
import type { SsoConfig } from '$lib/sso/config';
import * as ssoLogins from './data/sso-logins';
import * as ssoRequests from './data/sso-requests';
import { authorizationStart, classifyFailure, finishAuthorization, type FailureReason } from './oidc';

export type SsoProblem = FailureReason | IdentityProblem | 'expired' | 'unknownInstitution' | 'disabled';

export type SignInOutcome =
	| { kind: 'signedIn'; userId: string; next: string }
	| { kind: 'waiting' }
	| { kind: 'rejected' }
	| { kind: 'failed'; problem: SsoProblem };

const bindingCookie = (url: URL) => (isSecureContext(url) ? '__Host-bw_sso' : 'bw_sso');
const cookieOptions = (url: URL) => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure: isSecureContext(url) });

/**
 * Starts a sign-in at the provider: the address to send the browser to, or the reason it cannot
 * be reached. `purpose: 'setup'` makes the first administrator when nobody has an account yet.
 */
export async function startSignIn(
	db: Kysely<Database>,
	sso: SsoConfig,
	cookies: Cookies,
	url: URL,
	input: { next: string; purpose: ssoLogins.Purpose }
): Promise<{ ok: true; location: string } | { ok: false; problem: FailureReason }> {
	let start;
	try {
		start = await authorizationStart(sso);
	} catch (error) {
		const failure = classifyFailure(error);
		log.warn({ event: 'sso_start_failed', reason: failure.reason, code: failure.code, detail: failure.detail }, 'single sign-on could not start');
		return { ok: false, problem: failure.reason };
	}
	const binding = randomBytes(32).toString('base64url');
	// No limit per address (a campus shares one, and nobody may be locked out of signing in);
	// instead the table never holds more than ten minutes of starts.
	await ssoLogins.removeExpired(db);
	await ssoLogins.create(db, { state: start.state, binding, codeVerifier: start.codeVerifier, nonce: start.nonce, next: input.next, purpose: input.purpose });
	cookies.set(bindingCookie(url), binding, { ...cookieOptions(url), maxAge: ssoLogins.SSO_LOGIN_MINUTES * 60 });
	return { ok: true, location: start.url.href };
}

/** The provider's answer at ORIGIN/login/oidc/callback. */
export async function finishSignIn(db: Kysely<Database>, sso: SsoConfig, cookies: Cookies, url: URL): Promise<SignInOutcome> {
	const binding = cookies.get(bindingCookie(url));
	if (binding !== undefined) cookies.delete(bindingCookie(url), cookieOptions(url));
	const state = url.searchParams.get('state');
	const login = state ? await ssoLogins.take(db, state) : undefined;
	if (!login || !binding || !sameHash(ssoLogins.sha256(binding), login.bindingHash)) {
		log.info({ event: 'sso_refused', reason: 'expired', state: !!state, known: !!login, cookie: !!binding }, 'single sign-on answer refused');
		return { kind: 'failed', problem: 'expired' };
	}

	let answer;
	try {
		answer = await finishAuthorization(sso, url.search, { state: state!, codeVerifier: login.codeVerifier, nonce: login.nonce });
	} catch (error) {
		const failure = classifyFailure(error);
		log.warn({ event: 'sso_refused', reason: failure.reason, code: failure.code, detail: failure.detail }, 'single sign-on answer refused');
		return { kind: 'failed', problem: failure.reason };
	}
	const found = identityFromClaims(answer.claims, sso);
	if (!found.ok) {
		log.warn({ event: 'sso_refused', reason: found.problem, claim: found.problem === 'noSubject' ? sso.subjectClaim : sso.institutionClaim }, 'single sign-on answer refused');
		return { kind: 'failed', problem: found.problem };
	}
	const identity = found.identity;
	const oidc = { issuer: answer.issuer, subject: identity.subject };

	if (login.purpose === 'setup') {
		const admin = await setUpFirstAdmin(db, identity, oidc);
		if (admin) {
			log.info({ event: 'sso_setup', userId: admin }, 'first administrator set up by single sign-on');
			return { kind: 'signedIn', userId: admin, next: '/admin' };
		}
	}

	const user = await users.findByOidcIdentity(db, oidc);
	if (user) {
		if (user.disabledAt) {
			log.info({ event: 'sso_refused', reason: 'disabled', userId: user.id }, 'single sign-on of a disabled account');
			return { kind: 'failed', problem: 'disabled' };
		}
		return { kind: 'signedIn', userId: user.id, next: login.next };
	}

	const institution = await institutions.findBySsoValues(db, identity.institutionValues);
	if (!institution) {
		log.info({ event: 'sso_refused', reason: 'unknownInstitution' }, 'single sign-on for an institution nobody linked');
		return { kind: 'failed', problem: 'unknownInstitution' };
	}
	const request = await ssoRequests.findOrCreate(db, { institutionId: institution.id, issuer: oidc.issuer, subject: oidc.subject, email: emailFor(identity, oidc), name: identity.name });
	log.info({ event: request.rejectedAt ? 'sso_rejected_again' : 'sso_waiting', requestId: request.id }, 'single sign-on waits for approval');
	return request.rejectedAt ? { kind: 'rejected' } : { kind: 'waiting' };
}

/**
 * The first administrator, when nobody has set Blendwijzer up yet: a new institution named (for
 * now) and recognised by the first value of the institution claim. Null when setup was done.
 */
async function setUpFirstAdmin(db: Kysely<Database>, identity: Identity, oidc: users.OidcIdentity): Promise<string | null> {
	return inTransaction(db, async (trx) => {
		// The same lock as the password setup: of two first visitors racing, only one sets up.
		if (!(await claimSetup(trx))) return null;
		const value = identity.institutionValues[0]!;
		const institution = await institutions.create(trx, value);
		await institutions.setSsoValue(trx, institution.id, value);
		const admin = await users.create(trx, { institutionId: institution.id, email: emailFor(identity, oidc), name: identity.name, role: 'admin', identity: oidc });
		return admin.id;
	});
}

/**
 * The account's e-mail address: the provider's, or, when it sent none, an address under the
 * reserved `.invalid` domain that is unique per identity and can never receive mail.
 */
export function emailFor(identity: Identity, oidc: users.OidcIdentity): string {
	return identity.email ?? `sso-${ssoLogins.sha256(`${oidc.issuer} ${oidc.subject}`).slice(0, 20)}@sso.invalid`;
}

function sameHash(a: string, b: string): boolean {
	return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
