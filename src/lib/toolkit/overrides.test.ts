import { describe, expect, it } from 'vitest';
import { contentSchema, defaultContent, defaultFactorKeys, findProduct, findRoute, helpFor } from './index';
import { NO_OVERRIDES, applyOverrides, withoutProducts } from './overrides';

const base = defaultContent();
const validate = (data: unknown) => contentSchema(defaultFactorKeys()).safeParse(data);
const teacher = findRoute(base, 'teacher')!;

describe('content overrides', () => {
	it('changes nothing without overrides and never edits the shipped defaults', () => {
		const before = JSON.stringify(base);
		expect(applyOverrides(base, NO_OVERRIDES)).toEqual(base);
		applyOverrides(base, { ...NO_OVERRIDES, productTexts: { [base.products[0]!.key]: { title: { nl: 'X', en: 'X' }, summary: { nl: 'X', en: 'X' }, purpose: { nl: 'X', en: 'X' }, howToUse: { nl: 'X', en: 'X' } } } });
		expect(JSON.stringify(base)).toBe(before);
	});

	it("replaces a product's texts and keeps its facts", () => {
		const key = base.products[0]!.key;
		const texts = { title: { nl: 'Onze titel', en: 'Our title' }, summary: { nl: 'S', en: 'S' }, purpose: { nl: 'P', en: 'P' }, howToUse: { nl: 'H', en: 'H' } };
		const merged = applyOverrides(base, { ...NO_OVERRIDES, productTexts: { [key]: texts } });
		expect(findProduct(merged, key)).toEqual({ ...findProduct(base, key), ...texts });
		expect(validate(merged).success).toBe(true);
	});

	it('refuses a written route whose step points at a missing product, at the path of the step', () => {
		const route = { ...teacher, steps: [...teacher.steps].reverse().concat([{ productKey: 'bestaat-niet', heading: { nl: 'x', en: 'x' }, explanation: { nl: 'x', en: 'x' } }]) };
		const result = validate(applyOverrides(base, { ...NO_OVERRIDES, routes: { teacher: route } }));
		const routeIndex = base.routes.indexOf(teacher);
		expect(result.error?.issues.map((issue) => [issue.path.join('.'), 'params' in issue ? issue.params : undefined])).toEqual([
			[`routes.${routeIndex}.steps.${teacher.steps.length}.productKey`, { missingProduct: 'bestaat-niet' }]
		]);
	});

	it('reorders a route and replaces the help of a factor', () => {
		const reordered = { ...teacher, steps: [...teacher.steps].reverse() };
		const help = { factorKey: 'onderwijsruimtes', products: [{ productKey: base.products[0]!.key, why: { nl: 'Omdat', en: 'Because' } }], knowledge: [] };
		const merged = applyOverrides(base, { ...NO_OVERRIDES, routes: { teacher: reordered }, mapping: { onderwijsruimtes: help } });
		expect(validate(merged).success).toBe(true);
		expect(findRoute(merged, 'teacher')!.steps.map((s) => s.productKey)).toEqual(teacher.steps.map((s) => s.productKey).reverse());
		expect(helpFor(merged, 'onderwijsruimtes').products.map((p) => p.product.key)).toEqual([base.products[0]!.key]);
	});

	it('hides a product everywhere it is referenced and leaves consistent content', () => {
		const hidden = teacher.steps[0]!.productKey;
		const content = withoutProducts(base, [hidden]);
		expect(findProduct(content, hidden)).toBeUndefined();
		expect(JSON.stringify(content)).not.toContain(`"productKey":"${hidden}"`);
		expect(content.products.some((p) => p.related.includes(hidden))).toBe(false);
		expect(content.products).toHaveLength(base.products.length - 1);
		expect(validate(content).success).toBe(true);
	});
});
