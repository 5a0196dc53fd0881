/**
 * The live workshop (issue 3): the workshop, its participants, their own scores, the table groups'
 * shared sheets and the step-5 reflections. The outcome is an ordinary `action_plan` (with its
 * `plan_priority` and `action_point` rows), so exports and plan pages work unchanged.
 *
 * Like every migration this one is frozen once shipped: it spells out its names and checks rather
 * than importing them from the domain, so a later change there cannot change what it creates.
 *
 * Design notes:
 * - Agenda, state (with its clock) and table groups are JSON text: the domain validates them as a
 *   whole and no query looks inside them.
 * - `join_code` is issued when the leader opens joining, not at creation, so it is nullable; both
 *   databases let any number of rows hold NULL in a unique column.
 * - Participant tokens and share tokens are stored as SHA-256 hashes only.
 * - A participant's scores point at (workshop_id, id) of the participant, so the database itself
 *   refuses a score filed under another workshop.
 * - A group sheet is per group *and category*: with fewer groups than categories a group takes
 *   several categories, and a `GroupSheet` is about one category.
 * - `sheet_edit` remembers every client-generated edit id per workshop with its outcome, so a retry
 *   is answered with what happened the first time and never applied twice.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../connect';

const text = 'text' as const;

/** The dialect is not needed yet; it is taken so every migration has the same shape in `migrationsFor`. */
export function workshops(_dialect: Dialect): Migration {
	return {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('workshop')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
				.addColumn('unit_id', text, (c) => c.references('unit.id').onDelete('restrict'))
				.addColumn('level', text, (c) => c.notNull().check(sql`level in ('institution', 'sector', 'programme')`))
				.addColumn('title', text, (c) => c.notNull())
				.addColumn('instrument_key', text, (c) => c.notNull())
				.addColumn('instrument_version', 'integer', (c) => c.notNull())
				.addColumn('leader_id', text, (c) => c.notNull().references('app_user.id'))
				.addColumn('agenda', text, (c) => c.notNull())
				.addColumn('state', text, (c) => c.notNull())
				.addColumn('groups', text, (c) => c.notNull())
				.addColumn('ask_names', 'integer', (c) => c.notNull().defaultTo(0).check(sql`ask_names in (0, 1)`))
				.addColumn('join_code', text, (c) => c.unique())
				.addColumn('join_code_expires_at', text)
				.addColumn('action_plan_id', text, (c) => c.notNull().unique().references('action_plan.id'))
				.addColumn('share_token_hash', text, (c) => c.unique())
				// Goes up with every change of the row: the leader's commands compare it (optimistic concurrency).
				.addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('created_at', text, (c) => c.notNull())
				.addColumn('updated_at', text, (c) => c.notNull())
				.addColumn('closed_at', text)
				.execute();
			await db.schema.createIndex('workshop_institution').on('workshop').column('institution_id').execute();

			await db.schema
				.createTable('participant')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('workshop_id', text, (c) => c.notNull().references('workshop.id').onDelete('cascade'))
				.addColumn('token_hash', text, (c) => c.notNull().unique())
				.addColumn('display_name', text, (c) => c.notNull().defaultTo(''))
				// A category key, or null for no preference.
				.addColumn('preference', text)
				.addColumn('group_key', text)
				.addColumn('joined_at', text, (c) => c.notNull())
				.addColumn('last_seen_at', text, (c) => c.notNull())
				.addUniqueConstraint('participant_workshop_id_unique', ['workshop_id', 'id'])
				.execute();

			await db.schema
				.createTable('participant_score')
				.addColumn('workshop_id', text, (c) => c.notNull().references('workshop.id').onDelete('cascade'))
				.addColumn('participant_id', text, (c) => c.notNull())
				.addColumn('factor_key', text, (c) => c.notNull())
				.addColumn('current_phase', 'integer', (c) => c.check(sql`current_phase between 1 and 3`))
				.addColumn('current_unknown', 'integer', (c) => c.notNull().defaultTo(0).check(sql`current_unknown in (0, 1)`))
				.addColumn('desired_phase', 'integer', (c) => c.check(sql`desired_phase between 1 and 3`))
				.addColumn('desired_unknown', 'integer', (c) => c.notNull().defaultTo(0).check(sql`desired_unknown in (0, 1)`))
				.addColumn('client_id', text, (c) => c.notNull())
				.addColumn('updated_at', text, (c) => c.notNull())
				.addPrimaryKeyConstraint('participant_score_pk', ['participant_id', 'factor_key'])
				.addForeignKeyConstraint(
					'participant_score_participant_fk',
					['workshop_id', 'participant_id'],
					'participant',
					['workshop_id', 'id'],
					(fk) => fk.onDelete('cascade')
				)
				.execute();
			await db.schema.createIndex('participant_score_workshop').on('participant_score').column('workshop_id').execute();

			await db.schema
				.createTable('group_sheet')
				.addColumn('workshop_id', text, (c) => c.notNull().references('workshop.id').onDelete('cascade'))
				.addColumn('group_key', text, (c) => c.notNull())
				.addColumn('category_key', text, (c) => c.notNull())
				.addColumn('sheet', text, (c) => c.notNull())
				.addColumn('version', 'integer', (c) => c.notNull())
				.addColumn('updated_at', text, (c) => c.notNull())
				.addPrimaryKeyConstraint('group_sheet_pk', ['workshop_id', 'group_key', 'category_key'])
				.execute();

			await db.schema
				.createTable('sheet_edit')
				.addColumn('workshop_id', text, (c) => c.notNull().references('workshop.id').onDelete('cascade'))
				.addColumn('edit_id', text, (c) => c.notNull())
				.addColumn('group_key', text, (c) => c.notNull())
				.addColumn('category_key', text, (c) => c.notNull())
				// A participant id, or a user id when the leader edits: not a foreign key.
				.addColumn('author', text, (c) => c.notNull())
				.addColumn('outcome', text, (c) => c.notNull().check(sql`outcome in ('pending', 'applied', 'unchanged', 'conflict')`))
				.addColumn('applied_at', text, (c) => c.notNull())
				.addPrimaryKeyConstraint('sheet_edit_pk', ['workshop_id', 'edit_id'])
				.execute();

			await db.schema
				.createTable('reflection')
				.addColumn('workshop_id', text, (c) => c.notNull().references('workshop.id').onDelete('cascade'))
				.addColumn('question_key', text, (c) => c.notNull())
				.addColumn('text', text, (c) => c.notNull())
				.addColumn('updated_at', text, (c) => c.notNull())
				.addPrimaryKeyConstraint('reflection_pk', ['workshop_id', 'question_key'])
				.execute();
		}
	};
}
