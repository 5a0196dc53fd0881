import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as apiTokens from '$lib/survey/server/data/api-tokens';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm, requiredLine } from '$lib/server/http/forms';
import { messages } from '$lib/i18n';

/** The longest name of an API key (the message says so). */
const MAX_LABEL_LENGTH = 100;

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
			const checked = requiredLine(MAX_LABEL_LENGTH, messages(locals.language).survey.errors.labelRequired).safeParse(label);
			if (!checked.success) return invalid(400, { label: checked.error.issues[0]!.message }, { label });
			const { db } = await getDb();
			const { token } = await apiTokens.create(db, user.institutionId, checked.data, user.id);
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
