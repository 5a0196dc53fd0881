/**
 * The respondent's pages of an institution-wide scan: no account, a random token in an HttpOnly
 * cookie (scoped to this survey's path) that keys the draft on the server, one page per category
 * plus a review page (`?step=`), and one idempotent submission. Each page posts its own answers,
 * which are merged into the draft before moving on (decision record 0034), so nothing depends on
 * JavaScript; the submission answers with a redirect to a short thank-you page (decision record
 * 0046). Nothing stored ties an answer to a person.
 */
import { fail, redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as surveys from '$lib/survey/server/data/surveys';
import * as surveyDrafts from '$lib/survey/server/data/survey-drafts';
import * as surveyResponses from '$lib/survey/server/data/survey-responses';
import { newId } from '$lib/server/db/ids';
import { respondentToken } from '$lib/survey/server/respondent-cookie';
import { handleForm, readForm } from '$lib/server/http/forms';
import { isSecureContext } from '$lib/server/http/security';
import { setLanguage } from '$lib/server/http/language';
import { getEventBus } from '$lib/server/events';
import { instrumentOf, surveyChannel, unitChoices } from '$lib/survey/server/access';
import { isSubmissionId, parseAnswers, respondentFormFields, submissionAnswers, textsIn, type FieldProblem, type SurveyDraft, type SurveyRules } from '$lib/survey/survey';
import { REVIEW_STEP, completeSteps, draftProblems, isMove, isStepKey, mergePage, problemMessages, stepAfter, stepAt, summaryEntries } from '$lib/survey/survey-form';
import type { Instrument } from '$lib/instrument/schema';
import { surveyWindow } from '$lib/survey/survey-report';
import { messages, type Language } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { notFound } from '$lib/server/http/errors';

const EMPTY_DRAFT: SurveyDraft = { role: null, unitId: null, answers: {} };

async function surveyByCode(code: string) {
	const { db } = await getDb();
	const survey = await surveys.getByCode(db, code);
	if (!survey) notFound();
	const instrument = await instrumentOf(db, survey);
	const unitList = await unitChoices(db, survey);
	const rules: SurveyRules = { instrument, roles: survey.roles, unitIds: survey.askUnit ? unitList.map((u) => u.id) : null };
	return { db, survey, instrument, unitList, rules };
}

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
async function readPost({ request, params, locals, cookies, url }: { request: Request; params: { code: string }; locals: App.Locals; cookies: Cookies; url: URL }) {
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

export const actions: Actions = {
	/** Stores the page's answers in the draft and moves: next, back, stay (save), or stay in the other language. */
	page: (event) =>
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
		}),

	submit: (event) =>
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
		})
};
