import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { handleForm, invalid } from '$lib/server/http/forms';
import { catalogueUser } from '$lib/catalogue/server/keepers';
import { saveTool, toolForUser } from '$lib/tools/server/tools';
import { readToolForm } from '$lib/tools/server/forms';
import { toolValues } from '$lib/tools/tool';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { db, user } = await catalogueUser(locals, url, 'tools', { keeper: true });
	const tool = await toolForUser(db, user, params.id);
	return { id: tool.id, name: tool.name, values: toolValues(tool) };
};

export const actions: Actions = {
	default: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { db, user } = await catalogueUser(locals, url, 'tools', { keeper: true });
			const { raw, values } = await readToolForm(request, locals.language);
			const saved = await saveTool(db, user, params.id, raw, locals.language);
			if (!saved.ok) return invalid(400, saved.errors as Record<string, string>, values);
			redirect(303, `/tools/${saved.id}?saved=1`);
		})
};
