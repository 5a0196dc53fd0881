import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { requireUser } from '$lib/server/http/auth';
import { handleForm, invalid } from '$lib/server/http/forms';
import { messages } from '$lib/i18n';
import * as units from '$lib/accounts/server/data/units';
import * as designs from '$lib/blend/server/designs';
import { readDesignForm } from '$lib/blend/server/forms';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const open = await designs.readDesign(db, await designs.designForUser(db, user, params.id));
	const r = open.record;
	return {
		id: r.id,
		title: r.title,
		units: await units.listForInstitution(db, user.institutionId),
		values: {
			title: r.title,
			unit: r.unitId ?? '',
			period: r.period,
			studyLoadAmount: String(r.studyLoad.amount).replace('.', locals.language === 'nl' ? ',' : '.'),
			studyLoadUnit: r.studyLoad.unit,
			weeks: String(r.weeks),
			outcomes: open.design.outcomes.map((o) => o.text).join('\n')
		}
	};
};

export const actions: Actions = {
	default: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const { db } = await getDb();
			const record = await designs.designForUser(db, user, params.id);
			const { values, checked, errors } = await readDesignForm(request, locals.language);
			const unitId = values.unit ? values.unit : null;
			const problems = { ...errors };
			if (unitId && !(await units.getInInstitution(db, user.institutionId, unitId))) problems.unit = messages(locals.language).blend.problems.unknown_choice;
			if (!checked.ok || Object.keys(problems).length > 0) return invalid(400, problems, values);
			await designs.saveDetails(await getEventBus(), record.id, { ...checked.value, unitId });
			redirect(303, `/designs/${record.id}`);
		})
};
