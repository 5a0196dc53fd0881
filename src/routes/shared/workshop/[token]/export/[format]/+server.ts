import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { workshopForShareToken, workshopPlanDocument } from '$lib/server/workshop-access';
import { isExportFormat, planDownload } from '$lib/server/export';
import { isLanguage } from '$lib/i18n';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	if (!isExportFormat(params.format)) error(404, { message: 'not found' });
	const lang = url.searchParams.get('lang');
	const { db } = await getDb();
	const context = await workshopForShareToken(db, params.token);
	return planDownload(await workshopPlanDocument(db, context, isLanguage(lang) ? lang : locals.language), params.format);
};
