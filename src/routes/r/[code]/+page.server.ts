/**
 * The respondent's pages of an institution-wide scan: no account, a random token in an HttpOnly
 * cookie (scoped to this survey's path) that keys the draft on the server, one page per category
 * plus a review page (`?step=`), and one idempotent submission. Each page posts its own answers,
 * which are merged into the draft before moving on (decision record 0034), so nothing depends on
 * JavaScript; the submission answers with a redirect to a short thank-you page (decision record
 * 0046). Nothing stored ties an answer to a person.
 */
import type { Actions, PageServerLoad } from './$types';
import * as surveyDrafts from '$lib/survey/server/data/survey-drafts';
import * as surveyResponses from '$lib/survey/server/data/survey-responses';
import { EMPTY_DRAFT, savePage, submitSurvey, surveyByCode } from '$lib/survey/server/respondent-actions';
import { newId } from '$lib/server/db/ids';
import { respondentToken } from '$lib/survey/server/respondent-cookie';
import { textsIn } from '$lib/survey/survey';
import { REVIEW_STEP, completeSteps, draftProblems, problemMessages, stepAt } from '$lib/survey/survey-form';
import { surveyWindow } from '$lib/survey/survey-report';
import { formatDate } from '$lib/i18n/format';

export const load: PageServerLoad = async ({ params, cookies, url, locals }) => {
	const { db, survey, instrument, unitList, rules } = await surveyByCode(params.code);
	const state = surveyWindow(survey, new Date());
	const token = respondentToken(cookies, url, params.code);
	const [answered, stored] = await Promise.all([surveyResponses.hasAnswered(db, survey.id, token), surveyDrafts.get(db, survey.id, token)]);
	const draft = stored ?? EMPTY_DRAFT;
	const { step, index, total } = stepAt(instrument, url.searchParams.get('step'));
	const language = locals.language;
	return {
		survey: { ...textsIn(survey, language), roles: survey.roles, askUnit: survey.askUnit, opensAt: formatDate(survey.opensAt, language) },
		state,
		answered,
		instrument,
		units: unitList.map((u) => ({ id: u.id, name: u.name })),
		draft,
		step: { key: step.key, index, total },
		completeSteps: completeSteps(draft, rules),
		// The review page shows what still has to be answered before the answers can be sent.
		missing: step.key === REVIEW_STEP ? problemMessages(draftProblems(draft, rules), instrument, language) : {},
		// The submission's id: generated for this page, sent back with the answers, so a resent form is recognised.
		submissionId: newId(),
		// The page offers its own language switch, which keeps the answers on the page (see +page.svelte).
		languageInPage: true
	};
};

export const actions: Actions = {
	page: savePage,
	// Served on Node's own response by the start script when the device has its cookie (decision record 0061).
	submit: submitSurvey
};
