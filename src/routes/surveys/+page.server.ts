import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as surveys from '$lib/survey/server/data/surveys';
import { requireUser } from '$lib/server/http/auth';
import { surveyWindow } from '$lib/survey/survey-report';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const list = await surveys.listForInstitution(db, user.institutionId);
	const at = new Date();
	return {
		deleted: url.searchParams.get('deleted')?.slice(0, 300) ?? null,
		isAdmin: user.role === 'admin',
		surveys: list.map((s) => ({
			id: s.id,
			title: s.title,
			level: s.level,
			unitName: s.unitName,
			opensAt: s.opensAt,
			lastDay: lastDay(s.closesAt),
			state: surveyWindow(s, at),
			responses: s.responses
		}))
	};
};

/** A survey closes at the start of the day after its last day; people read the last day. */
function lastDay(closesAt: string): string {
	return new Date(new Date(closesAt).getTime() - 24 * 3600 * 1000).toISOString();
}
