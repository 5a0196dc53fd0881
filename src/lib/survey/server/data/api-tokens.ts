/**
 * Per-institution API tokens for the read-only JSON API (Authorization: Bearer). Only the SHA-256
 * of a token is stored; the token is shown once, when it is made.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';
import { hashToken, newToken } from '$lib/accounts/server/data/sessions';
import * as audit from '$lib/audit/server/data/audit';

export interface ApiToken {
	id: string;
	label: string;
	createdAt: string;
	revokedAt: string | null;
}

export async function create(db: Kysely<Database>, institutionId: string, label: string, createdBy: string): Promise<{ id: string; token: string }> {
	const id = newId();
	// A prefix makes a leaked token recognisable in logs and secret scanners.
	const token = `bwt_${newToken()}`;
	await audit.audited(
		db,
		(trx) =>
			trx
				.insertInto('api_token')
				.values({ id, institution_id: institutionId, token_hash: hashToken(token), label, created_by: createdBy, created_at: now(), revoked_at: null })
				.execute(),
		() => ({ institutionId, action: 'create', objectKind: 'api_token', objectId: id })
	);
	return { id, token };
}

export async function list(db: Kysely<Database>, institutionId: string): Promise<ApiToken[]> {
	const rows = await db
		.selectFrom('api_token')
		.select(['id', 'label', 'created_at', 'revoked_at'])
		.where('institution_id', '=', institutionId)
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map((r) => ({ id: r.id, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at }));
}

export async function revoke(db: Kysely<Database>, institutionId: string, id: string): Promise<boolean> {
	const r = await audit.audited(
		db,
		(trx) => trx.updateTable('api_token').set({ revoked_at: now() }).where('id', '=', id).where('institution_id', '=', institutionId).where('revoked_at', 'is', null).executeTakeFirst(),
		(updated) => (Number(updated.numUpdatedRows) > 0 ? { institutionId, action: 'update', objectKind: 'api_token', objectId: id, fields: ['revoked_at'] } : undefined)
	);
	return Number(r.numUpdatedRows) > 0;
}

/** The institution a live token belongs to, or undefined for an unknown or revoked token. */
export async function institutionFor(db: Kysely<Database>, token: string): Promise<string | undefined> {
	const r = await db
		.selectFrom('api_token')
		.select('institution_id')
		.where('token_hash', '=', hashToken(token))
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	return r?.institution_id;
}
