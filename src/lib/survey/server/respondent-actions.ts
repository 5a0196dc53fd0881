/**
 * What a respondent posts (decision record 0034): a page's answers, merged into the draft the
 * device's token keys before moving on, and the one idempotent submission, which answers with a
 * redirect to a short thank-you page (decision record 0046). The route `/r/[code]` exports these as
 * its actions; the start script serves the submission on Node's own response when the device has
 * its token (decision record 0061), and the submission writes last, in one transaction.
 */
import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as surveys from '$lib/survey/server/data/surveys';
import * as surveyDrafts from '$lib/survey/server/data/survey-drafts';
import * as surveyResponses from '$lib/survey/server/data/survey-responses';
import { respondentToken } from '$lib/survey/server/respondent-cookie';
import { handleForm, readForm } from '$lib/server/http/forms';
import { isSecureContext } from '$lib/server/http/security';
import { setLanguage } from '$lib/server/http/language';
import { getEventBus } from '$lib/server/events';
import { instrumentOf, surveyChannel, unitChoices } from '$lib/survey/server/access';
import { isSubmissionId, parseAnswers, respondentFormFields, submissionAnswers, type FieldProblem, type SurveyDraft, type SurveyRules } from '$lib/survey/survey';
import { draftProblems, isMove, isStepKey, mergePage, problemMessages, stepAfter, summaryEntries } from '$lib/survey/survey-form';
import type { Instrument } from '$lib/instrument/schema';
import { surveyWindow } from '$lib/survey/survey-report';
import { messages, type Language } from '$lib/i18n';
import type { FormActionEvent } from '$lib/server/http/direct-actions';
import { notFound } from '$lib/server/http/errors';

/** What the respondent's actions use of the request event. */
type RespondentEvent = FormActionEvent<{ code: string }>;

export const EMPTY_DRAFT: SurveyDraft = { role: null, unitId: null, answers: {} };

/** The survey of a respondent link, its instrument and units, and the rules its answers follow; 404 when there is none. */
export async function surveyByCode(code: string) {
	const { db } = await getDb();
	const survey = await surveys.getByCode(db, code);
	if (!survey) notFound();
	const instrument = await instrumentOf(db, survey);
	const unitList = await unitChoices(db, survey);
	const rules: SurveyRules = { instrument, roles: survey.roles, unitIds: survey.askUnit ? unitList.map((u) => u.id) : null };
	return { db, survey, instrument, unitList, rules };
}

/** A refusal that gives the page back what was posted, so nothing typed is lost (also without JavaScript). */
const refuse = (status: number, errors: Record<string, string>, draft?: SurveyDraft, summary: { field: string; text: string }[] = []) => fail(status, { errors, values: {}, draft, summary });

/** A refusal for problems with the answers: a message at each question and the error summary's entries. */
const refuseAnswers = (status: number, problems: Record<string, FieldProblem>, instrument: Instrument, language: Language, draft: SurveyDraft) =>
	refuse(status, problemMessages(problems, instrument, language), draft, summaryEntries(problems, instrument, language));

/**
 * What a page post and the submission both do first: find the survey, refuse when it is not
 * open, read the post and the stored draft. A post names its page (`step`); a post without one
 * carries the whole form at once (as a client without the paged form may send it).
 */
async function readPost({ request, params, locals, cookies, url }: RespondentEvent) {
	const context = await surveyByCode(params.code);
	const { db, survey, instrument } = context;
	const m = messages(locals.language).survey;
	const form = await readForm(request, locals.language, ['step', 'go', 'role', 'unit', 'submission', ...respondentFormFields(instrument)]);
	const state = surveyWindow(survey, new Date());
	if (state !== 'open') return { ok: false as const, failure: refuse(403, { form: state === 'closed' ? m.errors.closed : m.errors.notOpen }) };
	const step = form.one('step');
	if (step !== '' && !isStepKey(instrument, step)) return { ok: false as const, failure: refuse(400, { form: m.form.unknownStep }) };
	const token = respondentToken(cookies, url, params.code);
	// A post of the whole form is complete in itself; a page is merged into the stored draft.
	const stored = step === '' ? EMPTY_DRAFT : ((await surveyDrafts.get(db, survey.id, token)) ?? EMPTY_DRAFT);
	/** The stored draft with this post's answers merged in; `complete` also asks every question the post carries. */
	const merge = (complete: boolean) => (step === '' ? parseAnswers(form.one, context.rules, complete) : mergePage(stored, form.one, context.rules, step, complete));
	return { ok: true as const, ...context, form, step, token, m, merge };
}

	/** Stores the page's answers in the draft and moves: next, back, stay (save), or stay in the other language. */
export const savePage = (event: RespondentEvent) =>
	handleForm(async () => {
		const read = await readPost(event);
		if (!read.ok) return read.failure;
		const { db, survey, instrument, form, token, step, m } = read;
		const go = form.one('go');
		// Enter in a field submits with the first button, "next"; any other value is not one of ours.
		const move = go === '' ? 'next' : isMove(go) ? go : null;
		if (step === '') return refuse(400, { form: m.form.unknownStep });
		if (move === null) return refuse(400, { form: messages(event.locals.language).common.invalidInput });
		const { draft, problems } = read.merge(move === 'next');
		// A value no page offers (a phase of 4, an unknown unit, a text over the limit) stores nothing.
		if (Object.values(problems).some((p) => p !== 'missing')) return refuseAnswers(400, problems, instrument, event.locals.language, draft);
		await surveyDrafts.save(db, survey.id, token, draft);
		// Unanswered questions keep the respondent on the page, but what they did answer is kept.
		if (Object.keys(problems).length > 0) return refuseAnswers(400, problems, instrument, event.locals.language, draft);
		if (move === 'save') return { saved: true };
		if (move === 'lang-nl' || move === 'lang-en') setLanguage(event.cookies, move === 'lang-nl' ? 'nl' : 'en', isSecureContext(event.url));
		redirect(303, `/r/${event.params.code}?step=${encodeURIComponent(stepAfter(instrument, step, move))}`);
	});

export const submitSurvey = (event: RespondentEvent) =>
	handleForm(async () => {
		const read = await readPost(event);
		if (!read.ok) return read.failure;
		const { survey, instrument, rules, form, token, m } = read;
		const { draft, problems } = read.merge(false);
		const language = event.locals.language;
		if (Object.keys(problems).length > 0) return refuseAnswers(400, problems, instrument, language, draft);
		const missing = draftProblems(draft, rules);
		if (Object.keys(missing).length > 0) return refuseAnswers(400, missing, instrument, language, draft);
		const submissionId = form.one('submission');
		if (!isSubmissionId(submissionId)) return refuse(400, { form: m.errors.submissionId }, draft);
		const bus = await getEventBus();
		// The response and its live-counter event are stored together, and acknowledged only after the commit.
		const outcome = await bus.transaction(async (trx, publish) => {
			const result = await surveyResponses.submit(trx, survey.id, {
				id: submissionId,
				role: draft.role!,
				unitId: draft.unitId,
				respondentToken: token,
				answers: submissionAnswers(instrument, draft)
			});
			// Counts only: the event carries the role and unit, never an answer.
			if (result === 'stored') await publish(surveyChannel(survey.id), 'response', { role: draft.role, unitId: draft.unitId });
			return result;
		});
		if (outcome === 'duplicate') return refuse(409, { form: m.errors.duplicate });
		if (outcome === 'already_answered') return refuse(409, { form: m.respondent.alreadyAnswered });
		// Post/redirect/get: a short thank-you page, which a reload does not post again.
		redirect(303, `/r/${event.params.code}/thanks`);
	});
