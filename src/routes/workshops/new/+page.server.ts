import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as workshops from '$lib/workshop/server/data/workshops';
import { createInScope, scopeChoices } from '$lib/plan/server/create';
import { titleField } from '$lib/plan/server/fields';
import { requireUser } from '$lib/server/http/auth';
import { handleForm, parseFields, readForm } from '$lib/server/http/forms';
import { defaultAgenda } from '$lib/workshop/workshop';
import { defaultGroups } from '$lib/workshop/table-groups';
import { messages } from '$lib/i18n';

export const load: PageServerLoad = ({ locals, url }) => scopeChoices(locals, url);

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const form = await readForm(request, locals.language, ['title', 'level', 'unit', 'askNames']);
			const values = { title: form.one('title').trim(), level: form.one('level'), unit: form.one('unit'), askNames: form.one('askNames') };
			const schema = z.object({
				title: titleField(locals.language),
				askNames: z.enum(['', 'on'], { error: messages(locals.language).common.invalidInput }).transform((v) => v === 'on')
			});
			const { db } = await getDb();
			const created = await createInScope(db, user, locals.language, values, parseFields(schema, values), values, (scope, own, instrument) =>
				workshops.create(db, { ...scope, ...own, leaderId: user.id, agenda: defaultAgenda(instrument), groups: defaultGroups(instrument) })
			);
			if (!created.ok) return created.failure;
			redirect(303, `/workshops/${created.id}`);
		})
};
