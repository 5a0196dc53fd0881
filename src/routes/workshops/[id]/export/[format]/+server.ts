import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import { workshopForLeader, workshopPlanDocument } from '$lib/server/workshop-access';
import { isExportFormat, planDownload } from '$lib/server/export';
import { isLanguage } from '$lib/i18n';

/** The workshop's action plan in one format: the same model and exports as a scan's plan. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	if (!isExportFormat(params.format)) error(404, { message: 'not found' });
	const lang = url.searchParams.get('lang');
	const language = isLanguage(lang) ? lang : locals.language;
	const { db } = await getDb();
	const context = await workshopForLeader(db, user, params.id);
	return planDownload(await workshopPlanDocument(db, context, language), params.format);
};
