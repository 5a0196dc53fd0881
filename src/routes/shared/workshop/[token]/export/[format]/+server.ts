import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { workshopForShareToken, workshopPlanDocument } from '$lib/workshop/server/access';
import { planExports } from '$lib/server/export';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { format, language } = planExports.request(params.format, url, locals.language);
	const { db } = await getDb();
	const context = await workshopForShareToken(db, params.token);
	return planExports.download(await workshopPlanDocument(db, context, language), format);
};
