/**
 * Sign-ins under way (table `sso_login`): what the provider's answer is checked against. The row
 * is found by the SHA-256 of the `state` the provider sends back and deleted in the same
 * statement, so the same answer used twice finds nothing the second time.
 */
import type { Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import type { Database } from '$lib/server/db/schema';

/** Long enough to sign in at the provider (with a second factor), short enough to be useless later. */
export const SSO_LOGIN_MINUTES = 10;

export type Purpose = 'sign-in' | 'setup';

export interface SsoLogin {
	bindingHash: string;
	codeVerifier: string;
	nonce: string;
	next: string;
	purpose: Purpose;
	expiresAt: string;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export async function create(
	db: Kysely<Database>,
	input: { state: string; binding: string; codeVerifier: string; nonce: string; next: string; purpose: Purpose },
	at = new Date()
): Promise<void> {
	await db
		.insertInto('sso_login')
		.values({
			id: sha256(input.state),
			binding_hash: sha256(input.binding),
			code_verifier: input.codeVerifier,
			nonce: input.nonce,
			next: input.next,
			purpose: input.purpose,
			created_at: at.toISOString(),
			expires_at: new Date(at.getTime() + SSO_LOGIN_MINUTES * 60_000).toISOString()
		})
		.execute();
}

/** The sign-in this `state` started, removed at once; undefined when unknown, used or expired. */
export async function take(db: Kysely<Database>, state: string, at = new Date()): Promise<SsoLogin | undefined> {
	const row = await db.deleteFrom('sso_login').where('id', '=', sha256(state)).returningAll().executeTakeFirst();
	if (!row || row.expires_at <= at.toISOString()) return undefined;
	return { bindingHash: row.binding_hash, codeVerifier: row.code_verifier, nonce: row.nonce, next: row.next, purpose: row.purpose as Purpose, expiresAt: row.expires_at };
}

/** Deletes the sign-ins that expired (housekeeping); returns how many. */
export async function removeExpired(db: Kysely<Database>, at = new Date()): Promise<number> {
	const result = await db.deleteFrom('sso_login').where('expires_at', '<=', at.toISOString()).executeTakeFirst();
	return Number(result.numDeletedRows);
}
