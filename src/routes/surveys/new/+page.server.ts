import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as units from '$lib/accounts/server/data/units';
import * as surveys from '$lib/survey/server/data/surveys';
import { requireUser } from '$lib/server/http/auth';
import { checkScope } from '$lib/plan/server/scope';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { parseSettings } from '$lib/survey/survey';
import { DEFAULT_MIN_GROUP_SIZE } from '$lib/survey/survey-report';
import { format, messages } from '$lib/i18n';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const today = new Date();
	const inThreeWeeks = new Date(today.getTime() + 21 * 24 * 3600 * 1000);
	return {
		units: await units.listForInstitution(db, user.institutionId),
		defaults: { opensAt: today.toISOString().slice(0, 10), closesAt: inThreeWeeks.toISOString().slice(0, 10), minGroupSize: String(DEFAULT_MIN_GROUP_SIZE) }
	};
};

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const m = messages(locals.language).survey.errors;
			const form = await readForm(request, locals.language, ['title', 'level', 'unit', 'opensAt', 'closesAt', 'askUnit', 'minGroupSize', 'message'], ['roles']);
			const values = {
				title: form.one('title'),
				level: form.one('level'),
				unit: form.one('unit'),
				opensAt: form.one('opensAt'),
				closesAt: form.one('closesAt'),
				askUnit: form.one('askUnit'),
				minGroupSize: form.one('minGroupSize'),
				message: form.one('message'),
				roles: form.many('roles').join(',')
			};
			const settings = parseSettings({ ...values, roles: form.many('roles'), askUnit: values.askUnit === 'on' });
			const errors: Record<string, string> = {};
			if (!settings.ok) {
				for (const [field, problem] of Object.entries(settings.problems)) if (problem) errors[field] = format(m[problem], { max: MAX_TEXT_LENGTH });
			}
			const { db } = await getDb();
			const scope = await checkScope(db, user.institutionId, values.level, values.unit, locals.language);
			if (!scope.ok) Object.assign(errors, scope.errors);
			if (!settings.ok || !scope.ok || Object.keys(errors).length > 0) return invalid(400, errors, values);
			const instrument = await currentInstrumentFor(db, user.institutionId);
			const { id } = await surveys.create(db, {
				...settings.value,
				institutionId: user.institutionId,
				unitId: scope.unit?.id ?? null,
				level: scope.level,
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				createdBy: user.id
			});
			redirect(303, `/surveys/${id}`);
		})
};
