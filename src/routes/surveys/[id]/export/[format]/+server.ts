import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { rawAnswersStream, reportExportDocuments, surveyForInstitution } from '$lib/survey/server/access';
import { reportExports } from '$lib/survey/server/report-export';

/** Downloads the survey's report (pdf, xlsx, csv) or its raw anonymous answers (json). */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { format, language } = reportExports.request(params.format, url, locals.language);
	const { db } = await getDb();
	const context = await surveyForInstitution(db, user.institutionId, params.id!);
	const { report, plan } = await reportExportDocuments(db, context, language);
	return reportExports.download({ report, plan, rawAnswers: () => rawAnswersStream(db, context) }, format);
};
