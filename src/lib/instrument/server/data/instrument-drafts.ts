/** The one draft per institution and instrument that an admin edits before publishing it. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';
import { inTransaction, isPostgres } from '$lib/server/db/transaction';
import * as audit from '$lib/audit/server/data/audit';

export interface StoredDraft {
	basedOnVersion: number;
	/** JSON text of a valid instrument. */
	document: string;
	updatedAt: string;
}

/**
 * The draft, if any. `lock` holds its row until the caller's transaction ends (PostgreSQL), so two
 * admins publishing at once cannot both publish it; SQLite has one writer at a time anyway.
 */
export async function get(
	db: Kysely<Database>,
	institutionId: string,
	instrumentKey: string,
	{ lock = false }: { lock?: boolean } = {}
): Promise<StoredDraft | undefined> {
	const row = await db
		.selectFrom('instrument_draft')
		.select(['based_on_version', 'document', 'updated_at'])
		.where('institution_id', '=', institutionId)
		.where('instrument_key', '=', instrumentKey)
		.$if(lock && isPostgres(db), (query) => query.forUpdate())
		.executeTakeFirst();
	return row && { basedOnVersion: row.based_on_version, document: row.document, updatedAt: row.updated_at };
}

export interface DraftInput {
	institutionId: string;
	instrumentKey: string;
	basedOnVersion: number;
	document: string;
}

const rowOf = (input: DraftInput, at: string) => ({
	institution_id: input.institutionId,
	instrument_key: input.instrumentKey,
	based_on_version: input.basedOnVersion,
	document: input.document,
	updated_at: at
});

/** Creates the draft unless there already is one; says whether it did. */
export async function create(db: Kysely<Database>, input: DraftInput): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const result = await trx
			.insertInto('instrument_draft')
			.values(rowOf(input, now()))
			.onConflict((conflict) => conflict.columns(['institution_id', 'instrument_key']).doNothing())
			.executeTakeFirst();
		if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return false;
		await recordDraft(trx, input.institutionId, input.instrumentKey, 'create');
		return true;
	});
}

/** Replaces the draft's document, creating the draft when there is none (an import). */
export async function save(db: Kysely<Database>, input: DraftInput): Promise<void> {
	const at = now();
	await inTransaction(db, async (trx) => {
		const existed = await trx
			.selectFrom('instrument_draft')
			.select('instrument_key')
			.where('institution_id', '=', input.institutionId)
			.where('instrument_key', '=', input.instrumentKey)
			.executeTakeFirst();
		await trx
			.insertInto('instrument_draft')
			.values(rowOf(input, at))
			.onConflict((conflict) => conflict.columns(['institution_id', 'instrument_key']).doUpdateSet({ document: input.document, updated_at: at }))
			.execute();
		await recordDraft(trx, input.institutionId, input.instrumentKey, existed ? 'update' : 'create', existed ? ['document'] : []);
	});
}

export async function remove(db: Kysely<Database>, institutionId: string, instrumentKey: string): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const result = await trx
			.deleteFrom('instrument_draft')
			.where('institution_id', '=', institutionId)
			.where('instrument_key', '=', instrumentKey)
			.executeTakeFirst();
		if (Number(result.numDeletedRows) === 0) return false;
		await recordDraft(trx, institutionId, instrumentKey, 'delete');
		return true;
	});
}

/** The draft in the audit trail: its instrument's key is its id (one draft per institution and instrument). */
function recordDraft(trx: Kysely<Database>, institutionId: string, instrumentKey: string, action: 'create' | 'update' | 'delete', fields: string[] = []) {
	return audit.record(trx, { institutionId, action, objectKind: 'instrument_draft', objectId: instrumentKey, fields });
}
