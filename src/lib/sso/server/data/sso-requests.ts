/**
 * People waiting for an administrator's approval after their first single sign-on (table
 * `sso_request`). No account exists until an administrator approves; a rejected request stays
 * for a while so that the person, signing in again, is told so.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';

/** How long a rejected request is kept (housekeeping deletes it then). */
export const KEEP_REJECTED_DAYS = 30;

export interface SsoRequest {
	id: string;
	institutionId: string;
	issuer: string;
	subject: string;
	email: string;
	name: string;
	createdAt: string;
	rejectedAt: string | null;
}

const toRequest = (r: Selectable<Database['sso_request']>): SsoRequest => ({
	id: r.id,
	institutionId: r.institution_id,
	issuer: r.oidc_issuer,
	subject: r.oidc_subject,
	email: r.email,
	name: r.name,
	createdAt: r.created_at,
	rejectedAt: r.rejected_at
});

/** The request of this identity, made now if there is none yet (two tabs at once make one). */
export async function findOrCreate(
	db: Kysely<Database>,
	input: { institutionId: string; issuer: string; subject: string; email: string; name: string }
): Promise<SsoRequest> {
	await db
		.insertInto('sso_request')
		.values({ id: newId(), institution_id: input.institutionId, oidc_issuer: input.issuer, oidc_subject: input.subject, email: input.email, name: input.name, created_at: now() })
		.onConflict((oc) => oc.columns(['oidc_issuer', 'oidc_subject']).doNothing())
		.execute();
	const row = await db.selectFrom('sso_request').selectAll().where('oidc_issuer', '=', input.issuer).where('oidc_subject', '=', input.subject).executeTakeFirstOrThrow();
	return toRequest(row);
}

export async function get(db: Kysely<Database>, institutionId: string, id: string): Promise<SsoRequest | undefined> {
	const row = await db.selectFrom('sso_request').selectAll().where('institution_id', '=', institutionId).where('id', '=', id).executeTakeFirst();
	return row && toRequest(row);
}

/** The institution's requests, oldest first: those waiting, and those rejected. */
export async function listForInstitution(db: Kysely<Database>, institutionId: string): Promise<{ waiting: SsoRequest[]; rejected: SsoRequest[] }> {
	const rows = (await db.selectFrom('sso_request').selectAll().where('institution_id', '=', institutionId).orderBy('created_at').orderBy('id').execute()).map(toRequest);
	return { waiting: rows.filter((r) => r.rejectedAt === null), rejected: rows.filter((r) => r.rejectedAt !== null) };
}

export async function reject(db: Kysely<Database>, institutionId: string, id: string): Promise<boolean> {
	const result = await db.updateTable('sso_request').set({ rejected_at: now() }).where('institution_id', '=', institutionId).where('id', '=', id).executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function remove(db: Kysely<Database>, id: string): Promise<boolean> {
	const result = await db.deleteFrom('sso_request').where('id', '=', id).executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

/** Deletes requests rejected before `before` (housekeeping); returns how many. */
export async function removeRejectedBefore(db: Kysely<Database>, before: Date): Promise<number> {
	const result = await db.deleteFrom('sso_request').where('rejected_at', '<=', before.toISOString()).executeTakeFirst();
	return Number(result.numDeletedRows);
}
