/** Sign-in state: the session cookie, and guards that routes call before they touch data. */
import { redirect, type Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as sessions from '$lib/accounts/server/data/sessions';
import * as users from '$lib/accounts/server/data/users';
import type { User } from '$lib/accounts/server/data/users';
import { isSecureContext } from './security';
import { forbidden } from './errors';
import { mayManage } from '$lib/editors/editors';

export function sessionCookieName(url: URL): string {
	return isSecureContext(url) ? '__Host-bw_session' : 'bw_session';
}

export function readSessionToken(cookies: Cookies, url: URL): string | null {
	return cookies.get(sessionCookieName(url)) ?? null;
}

/**
 * Starts a fresh session (never reuses one: no session fixation) and sets its cookie, and notes
 * when the user signed in. A disabled account gets no session: 403, whichever way it signed in.
 */
export async function signIn(db: Kysely<Database>, cookies: Cookies, url: URL, userId: string, oldToken: string | null): Promise<void> {
	if (oldToken) await sessions.destroy(db, oldToken);
	if (!(await users.recordSignIn(db, userId))) forbidden((m) => m.auth.accountDisabled);
	const { token, expiresAt } = await sessions.create(db, userId);
	cookies.set(sessionCookieName(url), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecureContext(url),
		expires: expiresAt
	});
}

export async function signOut(db: Kysely<Database>, cookies: Cookies, url: URL, token: string | null): Promise<void> {
	if (token) await sessions.destroy(db, token);
	cookies.delete(sessionCookieName(url), { path: '/', secure: isSecureContext(url), httpOnly: true, sameSite: 'lax' });
}

/** The user a session cookie signs in: a live session of an account that is not disabled, or null. */
export async function userForToken(db: Kysely<Database>, token: string | null): Promise<User | null> {
	if (!token) return null;
	return (await sessions.userFor(db, token)) ?? null;
}

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export function requireUser(locals: App.Locals, url: URL): User {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return locals.user;
}

/** The signed-in administrator; anyone else gets a 403, with `why` saying who may (a general text without it). */
export function requireAdmin(locals: App.Locals, url: URL, why?: Parameters<typeof forbidden>[0]): User {
	const user = requireUser(locals, url);
	if (user.role !== 'admin') forbidden(why);
	return user;
}

/**
 * Who may delete a scan, workshop or survey: whoever made (or leads) it, or an administrator
 * (`mayManage`, decision records 0019 and 0043). The caller has already found it within the
 * user's own institution.
 */
export function mayRemove(user: User, madeBy: string): boolean {
	return mayManage(user, { institutionId: user.institutionId, madeBy });
}

/** Only same-site paths are followed after sign-in, so `next` cannot send a user elsewhere. */
export function safeNext(next: string | null): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
	return next;
}
