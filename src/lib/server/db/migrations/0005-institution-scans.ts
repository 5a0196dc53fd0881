/**
 * Institution-wide scans (issue 4, "surveys"): one self-scan sent to many respondents without an
 * account, aggregated into a report. Frozen once shipped, like every migration: names and checks
 * are spelled out here, not imported from the domain.
 *
 * Design notes:
 * - `survey.code` is the public part of the respondent link (/r/<code>); it is shown to the
 *   facilitator again and again (link, QR code), so it is stored as it is. It grants only the
 *   right to answer. The share link of the report is a secret: only its SHA-256 hash is stored.
 * - A response's id is generated on the respondent's side (the form carries it), and is the
 *   primary key: sending the same submission twice can only ever store it once.
 * - Nothing in a response points at a person. `respondent_hash` is the hash of a random token in
 *   the respondent's cookie, kept only to say "you already answered" on that device.
 * - A draft (paused answers) is one JSON row per respondent token and survey, deleted on submit;
 *   no report query reads drafts.
 * - `survey_answer` repeats the response's survey id, role and unit, so the report's one GROUP BY
 *   reads a single covering index (survey_answer_report) in order, without a join or a sort: the
 *   join with survey_response made a report over 10,000 respondents take about a second on
 *   SQLite, the covering index a tenth of that (bench/survey-report.js). The data module writes
 *   them from the same submission as the response row, in one transaction.
 * - API tokens belong to an institution and are stored hashed; revoking keeps the row for the record.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../connect';

const text = 'text' as const;

export function institutionScans(_dialect: Dialect): Migration {
	return {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('survey')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
				.addColumn('unit_id', text, (c) => c.references('unit.id').onDelete('restrict'))
				.addColumn('level', text, (c) => c.notNull().check(sql`level in ('institution', 'sector', 'programme')`))
				.addColumn('title', text, (c) => c.notNull())
				.addColumn('instrument_key', text, (c) => c.notNull())
				.addColumn('instrument_version', 'integer', (c) => c.notNull())
				.addColumn('code', text, (c) => c.notNull().unique())
				.addColumn('opens_at', text, (c) => c.notNull())
				.addColumn('closes_at', text, (c) => c.notNull())
				.addColumn('closed_at', text)
				// Comma-separated subset of bestuurder, medewerker, student.
				.addColumn('roles', text, (c) => c.notNull())
				.addColumn('ask_unit', 'integer', (c) => c.notNull().defaultTo(0).check(sql`ask_unit in (0, 1)`))
				.addColumn('min_group_size', 'integer', (c) => c.notNull().check(sql`min_group_size between 2 and 100`))
				.addColumn('message', text, (c) => c.notNull().defaultTo(''))
				.addColumn('action_plan_id', text, (c) => c.notNull().unique().references('action_plan.id'))
				.addColumn('share_token_hash', text, (c) => c.unique())
				.addColumn('created_by', text, (c) => c.notNull().references('app_user.id'))
				.addColumn('created_at', text, (c) => c.notNull())
				.addColumn('updated_at', text, (c) => c.notNull())
				.execute();
			await db.schema.createIndex('survey_institution').on('survey').column('institution_id').execute();

			await db.schema
				.createTable('survey_response')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('survey_id', text, (c) => c.notNull().references('survey.id').onDelete('cascade'))
				.addColumn('respondent_hash', text)
				.addColumn('role', text, (c) => c.notNull().check(sql`role in ('bestuurder', 'medewerker', 'student')`))
				.addColumn('unit_id', text, (c) => c.references('unit.id').onDelete('restrict'))
				.addColumn('submitted_at', text, (c) => c.notNull())
				.addUniqueConstraint('survey_response_survey_id_unique', ['survey_id', 'id'])
				.execute();
			await db.schema.createIndex('survey_response_survey').on('survey_response').columns(['survey_id', 'role', 'unit_id']).execute();
			await db.schema.createIndex('survey_response_respondent').on('survey_response').columns(['survey_id', 'respondent_hash']).execute();

			await db.schema
				.createTable('survey_answer')
				.addColumn('survey_id', text, (c) => c.notNull())
				.addColumn('response_id', text, (c) => c.notNull())
				.addColumn('factor_key', text, (c) => c.notNull())
				.addColumn('role', text, (c) => c.notNull().check(sql`role in ('bestuurder', 'medewerker', 'student')`))
				.addColumn('unit_id', text)
				.addColumn('current_phase', 'integer', (c) => c.check(sql`current_phase between 1 and 3`))
				.addColumn('current_unknown', 'integer', (c) => c.notNull().defaultTo(0).check(sql`current_unknown in (0, 1)`))
				.addColumn('desired_phase', 'integer', (c) => c.check(sql`desired_phase between 1 and 3`))
				.addColumn('desired_unknown', 'integer', (c) => c.notNull().defaultTo(0).check(sql`desired_unknown in (0, 1)`))
				.addColumn('needed', text, (c) => c.notNull().defaultTo(''))
				.addPrimaryKeyConstraint('survey_answer_pk', ['response_id', 'factor_key'])
				.addForeignKeyConstraint('survey_answer_response_fk', ['survey_id', 'response_id'], 'survey_response', ['survey_id', 'id'], (fk) =>
					fk.onDelete('cascade')
				)
				.execute();
			await db.schema
				.createIndex('survey_answer_report')
				.on('survey_answer')
				.columns(['survey_id', 'factor_key', 'role', 'unit_id', 'current_phase', 'current_unknown', 'desired_phase', 'desired_unknown'])
				.execute();

			await db.schema
				.createTable('survey_draft')
				.addColumn('survey_id', text, (c) => c.notNull().references('survey.id').onDelete('cascade'))
				.addColumn('respondent_hash', text, (c) => c.notNull())
				// JSON of the domain's `SurveyDraft`.
				.addColumn('data', text, (c) => c.notNull())
				.addColumn('updated_at', text, (c) => c.notNull())
				.addPrimaryKeyConstraint('survey_draft_pk', ['survey_id', 'respondent_hash'])
				.execute();

			await db.schema
				.createTable('api_token')
				.addColumn('id', text, (c) => c.primaryKey())
				.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
				.addColumn('token_hash', text, (c) => c.notNull().unique())
				.addColumn('label', text, (c) => c.notNull())
				.addColumn('created_by', text, (c) => c.notNull().references('app_user.id'))
				.addColumn('created_at', text, (c) => c.notNull())
				.addColumn('revoked_at', text)
				.execute();
		}
	};
}
