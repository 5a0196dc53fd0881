import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { findProduct } from '$lib/toolkit';
import { defaultInstrument } from '$lib/instrument';
import { getDb } from '$lib/server/db';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import * as attachments from '$lib/toolkit/server/data/product-attachments';
import { formatBytes } from '$lib/i18n/format';
import { format } from '$lib/i18n';
import { messages } from '$lib/i18n';
import { productPage } from '$lib/toolkit/views';
import { contentForRequest } from '$lib/toolkit/server/content';

export const load: PageServerLoad = async ({ params, locals }) => {
	const content = await contentForRequest(locals);
	const product = findProduct(content, params.key);
	if (!product) error(404, { message: messages(locals.language).navigator.productNotFound });
	// The factors this product helps with, named as the reader's own self-scan names them.
	const instrument = locals.user ? await currentInstrumentFor((await getDb()).db, locals.user.institutionId) : defaultInstrument();
	return { product: productPage(content, instrument, product, locals.language), attachments: await attachmentsFor(locals, product.key) };
};

/** What the signed-in user's institution attached to this product; visitors see none (decision 0016). */
async function attachmentsFor(locals: App.Locals, productKey: string) {
	if (!locals.user) return [];
	const { db } = await getDb();
	const m = messages(locals.language).navigator;
	return (await attachments.listForProduct(db, locals.user.institutionId, productKey)).map((a) => ({
		id: a.id,
		title: a.title,
		href: a.kind === 'link' ? a.url : `/toolkit/product/${productKey}/attachments/${a.id}`,
		detail: a.kind === 'link' ? new URL(a.url).host : format(m.attachmentFile, { name: a.fileName, size: formatBytes(a.size, locals.language) })
	}));
}
