import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { surveyForInstitution, surveyPlanDocument } from '$lib/survey/server/access';
import { planExports } from '$lib/server/export';

/** Downloads the survey's action plan in the foundation's formats (PDF, Word, Excel, CSV). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { format, language } = planExports.request(params.format, url, locals.language);
	const { db } = await getDb();
	const context = await surveyForInstitution(db, user.institutionId, params.id!);
	return planExports.download(await surveyPlanDocument(db, context, language), format);
};
