/**
 * Server-side sessions. The browser holds a random 256-bit token; the database holds only its
 * SHA-256, so a leaked database cannot be replayed as a login.
 */
import type { Kysely } from 'kysely';
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '$lib/server/db/schema';
import { toUser, type User } from './users';
import { prepared } from '$lib/server/db/prepared';

export const SESSION_DAYS = 14;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

export async function create(db: Kysely<Database>, userId: string, at = new Date()): Promise<{ token: string; expiresAt: Date }> {
	const token = newToken();
	const expiresAt = new Date(at.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
	await db
		.insertInto('session')
		.values({ id: hashToken(token), user_id: userId, created_at: at.toISOString(), expires_at: expiresAt.toISOString() })
		.execute();
	return { token, expiresAt };
}

/** The user id of a live session, or undefined for an unknown, ended or expired token. */
export async function userIdFor(db: Kysely<Database>, token: string, at = new Date()): Promise<string | undefined> {
	const row = await db
		.selectFrom('session')
		.select(['user_id', 'expires_at'])
		.where('id', '=', hashToken(token))
		.executeTakeFirst();
	if (!row || row.expires_at <= at.toISOString()) return undefined;
	return row.user_id;
}

/**
 * The signed-in user of a live session, read with the session in one query (every signed-in
 * request asks): undefined for an unknown, ended or expired token and for a disabled account.
 */
export async function userFor(db: Kysely<Database>, token: string, at = new Date()): Promise<User | undefined> {
	const [r] = (await userForQuery(db, { hash: hashToken(token), at: at.toISOString() })).rows;
	return r && toUser(r);
}

// Prepared once: every signed-in request runs it (decision record 0058).
const userForQuery = prepared((db, p: { hash: string; at: string }) =>
	db
		.selectFrom('session')
		.innerJoin('app_user', 'app_user.id', 'session.user_id')
		.select(['app_user.id', 'app_user.institution_id', 'app_user.email', 'app_user.name', 'app_user.role'])
		.where('session.id', '=', p.hash)
		.where('session.expires_at', '>', p.at)
		.where('app_user.disabled_at', 'is', null)
);

export async function destroy(db: Kysely<Database>, token: string): Promise<void> {
	await db.deleteFrom('session').where('id', '=', hashToken(token)).execute();
}

/** Ends every session of a user at once (a disabled or removed account). */
export async function destroyAllOf(db: Kysely<Database>, userId: string): Promise<void> {
	await db.deleteFrom('session').where('user_id', '=', userId).execute();
}

/** Deletes the sessions that have expired (housekeeping); returns how many. */
export async function destroyExpired(db: Kysely<Database>, at = new Date()): Promise<number> {
	const result = await db.deleteFrom('session').where('expires_at', '<=', at.toISOString()).executeTakeFirst();
	return Number(result.numDeletedRows);
}
