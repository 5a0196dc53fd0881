import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatSchemaIssues } from '$lib/instrument';
import { knowledge } from './data/knowledge';
import { mapping } from './data/mapping';
import { products } from './data/products';
import { ownRoute, routes } from './data/routes';
import { contentSchema, type FactorHelpInput, type KnowledgePageInput, type ProductInput, type RouteInput } from './schema';

const FACTOR_KEYS = [
	'doelstellingen',
	'belangenbehartiging',
	'definitie',
	'beleid',
	'implementatie',
	'infrastructuur',
	'modellen',
	'onderwijsruimtes',
	'onderwijslogistiek',
	'aansturing',
	'evaluatie',
	'technische-ondersteuning',
	'didactische-ondersteuning',
	'professionalisering',
	'stimuleringsstructuur'
];

interface Data {
	products: ProductInput[];
	routes: RouteInput[];
	ownRoute: typeof ownRoute;
	knowledge: KnowledgePageInput[];
	mapping: FactorHelpInput[];
	[extra: string]: unknown;
}

/** A deep copy without shared objects (the data files reuse step objects across routes). */
function data(): Data {
	return JSON.parse(JSON.stringify({ products, routes, ownRoute, knowledge, mapping })) as Data;
}

function issuesOf(value: unknown, factorKeys: readonly string[] = FACTOR_KEYS): string[] {
	const result = contentSchema(factorKeys).safeParse(value);
	expect(result.success).toBe(false);
	return formatSchemaIssues((result as { error: z.ZodError }).error);
}

const indexOfProduct = (d: Data, key: string) => d.products.findIndex((p) => p.key === key);

describe('the content schema', () => {
	it('accepts the shipped content', () => {
		const result = contentSchema(FACTOR_KEYS).safeParse(data());
		expect(result.success ? [] : formatSchemaIssues(result.error)).toEqual([]);
	});

	it('rejects a route step pointing at a missing product, naming the step', () => {
		const d = data();
		d.routes[0]!.steps[2]!.productKey = 'bestaat-niet';
		expect(issuesOf(d)).toEqual(['routes[0].steps[2].productKey: no product has the key "bestaat-niet"']);
	});

	it('rejects a product key used twice, naming the second product', () => {
		const d = data();
		const copy = { ...d.products[0]!, number: 16 };
		d.products.push(copy);
		expect(issuesOf(d)).toEqual(['products[15].key: key "gedeelde-taal" is used twice']);
	});

	it('reports every reference that a renamed product leaves dangling', () => {
		const d = data();
		d.products[indexOfProduct(d, 'ontwerpmethodieken')]!.key = 'gedeelde-taal';
		const issues = issuesOf(d);
		expect(issues).toContain('products[3].key: key "gedeelde-taal" is used twice');
		expect(issues).toContain('routes[0].steps[5].productKey: no product has the key "ontwerpmethodieken"');
		expect(issues.filter((issue) => issue.includes('"ontwerpmethodieken"')).every((issue) => /^[a-z]+\[\d+\]\./.test(issue))).toBe(true);
	});

	it('rejects a mapping for a factor the self-scan does not have', () => {
		const d = data();
		d.mapping[4]!.factorKey = 'draagvlak';
		const issues = issuesOf(d);
		expect(issues).toEqual(['mapping[4].factorKey: "draagvlak" is not a factor of the self-scan']);
	});

	it('checks the mapping against the factors it is given, so an institution’s own factor can be mapped', () => {
		const d = data();
		d.mapping.push({ factorKey: 'eigen-factor', products: [{ productKey: 'voorbeelden', why: { nl: 'Omdat.', en: 'Because.' } }], knowledge: [] });
		expect(issuesOf(d)).toEqual(['mapping[15].factorKey: "eigen-factor" is not a factor of the self-scan']);
		expect(contentSchema([...FACTOR_KEYS, 'eigen-factor']).safeParse(d).success).toBe(true);
	});

	it('rejects a factor mapped twice', () => {
		const d = data();
		d.mapping.push({ ...d.mapping[2]! });
		expect(issuesOf(d)).toEqual(['mapping[15].factorKey: factor "definitie" is mapped twice']);
	});

	it('rejects a mapping entry that names a missing product, page or item', () => {
		const d = data();
		d.mapping[0]!.products[1]!.productKey = 'actieplan';
		d.mapping[0]!.knowledge[0]!.itemId = 'visie';
		d.mapping[1]!.knowledge[0]!.pageKey = 'stappen';
		expect(issuesOf(d)).toEqual([
			'mapping[0].products[1].productKey: no product has the key "actieplan"',
			'mapping[0].knowledge[0].itemId: page "managementstappen" has no item "visie"',
			'mapping[1].knowledge[0].pageKey: no knowledge page has the key "stappen"'
		]);
	});

	it('rejects a mapping entry without any product or knowledge', () => {
		const d = data();
		d.mapping[3] = { factorKey: 'beleid', products: [], knowledge: [] };
		expect(issuesOf(d)).toEqual(['mapping[3]: a factor needs at least one product or knowledge reference']);
	});

	it('rejects a related product that does not exist, or is the product itself', () => {
		const d = data();
		d.products[0]!.related = ['gedeelde-taal', 'visie', 'voorbeelden', 'voorbeelden'];
		expect(issuesOf(d)).toEqual([
			'products[0].related[0]: a product is not related to itself',
			'products[0].related[1]: no product has the key "visie"',
			'products[0].related[3]: "voorbeelden" is listed twice'
		]);
	});

	it('rejects a “what else” entry that names a missing product', () => {
		const d = data();
		d.routes[2]!.alsoInToolkit[4]!.productKeys[1] = 'scoren';
		expect(issuesOf(d)).toEqual(['routes[2].alsoInToolkit[4].productKeys[1]: no product has the key "scoren"']);
	});

	it('rejects the same product twice in one route', () => {
		const d = data();
		d.routes[2]!.steps.push({ ...d.routes[2]!.steps[0]! });
		expect(issuesOf(d)).toEqual(['routes[2].steps[6].productKey: product "gedeelde-taal" is already a step of this route']);
	});

	it('rejects two routes with one key or for one audience', () => {
		const d = data();
		d.routes[1]!.key = 'docent';
		d.routes[2]!.audience = 'teacher';
		expect(issuesOf(d)).toEqual([
			'routes[1].key: key "docent" is used twice',
			'routes[2].audience: audience "teacher" already has a route'
		]);
	});

	it('rejects two products with one number', () => {
		const d = data();
		d.products[5]!.number = 5;
		expect(issuesOf(d)).toEqual(['products[5].number: number 5 is used twice']);
	});

	it('rejects a knowledge page key used twice', () => {
		const d = data();
		d.knowledge[1]!.key = 'definities';
		const issues = issuesOf(d);
		expect(issues[0]).toBe('knowledge[1].key: key "definities" is used twice');
	});

	it('rejects an item id used twice on one page, wherever on the page it is', () => {
		const d = data();
		const page = d.knowledge.find((p) => p.key === 'aandachtspunten')!;
		const levels = page.body[1]!;
		if (levels.kind !== 'levels') throw new Error('expected the levels block');
		levels.levels[2]!.points[0]!.id = 'infrastructuur';
		const at = d.knowledge.indexOf(page);
		expect(issuesOf(d)).toEqual([
			`knowledge[${at}].body[1].levels[2].points[0].id: item id "infrastructuur" is used twice on this page`
		]);
	});

	it('allows the same item id on different pages', () => {
		const d = data();
		const definitions = d.knowledge[0]!.body[1]!;
		if (definitions.kind !== 'list') throw new Error('expected a list');
		expect(definitions.items.map((item) => item.id)).toContain('blended-leren');
		const list = d.knowledge[2]!.body[1]!;
		if (list.kind !== 'list') throw new Error('expected a list');
		list.items[0]!.id = 'blended-leren';
		d.mapping[0]!.knowledge[1]!.itemId = 'blended-leren';
		expect(contentSchema(FACTOR_KEYS).safeParse(d).success).toBe(true);
	});

	it('rejects keys that are not kebab-case', () => {
		for (const bad of ['Gedeelde-taal', 'gedeelde_taal', 'gedeelde--taal', 'gedeelde-taal-', '1-taal', '']) {
			const d = data();
			d.products[0]!.key = bad;
			d.routes.forEach((route) => route.steps.forEach((step) => step.productKey === 'gedeelde-taal' && (step.productKey = bad)));
			const issues = issuesOf(d);
			expect(issues[0], JSON.stringify(bad)).toBe(
				'products[0].key: a key is kebab-case: lowercase letters and digits in words joined by single hyphens, starting with a letter'
			);
		}
	});

	it('rejects unknown fields, naming them', () => {
		const onProduct = data();
		(onProduct.products[2] as Record<string, unknown>).price = 10;
		expect(issuesOf(onProduct)).toEqual([expect.stringMatching(/^products\[2\]: .*"price"/)]);

		const onRoot = data();
		onRoot.theme = 'dark';
		expect(issuesOf(onRoot)).toEqual([expect.stringMatching(/^\(root\): .*"theme"/)]);

		const onStep = data();
		(onStep.routes[0]!.steps[0] as Record<string, unknown>).optional = true;
		expect(issuesOf(onStep)).toEqual([expect.stringMatching(/^routes\[0\]\.steps\[0\]: .*"optional"/)]);
	});

	it('rejects an audience, level or form outside the fixed sets, and one listed twice', () => {
		const d = data();
		(d.products[0]!.audience as string[]) = ['teacher', 'student'];
		(d.products[1]!.level as string[]) = ['programme', 'programme'];
		(d.products[2]!.form as string[]) = ['video'];
		const issues = issuesOf(d);
		expect(issues).toEqual([
			expect.stringMatching(/^products\[0\]\.audience\[1\]: /),
			'products[1].level[1]: "programme" is listed twice',
			expect.stringMatching(/^products\[2\]\.form\[0\]: /)
		]);
	});

	it('rejects a time range whose shortest time is the longer one', () => {
		const d = data();
		d.products[2]!.time.minutes = [30, 10];
		expect(issuesOf(d)).toEqual(['products[2].time.minutes: the shortest time is longer than the longest']);
	});

	it('rejects a text without its English', () => {
		const d = data();
		d.routes[1]!.steps[3]!.explanation.en = ' ';
		delete (d.products[4]!.summary as Partial<Record<'nl' | 'en', string>>).en;
		const issues = issuesOf(d);
		expect(issues).toEqual([expect.stringMatching(/^products\[4\]\.summary\.en: /), 'routes[1].steps[3].explanation.en: English text is empty']);
	});

	it('rejects a knowledge page without sources and a flower with one petal', () => {
		const d = data();
		d.knowledge[0]!.sources = [];
		const flower = d.knowledge[1]!.body[1]!;
		if (flower.kind !== 'flower') throw new Error('expected the flower');
		flower.petals = flower.petals.slice(0, 1);
		const issues = issuesOf(d);
		expect(issues).toContain('knowledge[0].sources: name at least one source');
		expect(issues).toContain('knowledge[1].body[1].petals: a flower has at least two petals');
	});
});
