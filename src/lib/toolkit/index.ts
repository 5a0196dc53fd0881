/**
 * The toolkit content the application ships with — products, route planners, knowledge pages and
 * the factor mapping — validated against `contentSchema` when this module loads, so a broken data
 * file stops the server at start-up instead of breaking a page. The defaults are frozen: an
 * institution's version is a validated copy (`parseContent`), never an edit of these.
 *
 * Lookups come in two forms: `findProduct(content, key)` for any content (an institution's own),
 * and `product(key)` for the shipped default.
 *
 * @example
 * const teacherRoute = route('teacher');
 * const help = helpForFactor('onderwijsruimtes'); // the room products and the Bloem's campus petal
 */
import { factorsOf } from '$lib/instrument/schema';
import type { Localised } from '$lib/i18n';
import { defaultInstrument, formatSchemaIssues } from '$lib/instrument';
import { knowledge } from './data/knowledge';
import { mapping } from './data/mapping';
import { products } from './data/products';
import { ownRoute, routes } from './data/routes';
import {
	contentSchema,
	knowledgeItemsOf,
	type Content,
	type ContentPart,
	type KnowledgeItem,
	type KnowledgePage,
	type Product,
	type Route
} from './schema';
import { deepFreeze } from '$lib/deep-freeze';

export { filterProducts, type ProductFilter } from './filter';
export * from './schema';

/** Where each part of the shipped content lives, so a validation error says which file to fix. */
export const SHIPPED_FILES: Readonly<Record<ContentPart, string>> = {
	products: 'src/lib/toolkit/data/products.ts',
	routes: 'src/lib/toolkit/data/routes.ts',
	ownRoute: 'src/lib/toolkit/data/routes.ts',
	knowledge: 'src/lib/toolkit/data/knowledge.ts',
	mapping: 'src/lib/toolkit/data/mapping.ts'
};

/** Thrown when content does not conform to the schema; `issues` holds one line per problem, file first. */
export class ContentValidationError extends Error {
	readonly issues: string[];

	constructor(issues: string[]) {
		super(`Content is invalid:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
		this.name = 'ContentValidationError';
		this.issues = issues;
	}
}

/** The factor keys of the shipped self-scan: what the default mapping is checked against. */
export function defaultFactorKeys(): string[] {
	return factorsOf(defaultInstrument()).map(({ factor }) => factor.key);
}

/**
 * Validates content from `source` — one name for an upload or a database row, or a file per part
 * for the shipped files — and returns it frozen, or throws a `ContentValidationError` whose lines
 * read `file: path: message`, e.g.
 * `src/lib/toolkit/data/routes.ts: routes[0].steps[3].productKey: no product has the key "x"`.
 */
export function parseContent(
	data: unknown,
	source: string | Readonly<Partial<Record<ContentPart, string>>>,
	factorKeys: readonly string[] = defaultFactorKeys()
): Content {
	const result = contentSchema(factorKeys).safeParse(data);
	if (!result.success) {
		const lines = formatSchemaIssues(result.error);
		const issues = result.error.issues.map((issue, i) => {
			const part = issue.path[0] as ContentPart | undefined;
			const file = typeof source === 'string' ? source : ((part && source[part]) ?? Object.values(source).join(', '));
			return `${file}: ${lines[i]}`;
		});
		throw new ContentValidationError(issues);
	}
	return deepFreeze(result.data);
}


const shipped = parseContent({ products, routes, ownRoute, knowledge, mapping }, SHIPPED_FILES);

/** The content the application ships with, in Dutch and English. */
export function defaultContent(): Content {
	return shipped;
}

export function findProduct(content: Content, key: string): Product | undefined {
	return content.products.find((product) => product.key === key);
}

/** The route planner for an audience (`teacher`), or by its key in URLs (`docent`). */
export function findRoute(content: Content, audienceOrKey: string): Route | undefined {
	return content.routes.find((route) => route.audience === audienceOrKey || route.key === audienceOrKey);
}

export function findKnowledgePage(content: Content, key: string): KnowledgePage | undefined {
	return content.knowledge.find((page) => page.key === key);
}

export function findKnowledgeItem(page: KnowledgePage, itemId: string): KnowledgeItem | undefined {
	return knowledgeItemsOf(page).find((item) => item.id === itemId);
}

/** What helps close a gap on a factor, with every reference resolved to what a page shows. */
export interface FactorHelpView {
	factorKey: string;
	products: Array<{ product: Product; why: Localised }>;
	/** `item` is absent when the reference is to the whole page. */
	knowledge: Array<{ page: KnowledgePage; item?: KnowledgeItem; why: Localised }>;
}

/**
 * The products and knowledge mapped to a factor. A factor without a mapping (one an institution
 * added to its own self-scan, say) gets empty lists rather than an error.
 */
export function helpFor(content: Content, factorKey: string): FactorHelpView {
	const help = content.mapping.find((entry) => entry.factorKey === factorKey);
	const view: FactorHelpView = { factorKey, products: [], knowledge: [] };
	if (!help) return view;
	for (const { productKey, why } of help.products) {
		const found = findProduct(content, productKey);
		if (found) view.products.push({ product: found, why });
	}
	for (const { pageKey, itemId, why } of help.knowledge) {
		const page = findKnowledgePage(content, pageKey);
		if (!page) continue;
		const item = itemId === undefined ? undefined : findKnowledgeItem(page, itemId);
		view.knowledge.push(item ? { page, item, why } : { page, why });
	}
	return view;
}

export function product(key: string): Product | undefined {
	return findProduct(shipped, key);
}

export function route(audienceOrKey: string): Route | undefined {
	return findRoute(shipped, audienceOrKey);
}

export function knowledgePage(key: string): KnowledgePage | undefined {
	return findKnowledgePage(shipped, key);
}

export function helpForFactor(factorKey: string): FactorHelpView {
	return helpFor(shipped, factorKey);
}
