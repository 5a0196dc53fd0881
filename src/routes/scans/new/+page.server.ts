import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as units from '$lib/accounts/server/data/units';
import { checkScope } from '$lib/plan/server/scope';
import * as scans from '$lib/scan/server/data/scans';
import { requireUser } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
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
			const form = await readForm(request, locals.language, ['title', 'level', 'unit']);
			const title = form.one('title').trim();
			const level = form.one('level');
			const unitId = form.one('unit');
			const values = { title, level, unit: unitId };
			const errors: Record<string, string> = {};
			if (title.length === 0 || title.length > 200) errors.title = m.titleRequired;
			const { db } = await getDb();
			const scope = await checkScope(db, user.institutionId, level, unitId, locals.language);
			if (!scope.ok) Object.assign(errors, scope.errors);
			if (!scope.ok || Object.keys(errors).length > 0) return invalid(400, errors, values);
			const instrument = await currentInstrumentFor(db, user.institutionId);
			const id = await scans.create(db, {
				institutionId: user.institutionId,
				unitId: scope.unit?.id ?? null,
				level: scope.level,
				title,
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				createdBy: user.id
			});
			redirect(303, `/scans/${id}`);
		})
};
