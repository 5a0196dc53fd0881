import { redirect, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { signOut } from '$lib/server/http/auth';
import * as users from '$lib/accounts/server/data/users';
import { authConfig } from '$lib/sso/server/config';

/**
 * Ends the session on the server, not only in the browser. Someone who signed in by single
 * sign-on then goes on to sign out at the provider too (/logout/sso).
 */
export const POST: RequestHandler = async ({ cookies, url, locals }) => {
	const { db } = await getDb();
	const viaSso = !!locals.user && !!authConfig().sso && (await users.oidcIssuerOf(db, locals.user.id)) !== null;
	await signOut(db, cookies, url, locals.sessionToken);
	redirect(303, viaSso ? '/logout/sso' : '/login');
};
