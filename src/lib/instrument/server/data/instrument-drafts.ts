/** The one draft per institution and instrument that an admin edits before publishing it. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';
import { isPostgres } from '$lib/server/db/transaction';

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
	const result = await db
		.insertInto('instrument_draft')
		.values(rowOf(input, now()))
		.onConflict((conflict) => conflict.columns(['institution_id', 'instrument_key']).doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Replaces the draft's document, creating the draft when there is none (an import). */
export async function save(db: Kysely<Database>, input: DraftInput): Promise<void> {
	const at = now();
	await db
		.insertInto('instrument_draft')
		.values(rowOf(input, at))
		.onConflict((conflict) => conflict.columns(['institution_id', 'instrument_key']).doUpdateSet({ document: input.document, updated_at: at }))
		.execute();
}

export async function remove(db: Kysely<Database>, institutionId: string, instrumentKey: string): Promise<boolean> {
	const result = await db
		.deleteFrom('instrument_draft')
		.where('institution_id', '=', institutionId)
		.where('instrument_key', '=', instrumentKey)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
