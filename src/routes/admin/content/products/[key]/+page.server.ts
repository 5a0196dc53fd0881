import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { editableContent, resetOverride, saveOverride } from '$lib/toolkit/server/content';
import { findProduct } from '$lib/toolkit';
import { PRODUCT_TEXT_FIELDS } from '$lib/toolkit/overrides';
import { LANGUAGES, messages } from '$lib/i18n';
import * as attachments from '$lib/toolkit/server/data/product-attachments';
import { addFile, addLink, changeVisibility, parseVisibility, removeAttachment, type AddResult } from '$lib/toolkit/server/attachments';
import { readUpload } from '$lib/server/http/uploads';
import { ALLOWED_EXTENSIONS, MAX_ATTACHMENT_BYTES } from '$lib/toolkit/attachment-types';
import { formatBytes } from '$lib/i18n/format';
import { notFound } from '$lib/server/http/errors';

const FIELDS = PRODUCT_TEXT_FIELDS.flatMap((field) => LANGUAGES.map((language) => `${field}.${language}`));

async function productOf(institutionId: string, key: string) {
	const { db } = await getDb();
	const { content, changes } = await editableContent(db, institutionId);
	const product = findProduct(content, key);
	if (!product) notFound();
	return { db, product, own: key in changes.productTexts };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const admin = requireAdmin(locals, url);
	const { db, product, own } = await productOf(admin.institutionId, params.key);
	return {
		product: { key: product.key, number: product.number, title: product.title, summary: product.summary, purpose: product.purpose, howToUse: product.howToUse },
		own,
		attachments: (await attachments.listForProduct(db, admin.institutionId, product.key)).map((a) => ({
			id: a.id,
			title: a.title,
			detail: a.kind === 'link' ? a.url : `${a.fileName}, ${formatBytes(a.size, locals.language)}`,
			href: a.kind === 'link' ? a.url : `/toolkit/product/${product.key}/attachments/${a.id}`,
			visibility: a.visibility
		})),
		maxSize: formatBytes(MAX_ATTACHMENT_BYTES, locals.language),
		types: ALLOWED_EXTENSIONS.join(', '),
		accept: ALLOWED_EXTENSIONS.map((extension) => `.${extension}`).join(',')
	};
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

	addFile: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const upload = await readUpload(request, locals.language, { fileField: 'file', maxFileBytes: MAX_ATTACHMENT_BYTES, fields: ['title', 'visibility'] });
			const { db, product } = await productOf(admin.institutionId, params.key);
			const result = await addFile(db, admin.institutionId, product.key, { title: upload.one('title'), file: upload.file, visibility: upload.one('visibility') }, locals.language);
			return attachmentAnswer(result, { fileTitle: upload.one('title'), fileVisibility: upload.one('visibility') });
		}),

	addLink: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const form = await readForm(request, locals.language, ['title', 'url', 'visibility']);
			const { db, product } = await productOf(admin.institutionId, params.key);
			const result = await addLink(db, admin.institutionId, product.key, { title: form.one('title'), url: form.one('url'), visibility: form.one('visibility') }, locals.language);
			return attachmentAnswer(result, { linkTitle: form.one('title'), linkUrl: form.one('url'), linkVisibility: form.one('visibility') });
		}),

	deleteAttachment: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const id = (await readForm(request, locals.language, ['id'])).one('id');
			const { db, product } = await productOf(admin.institutionId, params.key);
			if (!(await removeAttachment(db, admin.institutionId, product.key, id))) return invalid(404, { form: messages(locals.language).common.notFound });
			return { done: 'deleteAttachment' };
		}),

	visibility: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const form = await readForm(request, locals.language, ['id', 'visibility']);
			const { db, product } = await productOf(admin.institutionId, params.key);
			if (!parseVisibility(form.one('visibility')) || form.one('visibility') === '') return invalid(400, { form: messages(locals.language).contentAdmin.visibilityInvalid });
			if (!(await changeVisibility(db, admin.institutionId, product.key, form.one('id'), form.one('visibility')))) return invalid(404, { form: messages(locals.language).common.notFound });
			return { done: 'visibility' };
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

/** A refused attachment names its field; the form comes back with what was typed. */
function attachmentAnswer(result: AddResult, values: Record<string, string>) {
	if (result.ok) return { done: 'addAttachment' };
	const form = values.linkTitle !== undefined ? 'link' : 'file';
	const field = result.field === 'title' ? `${form}Title` : result.field === 'url' ? 'linkUrl' : result.field === 'visibility' ? `${form}Visibility` : 'file';
	return invalid(result.status, { [field]: result.message }, values);
}
