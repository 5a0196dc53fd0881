import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, readForm } from '$lib/server/http/forms';
import { editableContent, resetOverride, saveOverride } from '$lib/toolkit/server/content';
import { AUDIENCES, findRoute, type Audience } from '$lib/toolkit';
import { format, messages } from '$lib/i18n';
import { readRows, rowFieldNames } from '../../rows';
import { notFound } from '$lib/server/http/errors';

const ROUTE_FIELDS = ['title.nl', 'title.en', 'orderRationale.nl', 'orderRationale.en'];
const STEP_FIELDS = ['product', 'position', 'heading.nl', 'heading.en', 'explanation.nl', 'explanation.en'];

async function routeOf(institutionId: string, audience: string) {
	if (!AUDIENCES.includes(audience as Audience)) notFound();
	const { db } = await getDb();
	const { content, changes } = await editableContent(db, institutionId);
	const route = findRoute(content, audience);
	if (!route) notFound();
	// A step per product at most, plus the empty row: the form never needs more rows than that.
	return { db, content, route, own: audience in changes.routes, rows: content.products.length + 1 };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const admin = requireAdmin(locals, url);
	const { content, route, own } = await routeOf(admin.institutionId, params.audience);
	const language = locals.language;
	return {
		title: route.title[language],
		texts: { title: route.title, orderRationale: route.orderRationale },
		own,
		steps: route.steps.map((step) => ({ productKey: step.productKey, heading: step.heading, explanation: step.explanation })),
		products: content.products.map((product) => ({ key: product.key, title: `${product.number}. ${product.title[language]}` }))
	};
};

export const actions: Actions = {
	save: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const m = messages(locals.language).contentAdmin;
			const { db, route, rows } = await routeOf(admin.institutionId, params.audience);
			const form = await readForm(request, locals.language, [...ROUTE_FIELDS, ...rowFieldNames(rows, STEP_FIELDS)]);
			const read = readRows(rows, form.one);
			const refuse = (issues: string[]) => fail(400, { errors: { form: m.refused }, values: {}, issues });
			if (read.badPositions.length > 0) return refuse(read.badPositions.map((n) => format(m.positionInvalid, { n })));
			const steps = read.rows.map((row) => ({
				productKey: row.get('product'),
				heading: { nl: row.get('heading.nl'), en: row.get('heading.en') },
				explanation: { nl: row.get('explanation.nl'), en: row.get('explanation.en') }
			}));
			const document = {
				...route,
				title: { nl: form.one('title.nl'), en: form.one('title.en') },
				orderRationale: { nl: form.one('orderRationale.nl'), en: form.one('orderRationale.en') },
				steps
			};
			const result = await saveOverride(db, admin.institutionId, { kind: 'route', target: route.audience, document }, locals.language);
			if (!result.ok) return refuse(result.errors);
			return { done: 'save' };
		}),

	reset: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			await readForm(request, locals.language, []);
			const { db, route } = await routeOf(admin.institutionId, params.audience);
			await resetOverride(db, admin.institutionId, 'route', route.audience);
			return { done: 'reset' };
		})
};
