import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as scans from '$lib/scan/server/data/scans';
import { createInScope, scopeChoices } from '$lib/plan/server/create';
import { titleField } from '$lib/plan/server/fields';
import { requireUser } from '$lib/server/http/auth';
import { handleForm, parseFields, readForm } from '$lib/server/http/forms';

export const load: PageServerLoad = ({ locals, url }) => scopeChoices(locals, url);

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const form = await readForm(request, locals.language, ['title', 'level', 'unit']);
			const values = { title: form.one('title').trim(), level: form.one('level'), unit: form.one('unit') };
			const own = parseFields(z.object({ title: titleField(locals.language) }), values);
			const { db } = await getDb();
			const created = await createInScope(db, user, locals.language, values, own, values, (scope, { title }) =>
				scans.create(db, { ...scope, title, createdBy: user.id })
			);
			if (!created.ok) return created.failure;
			redirect(303, `/scans/${created.id}`);
		})
};
