import { describe, expect, it } from 'vitest';
import { defaultContent, filterProducts } from '$lib/toolkit';
import { isFiltered, parseCatalogueFilter, toProductFilter } from './catalogue-filter';

const parse = (query: string) => parseCatalogueFilter(new URLSearchParams(query));

describe('parseCatalogueFilter', () => {
	it('reads every filter from the query, several audiences and levels at once', () => {
		expect(parse('audience=management&audience=teacher&level=course&form=workshop&maxMinutes=60')).toEqual({
			audience: ['teacher', 'management'],
			level: ['course'],
			form: 'workshop',
			maxMinutes: 60
		});
	});

	it('means no filter when the query is empty or the form was sent with its defaults', () => {
		expect(isFiltered(parse(''))).toBe(false);
		expect(isFiltered(parse('form=&maxMinutes='))).toBe(false);
		expect(isFiltered(parse('level=programme'))).toBe(true);
	});

	it('drops values the catalogue does not know instead of failing', () => {
		expect(parse('audience=student&level=<b>&form=podcast&maxMinutes=7&maxMinutes=abc')).toEqual({
			audience: [],
			level: [],
			form: null,
			maxMinutes: null
		});
	});

	it('filters the shipped catalogue to the products for managers', () => {
		const found = filterProducts(defaultContent().products, toProductFilter(parse('audience=management')));
		expect(found.length).toBeGreaterThan(0);
		expect(found.length).toBeLessThan(15);
		for (const product of found) expect(product.audience).toContain('management');
	});
});
