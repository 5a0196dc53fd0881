/**
 * The self-scan instrument as data: categories of factors, each factor described in three phases.
 * An instrument file is language-neutral structure with Dutch and English texts, validated by this
 * schema when it is loaded. Keys are stable across versions so results can be compared over time.
 */
import { z } from 'zod';

const localised = z
	.object({
		nl: z.string().trim().min(1, 'Dutch text is empty'),
		en: z.string().trim().min(1, 'English text is empty')
	})
	.strict();

const key = z
	.string()
	.regex(/^[a-z][a-z0-9-]{0,62}$/, 'a key is lowercase letters, digits and hyphens, starting with a letter');

export const PHASES = [1, 2, 3] as const;
export type Phase = (typeof PHASES)[number];

export const factorSchema = z
	.object({
		key,
		name: localised,
		/** One descriptor per phase, in phase order. */
		descriptors: z.tuple([localised, localised, localised])
	})
	.strict();

export const categorySchema = z
	.object({
		key,
		name: localised,
		factors: z.array(factorSchema).min(1)
	})
	.strict();

/**
 * A question an institution adds to its own version of the self-scan, after the factors: either
 * answered with a phase (1–3, the instrument's phases) or with free text. The shipped instrument
 * has none, so the field may be absent from a file.
 */
export const QUESTION_KINDS = ['phase', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const questionSchema = z
	.object({
		key,
		kind: z.enum(QUESTION_KINDS),
		text: localised
	})
	.strict();

export const instrumentSchema = z
	.object({
		key,
		version: z.number().int().positive(),
		title: localised,
		description: localised,
		phases: z.tuple([
			z.object({ name: localised, short: localised }).strict(),
			z.object({ name: localised, short: localised }).strict(),
			z.object({ name: localised, short: localised }).strict()
		]),
		categories: z.array(categorySchema).min(1),
		/** Sources and footnotes of the instrument, shown under the scan. */
		notes: z.array(localised).default([]),
		/** The institution's own questions (see `questionSchema`). */
		questions: z.array(questionSchema).default([])
	})
	.strict()
	.superRefine((instrument, ctx) => {
		// Categories, factors and own questions share one key space: answers and priorities name them by key.
		const seen = new Set<string>();
		const once = (key: string, path: PropertyKey[]) => {
			if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `key "${key}" is used twice`, path, params: { usedTwice: key } });
			seen.add(key);
		};
		instrument.categories.forEach((category, c) => {
			once(category.key, ['categories', c, 'key']);
			category.factors.forEach((factor, f) => once(factor.key, ['categories', c, 'factors', f, 'key']));
		});
		instrument.questions.forEach((question, q) => once(question.key, ['questions', q, 'key']));
	});

export type Instrument = z.infer<typeof instrumentSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Factor = z.infer<typeof factorSchema>;
export type Question = z.infer<typeof questionSchema>;
/** An instrument as a file holds it, before defaults are filled in. */
export type InstrumentInput = z.input<typeof instrumentSchema>;

export interface FactorRef {
	category: Category;
	factor: Factor;
}

/** All factors in instrument order, each with its category. */
export function factorsOf(instrument: Instrument): FactorRef[] {
	return instrument.categories.flatMap((category) => category.factors.map((factor) => ({ category, factor })));
}

export function findFactor(instrument: Instrument, factorKey: string): FactorRef | undefined {
	return factorsOf(instrument).find((ref) => ref.factor.key === factorKey);
}

export function findCategory(instrument: Instrument, categoryKey: string): Category | undefined {
	return instrument.categories.find((category) => category.key === categoryKey);
}
