import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as units from '$lib/accounts/server/data/units';
import * as workshops from '$lib/workshop/server/data/workshops';
import { requireUser } from '$lib/server/http/auth';
import { checkScope } from '$lib/plan/server/scope';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { defaultAgenda } from '$lib/workshop/workshop';
import { defaultGroups } from '$lib/workshop/table-groups';
import { messages } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	return { units: await units.listForInstitution(db, user.institutionId) };
};

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const m = messages(locals.language).scan.errors;
			const form = await readForm(request, locals.language, ['title', 'level', 'unit', 'askNames']);
			const title = form.one('title').trim();
			const values = { title, level: form.one('level'), unit: form.one('unit'), askNames: form.one('askNames') };
			const errors: Record<string, string> = {};
			if (title.length === 0 || title.length > 200) errors.title = m.titleRequired;
			if (values.askNames !== '' && values.askNames !== 'on') errors.askNames = messages(locals.language).common.invalidInput;
			const { db } = await getDb();
			const scope = await checkScope(db, user.institutionId, values.level, values.unit, locals.language);
			if (!scope.ok) Object.assign(errors, scope.errors);
			if (!scope.ok || Object.keys(errors).length > 0) return invalid(400, errors, values);
			const instrument = await currentInstrumentFor(db, user.institutionId);
			const id = await workshops.create(db, {
				institutionId: user.institutionId,
				unitId: scope.unit?.id ?? null,
				level: scope.level,
				title,
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				leaderId: user.id,
				agenda: defaultAgenda(instrument),
				groups: defaultGroups(instrument),
				askNames: values.askNames === 'on'
			});
			redirect(303, `/workshops/${id}`);
		})
};
