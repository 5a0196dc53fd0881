import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { handleForm, invalid } from '$lib/server/http/forms';
import { catalogueUser } from '$lib/catalogue/server/keepers';
import { saveTool } from '$lib/tools/server/tools';
import { readToolForm } from '$lib/tools/server/forms';

export const load: PageServerLoad = async ({ locals, url }) => {
	await catalogueUser(locals, url, 'tools', { keeper: true });
	return {};
};

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const { db, user } = await catalogueUser(locals, url, 'tools', { keeper: true });
			const { raw, values } = await readToolForm(request, locals.language);
			const saved = await saveTool(db, user, null, raw, locals.language);
			if (!saved.ok) return invalid(400, saved.errors as Record<string, string>, values);
			redirect(303, `/tools/${saved.id}?saved=1`);
		})
};
