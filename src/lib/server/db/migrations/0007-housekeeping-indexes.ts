/**
 * Housekeeping (server/housekeeping.ts) deletes old rows every hour; these indexes let it find
 * them without reading whole tables, which on SQLite would hold the one write lock the room's
 * edits are waiting for.
 */
import type { Kysely, Migration } from 'kysely';

export const housekeepingIndexes: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema.createIndex('event_created_at').on('event').column('created_at').execute();
		await db.schema.createIndex('session_expires_at').on('session').column('expires_at').execute();
	}
};
