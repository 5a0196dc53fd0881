import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { rubricSummaries, toolForUser, toolRubric } from '$lib/tools/server/tools';
import { compareIds } from '$lib/tools/match';
import { comparison } from '$lib/tools/compare';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const ids = compareIds(url.searchParams);
	if (!ids) return { comparison: null };
	const { db } = await getDb();
	const tools = await Promise.all(ids.map((id) => toolForUser(db, user, id)));
	const rubric = await toolRubric(db, user.institutionId);
	const summaries = await rubricSummaries(db, user.institutionId, rubric);
	return { comparison: comparison(tools, rubric, summaries, locals.language) };
};
