/**
 * An institution's changes to the shipped toolkit content, applied on top of the defaults at read
 * time so the defaults stay intact (and an upgrade's better texts reach every product an
 * institution did not touch). Four kinds: a product's texts, a hidden product, a whole route
 * planner written anew (reordered, steps added or removed), and a factor's help written anew.
 *
 * `applyOverrides` returns plain data for `contentSchema` to check: a route step naming a product
 * that does not exist is refused there, with the step's path. Hiding happens after that check, in
 * `withoutProducts`, which also removes every reference to a hidden product.
 *
 * @example
 * const merged = applyOverrides(defaultContent(), overrides);
 * const content = withoutProducts(parseContent(merged, 'overrides', factorKeys), overrides.hidden);
 */
import { z } from 'zod';
import { localisedSchema, routeSchema, factorHelpSchema, type Content, type FactorHelp, type Route, type Audience } from './schema';

/** The texts of a product an admin may rewrite; the facts used for filtering stay the toolkit's. */
export const productTextsSchema = z
	.object({
		title: localisedSchema,
		summary: localisedSchema,
		purpose: localisedSchema,
		howToUse: localisedSchema
	})
	.strict();
export type ProductTexts = z.infer<typeof productTextsSchema>;
export const PRODUCT_TEXT_FIELDS = ['title', 'summary', 'purpose', 'howToUse'] as const;

export interface ContentOverrides {
	productTexts: Readonly<Record<string, ProductTexts>>;
	hidden: readonly string[];
	routes: Readonly<Partial<Record<Audience, Route>>>;
	mapping: Readonly<Record<string, FactorHelp>>;
}

export const NO_OVERRIDES: ContentOverrides = { productTexts: {}, hidden: [], routes: {}, mapping: {} };

export function hasNoOverrides(overrides: ContentOverrides): boolean {
	return (
		Object.keys(overrides.productTexts).length === 0 &&
		overrides.hidden.length === 0 &&
		Object.keys(overrides.routes).length === 0 &&
		Object.keys(overrides.mapping).length === 0
	);
}

export { routeSchema as routeOverrideSchema, factorHelpSchema as mappingOverrideSchema };

/** The defaults with every override applied, unvalidated. A mapping for a factor the defaults lack is added. */
export function applyOverrides(base: Content, overrides: ContentOverrides): Content {
	const content = structuredClone(base) as Content;
	content.products = content.products.map((product) => {
		const texts = overrides.productTexts[product.key];
		return texts ? { ...product, ...texts } : product;
	});
	content.routes = content.routes.map((route) => overrides.routes[route.audience] ?? route);
	const mapped = new Set(content.mapping.map((help) => help.factorKey));
	content.mapping = [
		...content.mapping.map((help) => overrides.mapping[help.factorKey] ?? help),
		...Object.values(overrides.mapping).filter((help) => !mapped.has(help.factorKey))
	];
	return content;
}

/**
 * The content without the hidden products and without every reference to them: related products,
 * route steps, "also in the toolkit" entries and mapped help. What remains stays consistent.
 */
export function withoutProducts(content: Content, hidden: readonly string[]): Content {
	if (hidden.length === 0) return content;
	const gone = new Set(hidden);
	const keep = (key: string) => !gone.has(key);
	return {
		...content,
		products: content.products.filter((product) => keep(product.key)).map((product) => ({ ...product, related: product.related.filter(keep) })),
		routes: content.routes.map((route) => ({
			...route,
			steps: route.steps.filter((step) => keep(step.productKey)),
			alsoInToolkit: route.alsoInToolkit
				.map((entry) => ({ ...entry, productKeys: entry.productKeys.filter(keep) }))
				.filter((entry) => entry.productKeys.length > 0)
		})),
		mapping: content.mapping.map((help) => ({ ...help, products: help.products.filter((entry) => keep(entry.productKey)) }))
	};
}
