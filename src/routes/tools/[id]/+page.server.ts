import { redirect, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { handleForm } from '$lib/server/http/forms';
import { mayKeepCatalogue } from '$lib/catalogue/server/keepers';
import { saveRating } from '$lib/rating/server/ratings';
import { summarize } from '$lib/rating/rating';
import { ratingsOfTool, toolForUser, toolRubric } from '$lib/tools/server/tools';
import { readRatingForm } from '$lib/tools/server/forms';
import { toolFacts } from '$lib/tools/describe';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const tool = await toolForUser(db, user, params.id);
	const [rubric, ratings, mayKeep] = await Promise.all([toolRubric(db, user.institutionId), ratingsOfTool(db, user.institutionId, tool.id), mayKeepCatalogue(db, user, 'tools')]);
	return {
		tool: { id: tool.id, name: tool.name },
		facts: toolFacts(tool, locals.language),
		rubric,
		summary: summarize(rubric, ratings),
		own: ratings.find((r) => r.raterId === user.id),
		mayKeep,
		saved: url.searchParams.has('saved'),
		scored: url.searchParams.has('scored')
	};
};

export const actions: Actions = {
	rate: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const { db } = await getDb();
			const tool = await toolForUser(db, user, params.id);
			const rubric = await toolRubric(db, user.institutionId);
			const form = await readRatingForm(request, locals.language, rubric);
			const saved = await saveRating(db, { institutionId: user.institutionId, kind: 'tool', subjectId: tool.id, raterId: user.id, instrument: rubric, form, language: locals.language });
			if (!saved.ok) return fail(400, { ratingErrors: saved.errors, errors: saved.errors, values: Object.fromEntries(form) });
			redirect(303, `/tools/${tool.id}?scored=1#scores`);
		})
};
