import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { handleForm, invalid } from '$lib/server/http/forms';
import * as units from '$lib/accounts/server/data/units';
import * as designs from '$lib/blend/server/designs';
import { readDesignForm } from '$lib/blend/server/forms';
import { DESIGN_TEMPLATES } from '$lib/blend/data/templates';
import { messages } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const earlier = await designs.listDesigns(db, user.institutionId);
	return {
		earlier: earlier.map((d) => ({ id: d.id, title: d.title, period: d.period })),
		units: await units.listForInstitution(db, user.institutionId),
		templates: DESIGN_TEMPLATES.map((t) => ({ key: t.key, name: t.name[locals.language], description: t.description[locals.language] }))
	};
};

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const { db } = await getDb();
			const { values, checked, errors } = await readDesignForm(request, locals.language, ['start']);
			const unitId = values.unit ? values.unit : null;
			const start = values.start ?? 'template:leeg';
			const problems = { ...errors };
			if (unitId && !(await units.getInInstitution(db, user.institutionId, unitId))) problems.unit = messages(locals.language).blend.problems.unknown_choice;
			let from: Parameters<typeof designs.create>[3];
			if (start.startsWith('copy:')) {
				const earlier = await designs.listDesigns(db, user.institutionId).then((list) => list.find((d) => d.id === start.slice(5)));
				if (earlier) from = (await designs.readDesign(db, earlier)).design;
				else problems.start = messages(locals.language).blend.problems.unknown_choice;
			} else {
				const template = DESIGN_TEMPLATES.find((t) => `template:${t.key}` === start);
				if (template) from = template.design[locals.language];
				else problems.start = messages(locals.language).blend.problems.unknown_choice;
			}
			if (!checked.ok || Object.keys(problems).length > 0) return invalid(400, problems, values);
			// Outcomes typed on the form count only for an empty start; a template or copy brings its own.
			const id = await designs.create(db, user, { ...checked.value, unitId }, from && from.activities.length + from.outcomes.length > 0 ? from : undefined);
			redirect(303, `/designs/${id}`);
		})
};
