import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as apiTokens from '$lib/survey/server/data/api-tokens';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { messages } from '$lib/i18n';

/** API keys of the institution: an administrator's matter, since a key reads every survey of the institution. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireAdmin(locals, url);
	const { db } = await getDb();
	return { tokens: await apiTokens.list(db, user.institutionId) };
};

export const actions: Actions = {
	create: ({ request, locals, url }) =>
		handleForm(async () => {
			const user = requireAdmin(locals, url);
			const form = await readForm(request, locals.language, ['label']);
			const label = form.one('label').trim();
			if (label.length === 0 || label.length > 100) return invalid(400, { label: messages(locals.language).survey.errors.labelRequired }, { label });
			const { db } = await getDb();
			const { token } = await apiTokens.create(db, user.institutionId, label, user.id);
			return { created: token };
		}),
	revoke: ({ request, locals, url }) =>
		handleForm(async () => {
			const user = requireAdmin(locals, url);
			const form = await readForm(request, locals.language, ['id']);
			const { db } = await getDb();
			const done = await apiTokens.revoke(db, user.institutionId, form.one('id'));
			if (!done) return invalid(404, { form: messages(locals.language).survey.errors.tokenUnknown });
			return { revoked: true };
		})
};
