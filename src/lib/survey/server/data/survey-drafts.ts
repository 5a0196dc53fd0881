/** Paused answers of a respondent, kept server-side under the hash of their cookie token until they submit. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { surveyDraftSchema, type SurveyDraft } from '$lib/survey/survey';
import { now } from '$lib/server/db/ids';
import { hashToken } from '$lib/accounts/server/data/sessions';
import { prepared } from '$lib/server/db/prepared';

export async function save(db: Kysely<Database>, surveyId: string, respondentToken: string, draft: SurveyDraft): Promise<void> {
	const data = JSON.stringify(draft);
	const at = now();
	await db
		.insertInto('survey_draft')
		.values({ survey_id: surveyId, respondent_hash: hashToken(respondentToken), data, updated_at: at })
		.onConflict((oc) => oc.columns(['survey_id', 'respondent_hash']).doUpdateSet({ data, updated_at: at }))
		.execute();
}

/** The draft, or undefined; a row that no longer fits the schema is treated as no draft. */
export async function get(db: Kysely<Database>, surveyId: string, respondentToken: string): Promise<SurveyDraft | undefined> {
	const r = await db
		.selectFrom('survey_draft')
		.select('data')
		.where('survey_id', '=', surveyId)
		.where('respondent_hash', '=', hashToken(respondentToken))
		.executeTakeFirst();
	if (!r) return undefined;
	const parsed = surveyDraftSchema.safeParse(JSON.parse(r.data));
	return parsed.success ? parsed.data : undefined;
}

/**
 * Deletes the paused answers of surveys that closed before `cutoff` (housekeeping): nobody can
 * submit them any more, and they are the only answers kept per respondent. Returns how many.
 */
export async function removeForSurveysClosedBefore(db: Kysely<Database>, cutoff: Date): Promise<number> {
	const iso = cutoff.toISOString();
	const result = await db
		.deleteFrom('survey_draft')
		.where('survey_id', 'in', (qb) =>
			qb
				.selectFrom('survey')
				.select('id')
				.where((eb) => eb.or([eb('closed_at', '<', iso), eb('closes_at', '<', iso)]))
		)
		.executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function remove(db: Kysely<Database>, surveyId: string, respondentToken: string): Promise<void> {
	await removeOne(db, { surveyId, respondentHash: hashToken(respondentToken) });
}

// Prepared once: every submission removes its draft (decision record 0058).
const removeOne = prepared((db, p: { surveyId: string; respondentHash: string }) => db.deleteFrom('survey_draft').where('survey_id', '=', p.surveyId).where('respondent_hash', '=', p.respondentHash));
