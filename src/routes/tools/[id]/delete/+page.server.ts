import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { catalogueUser } from '$lib/catalogue/server/keepers';
import { deleteTool, ratingsOfTool, toolForUser } from '$lib/tools/server/tools';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { db, user } = await catalogueUser(locals, url, 'tools', { keeper: true });
	const tool = await toolForUser(db, user, params.id);
	return { id: tool.id, name: tool.name, ratings: (await ratingsOfTool(db, user.institutionId, tool.id)).length };
};

export const actions: Actions = {
	default: async ({ locals, url, params }) => {
		const user = requireUser(locals, url);
		const { db } = await getDb();
		const tool = await deleteTool(db, user, params.id, locals.language);
		redirect(303, `/tools?deleted=${encodeURIComponent(tool.name)}`);
	}
};
