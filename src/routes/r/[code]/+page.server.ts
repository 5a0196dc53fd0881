/**
 * The respondent's page of an institution-wide scan: no account, a random token in an HttpOnly
 * cookie (scoped to this survey's path) to pause and continue on the same device, and one
 * idempotent submission. Nothing stored ties an answer to a person.
 */
import { fail, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as surveys from '$lib/survey/server/data/surveys';
import * as surveyDrafts from '$lib/survey/server/data/survey-drafts';
import * as surveyResponses from '$lib/survey/server/data/survey-responses';
import { newId } from '$lib/server/db/ids';
import { newToken } from '$lib/accounts/server/data/sessions';
import { handleForm, readForm } from '$lib/server/http/forms';
import { isSecureContext } from '$lib/server/http/security';
import { getEventBus } from '$lib/server/events';
import { instrumentOf, surveyChannel, unitChoices } from '$lib/survey/server/access';
import { isSubmissionId, parseAnswers, respondentFormFields, submissionAnswers, type SurveyDraft } from '$lib/survey/survey';
import { surveyWindow } from '$lib/survey/survey-report';
import type { Instrument } from '$lib/instrument/schema';
import { factorName } from '$lib/instrument/names';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';
import { format, messages, type Language } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { notFound } from '$lib/server/http/errors';

const COOKIE = 'bw_respondent';
const COOKIE_DAYS = 180;

/** The device's respondent token for this survey; made on the first visit. ≥128 random bits (32 bytes). */
function respondentToken(cookies: Cookies, url: URL, code: string): string {
	const existing = cookies.get(COOKIE);
	if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
	const token = newToken();
	cookies.set(COOKIE, token, {
		path: `/r/${code}`,
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecureContext(url),
		maxAge: COOKIE_DAYS * 24 * 3600
	});
	return token;
}

async function surveyByCode(code: string) {
	const { db } = await getDb();
	const survey = await surveys.getByCode(db, code);
	if (!survey) notFound();
	return { db, survey, instrument: await instrumentOf(db, survey) };
}

export const load: PageServerLoad = async ({ params, cookies, url, locals }) => {
	const { db, survey, instrument } = await surveyByCode(params.code);
	const state = surveyWindow(survey, new Date());
	const token = respondentToken(cookies, url, params.code);
	const [answered, draft, unitList] = await Promise.all([
		surveyResponses.hasAnswered(db, survey.id, token),
		surveyDrafts.get(db, survey.id, token),
		unitChoices(db, survey)
	]);
	return {
		survey: { title: survey.title, message: survey.message, roles: survey.roles, askUnit: survey.askUnit, opensAt: formatDate(survey.opensAt, locals.language) },
		state,
		answered,
		instrument,
		units: unitList.map((u) => ({ id: u.id, name: u.name })),
		draft: draft ?? { role: null, unitId: null, answers: {} },
		// The submission's id: generated for this page, sent back with the answers, so a resent form is recognised.
		submissionId: newId()
	};
};

function errorMessages(problems: Record<string, string>, instrument: Instrument, language: Language): Record<string, string> {
	const m = messages(language).survey.errors;
	const errors: Record<string, string> = {};
	const missing: string[] = [];
	for (const [field, problem] of Object.entries(problems)) {
		errors[field] = format(m[problem as keyof typeof m], { max: MAX_TEXT_LENGTH });
		const factorKey = field.includes('.') ? field.slice(field.indexOf('.') + 1) : null;
		if (problem === 'missing' && factorKey) {
			const name = factorName(instrument, factorKey, language);
			if (!missing.includes(name)) missing.push(name);
		}
	}
	if (missing.length > 0) errors.form = format(m.missingFactors, { factors: missing.join(', ') });
	return errors;
}

/** A refusal that gives the page back what was typed (a page without JavaScript would otherwise lose it). */
const refuse = (status: number, errors: Record<string, string>, draft?: SurveyDraft) => fail(status, { errors, values: {}, draft });

/**
 * What saving and submitting both do first: find the survey, read the answers, refuse when the
 * survey is not open or an answer is not acceptable (`complete`: every factor must be answered).
 */
async function readAnswers({ request, params, locals }: { request: Request; params: { code: string }; locals: App.Locals }, complete: boolean) {
	const { db, survey, instrument } = await surveyByCode(params.code);
	const m = messages(locals.language).survey.errors;
	const form = await readForm(request, locals.language, ['role', 'unit', 'submission', ...respondentFormFields(instrument)]);
	const state = surveyWindow(survey, new Date());
	if (state !== 'open') return { ok: false as const, failure: refuse(403, { form: state === 'closed' ? m.closed : m.notOpen }) };
	const unitList = await unitChoices(db, survey);
	const rules = { instrument, roles: survey.roles, unitIds: survey.askUnit ? unitList.map((u) => u.id) : null };
	const { draft, problems } = parseAnswers(form.one, rules, complete);
	if (Object.keys(problems).length > 0) return { ok: false as const, failure: refuse(400, errorMessages(problems, instrument, locals.language), draft) };
	return { ok: true as const, db, survey, instrument, form, draft, m };
}

export const actions: Actions = {
	save: (event) =>
		handleForm(async () => {
			const read = await readAnswers(event, false);
			if (!read.ok) return read.failure;
			const { params, cookies, url } = event;
			await surveyDrafts.save(read.db, read.survey.id, respondentToken(cookies, url, params.code), read.draft);
			return { saved: true };
		}),

	submit: (event) =>
		handleForm(async () => {
			const read = await readAnswers(event, true);
			if (!read.ok) return read.failure;
			const { params, cookies, url, locals } = event;
			const { survey, instrument, form, draft, m } = read;
			const submissionId = form.one('submission');
			if (!isSubmissionId(submissionId)) return refuse(400, { form: m.submissionId }, draft);
			const token = respondentToken(cookies, url, params.code);
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
			if (outcome === 'duplicate') return refuse(409, { form: m.duplicate });
			if (outcome === 'already_answered') return refuse(409, { form: messages(locals.language).survey.respondent.alreadyAnswered });
			return { submitted: true };
		})
};
