/**
 * The toolkit's content as the pages show it: in one language, with every reference resolved to a
 * title and an address. Built on the server, so a page ships only the texts it shows in the
 * language it shows them in (the public pages stay light), and no component picks a language itself.
 */
import {
	ASPECTS,
	ASPECT_LABELS,
	AUDIENCES,
	AUDIENCE_LABELS,
	FORMS,
	FORM_LABELS,
	LEVELS,
	LEVEL_LABELS,
	helpFor,
	type Content,
	type KnowledgeBlock,
	type KnowledgePage,
	type Product
} from './index';
import { factorsOf, type Instrument } from '$lib/instrument/schema';
import { format, messages, type Language } from '$lib/i18n';
import { INSTRUMENT_LINK_TARGETS, signInHref } from './instrument-links';
import { renderBloemSvg } from '$lib/chart/bloem';
import { itemAnchor, knowledgeHref, productHref, routeHref } from './links';

export interface LinkView {
	href: string;
	title: string;
}

export interface ProductCardView extends LinkView {
	key: string;
	number: number;
	summary: string;
	audience: string;
	level: string;
	form: string;
	time: string;
}

export function productLink(product: Product, language: Language): LinkView {
	return { href: productHref(product.key), title: product.title[language] };
}

export function productCard(product: Product, language: Language): ProductCardView {
	return {
		...productLink(product, language),
		key: product.key,
		number: product.number,
		summary: product.summary[language],
		audience: product.audience.map((audience) => AUDIENCE_LABELS[audience][language]).join(', '),
		level: product.level.map((level) => LEVEL_LABELS[level][language]).join(', '),
		form: product.formText[language],
		time: product.time.text[language]
	};
}

export interface ProductPageView extends ProductCardView {
	audienceText: string;
	purpose: string;
	howToUse: string;
	related: LinkView[];
	/** The route planners that have this product as a step, and which step. */
	routes: Array<LinkView & { step: number; total: number; heading: string }>;
	/** The self-scan factors on which this product helps close a gap, and why. */
	factors: Array<{ name: string; why: string }>;
}

export function productPage(content: Content, instrument: Instrument, product: Product, language: Language): ProductPageView {
	const related = product.related.flatMap((key) => {
		const other = content.products.find((p) => p.key === key);
		return other ? [productLink(other, language)] : [];
	});
	const routes = content.routes.flatMap((route) => {
		const index = route.steps.findIndex((step) => step.productKey === product.key);
		if (index < 0) return [];
		const step = route.steps[index]!;
		return [{ href: `${routeHref(route.key)}#step-${index + 1}`, title: route.title[language], step: index + 1, total: route.steps.length, heading: step.heading[language] }];
	});
	const factors = factorsOf(instrument).flatMap(({ factor }) => {
		const entry = helpFor(content, factor.key).products.find((help) => help.product.key === product.key);
		return entry ? [{ name: factor.name[language], why: entry.why[language] }] : [];
	});
	return {
		...productCard(product, language),
		audienceText: product.audienceText[language],
		purpose: product.purpose[language],
		howToUse: product.howToUse[language],
		related,
		routes,
		factors
	};
}

export interface InstrumentLinkView extends LinkView {
	/** Whether the link goes by the sign-in page (a visitor without an account); its title says so. */
	signIn: boolean;
}

/**
 * The instruments a product opens, as links for this reader. A visitor is sent to sign in first
 * for what needs an account, and the link's own text says so, so nobody is surprised by a login page.
 */
export function instrumentLinks(product: Product, signedIn: boolean, language: Language): InstrumentLinkView[] {
	const m = messages(language).navigator;
	return product.opens.map((link) => {
		const target = INSTRUMENT_LINK_TARGETS[link];
		const signIn = target.signIn && !signedIn;
		return { href: signIn ? signInHref(target.href) : target.href, title: signIn ? format(m.opensSignIn, { label: m.opens[link] }) : m.opens[link], signIn };
	});
}

export interface KnowledgeItemView {
	anchor: string;
	title: string;
	text: string;
}

export type KnowledgeBlockView =
	| { kind: 'paragraph'; text: string }
	| { kind: 'heading'; anchor: string; text: string }
	| { kind: 'list'; ordered: boolean; items: KnowledgeItemView[] }
	| { kind: 'flower'; svg: string; centre: { title: string; text: string }; petals: KnowledgeItemView[] }
	| {
			kind: 'levels';
			levels: Array<KnowledgeItemView & { aspects: Array<{ aspect: string; label: string; points: KnowledgeItemView[] }> }>;
	  };

export interface KnowledgePageView {
	key: string;
	title: string;
	summary: string;
	/** Whether the page has section headings: its item titles are then one heading level lower (h3). */
	sectioned: boolean;
	body: KnowledgeBlockView[];
	sources: string[];
}

function blockView(page: KnowledgePage, block: KnowledgeBlock, index: number, language: Language): KnowledgeBlockView {
	switch (block.kind) {
		case 'paragraph':
			return { kind: 'paragraph', text: block.text[language] };
		case 'heading':
			return { kind: 'heading', anchor: itemAnchor(block.id), text: block.text[language] };
		case 'list':
			return {
				kind: 'list',
				ordered: block.ordered,
				items: block.items.map((item) => ({ anchor: itemAnchor(item.id), title: item.title[language], text: item.text[language] }))
			};
		case 'flower':
			return {
				kind: 'flower',
				// Our own SVG: bloem.ts escapes every text it writes.
				svg: renderBloemSvg(block, language, { title: page.title[language], idPrefix: `figure-${index}` }),
				centre: { title: block.centre.title[language], text: block.centre.text[language] },
				petals: block.petals.map((petal) => ({ anchor: itemAnchor(petal.id), title: petal.name[language], text: petal.description[language] }))
			};
		case 'levels':
			return {
				kind: 'levels',
				levels: block.levels.map((level) => ({
					anchor: itemAnchor(level.id),
					title: level.name[language],
					text: level.intro[language],
					aspects: ASPECTS.map((aspect) => ({
						aspect,
						label: ASPECT_LABELS[aspect][language],
						points: level.points
							.filter((point) => point.aspect === aspect)
							.map((point) => ({ anchor: itemAnchor(point.id), title: point.title[language], text: point.text[language] }))
					})).filter((group) => group.points.length > 0)
				}))
			};
	}
}

export function knowledgePageView(page: KnowledgePage, language: Language): KnowledgePageView {
	return {
		key: page.key,
		title: page.title[language],
		summary: page.summary[language],
		sectioned: page.body.some((block) => block.kind === 'heading'),
		body: page.body.map((block, index) => blockView(page, block, index, language)),
		sources: page.sources.map((source) => source[language])
	};
}

export interface GapHelpView {
	factorKey: string;
	factorName: string;
	gap: number;
	items: Array<LinkView & { kind: 'product' | 'knowledge'; context?: string; why: string }>;
}

/**
 * For each factor with a positive gap, in the order given (largest gap first on the result page),
 * the products and knowledge that help close it. Factors the mapping does not know (an
 * institution's own) are left out rather than shown empty.
 */
export function gapHelp(
	content: Content,
	rows: ReadonlyArray<{ factorKey: string; factorName: string; gap: number | null }>,
	language: Language
): GapHelpView[] {
	return rows.flatMap((row) => {
		if (row.gap === null || row.gap <= 0) return [];
		const help = helpFor(content, row.factorKey);
		const items: GapHelpView['items'] = [
			...help.products.map(({ product, why }) => ({ kind: 'product' as const, ...productLink(product, language), why: why[language] })),
			...help.knowledge.map(({ page, item, why }) => ({
				kind: 'knowledge' as const,
				href: knowledgeHref(page.key, item?.id),
				title: (item?.title ?? page.title)[language],
				...(item ? { context: page.title[language] } : {}),
				why: why[language]
			}))
		];
		return items.length === 0 ? [] : [{ factorKey: row.factorKey, factorName: row.factorName, gap: row.gap, items }];
	});
}

/** The filter choices, in the schema's order, labelled in one language. */
export const filterLabels = (language: Language) => ({
	audiences: AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value][language] })),
	levels: LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value][language] })),
	forms: FORMS.map((value) => ({ value, label: FORM_LABELS[value][language] }))
});
