/**
 * Where a submission leads (post/redirect/get, decision record 0046): a short page that says the
 * answers arrived, so neither the answer to the post nor a reload carries the whole form again.
 * Only a device that answered this survey sees it; any other goes to the survey's form.
 */
import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as surveys from '$lib/survey/server/data/surveys';
import * as surveyResponses from '$lib/survey/server/data/survey-responses';
import { sentRespondentToken } from '$lib/survey/server/respondent-cookie';
import { textsIn } from '$lib/survey/survey';
import { notFound } from '$lib/server/http/errors';

export const load: PageServerLoad = async ({ params, cookies, locals }) => {
	const { db } = await getDb();
	const survey = await surveys.getByCode(db, params.code);
	if (!survey) notFound();
	const token = sentRespondentToken(cookies);
	if (!token || !(await surveyResponses.hasAnswered(db, survey.id, token))) redirect(303, `/r/${params.code}`);
	return { title: textsIn(survey, locals.language).title };
};
