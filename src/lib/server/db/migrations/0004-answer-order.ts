/**
 * Each saved answer remembers the client's sequence number of the write that produced it, so a
 * write that arrives late (a retry, a slow request) can never overwrite a newer answer.
 */
import type { Kysely, Migration } from 'kysely';

export const answerOrder: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema.alterTable('scan_answer').addColumn('client_seq', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
	}
};
