import { describe, expect, it } from 'vitest';
import { defaultContent } from '$lib/toolkit';
import { MAX_SHARE_LENGTH, orderOwnRoute, parseSharedRoute, type OwnRouteChoice } from './own-route';

const catalogue = defaultContent().products;
const keysOf = (result: ReturnType<typeof parseSharedRoute<{ key: string }>>) => (result.ok ? result.products.map((p) => p.key) : result.problem);

describe('parseSharedRoute', () => {
	it('reads the products of a shared link in the link’s order', () => {
		expect(keysOf(parseSharedRoute('voorbeelden,gedeelde-taal,socialiseren', catalogue))).toEqual(['voorbeelden', 'gedeelde-taal', 'socialiseren']);
	});

	it('accepts every product of the catalogue once, in any order', () => {
		const all = catalogue.map((p) => p.key).reverse();
		expect(keysOf(parseSharedRoute(all.join(','), catalogue))).toEqual(all);
	});

	it('says a link without a route is missing one', () => {
		expect(parseSharedRoute(null, catalogue)).toEqual({ ok: false, problem: { kind: 'missing' } });
		expect(parseSharedRoute('  ', catalogue)).toEqual({ ok: false, problem: { kind: 'missing' } });
	});

	it('names the unknown keys of a link, shortened and at most three', () => {
		expect(parseSharedRoute('gedeelde-taal,bestaat-niet', catalogue)).toEqual({ ok: false, problem: { kind: 'unknown', keys: ['bestaat-niet'] } });
		const long = 'x'.repeat(60);
		expect(parseSharedRoute(`a,b,c,d,${long}`, catalogue)).toEqual({ ok: false, problem: { kind: 'unknown', keys: ['a', 'b', 'c', '…'] } });
		expect(parseSharedRoute(long, catalogue)).toEqual({ ok: false, problem: { kind: 'unknown', keys: [`${'x'.repeat(40)}…`] } });
		expect(parseSharedRoute('<script>', catalogue)).toEqual({ ok: false, problem: { kind: 'unknown', keys: ['<script>'] } });
	});

	it('refuses a product listed twice, an empty place between commas and an overlong link', () => {
		expect(parseSharedRoute('voorbeelden,socialiseren,voorbeelden', catalogue)).toEqual({ ok: false, problem: { kind: 'duplicate', keys: ['voorbeelden'] } });
		expect(parseSharedRoute('voorbeelden,,socialiseren', catalogue)).toEqual({ ok: false, problem: { kind: 'malformed' } });
		expect(parseSharedRoute('voorbeelden,', catalogue)).toEqual({ ok: false, problem: { kind: 'malformed' } });
		expect(parseSharedRoute('a'.repeat(MAX_SHARE_LENGTH + 1), catalogue)).toEqual({ ok: false, problem: { kind: 'tooLong' } });
	});
});

describe('orderOwnRoute', () => {
	const choice = (key: string, chosen: boolean, place = ''): OwnRouteChoice => ({ key, chosen, place });

	it('orders the chosen products by their place', () => {
		expect(orderOwnRoute([choice('a', true, '3'), choice('b', true, '1'), choice('c', true, '2')])).toEqual({ ok: true, keys: ['b', 'c', 'a'] });
	});

	it('puts products without a place last and keeps equal places in catalogue order', () => {
		expect(orderOwnRoute([choice('a', true), choice('b', true, '2'), choice('c', true, '2'), choice('d', true, ' 1 ')])).toEqual({
			ok: true,
			keys: ['d', 'b', 'c', 'a']
		});
	});

	it('leaves out products that are not chosen, whatever their place says', () => {
		expect(orderOwnRoute([choice('a', false, '1'), choice('b', true, '5'), choice('c', false, 'x')])).toEqual({ ok: true, keys: ['b'] });
	});

	it('asks for at least one product', () => {
		expect(orderOwnRoute([choice('a', false, '1')])).toEqual({ ok: false, noneChosen: true, badPlaces: [] });
		expect(orderOwnRoute([])).toEqual({ ok: false, noneChosen: true, badPlaces: [] });
	});

	it('names every chosen product whose place is not a whole number from 1 to 99', () => {
		const result = orderOwnRoute([
			choice('a', true, '0'),
			choice('b', true, '1.5'),
			choice('c', true, '-2'),
			choice('d', true, '100'),
			choice('e', true, 'twee'),
			choice('f', true, '99'),
			choice('g', true, '1e1')
		]);
		expect(result).toEqual({ ok: false, noneChosen: false, badPlaces: ['a', 'b', 'c', 'd', 'e', 'g'] });
	});
});
