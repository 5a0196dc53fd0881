/**
 * The survey report's counts kept up to date as responses arrive (decision record 0049): counting
 * 15,000,000 answers at read time cannot give a report over 1,000,000 respondents in 2 seconds.
 *
 * - `survey_answer_tally`: how many submitted answers of a role and unit gave this pair of current
 *   and desired phase for this factor: exactly the GROUP BY of decision record 0012, stored.
 * - `survey_respondent_tally`: how many respondents of a role and unit submitted.
 *
 * Every column of the keys is NOT NULL, because an upsert's conflict target cannot hold a NULL on
 * either database: no unit is '' and a side is '1', '2', '3', 'unknown' ("weet ik niet") or ''
 * (left empty). Answers left empty on both sides are not counted (the report never counted them).
 * Both tables go with their survey (cascade), so deleting a survey, retention and erasing an
 * institution remove them. `backfillSurveyTallies` counts the surveys that already have answers.
 */
import { sql, type Kysely, type Migration } from 'kysely';

const text = 'text' as const;

const side = (column: 'current' | 'desired') =>
	sql.raw(`case when ${column}_unknown = 1 then 'unknown' when ${column}_phase is null then '' else cast(${column}_phase as text) end`);

/** Counts every stored answer and response into the tallies (the tables must be empty). */
export async function backfillSurveyTallies(db: Kysely<unknown>): Promise<void> {
	await sql`insert into survey_answer_tally (survey_id, factor_key, role, unit_key, current_phase, desired_phase, n)
		select survey_id, factor_key, role, coalesce(unit_id, ''), ${side('current')}, ${side('desired')}, count(*)
		from survey_answer
		where current_unknown = 1 or current_phase is not null or desired_unknown = 1 or desired_phase is not null
		group by survey_id, factor_key, role, coalesce(unit_id, ''), ${side('current')}, ${side('desired')}`.execute(db);
	await sql`insert into survey_respondent_tally (survey_id, role, unit_key, n)
		select survey_id, role, coalesce(unit_id, ''), count(*) from survey_response group by survey_id, role, coalesce(unit_id, '')`.execute(db);
}

const roleCheck = sql`role in ('bestuurder', 'medewerker', 'student')`;

export const surveyTallies: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('survey_answer_tally')
			.addColumn('survey_id', text, (c) => c.notNull().references('survey.id').onDelete('cascade'))
			.addColumn('factor_key', text, (c) => c.notNull())
			.addColumn('role', text, (c) => c.notNull().check(roleCheck))
			.addColumn('unit_key', text, (c) => c.notNull())
			.addColumn('current_phase', text, (c) => c.notNull().check(sql`current_phase in ('', '1', '2', '3', 'unknown')`))
			.addColumn('desired_phase', text, (c) => c.notNull().check(sql`desired_phase in ('', '1', '2', '3', 'unknown')`))
			.addColumn('n', 'integer', (c) => c.notNull())
			.addPrimaryKeyConstraint('survey_answer_tally_pk', ['survey_id', 'factor_key', 'role', 'unit_key', 'current_phase', 'desired_phase'])
			.execute();
		await db.schema
			.createTable('survey_respondent_tally')
			.addColumn('survey_id', text, (c) => c.notNull().references('survey.id').onDelete('cascade'))
			.addColumn('role', text, (c) => c.notNull().check(roleCheck))
			.addColumn('unit_key', text, (c) => c.notNull())
			.addColumn('n', 'integer', (c) => c.notNull())
			.addPrimaryKeyConstraint('survey_respondent_tally_pk', ['survey_id', 'role', 'unit_key'])
			.execute();
		await backfillSurveyTallies(db);
	}
};
