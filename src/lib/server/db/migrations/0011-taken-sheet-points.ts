/**
 * What the workshop's action plan has taken from the groups' sheets: per group and category, the
 * sheet's action point ids (and `priority` for its priority). A sheet point once taken is never
 * taken again, whatever the leader did to it in the plan afterwards (refined, merged, removed).
 * Goes with its workshop.
 */
import type { Kysely, Migration } from 'kysely';

const text = 'text' as const;

export const takenSheetPoints: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('taken_sheet_point')
			.addColumn('workshop_id', text, (c) => c.notNull().references('workshop.id').onDelete('cascade'))
			.addColumn('group_key', text, (c) => c.notNull())
			.addColumn('category_key', text, (c) => c.notNull())
			.addColumn('point_key', text, (c) => c.notNull())
			.addColumn('taken_at', text, (c) => c.notNull())
			.addPrimaryKeyConstraint('taken_sheet_point_pk', ['workshop_id', 'group_key', 'category_key', 'point_key'])
			.execute();
	}
};
