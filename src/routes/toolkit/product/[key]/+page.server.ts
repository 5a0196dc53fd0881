import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { findProduct } from '$lib/content';
import { defaultInstrument } from '$lib/instrument';
import { getDb } from '$lib/server/db';
import { currentInstrumentFor } from '$lib/server/instruments';
import { messages } from '$lib/i18n';
import { productPage } from '../../views';
import { contentForRequest } from '$lib/server/content';

export const load: PageServerLoad = async ({ params, locals }) => {
	const content = await contentForRequest(locals);
	const product = findProduct(content, params.key);
	if (!product) error(404, { message: messages(locals.language).navigator.productNotFound });
	// The factors this product helps with, named as the reader's own self-scan names them.
	const instrument = locals.user ? await currentInstrumentFor((await getDb()).db, locals.user.institutionId) : defaultInstrument();
	return { product: productPage(content, instrument, product, locals.language) };
};
