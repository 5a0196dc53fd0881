import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { workshopForLeader, workshopPlanDocument } from '$lib/workshop/server/access';
import { planExports } from '$lib/server/export';

/** The workshop's action plan in one format: the same model and exports as a scan's plan. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { format, language } = planExports.request(params.format, url, locals.language);
	const { db } = await getDb();
	const context = await workshopForLeader(db, user, params.id);
	return planExports.download(await workshopPlanDocument(db, context, language), format);
};
