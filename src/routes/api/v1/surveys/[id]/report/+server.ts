import { json, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { apiHandler, apiInstitution, reportJson } from '$lib/survey/server/api';
import { surveyForInstitution, surveyReport } from '$lib/survey/server/access';

/** GET /api/v1/surveys/{id}/report: the aggregated report, small groups hidden. */
export const GET: RequestHandler = ({ request, locals, params }) =>
	apiHandler(async () => {
		const { db } = await getDb();
		const institutionId = await apiInstitution(db, request, locals);
		const context = await surveyForInstitution(db, institutionId, params.id!);
		const { report, previous, units } = await surveyReport(db, context);
		return json({
			survey: { id: context.survey.id, title: context.survey.title, instrument: { key: context.instrument.key, version: context.instrument.version } },
			units,
			previous,
			report: reportJson(report)
		});
	});
