/**
 * The blend designer (decision record 0051): a course design of an institution (for one of its
 * units, or none), its intended learning outcomes and its learning activities in the team's order,
 * and the team's answer per principle. Hours are stored as numbers of hours (quarters allowed),
 * weeks and outcome ids of an activity as short lists in text. Every row has a `revision` that a
 * change raises, so an edit made against an older revision is seen as a clash and keeps both.
 * Everything goes with its design, and the design with its institution.
 */
import type { Kysely, Migration } from 'kysely';

const text = 'text' as const;

export const courseDesigns: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('course_design')
			.addColumn('id', text, (c) => c.primaryKey())
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('unit_id', text, (c) => c.references('unit.id').onDelete('set null'))
			.addColumn('title', text, (c) => c.notNull())
			.addColumn('period', text, (c) => c.notNull().defaultTo(''))
			.addColumn('study_load_unit', text, (c) => c.notNull())
			.addColumn('study_load_amount', 'double precision', (c) => c.notNull())
			.addColumn('weeks', 'integer', (c) => c.notNull())
			/** SHA-256 of the read-only link's token; null while there is no link. */
			.addColumn('read_token_hash', text)
			.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
			.addColumn('created_by', text, (c) => c.notNull().references('app_user.id'))
			.addColumn('created_at', text, (c) => c.notNull())
			.addColumn('updated_at', text, (c) => c.notNull())
			.execute();
		await db.schema.createIndex('course_design_institution').on('course_design').columns(['institution_id', 'updated_at']).execute();
		await db.schema.createIndex('course_design_read_token').unique().on('course_design').column('read_token_hash').execute();

		await db.schema
			.createTable('design_outcome')
			.addColumn('id', text, (c) => c.primaryKey())
			.addColumn('design_id', text, (c) => c.notNull().references('course_design.id').onDelete('cascade'))
			.addColumn('position', 'integer', (c) => c.notNull())
			.addColumn('text', text, (c) => c.notNull())
			.execute();
		await db.schema.createIndex('design_outcome_design').on('design_outcome').columns(['design_id', 'position']).execute();

		await db.schema
			.createTable('design_activity')
			.addColumn('id', text, (c) => c.primaryKey())
			.addColumn('design_id', text, (c) => c.notNull().references('course_design.id').onDelete('cascade'))
			.addColumn('position', 'integer', (c) => c.notNull())
			.addColumn('title', text, (c) => c.notNull())
			/** Outcome ids, comma-separated. */
			.addColumn('outcome_ids', text, (c) => c.notNull().defaultTo(''))
			.addColumn('environment', text, (c) => c.notNull())
			.addColumn('synchrony', text, (c) => c.notNull())
			.addColumn('grouping', text, (c) => c.notNull())
			.addColumn('learning_type', text, (c) => c.notNull())
			/** Week numbers, comma-separated, ascending. */
			.addColumn('weeks', text, (c) => c.notNull())
			.addColumn('hours', 'double precision', (c) => c.notNull())
			.addColumn('teacher_role', text, (c) => c.notNull())
			.addColumn('notes', text, (c) => c.notNull().defaultTo(''))
			.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
			.addColumn('updated_at', text, (c) => c.notNull())
			.execute();
		await db.schema.createIndex('design_activity_design').on('design_activity').columns(['design_id', 'position']).execute();

		await db.schema
			.createTable('design_principle_answer')
			.addColumn('design_id', text, (c) => c.notNull().references('course_design.id').onDelete('cascade'))
			.addColumn('principle_key', text, (c) => c.notNull())
			.addColumn('text', text, (c) => c.notNull())
			.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
			.addColumn('updated_at', text, (c) => c.notNull())
			.addPrimaryKeyConstraint('design_principle_answer_pk', ['design_id', 'principle_key'])
			.execute();
	}
};
