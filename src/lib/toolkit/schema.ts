/**
 * The toolkit's content as data: the fifteen products of "Blend je onderwijs", the three route
 * planners, the knowledge pages behind them, and which products and knowledge help close a gap on
 * each factor of the self-scan. Every text is Dutch and English. The schema checks each part on its
 * own and then the references between parts, so a route that points at a missing product is refused
 * with the path of the step, not discovered on a page.
 *
 * The factor keys are passed in rather than imported: an institution's own version of the self-scan
 * may have other factors, and the mapping is checked against the instrument it belongs to.
 *
 * @example
 * const schema = contentSchema(factorsOf(defaultInstrument()).map(({ factor }) => factor.key));
 * const result = schema.safeParse(data);
 */
import { z } from 'zod';
import type { Localised } from '$lib/i18n';

export const localisedSchema = z
	.object({
		nl: z.string().trim().min(1, 'Dutch text is empty'),
		en: z.string().trim().min(1, 'English text is empty')
	})
	.strict();

/** Stable identifiers in URLs, references and saved routes: kebab-case, no leading, trailing or doubled hyphen. */
export const KEY_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const keySchema = z
	.string()
	.max(63, 'a key is at most 63 characters')
	.regex(KEY_PATTERN, 'a key is kebab-case: lowercase letters and digits in words joined by single hyphens, starting with a letter');

/** The three audiences the toolkit names (its primary audience first); each has its own route planner. */
export const AUDIENCES = ['teacher', 'support', 'management'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Readonly<Record<Audience, Localised>> = {
	teacher: { nl: 'Docenten', en: 'Teachers' },
	support: { nl: 'Ondersteunende diensten', en: 'Support services' },
	management: { nl: 'Managers', en: 'Managers' }
};

/** The toolkit's three levels (niveaus). */
export const LEVELS = ['course', 'programme', 'institution'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Readonly<Record<Level, Localised>> = {
	course: { nl: 'Cursus', en: 'Course' },
	programme: { nl: 'Programma', en: 'Programme' },
	institution: { nl: 'Instelling', en: 'Institution' }
};

/** Every form (vorm) the product overview names; a product usually combines several. */
export const FORMS = [
	'poster',
	'conversation-cards',
	'workshop',
	'activities',
	'information',
	'worksheets',
	'slides',
	'infographic',
	'step-by-step-plans',
	'examples',
	'design-cards',
	'instrument',
	'framework',
	'scoring-form',
	'guide',
	'source-overview',
	'rubric',
	'self-scan',
	'discussion-posters'
] as const;
export type Form = (typeof FORMS)[number];
export const FORM_LABELS: Readonly<Record<Form, Localised>> = {
	poster: { nl: 'Poster', en: 'Poster' },
	'conversation-cards': { nl: 'Gesprekskaarten', en: 'Conversation cards' },
	workshop: { nl: 'Workshop', en: 'Workshop' },
	activities: { nl: 'Werkvormen', en: 'Activities' },
	information: { nl: 'Informatie', en: 'Information' },
	worksheets: { nl: 'Werkbladen', en: 'Worksheets' },
	slides: { nl: 'PowerPoints', en: 'Slide decks' },
	infographic: { nl: 'Infographic', en: 'Infographic' },
	'step-by-step-plans': { nl: 'Stappenplannen', en: 'Step-by-step plans' },
	examples: { nl: 'Voorbeelden', en: 'Examples' },
	'design-cards': { nl: 'Ontwerpkaarten', en: 'Design cards' },
	instrument: { nl: 'Instrument', en: 'Instrument' },
	framework: { nl: 'Raamwerk', en: 'Framework' },
	'scoring-form': { nl: 'Scoringsformulier', en: 'Scoring form' },
	guide: { nl: 'Gids', en: 'Guide' },
	'source-overview': { nl: 'Bronnenoverzicht', en: 'Overview of sources' },
	rubric: { nl: 'Rubriek', en: 'Rubric' },
	'self-scan': { nl: 'Zelfscan', en: 'Self-scan' },
	'discussion-posters': { nl: 'Praatplaten', en: 'Discussion posters' }
};

/**
 * What a product opens in Blendwijzer besides its description: the working instruments behind
 * products 9, 10 and 12 (the tool catalogue, the room inventory, their finders and scoring, the
 * criteria with their sources). Their addresses are in links.ts, their texts in messages.ts.
 */
export const INSTRUMENT_LINKS = [
	'tool-catalogue',
	'tool-finder',
	'tool-criteria',
	'room-inventory',
	'room-finder',
	'room-scoring',
	'room-heatmap',
	'room-criteria'
] as const;
export type InstrumentLink = (typeof INSTRUMENT_LINKS)[number];

/** The three questions the attention points are ordered by (after Adekola, Dale & Gardiner, 2017). */
export const ASPECTS = ['why', 'how', 'who'] as const;
export type Aspect = (typeof ASPECTS)[number];
export const ASPECT_LABELS: Readonly<Record<Aspect, Localised>> = {
	why: { nl: 'Waarom', en: 'Why' },
	how: { nl: 'Hoe', en: 'How' },
	who: { nl: 'Wie', en: 'Who' }
};

/** A non-empty list in which no value appears twice; the issue points at the repeat. */
function uniqueList<T extends z.ZodType<string>>(item: T, what: string) {
	return z
		.array(item)
		.min(1, `at least one ${what} is needed`)
		.superRefine((values, ctx) => {
			values.forEach((value, i) => {
				if (values.indexOf(value) !== i) ctx.addIssue({ code: 'custom', message: `"${value}" is listed twice`, path: [i] });
			});
		});
}

const minutesSchema = z.number().int('minutes are a whole number').nonnegative('minutes cannot be negative');

export const productSchema = z
	.object({
		key: keySchema,
		/** The product's number in the toolkit's overview. */
		number: z.number().int().positive(),
		title: localisedSchema,
		summary: localisedSchema,
		/** For filtering: the audiences the seed's doelgroep line comes down to. */
		audience: uniqueList(z.enum(AUDIENCES), 'audience'),
		/** The doelgroep as the seed words it ("Logistieke diensten en docenten"), shown on the product page. */
		audienceText: localisedSchema,
		form: uniqueList(z.enum(FORMS), 'form'),
		/** The vorm as the seed words it ("Informatie + werkbladen + Powerpoints"). */
		formText: localisedSchema,
		time: z
			.object({
				/** The tijd as the seed words it ("2-3 uur", "Variabel"). */
				text: localisedSchema,
				/** [shortest, longest] in minutes, for filtering; null when the seed gives no fixed time ("Variabel"). */
				minutes: z
					.tuple([minutesSchema, minutesSchema])
					.nullable()
					.refine((range) => range === null || range[0] <= range[1], 'the shortest time is longer than the longest')
			})
			.strict(),
		level: uniqueList(z.enum(LEVELS), 'level'),
		purpose: localisedSchema,
		howToUse: localisedSchema,
		/** Keys of related products. */
		related: z.array(keySchema),
		/** What the seed leaves open or says ambiguously about this product, instead of invented facts. */
		notes: z.array(localisedSchema),
		/** The instruments this product opens, in the order the product page offers them; most products open none. */
		opens: z
			.array(z.enum(INSTRUMENT_LINKS))
			.default([])
			.superRefine((links, ctx) => {
				links.forEach((link, i) => {
					if (links.indexOf(link) !== i) ctx.addIssue({ code: 'custom', message: `"${link}" is listed twice`, path: [i] });
				});
			})
	})
	.strict();

export const routeStepSchema = z
	.object({
		productKey: keySchema,
		/** The step's heading on the route planner ("Gedeelde taal"), which is not always the product's title. */
		heading: localisedSchema,
		explanation: localisedSchema
	})
	.strict();

export const routeSchema = z
	.object({
		/** The route's key in URLs: docent, ondersteuning, management. */
		key: keySchema,
		audience: z.enum(AUDIENCES),
		title: localisedSchema,
		steps: z.array(routeStepSchema).min(1, 'a route has at least one step'),
		/** The planner's "Wat is er nog meer?" box: products outside the route that may still help. */
		alsoInToolkit: z.array(
			z
				.object({
					productKeys: z.array(keySchema).min(1, 'name at least one product'),
					text: localisedSchema
				})
				.strict()
		),
		/** Why the steps are in this order: the source's drawn order was lost, so the order is argued. */
		orderRationale: localisedSchema
	})
	.strict();

/** "Plan zelf je optimale route": the invitation to choose one's own products and order. */
export const ownRouteSchema = z
	.object({
		title: localisedSchema,
		body: z.array(localisedSchema).min(1)
	})
	.strict();

/** A referenceable entry of a knowledge page: a definition, an element, a step. */
export const knowledgeItemSchema = z
	.object({
		id: keySchema,
		title: localisedSchema,
		text: localisedSchema
	})
	.strict();

export const petalSchema = z
	.object({
		id: keySchema,
		name: localisedSchema,
		description: localisedSchema
	})
	.strict();

export const attentionPointSchema = z
	.object({
		id: keySchema,
		aspect: z.enum(ASPECTS),
		title: localisedSchema,
		text: localisedSchema
	})
	.strict();

export const organisationLevelSchema = z
	.object({
		id: keySchema,
		name: localisedSchema,
		intro: localisedSchema,
		points: z.array(attentionPointSchema).min(1)
	})
	.strict();

export const knowledgeBlockSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('paragraph'), text: localisedSchema }).strict(),
	/** A section heading within a page; `id` makes it linkable. A page with headings sets its items' titles one level below. */
	z.object({ kind: z.literal('heading'), id: keySchema, text: localisedSchema }).strict(),
	z
		.object({
			kind: z.literal('list'),
			/** Whether the order carries meaning (steps) or not (elements). */
			ordered: z.boolean(),
			items: z.array(knowledgeItemSchema).min(1)
		})
		.strict(),
	/** A figure of petals around a centre, drawn by the page; the text alternative is read instead of the drawing. */
	z
		.object({
			kind: z.literal('flower'),
			centre: z.object({ title: localisedSchema, text: localisedSchema }).strict(),
			petals: z.array(petalSchema).min(2, 'a flower has at least two petals').max(8, 'a flower has at most eight petals'),
			textAlternative: localisedSchema
		})
		.strict(),
	/** Attention points per organisational level, each under why, how or who. */
	z.object({ kind: z.literal('levels'), levels: z.array(organisationLevelSchema).min(1) }).strict()
]);

export const knowledgePageSchema = z
	.object({
		key: keySchema,
		title: localisedSchema,
		summary: localisedSchema,
		body: z.array(knowledgeBlockSchema).min(1),
		sources: z.array(localisedSchema).min(1, 'name at least one source')
	})
	.strict();

export const knowledgeRefSchema = z
	.object({
		pageKey: keySchema,
		/** An item, petal, level or attention point on the page; without it the reference is to the whole page. */
		itemId: keySchema.optional(),
		why: localisedSchema
	})
	.strict();

export const factorHelpSchema = z
	.object({
		factorKey: keySchema,
		products: z.array(z.object({ productKey: keySchema, why: localisedSchema }).strict()),
		knowledge: z.array(knowledgeRefSchema)
	})
	.strict()
	.refine((help) => help.products.length + help.knowledge.length > 0, 'a factor needs at least one product or knowledge reference');

export type Product = z.infer<typeof productSchema>;
export type RouteStep = z.infer<typeof routeStepSchema>;
export type Route = z.infer<typeof routeSchema>;
export type OwnRoute = z.infer<typeof ownRouteSchema>;
export type KnowledgeItem = z.infer<typeof knowledgeItemSchema>;
export type Petal = z.infer<typeof petalSchema>;
export type AttentionPoint = z.infer<typeof attentionPointSchema>;
export type OrganisationLevel = z.infer<typeof organisationLevelSchema>;
export type KnowledgeBlock = z.infer<typeof knowledgeBlockSchema>;
export type KnowledgePage = z.infer<typeof knowledgePageSchema>;
export type KnowledgeRef = z.infer<typeof knowledgeRefSchema>;
export type FactorHelp = z.infer<typeof factorHelpSchema>;

/** What the data files are written as (before validation). */
export type ProductInput = z.input<typeof productSchema>;
export type RouteInput = z.input<typeof routeSchema>;
export type OwnRouteInput = z.input<typeof ownRouteSchema>;
export type KnowledgePageInput = z.input<typeof knowledgePageSchema>;
export type FactorHelpInput = z.input<typeof factorHelpSchema>;

/**
 * Every referenceable entry of a page, as title and text, in page order: list items, petals,
 * organisational levels and their attention points. A mapping's `itemId` names one of these.
 */
export function knowledgeItemsOf(page: Pick<KnowledgePage, 'body'>): KnowledgeItem[] {
	return page.body.flatMap((block): KnowledgeItem[] => {
		switch (block.kind) {
			case 'paragraph':
			case 'heading':
				return [];
			case 'list':
				return block.items;
			case 'flower':
				return block.petals.map((petal) => ({ id: petal.id, title: petal.name, text: petal.description }));
			case 'levels':
				return block.levels.flatMap((level) => [
					{ id: level.id, title: level.name, text: level.intro },
					...level.points.map((point) => ({ id: point.id, title: point.title, text: point.text }))
				]);
		}
	});
}

/** Where each referenceable id sits in a page, so a duplicate can be reported at its own path. */
function itemPaths(page: Pick<KnowledgePage, 'body'>): Array<{ id: string; path: PropertyKey[] }> {
	return page.body.flatMap((block, b): Array<{ id: string; path: PropertyKey[] }> => {
		switch (block.kind) {
			case 'paragraph':
				return [];
			// A heading's id is an anchor on the page like an item's, so it must not repeat one.
			case 'heading':
				return [{ id: block.id, path: ['body', b, 'id'] }];
			case 'list':
				return block.items.map((item, i) => ({ id: item.id, path: ['body', b, 'items', i, 'id'] }));
			case 'flower':
				return block.petals.map((petal, p) => ({ id: petal.id, path: ['body', b, 'petals', p, 'id'] }));
			case 'levels':
				return block.levels.flatMap((level, l) => [
					{ id: level.id, path: ['body', b, 'levels', l, 'id'] },
					...level.points.map((point, p) => ({ id: point.id, path: ['body', b, 'levels', l, 'points', p, 'id'] }))
				]);
		}
	});
}

/**
 * The whole content, with every cross-reference checked: duplicate keys (products, product numbers,
 * routes, audiences, knowledge pages, items within a page, factors in the mapping), route steps,
 * `related` and mapping entries that name a missing product, mapping entries for a factor the
 * self-scan does not have, and knowledge references to a missing page or item.
 */
export function contentSchema(factorKeys: readonly string[]) {
	const knownFactors = new Set(factorKeys);
	return z
		.object({
			products: z.array(productSchema).min(1),
			routes: z.array(routeSchema),
			ownRoute: ownRouteSchema,
			knowledge: z.array(knowledgePageSchema),
			mapping: z.array(factorHelpSchema)
		})
		.strict()
		.superRefine((content, ctx) => {
			/** `params` lets the admin pages say the same in the admin's language (see localiseIssue). */
			const issue = (message: string, path: PropertyKey[], params?: Record<string, string>) =>
				ctx.addIssue({ code: 'custom', message, path, ...(params ? { params } : {}) });

			/** Reports every repeat after the first occurrence, at the repeat's own path. */
			const once = <T>(values: T[], describe: (value: T) => string, pathOf: (index: number) => PropertyKey[]) => {
				const seen = new Set<T>();
				values.forEach((value, i) => {
					if (seen.has(value)) issue(describe(value), pathOf(i));
					seen.add(value);
				});
			};

			const products = new Set(content.products.map((product) => product.key));
			const missingProduct = (key: string, path: PropertyKey[]) => {
				if (!products.has(key)) issue(`no product has the key "${key}"`, path, { missingProduct: key });
			};

			once(content.products.map((p) => p.key), (key) => `key "${key}" is used twice`, (i) => ['products', i, 'key']);
			once(content.products.map((p) => p.number), (n) => `number ${n} is used twice`, (i) => ['products', i, 'number']);
			content.products.forEach((product, i) => {
				product.related.forEach((key, r) => {
					const path = ['products', i, 'related', r];
					if (key === product.key) issue('a product is not related to itself', path);
					else missingProduct(key, path);
				});
				once(product.related, (key) => `"${key}" is listed twice`, (r) => ['products', i, 'related', r]);
			});

			once(content.routes.map((r) => r.key), (key) => `key "${key}" is used twice`, (i) => ['routes', i, 'key']);
			once(
				content.routes.map((r) => r.audience),
				(audience) => `audience "${audience}" already has a route`,
				(i) => ['routes', i, 'audience']
			);
			content.routes.forEach((route, i) => {
				route.steps.forEach((step, s) => missingProduct(step.productKey, ['routes', i, 'steps', s, 'productKey']));
				once(
					route.steps.map((step) => step.productKey),
					(key) => `product "${key}" is already a step of this route`,
					(s) => ['routes', i, 'steps', s, 'productKey']
				);
				route.alsoInToolkit.forEach((entry, e) =>
					entry.productKeys.forEach((key, k) => missingProduct(key, ['routes', i, 'alsoInToolkit', e, 'productKeys', k]))
				);
			});

			once(content.knowledge.map((p) => p.key), (key) => `key "${key}" is used twice`, (i) => ['knowledge', i, 'key']);
			const pages = new Map<string, Set<string>>();
			content.knowledge.forEach((page, i) => {
				const seen = new Set<string>();
				for (const entry of itemPaths(page)) {
					if (seen.has(entry.id)) issue(`item id "${entry.id}" is used twice on this page`, ['knowledge', i, ...entry.path]);
					seen.add(entry.id);
				}
				if (!pages.has(page.key)) pages.set(page.key, seen);
			});

			once(
				content.mapping.map((help) => help.factorKey),
				(key) => `factor "${key}" is mapped twice`,
				(i) => ['mapping', i, 'factorKey']
			);
			content.mapping.forEach((help, i) => {
				if (!knownFactors.has(help.factorKey)) {
					issue(`"${help.factorKey}" is not a factor of the self-scan`, ['mapping', i, 'factorKey']);
				}
				help.products.forEach((entry, p) => missingProduct(entry.productKey, ['mapping', i, 'products', p, 'productKey']));
				help.knowledge.forEach((ref, k) => {
					const items = pages.get(ref.pageKey);
					if (!items) issue(`no knowledge page has the key "${ref.pageKey}"`, ['mapping', i, 'knowledge', k, 'pageKey']);
					else if (ref.itemId !== undefined && !items.has(ref.itemId)) {
						issue(`page "${ref.pageKey}" has no item "${ref.itemId}"`, ['mapping', i, 'knowledge', k, 'itemId']);
					}
				});
			});
		});
}

export type Content = z.infer<ReturnType<typeof contentSchema>>;
/** The parts of the content, each shipped in its own data file. */
export type ContentPart = keyof Content;
