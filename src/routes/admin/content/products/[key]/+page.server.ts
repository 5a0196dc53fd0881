import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/auth';
import { handleForm, readForm } from '$lib/server/forms';
import { editableContent, resetOverride, saveOverride } from '$lib/server/content';
import { findProduct } from '$lib/content';
import { PRODUCT_TEXT_FIELDS } from '$lib/content/overrides';
import { LANGUAGES, messages } from '$lib/i18n';

const FIELDS = PRODUCT_TEXT_FIELDS.flatMap((field) => LANGUAGES.map((language) => `${field}.${language}`));

async function productOf(institutionId: string, key: string) {
	const { db } = await getDb();
	const { content, changes } = await editableContent(db, institutionId);
	const product = findProduct(content, key);
	if (!product) error(404, { message: 'not found' });
	return { db, product, own: key in changes.productTexts };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const admin = requireAdmin(locals, url);
	const { product, own } = await productOf(admin.institutionId, params.key);
	return { product: { key: product.key, number: product.number, title: product.title, summary: product.summary, purpose: product.purpose, howToUse: product.howToUse }, own };
};

export const actions: Actions = {
	save: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const form = await readForm(request, locals.language, FIELDS);
			const { db } = await productOf(admin.institutionId, params.key);
			const document = Object.fromEntries(PRODUCT_TEXT_FIELDS.map((field) => [field, { nl: form.one(`${field}.nl`), en: form.one(`${field}.en`) }]));
			const result = await saveOverride(db, admin.institutionId, { kind: 'product-texts', target: params.key, document }, locals.language);
			if (!result.ok) return fail(400, { errors: { form: messages(locals.language).contentAdmin.refused }, values: Object.fromEntries(FIELDS.map((f) => [f, form.one(f)])), issues: result.errors });
			return { done: 'save' };
		}),

	reset: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			await readForm(request, locals.language, []);
			const { db } = await productOf(admin.institutionId, params.key);
			await resetOverride(db, admin.institutionId, 'product-texts', params.key);
			return { done: 'reset' };
		})
};
