import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as surveys from '$lib/survey/server/data/surveys';
import { requireUser } from '$lib/server/http/auth';
import { createInScope, scopeChoices } from '$lib/plan/server/create';
import { handleForm, readForm } from '$lib/server/http/forms';
import { parseSettings } from '$lib/survey/survey';
import { DEFAULT_MIN_GROUP_SIZE } from '$lib/survey/survey-report';
import { format, messages } from '$lib/i18n';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';

export const load: PageServerLoad = async ({ locals, url }) => {
	const today = new Date();
	const inThreeWeeks = new Date(today.getTime() + 21 * 24 * 3600 * 1000);
	return {
		...(await scopeChoices(locals, url)),
		defaults: { opensAt: today.toISOString().slice(0, 10), closesAt: inThreeWeeks.toISOString().slice(0, 10), minGroupSize: String(DEFAULT_MIN_GROUP_SIZE) }
	};
};

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const m = messages(locals.language).survey.errors;
			const form = await readForm(request, locals.language, ['title', 'titleEn', 'level', 'unit', 'opensAt', 'closesAt', 'askUnit', 'minGroupSize', 'message', 'messageEn'], ['roles']);
			const values = {
				title: form.one('title'),
				titleEn: form.one('titleEn'),
				level: form.one('level'),
				unit: form.one('unit'),
				opensAt: form.one('opensAt'),
				closesAt: form.one('closesAt'),
				askUnit: form.one('askUnit'),
				minGroupSize: form.one('minGroupSize'),
				message: form.one('message'),
				messageEn: form.one('messageEn'),
				roles: form.many('roles').join(',')
			};
			const settings = parseSettings({ ...values, roles: form.many('roles'), askUnit: values.askUnit === 'on' });
			const errors: Record<string, string> = {};
			if (!settings.ok) for (const [field, problem] of Object.entries(settings.problems)) if (problem) errors[field] = format(m[problem], { max: MAX_TEXT_LENGTH });
			const own = settings.ok ? settings : { ok: false as const, errors };
			const { db } = await getDb();
			const created = await createInScope(db, user, locals.language, values, own, values, async (scope, value) => {
				const { id } = await surveys.create(db, { ...value, ...scope, createdBy: user.id });
				return id;
			});
			if (!created.ok) return created.failure;
			redirect(303, `/surveys/${created.id}`);
		})
};
