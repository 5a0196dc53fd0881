import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { editableContent, resetOverride, saveOverride } from '$lib/toolkit/server/content';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { factorsOf } from '$lib/instrument/schema';
import { AUDIENCE_LABELS } from '$lib/toolkit';
import { messages } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	const language = locals.language;
	const [{ content, changes }, instrument] = await Promise.all([editableContent(db, admin.institutionId), currentInstrumentFor(db, admin.institutionId)]);
	return {
		products: content.products.map((product) => ({
			key: product.key,
			number: product.number,
			title: product.title[language],
			hidden: changes.hidden.includes(product.key),
			ownTexts: product.key in changes.productTexts
		})),
		routes: content.routes.map((route) => ({
			audience: route.audience,
			title: route.title[language],
			audienceLabel: AUDIENCE_LABELS[route.audience][language],
			own: route.audience in changes.routes
		})),
		factors: factorsOf(instrument).map(({ factor }) => ({ key: factor.key, name: factor.name[language], own: factor.key in changes.mapping }))
	};
};

export const actions: Actions = {
	hide: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const key = (await readForm(request, locals.language, ['key'])).one('key');
			const { db } = await getDb();
			const result = await saveOverride(db, admin.institutionId, { kind: 'hidden', target: key, document: {} }, locals.language);
			if (!result.ok) return fail(400, { errors: { form: messages(locals.language).contentAdmin.refused }, values: {}, issues: result.errors });
			return { done: 'hide' };
		}),

	show: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const key = (await readForm(request, locals.language, ['key'])).one('key');
			const { db } = await getDb();
			if (!(await resetOverride(db, admin.institutionId, 'hidden', key))) return invalid(404, { form: messages(locals.language).common.notFound });
			return { done: 'show' };
		})
};
