import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { defaultContent, findProduct } from '$lib/content';
import { defaultInstrument } from '$lib/instrument';
import { messages } from '$lib/i18n';
import { productPage } from '../../views';

export const load: PageServerLoad = ({ params, locals }) => {
	const content = defaultContent();
	const product = findProduct(content, params.key);
	if (!product) error(404, { message: messages(locals.language).navigator.productNotFound });
	return { product: productPage(content, defaultInstrument(), product, locals.language) };
};
