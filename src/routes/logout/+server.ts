import { redirect, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { signOut } from '$lib/server/http/auth';

/** Ends the session on the server, not only in the browser. */
export const POST: RequestHandler = async ({ cookies, url, locals }) => {
	const { db } = await getDb();
	await signOut(db, cookies, url, locals.sessionToken);
	redirect(303, '/login');
};
