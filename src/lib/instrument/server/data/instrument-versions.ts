/**
 * Published versions of an institution's own instrument. There is deliberately no update or
 * delete: a published version is what scans were run with, and it stays readable as it was.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';
import { inTransaction } from '$lib/server/db/transaction';
import * as audit from '$lib/audit/server/data/audit';

export interface StoredVersion {
	version: number;
	/** JSON text of the instrument. */
	document: string;
	publishedAt: string;
}

export async function insert(
	db: Kysely<Database>,
	input: { institutionId: string; instrumentKey: string; version: number; document: string; publishedBy: string | null }
): Promise<void> {
	await inTransaction(db, async (trx) => {
		await trx
			.insertInto('instrument_version')
			.values({
				institution_id: input.institutionId,
				instrument_key: input.instrumentKey,
				version: input.version,
				document: input.document,
				published_by: input.publishedBy,
				published_at: now()
			})
			.execute();
		await audit.record(trx, { institutionId: input.institutionId, action: 'create', objectKind: 'instrument_version', objectId: `${input.instrumentKey}:${input.version}` });
	});
}

export async function get(db: Kysely<Database>, institutionId: string, instrumentKey: string, version: number): Promise<StoredVersion | undefined> {
	const row = await db
		.selectFrom('instrument_version')
		.select(['version', 'document', 'published_at'])
		.where('institution_id', '=', institutionId)
		.where('instrument_key', '=', instrumentKey)
		.where('version', '=', version)
		.executeTakeFirst();
	return row && { version: row.version, document: row.document, publishedAt: row.published_at };
}

/** The institution's newest published version of an instrument, or undefined when it has none. */
export async function latest(db: Kysely<Database>, institutionId: string, instrumentKey: string): Promise<StoredVersion | undefined> {
	const row = await db
		.selectFrom('instrument_version')
		.select(['version', 'document', 'published_at'])
		.where('institution_id', '=', institutionId)
		.where('instrument_key', '=', instrumentKey)
		.orderBy('version', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row && { version: row.version, document: row.document, publishedAt: row.published_at };
}

/** Version numbers and dates, oldest first, without the documents. */
export async function list(db: Kysely<Database>, institutionId: string, instrumentKey: string): Promise<Array<{ version: number; publishedAt: string }>> {
	const rows = await db
		.selectFrom('instrument_version')
		.select(['version', 'published_at'])
		.where('institution_id', '=', institutionId)
		.where('instrument_key', '=', instrumentKey)
		.orderBy('version')
		.execute();
	return rows.map((row) => ({ version: row.version, publishedAt: row.published_at }));
}
