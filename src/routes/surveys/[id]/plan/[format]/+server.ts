import { error, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import { surveyForInstitution, surveyPlanDocument } from '$lib/server/survey-access';
import { exportPlan, isExportFormat } from '$lib/server/export';
import { isLanguage } from '$lib/i18n';

/** Downloads the survey's action plan in the foundation's formats (PDF, Word, Excel, CSV). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	if (!isExportFormat(params.format)) error(404, { message: 'not found' });
	const lang = url.searchParams.get('lang');
	const language = isLanguage(lang) ? lang : locals.language;
	const { db } = await getDb();
	const context = await surveyForInstitution(db, user.institutionId, params.id!);
	const file = await exportPlan(await surveyPlanDocument(db, context, language), params.format);
	return new Response(new Uint8Array(file.body), {
		headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' }
	});
};
