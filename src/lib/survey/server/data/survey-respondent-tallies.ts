/**
 * Respondents per survey × role × unit, kept up to date as responses arrive (migration 0021,
 * decision record 0049): the report's group sizes and the live counter read these instead of
 * counting the responses.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { isSurveyRole, type RespondentCount, type SurveyRole } from '$lib/survey/survey-report';
import { unitKey } from './survey-answer-tallies';
import { prepared } from '$lib/server/db/prepared';

/** Counts one response. Called by `surveyResponses.submit` inside its transaction, after the response row. */
export async function add(db: Kysely<Database>, response: { surveyId: string; role: SurveyRole; unitId: string | null }): Promise<void> {
	await addOne(db, { surveyId: response.surveyId, role: response.role, unitKey: unitKey(response.unitId) });
}

// Prepared once: every submission counts itself (decision record 0058).
const addOne = prepared((db, p: { surveyId: string; role: string; unitKey: string }) =>
	db
		.insertInto('survey_respondent_tally')
		.values({ survey_id: p.surveyId, role: p.role, unit_key: p.unitKey, n: 1 })
		.onConflict((oc) => oc.columns(['survey_id', 'role', 'unit_key']).doUpdateSet((eb) => ({ n: eb(eb.ref('survey_respondent_tally.n'), '+', eb.ref('excluded.n')) })))
);

/** Respondents per role and unit (the same as `surveyResponses.countsByGroup` over the responses). */
export async function countsByGroup(db: Kysely<Database>, surveyId: string): Promise<RespondentCount[]> {
	const rows = await db.selectFrom('survey_respondent_tally').select(['role', 'unit_key', 'n']).where('survey_id', '=', surveyId).where('n', '>', 0).execute();
	return rows.filter((r) => isSurveyRole(r.role)).map((r) => ({ role: r.role as SurveyRole, unitId: r.unit_key === '' ? null : r.unit_key, n: Number(r.n) }));
}
