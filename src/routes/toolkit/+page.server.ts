import type { PageServerLoad } from './$types';
import { defaultContent, filterProducts } from '$lib/content';
import { isFiltered, parseCatalogueFilter, TIME_OPTIONS, toProductFilter } from './catalogue-filter';
import { filterLabels, productCard } from './views';

export const load: PageServerLoad = ({ url, locals }) => {
	const content = defaultContent();
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
