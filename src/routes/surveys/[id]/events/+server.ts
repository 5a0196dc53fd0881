import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as surveys from '$lib/survey/server/data/surveys';
import { getEventBus } from '$lib/server/events';
import { lastEventIdFrom, sseResponse } from '$lib/server/events/sse';
import { surveyChannel } from '$lib/survey/server/access';
import { notFound, notSignedIn } from '$lib/server/http/errors';

/**
 * The facilitator's live counter: one event per stored response carrying only its role and unit
 * (never an answer), on the survey's channel. Signed-in users of the survey's institution only.
 */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user) notSignedIn();
	const { db } = await getDb();
	const survey = await surveys.getInInstitution(db, locals.user.institutionId, params.id);
	if (!survey) notFound();
	return sseResponse({ bus: await getEventBus(), channel: surveyChannel(survey.id), lastEventId: lastEventIdFrom(request), signal: request.signal });
};
