import { json, type RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as surveys from '$lib/survey/server/data/surveys';
import { apiHandler, apiInstitution } from '$lib/survey/server/api';
import { surveyWindow } from '$lib/survey/survey-report';

/** GET /api/v1/surveys: the institution's surveys. */
export const GET: RequestHandler = ({ request, locals }) =>
	apiHandler(async () => {
		const { db } = await getDb();
		const institutionId = await apiInstitution(db, request, locals);
		const list = await surveys.listForInstitution(db, institutionId);
		const at = new Date();
		return json({
			surveys: list.map((s) => ({
				id: s.id,
				title: s.title,
				level: s.level,
				unit: s.unitName,
				instrument: { key: s.instrumentKey, version: s.instrumentVersion },
				opensAt: s.opensAt,
				closesAt: s.closedAt && s.closedAt < s.closesAt ? s.closedAt : s.closesAt,
				state: surveyWindow(s, at),
				roles: s.roles,
				askUnit: s.askUnit,
				minGroupSize: s.minGroupSize,
				responses: s.responses
			}))
		});
	});
