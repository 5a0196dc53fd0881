/**
 * Filtering the catalogue, as the product overview's filters do: by audience, level, form and the
 * time one has. Pure: the same products in, a subset in the same order out.
 *
 * @example
 * filterProducts(content.products, { audience: 'teacher', level: 'course', maxMinutes: 60 });
 */
import type { Audience, Form, Level, Product } from './schema';

export interface ProductFilter {
	/** Products for this audience, or for any of these. */
	audience?: Audience | readonly Audience[];
	level?: Level | readonly Level[];
	form?: Form | readonly Form[];
	/**
	 * The time available. A product is kept when its shortest stated time fits ("30-120 minuten"
	 * fits in an hour: it can be done in 30). Products whose time the seed gives as "Variabel" are
	 * kept, because they scale to the time there is.
	 */
	maxMinutes?: number;
}

type Filterable = Pick<Product, 'audience' | 'level' | 'form' | 'time'>;

function matchesAny<T>(values: readonly T[], wanted: T | readonly T[] | undefined): boolean {
	if (wanted === undefined) return true;
	const list = Array.isArray(wanted) ? (wanted as readonly T[]) : [wanted as T];
	return list.length === 0 || list.some((value) => values.includes(value));
}

export function filterProducts<P extends Filterable>(products: readonly P[], filter: ProductFilter = {}): P[] {
	const { maxMinutes } = filter;
	return products.filter(
		(product) =>
			matchesAny(product.audience, filter.audience) &&
			matchesAny(product.level, filter.level) &&
			matchesAny(product.form, filter.form) &&
			(maxMinutes === undefined || product.time.minutes === null || product.time.minutes[0] <= maxMinutes)
	);
}
