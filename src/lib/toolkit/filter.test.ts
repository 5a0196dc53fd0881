import { describe, expect, it } from 'vitest';
import { filterProducts } from './filter';
import type { Product } from './schema';

type Sample = Pick<Product, 'key' | 'audience' | 'level' | 'form' | 'time'>;

const text = { nl: '-', en: '-' };
const sample = (key: string, fields: Omit<Sample, 'key' | 'time'> & { minutes: [number, number] | null }): Sample => ({
	key,
	audience: fields.audience,
	level: fields.level,
	form: fields.form,
	time: { text, minutes: fields.minutes }
});

const catalogue: Sample[] = [
	sample('poster', { audience: ['teacher', 'support', 'management'], level: ['course', 'programme', 'institution'], form: ['poster', 'workshop'], minutes: [90, 90] }),
	sample('werkblad', { audience: ['teacher'], level: ['course'], form: ['worksheets'], minutes: [10, 30] }),
	sample('gids', { audience: ['teacher'], level: ['course', 'programme'], form: ['guide'], minutes: null }),
	sample('zelfscan', { audience: ['management', 'support'], level: ['institution'], form: ['workshop', 'self-scan'], minutes: [120, 180] }),
	sample('kaarten', { audience: ['teacher', 'support'], level: ['institution'], form: ['design-cards'], minutes: [30, 120] })
];

const keys = (products: Sample[]) => products.map((product) => product.key);

describe('filterProducts', () => {
	it('returns every product, in order, when no filter is set', () => {
		expect(keys(filterProducts(catalogue))).toEqual(['poster', 'werkblad', 'gids', 'zelfscan', 'kaarten']);
		expect(keys(filterProducts(catalogue, {}))).toEqual(keys(catalogue));
	});

	it('keeps the products for an audience', () => {
		expect(keys(filterProducts(catalogue, { audience: 'management' }))).toEqual(['poster', 'zelfscan']);
		expect(keys(filterProducts(catalogue, { audience: 'support' }))).toEqual(['poster', 'zelfscan', 'kaarten']);
	});

	it('keeps the products at a level', () => {
		expect(keys(filterProducts(catalogue, { level: 'programme' }))).toEqual(['poster', 'gids']);
	});

	it('keeps the products with a form', () => {
		expect(keys(filterProducts(catalogue, { form: 'workshop' }))).toEqual(['poster', 'zelfscan']);
		expect(keys(filterProducts(catalogue, { form: 'rubric' }))).toEqual([]);
	});

	it('keeps a product whose shortest time fits the time available, and every product of variable time', () => {
		expect(keys(filterProducts(catalogue, { maxMinutes: 30 }))).toEqual(['werkblad', 'gids', 'kaarten']);
		expect(keys(filterProducts(catalogue, { maxMinutes: 29 }))).toEqual(['werkblad', 'gids']);
		expect(keys(filterProducts(catalogue, { maxMinutes: 120 }))).toEqual(['poster', 'werkblad', 'gids', 'zelfscan', 'kaarten']);
		expect(keys(filterProducts(catalogue, { maxMinutes: 0 }))).toEqual(['gids']);
	});

	it('combines filters: a product must pass all of them', () => {
		expect(keys(filterProducts(catalogue, { audience: 'teacher', level: 'institution', maxMinutes: 60 }))).toEqual(['kaarten']);
		expect(keys(filterProducts(catalogue, { audience: 'teacher', form: 'workshop' }))).toEqual(['poster']);
	});

	it('reads a list of values as “any of these”, and an empty list as no filter', () => {
		expect(keys(filterProducts(catalogue, { form: ['guide', 'self-scan'] }))).toEqual(['gids', 'zelfscan']);
		expect(keys(filterProducts(catalogue, { audience: [] }))).toEqual(keys(catalogue));
	});

	it('leaves the list it was given untouched', () => {
		const before = keys(catalogue);
		filterProducts(catalogue, { audience: 'management' });
		expect(keys(catalogue)).toEqual(before);
	});
});
