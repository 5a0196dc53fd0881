/**
 * Submitted survey responses. A response and its answers are stored in one transaction, under the
 * id the respondent's page generated: sending the same submission twice stores it once.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { FactorAnswer } from '$lib/scan/scan';
import { isSurveyRole, type RespondentCount, type SurveyRole } from '$lib/survey/survey-report';
import { now } from '$lib/server/db/ids';
import { hashToken } from '$lib/accounts/server/data/sessions';
import { inTransaction } from '$lib/server/db/transaction';
import { prepared } from '$lib/server/db/prepared';
import * as surveyAnswers from './survey-answers';
import * as surveyDrafts from './survey-drafts';
import * as surveyAnswerTallies from './survey-answer-tallies';
import * as surveyRespondentTallies from './survey-respondent-tallies';

export interface Submission {
	/** Client-generated UUID. */
	id: string;
	role: SurveyRole;
	unitId: string | null;
	/** The respondent's cookie token; only its hash is kept, to say "already answered" on that device. */
	respondentToken: string;
	answers: readonly FactorAnswer[];
}

export type SubmitOutcome = 'stored' | 'duplicate' | 'already_answered';

/**
 * Stores a submission and removes the respondent's draft. 'duplicate' when this id is already
 * stored (a resend), 'already_answered' when this device already submitted another: both store
 * nothing. Runs inside the caller's transaction when there is one (so an event can go with it).
 */
export async function submit(db: Kysely<Database>, surveyId: string, submission: Submission): Promise<SubmitOutcome> {
	const respondentHash = hashToken(submission.respondentToken);
	return inTransaction(db, async (trx) => {
		// One read answers both: this id stored already (a resend, in whichever survey), or another
		// submission from this device.
		const earlier = (await earlierFrom(trx, { id: submission.id, surveyId, respondentHash })).rows;
		if (earlier.some((r) => r.id === submission.id)) return 'duplicate';
		if (earlier.length > 0) return 'already_answered';
		// Two concurrent resends of one id: the primary key lets one in; the other fails its
		// insert and its transaction, and the caller sees an error it answers with a retry.
		await insertResponse(trx, { id: submission.id, surveyId, respondentHash, role: submission.role, unitId: submission.unitId, submittedAt: now() });
		await surveyAnswers.insertAll(trx, { surveyId, responseId: submission.id, role: submission.role, unitId: submission.unitId }, submission.answers);
		// The report's counts go with the response, in this transaction (decision record 0049).
		await surveyRespondentTallies.add(trx, { surveyId, role: submission.role, unitId: submission.unitId });
		await surveyAnswerTallies.add(trx, { surveyId, role: submission.role, unitId: submission.unitId }, submission.answers);
		await surveyDrafts.remove(trx, surveyId, submission.respondentToken);
		return 'stored';
	});
}

// The statements of every submission, prepared once (decision record 0058).
const earlierFrom = prepared((db, p: { id: string; surveyId: string; respondentHash: string }) =>
	db
		.selectFrom('survey_response')
		.select('id')
		.where((eb) => eb.or([eb('id', '=', p.id), eb.and([eb('survey_id', '=', p.surveyId), eb('respondent_hash', '=', p.respondentHash)])]))
);
const insertResponse = prepared((db, p: { id: string; surveyId: string; respondentHash: string; role: string; unitId: string | null; submittedAt: string }) =>
	db.insertInto('survey_response').values({ id: p.id, survey_id: p.surveyId, respondent_hash: p.respondentHash, role: p.role, unit_id: p.unitId, submitted_at: p.submittedAt })
);

export async function hasAnswered(db: Kysely<Database>, surveyId: string, respondentToken: string): Promise<boolean> {
	const r = await db
		.selectFrom('survey_response')
		.select('id')
		.where('survey_id', '=', surveyId)
		.where('respondent_hash', '=', hashToken(respondentToken))
		.executeTakeFirst();
	return !!r;
}

/**
 * Respondents per role and unit counted from the responses themselves: what
 * `surveyRespondentTallies.countsByGroup` (which the report and the live counter read) must always equal.
 */
export async function countsByGroup(db: Kysely<Database>, surveyId: string): Promise<RespondentCount[]> {
	const rows = await db
		.selectFrom('survey_response')
		.select(['role', 'unit_id', (e) => e.fn.countAll().as('n')])
		.where('survey_id', '=', surveyId)
		.groupBy(['role', 'unit_id'])
		.execute();
	return rows.filter((r) => isSurveyRole(r.role)).map((r) => ({ role: r.role as SurveyRole, unitId: r.unit_id, n: Number(r.n) }));
}

