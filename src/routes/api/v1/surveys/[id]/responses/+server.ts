import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiHandler, apiInstitution } from '$lib/survey/server/api';
import { rawAnswersStream, surveyForInstitution } from '$lib/survey/server/access';

/** GET /api/v1/surveys/{id}/responses: the raw anonymous answers, streamed. */
export const GET: RequestHandler = ({ request, locals, params }) =>
	apiHandler(async () => {
		const { db } = await getDb();
		const institutionId = await apiInstitution(db, request, locals);
		const context = await surveyForInstitution(db, institutionId, params.id!);
		return new Response(await rawAnswersStream(db, context), { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
	});
