import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as institutions from '$lib/accounts/server/data/institutions';
import { requireAdmin, signOut } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { eraseInstitution } from '$lib/accounts/server/erase-institution';
import { messages } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	const institution = await institutions.get(db, admin.institutionId);
	return { institutionName: institution?.name ?? '' };
};

export const actions: Actions = {
	default: ({ request, locals, url, cookies }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const { db } = await getDb();
			const institution = await institutions.get(db, admin.institutionId);
			const form = await readForm(request, locals.language, ['name']);
			const typed = form.one('name');
			// Typing the name is the safeguard: a stray click or a replayed form cannot erase anything.
			if (!institution || typed.trim() !== institution.name.trim()) {
				return invalid(400, { name: messages(locals.language).admin.erase.nameMismatch }, { name: typed });
			}
			await eraseInstitution(db, institution.id);
			await signOut(db, cookies, url, null);
			redirect(303, '/');
		})
};
