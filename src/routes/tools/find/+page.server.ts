import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { listTools, rubricSummaries, toolRubric } from '$lib/tools/server/tools';
import { matchTools, readGoal, type ToolMatch } from '$lib/tools/match';
import { lackText, reasonText } from '$lib/tools/describe';
import type { Tool } from '$lib/tools/tool';
import type { Language } from '$lib/i18n';

const inWords = (match: ToolMatch<Tool>, language: Language) => ({
	id: match.tool.id,
	name: match.tool.name,
	description: match.tool.description,
	reasons: match.reasons.map((r) => reasonText(r, match.tool, language)),
	lacks: match.lacks.map((l) => lackText(l, language))
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { goal, asked, groupSizeProblem } = readGoal(url.searchParams);
	const form = { ...goal, groupSize: url.searchParams.get('groupSize')?.slice(0, 20) ?? '' };
	if (!asked || groupSizeProblem) return { form, groupSizeProblem, results: null };
	const { db } = await getDb();
	const [tools, rubric] = await Promise.all([listTools(db, user), toolRubric(db, user.institutionId)]);
	const summaries = await rubricSummaries(db, user.institutionId, rubric);
	const rubrics = new Map([...summaries].map(([id, s]) => [id, { mean: s.mean, raters: s.raters }]));
	const result = matchTools(tools, goal, rubrics);
	return {
		form,
		groupSizeProblem,
		results: {
			empty: tools.length === 0,
			fitting: result.fitting.map((m) => inWords(m, locals.language)),
			nearMisses: result.nearMisses.map((m) => inWords(m, locals.language)),
			others: result.others,
			otherPurpose: result.otherPurpose
		}
	};
};
