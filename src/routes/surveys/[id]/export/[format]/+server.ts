import { error, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { rawAnswersStream, reportDocument, surveyForInstitution } from '$lib/survey/server/access';
import { reportFilename, reportToCsv, reportToPdf, reportToXlsx } from '$lib/survey/server/report-export';
import { CONTENT_TYPES } from '$lib/server/export';
import { REPORT_FORMATS, type ReportFormat } from '$lib/export-formats';
import { isLanguage } from '$lib/i18n';

/** Downloads the survey's report (pdf, xlsx, csv) or its raw anonymous answers (json). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const format = params.format as ReportFormat;
	if (!(REPORT_FORMATS as readonly string[]).includes(format)) error(404, { message: 'not found' });
	const lang = url.searchParams.get('lang');
	const language = isLanguage(lang) ? lang : locals.language;
	const { db } = await getDb();
	const context = await surveyForInstitution(db, user.institutionId, params.id!);
	const doc = await reportDocument(db, context, language);
	const headers = (contentType: string, extension: string) => ({
		'content-type': contentType,
		'content-disposition': `attachment; filename="${reportFilename(doc, extension)}"`,
		'cache-control': 'no-store'
	});
	if (format === 'json') return new Response(await rawAnswersStream(db, context), { headers: headers('application/json; charset=utf-8', 'json') });
	const body = format === 'pdf' ? await reportToPdf(doc) : format === 'xlsx' ? await reportToXlsx(doc) : reportToCsv(doc);
	return new Response(new Uint8Array(body), { headers: headers(CONTENT_TYPES[format], format) });
};
