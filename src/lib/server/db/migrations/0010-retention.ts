/**
 * An institution's retention period (decision record 0023): scans, workshops and surveys untouched
 * for longer are deleted by housekeeping. Null keeps them until someone deletes them.
 */
import type { Kysely, Migration } from 'kysely';

export const retention: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema.alterTable('institution').addColumn('retention_months', 'integer').execute();
	}
};
