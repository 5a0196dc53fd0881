/**
 * The institution's own questions asked in a workshop: each participant's answer per question
 * (a phase with the 0/1 "weet ik niet" flag, as participant scores store it, or text). Goes with
 * its participant and its workshop.
 */
import { sql, type Kysely, type Migration } from 'kysely';

const text = 'text' as const;

export const workshopOwnAnswers: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('workshop_own_answer')
			.addColumn('workshop_id', text, (c) => c.notNull().references('workshop.id').onDelete('cascade'))
			.addColumn('participant_id', text, (c) => c.notNull())
			.addColumn('question_key', text, (c) => c.notNull())
			.addColumn('phase', 'integer', (c) => c.check(sql`phase between 1 and 3`))
			.addColumn('unknown', 'integer', (c) => c.notNull().defaultTo(0).check(sql`unknown in (0, 1)`))
			.addColumn('text', text, (c) => c.notNull().defaultTo(''))
			.addColumn('updated_at', text, (c) => c.notNull())
			.addPrimaryKeyConstraint('workshop_own_answer_pk', ['workshop_id', 'participant_id', 'question_key'])
			.addForeignKeyConstraint('workshop_own_answer_participant_fk', ['workshop_id', 'participant_id'], 'participant', ['workshop_id', 'id'], (fk) =>
				fk.onDelete('cascade')
			)
			.execute();
	}
};
