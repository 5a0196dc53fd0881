import { error, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import { planDocument, scanForUser } from '$lib/server/scan-access';
import { isExportFormat, planDownload } from '$lib/server/export';
import { isLanguage } from '$lib/i18n';

/** Downloads the action plan in one format and language: the same document the result page shows. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	if (!isExportFormat(params.format)) error(404, { message: 'not found' });
	const lang = url.searchParams.get('lang');
	const language = isLanguage(lang) ? lang : locals.language;
	const { db } = await getDb();
	const context = await scanForUser(db, user, params.id!);
	const doc = await planDocument(db, context, language);
	return planDownload(doc, params.format);
};
