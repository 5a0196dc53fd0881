/**
 * The colleagues an administrator names as keepers of a catalogue (decision record 0053): they
 * add, change, import and delete the institution's tools or rooms. One row per institution,
 * catalogue and colleague. A catalogue is not a row of its own, so this is not `object_editor`
 * (whose rows each point at one scan or survey); the same cascades hold: removing the colleague or
 * erasing the institution takes the row with it.
 */
import { sql, type Kysely, type Migration } from 'kysely';

const text = 'text' as const;

export const catalogueKeepers: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('catalogue_keeper')
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('catalogue', text, (c) => c.notNull())
			.addColumn('user_id', text, (c) => c.notNull().references('app_user.id').onDelete('cascade'))
			.addColumn('added_by', text, (c) => c.references('app_user.id').onDelete('set null'))
			.addColumn('added_at', text, (c) => c.notNull())
			.addPrimaryKeyConstraint('catalogue_keeper_pk', ['institution_id', 'catalogue', 'user_id'])
			.addCheckConstraint('catalogue_keeper_catalogue', sql`catalogue in ('tools', 'rooms')`)
			.execute();
		await db.schema.createIndex('catalogue_keeper_user').on('catalogue_keeper').column('user_id').execute();
	}
};
