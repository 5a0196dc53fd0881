import type { PageServerLoad } from './$types';
import { filterProducts } from '$lib/toolkit';
import { isFiltered, parseCatalogueFilter, TIME_OPTIONS, toProductFilter } from './catalogue-filter';
import { filterLabels, productCard } from '$lib/toolkit/views';
import { contentForRequest } from '$lib/toolkit/server/content';

export const load: PageServerLoad = async ({ url, locals }) => {
	const content = await contentForRequest(locals);
	const filter = parseCatalogueFilter(url.searchParams);
	const found = filterProducts(content.products, toProductFilter(filter));
	return {
		filter,
		filtered: isFiltered(filter),
		total: content.products.length,
		products: found.map((product) => productCard(product, locals.language)),
		options: filterLabels(locals.language),
		timeOptions: [...TIME_OPTIONS]
	};
};
