/**
 * Colleagues a scan's or survey's maker adds as co-editors (decision record 0043): they may change
 * it and its action plan like the maker. One row per object and colleague, with a foreign key per
 * kind of object, so deleting the scan or survey (by hand, by the retention period or by erasing
 * the institution), the colleague or the institution takes the row with it; nothing dangles.
 */
import { sql, type Kysely, type Migration } from 'kysely';

const text = 'text' as const;

export const objectEditors: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('object_editor')
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('user_id', text, (c) => c.notNull().references('app_user.id').onDelete('cascade'))
			.addColumn('scan_id', text, (c) => c.references('scan.id').onDelete('cascade'))
			.addColumn('survey_id', text, (c) => c.references('survey.id').onDelete('cascade'))
			.addColumn('added_by', text, (c) => c.references('app_user.id').onDelete('set null'))
			.addColumn('added_at', text, (c) => c.notNull())
			.addCheckConstraint('object_editor_one_object', sql`(scan_id is null) <> (survey_id is null)`)
			.execute();
		await db.schema.createIndex('object_editor_scan').unique().on('object_editor').columns(['scan_id', 'user_id']).execute();
		await db.schema.createIndex('object_editor_survey').unique().on('object_editor').columns(['survey_id', 'user_id']).execute();
		await db.schema.createIndex('object_editor_user').on('object_editor').column('user_id').execute();
	}
};
