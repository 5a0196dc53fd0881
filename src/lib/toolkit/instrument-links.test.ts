import { describe, expect, it } from 'vitest';
import { INSTRUMENT_LINKS, defaultContent, productSchema } from './index';
import { INSTRUMENT_LINK_TARGETS } from './instrument-links';
import { instrumentLinks } from './views';
import { ROOM_INSTRUMENT_KEY, TOOL_RUBRIC_KEY } from '$lib/instrument';
import { criteriaHref } from '$lib/instrument/links';

const byNumber = (number: number) => defaultContent().products.find((product) => product.number === number)!;

describe('the toolkit products that open instruments', () => {
	it('lead from products 9, 10 and 12 to the room inventory, the room scoring and the tool catalogue, each with its criteria', () => {
		const hrefs = (number: number) => byNumber(number).opens.map((link) => INSTRUMENT_LINK_TARGETS[link].href);
		expect(hrefs(9)).toEqual(['/rooms', '/rooms/find', criteriaHref(ROOM_INSTRUMENT_KEY)]);
		expect(hrefs(10)).toEqual(['/rooms', '/rooms/heatmap', criteriaHref(ROOM_INSTRUMENT_KEY)]);
		expect(hrefs(12)).toEqual(['/tools', '/tools/find', criteriaHref(TOOL_RUBRIC_KEY)]);
	});

	it('leave every other product without instrument links, and use every kind of link somewhere', () => {
		const opening = defaultContent().products.filter((product) => product.opens.length > 0).map((product) => product.number);
		expect(opening).toEqual([9, 10, 12]);
		expect(new Set(defaultContent().products.flatMap((product) => product.opens))).toEqual(new Set(INSTRUMENT_LINKS));
	});

	it('send a visitor to sign in first for the catalogues, saying so in the link, and straight to the public criteria', () => {
		const visitor = instrumentLinks(byNumber(12), false, 'nl');
		expect(visitor).toEqual([
			{ href: '/login?next=%2Ftools', title: 'Open de toolcatalogus (eerst inloggen)', signIn: true },
			{ href: '/login?next=%2Ftools%2Ffind', title: 'Vind een tool bij je doel (eerst inloggen)', signIn: true },
			{ href: criteriaHref(TOOL_RUBRIC_KEY), title: 'Criteria en bronnen van de rubriek', signIn: false }
		]);
		expect(instrumentLinks(byNumber(10), true, 'en')).toEqual([
			{ href: '/rooms', title: 'Score a room', signIn: false },
			{ href: '/rooms/heatmap', title: 'See the campus heat map of all scores', signIn: false },
			{ href: criteriaHref(ROOM_INSTRUMENT_KEY), title: 'Criteria and sources of the scoring instrument', signIn: false }
		]);
	});

	it('refuses a product that names an instrument twice or one that does not exist', () => {
		const product = { ...byNumber(12), opens: ['tool-finder', 'tool-finder', 'tool-shop'] };
		const issues = productSchema.safeParse(product).error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		expect(issues.some((line) => line.startsWith('opens.2:'))).toBe(true);
		expect(productSchema.safeParse({ ...product, opens: ['tool-finder', 'tool-finder'] }).error!.issues.map((issue) => issue.path.join('.'))).toEqual(['opens.1']);
	});
});
