import { describe, expect, it } from 'vitest';
import { knowledge } from './data/knowledge';
import { mapping } from './data/mapping';
import { products } from './data/products';
import { ownRoute, routes } from './data/routes';
import {
	ContentValidationError,
	SHIPPED_FILES,
	defaultContent,
	defaultFactorKeys,
	findProduct,
	helpFor,
	helpForFactor,
	knowledgePage,
	parseContent,
	product,
	route
} from './index';

function data() {
	return JSON.parse(JSON.stringify({ products, routes, ownRoute, knowledge, mapping })) as {
		products: typeof products;
		routes: typeof routes;
		ownRoute: typeof ownRoute;
		knowledge: typeof knowledge;
		mapping: typeof mapping;
	};
}

function errorOf(run: () => unknown): ContentValidationError {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(ContentValidationError);
		return error as ContentValidationError;
	}
	throw new Error('expected a ContentValidationError');
}

describe('loading the content', () => {
	it('validates the shipped files at load time and hands out the same content every time', () => {
		expect(defaultContent().products).toHaveLength(15);
		expect(defaultContent()).toBe(defaultContent());
		expect(parseContent(data(), SHIPPED_FILES)).toEqual(defaultContent());
	});

	it('hands out content that cannot be changed by accident', () => {
		const content = defaultContent();
		expect(() => {
			(content.products[0]!.title as { nl: string }).nl = 'Iets anders';
		}).toThrow(TypeError);
		expect(() => (content.routes[0]!.steps as unknown[]).pop()).toThrow(TypeError);
		expect(product('gedeelde-taal')!.title.nl).toBe('Gedeelde taal');
	});

	it('throws an error whose lines name the file, then the path, then the problem', () => {
		const broken = data();
		broken.routes[1]!.steps[0]!.productKey = 'onbekend';
		broken.mapping[2]!.factorKey = 'taal';
		const error = errorOf(() => parseContent(broken, SHIPPED_FILES));
		expect(error.issues).toEqual([
			'src/lib/toolkit/data/routes.ts: routes[1].steps[0].productKey: no product has the key "onbekend"',
			'src/lib/toolkit/data/mapping.ts: mapping[2].factorKey: "taal" is not a factor of the self-scan'
		]);
		expect(error.message).toContain('Content is invalid:\n  - src/lib/toolkit/data/routes.ts: routes[1]');
	});

	it('names the one source of an upload or database row on every line', () => {
		const broken = data();
		broken.products[0]!.number = 2;
		expect(errorOf(() => parseContent(broken, 'hogeschool-x.json')).issues).toEqual([
			'hogeschool-x.json: products[1].number: number 2 is used twice'
		]);
	});

	it('names every shipped file when the problem is with the whole', () => {
		const error = errorOf(() => parseContent({ ...data(), extra: true }, SHIPPED_FILES));
		expect(error.issues[0]).toMatch(/^src\/lib\/toolkit\/data\/products\.ts, .*mapping\.ts: \(root\): .*"extra"/);
	});

	it('checks the mapping against the factors of the self-scan it belongs to', () => {
		expect(defaultFactorKeys()).toHaveLength(15);
		const withoutDefinition = defaultFactorKeys().filter((key) => key !== 'definitie');
		expect(errorOf(() => parseContent(data(), 'eigen.json', withoutDefinition)).issues).toEqual([
			'eigen.json: mapping[2].factorKey: "definitie" is not a factor of the self-scan'
		]);
	});
});

describe('looking things up', () => {
	it('finds a product by key, and nothing for an unknown key', () => {
		expect(product('implementatie-actieplan')?.number).toBe(14);
		expect(product('onbekend')).toBeUndefined();
		expect(findProduct(defaultContent(), 'voorbeelden')?.audienceText.nl).toBe('Alle');
	});

	it('finds a route by audience or by its key in URLs', () => {
		expect(route('teacher')).toBe(route('docent'));
		expect(route('support')?.key).toBe('ondersteuning');
		expect(route('management')?.audience).toBe('management');
		expect(route('student')).toBeUndefined();
	});

	it('finds a knowledge page by key', () => {
		expect(knowledgePage('blended-leren-bloem')?.title.nl).toBe('De Blended Leren Bloem');
		expect(knowledgePage('onbekend')).toBeUndefined();
	});

	it('resolves a factor’s help to products and knowledge items, each with why', () => {
		const help = helpForFactor('onderwijsruimtes');
		expect(help.factorKey).toBe('onderwijsruimtes');
		expect(help.products.map((entry) => entry.product.title.nl)).toEqual([
			'Inventarisatie en selectie instrument onderwijsruimtes',
			'Scoringsinstrument onderwijsruimtes',
			'Ontwerpen van innovatieve onderwijsruimtes'
		]);
		expect(help.knowledge).toEqual([
			{
				page: knowledgePage('blended-leren-bloem'),
				item: expect.objectContaining({ id: 'campus', title: { nl: 'Campus', en: 'Campus' } }),
				why: expect.objectContaining({ nl: expect.any(String), en: expect.any(String) })
			}
		]);
	});

	it('resolves a reference to a whole page without an item', () => {
		const definition = helpForFactor('definitie').knowledge.find((entry) => entry.page.key === 'definities');
		expect(definition).toBeDefined();
		expect(definition).not.toHaveProperty('item');
	});

	it('gives a factor without a mapping empty lists, not an error', () => {
		expect(helpForFactor('eigen-factor')).toEqual({ factorKey: 'eigen-factor', products: [], knowledge: [] });
	});

	it('looks up in an institution’s own content the same way', () => {
		const own = data();
		own.mapping[2]!.products = [{ productKey: 'voorbeelden', why: { nl: 'Zie hoe anderen het noemen.', en: 'See what others call it.' } }];
		const content = parseContent(own, 'eigen.json');
		expect(helpFor(content, 'definitie').products.map((entry) => entry.product.key)).toEqual(['voorbeelden']);
		expect(helpForFactor('definitie').products.map((entry) => entry.product.key)).toEqual(['gedeelde-taal']);
	});
});
