import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, readForm } from '$lib/server/http/forms';
import { editableContent, resetOverride, saveOverride } from '$lib/toolkit/server/content';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { findFactor } from '$lib/instrument/schema';
import { messages } from '$lib/i18n';
import { readRows, rowFieldNames } from '../../rows';
import { notFound } from '$lib/server/http/errors';

const ROW_FIELDS = ['product', 'why.nl', 'why.en'];

async function helpOf(institutionId: string, factorKey: string) {
	const { db } = await getDb();
	const [{ content, changes }, instrument] = await Promise.all([editableContent(db, institutionId), currentInstrumentFor(db, institutionId)]);
	const found = findFactor(instrument, factorKey);
	if (!found) notFound();
	const help = content.mapping.find((entry) => entry.factorKey === factorKey) ?? { factorKey, products: [], knowledge: [] };
	return { db, content, factor: found.factor, help, own: factorKey in changes.mapping, rows: content.products.length + 1 };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const admin = requireAdmin(locals, url);
	const { content, factor, help, own } = await helpOf(admin.institutionId, params.factor);
	const language = locals.language;
	return {
		name: factor.name[language],
		own,
		entries: help.products.map((entry) => ({ productKey: entry.productKey, why: entry.why })),
		knowledgeCount: help.knowledge.length,
		products: content.products.map((product) => ({ key: product.key, title: `${product.number}. ${product.title[language]}` }))
	};
};

export const actions: Actions = {
	save: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const { db, help, rows } = await helpOf(admin.institutionId, params.factor);
			const form = await readForm(request, locals.language, rowFieldNames(rows, ROW_FIELDS));
			const products = readRows(rows, form.one).rows.map((row) => ({ productKey: row.get('product'), why: { nl: row.get('why.nl'), en: row.get('why.en') } }));
			const result = await saveOverride(db, admin.institutionId, { kind: 'mapping', target: help.factorKey, document: { ...help, products } }, locals.language);
			if (!result.ok) return fail(400, { errors: { form: messages(locals.language).contentAdmin.refused }, values: {}, issues: result.errors });
			return { done: 'save' };
		}),

	reset: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			await readForm(request, locals.language, []);
			const { db, help } = await helpOf(admin.institutionId, params.factor);
			await resetOverride(db, admin.institutionId, 'mapping', help.factorKey);
			return { done: 'reset' };
		})
};
