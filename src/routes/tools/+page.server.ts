import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { mayKeepCatalogue } from '$lib/catalogue/server/keepers';
import { listTools, rubricSummaries, toolRubric } from '$lib/tools/server/tools';
import { filterTools, readFilters } from '$lib/tools/filters';
import { learningTypeName } from '$lib/tools/describe';

/** The counts an import redirects with, when they are counts. */
function importedCounts(query: URLSearchParams): { created: number; updated: number } | null {
	const created = query.get('created');
	const updated = query.get('updated');
	return created !== null && updated !== null && /^\d{1,5}$/.test(created) && /^\d{1,5}$/.test(updated) ? { created: Number(created), updated: Number(updated) } : null;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const filters = readFilters(url.searchParams);
	const [all, rubric, mayKeep] = await Promise.all([listTools(db, user), toolRubric(db, user.institutionId), mayKeepCatalogue(db, user, 'tools')]);
	const summaries = await rubricSummaries(db, user.institutionId, rubric);
	const language = locals.language;
	return {
		filters,
		total: all.length,
		tools: filterTools(all, filters).map((t) => ({
			id: t.id,
			name: t.name,
			description: t.description,
			learningTypes: t.learningTypes.map((id) => learningTypeName(id, language)),
			privacy: t.privacy,
			availability: t.availability,
			licence: t.licence,
			rubric: { mean: summaries.get(t.id)?.mean ?? null, raters: summaries.get(t.id)?.raters ?? 0 }
		})),
		mayKeep,
		deleted: url.searchParams.get('deleted')?.slice(0, 300) ?? null,
		imported: importedCounts(url.searchParams)
	};
};
