/** Who may follow a survey's channel (server/events/endpoints.ts serves the stream). */
import type { StreamAccess } from '$lib/server/events/endpoints';
import { notFound, notSignedIn } from '$lib/server/http/errors';
import * as surveys from './data/surveys';
import { surveyChannel } from './access';

/**
 * The facilitator's live counter: one event per stored response carrying only its role and unit
 * (never an answer). Signed-in users of the survey's institution only.
 */
export const surveyStream: StreamAccess = async ({ db, user, params }) => {
	if (!user) notSignedIn();
	const survey = await surveys.getInInstitution(db, user.institutionId, params.id ?? '');
	if (!survey) notFound();
	return { channel: surveyChannel(survey.id) };
};
