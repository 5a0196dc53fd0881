import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { findProduct } from '$lib/toolkit';
import { defaultInstrument } from '$lib/instrument';
import { getDb } from '$lib/server/db';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { formatBytes } from '$lib/i18n/format';
import { format, messages } from '$lib/i18n';
import { instrumentLinks, productPage } from '$lib/toolkit/views';
import { contentFor, readerFor } from '$lib/toolkit/server/content';
import { attachmentsForReader } from '$lib/toolkit/server/attachments';
import { defaultContent } from '$lib/toolkit';
import * as institutions from '$lib/accounts/server/data/institutions';

export const load: PageServerLoad = async ({ params, locals }) => {
	const { db } = await getDb();
	const reader = await readerFor(db, locals);
	const content = reader ? await contentFor(db, reader.institutionId) : defaultContent();
	const product = findProduct(content, params.key);
	if (!product) error(404, { message: messages(locals.language).navigator.productNotFound });
	// The factors this product helps with, named as the reader's institution's own self-scan names them.
	const instrument = reader ? await currentInstrumentFor(db, reader.institutionId) : defaultInstrument();
	const m = messages(locals.language).navigator;
	const materials = await attachmentsForReader(db, reader, product.key);
	return {
		product: productPage(content, instrument, product, locals.language),
		opens: instrumentLinks(product, reader?.signedIn ?? false, locals.language),
		// Signed-in readers see which materials visitors do not get, so they know what they can pass on.
		institution: materials.length > 0 && reader ? ((await institutions.get(db, reader.institutionId))?.name ?? '') : '',
		attachments: materials.map((a) => ({
			id: a.id,
			title: a.title,
			href: a.kind === 'link' ? a.url : `/toolkit/product/${product.key}/attachments/${a.id}`,
			detail: a.kind === 'link' ? new URL(a.url).host : format(m.attachmentFile, { name: a.fileName, size: formatBytes(a.size, locals.language) }),
			signedInOnly: a.visibility === 'signed-in'
		}))
	};
};
