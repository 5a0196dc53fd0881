/**
 * Hints on a design: rules kept as data (`data/hint-rules.ts`, an institution's admin may edit
 * them) that look at how the design's study time is spread and say what the team may want to
 * reconsider, with the toolkit's products that help. A rule measures part of the design — hours,
 * a share of hours, or a number of activities, of the activities a selector picks — and fires when
 * the measure is within its bounds; rules combine with `all`, `any` and `not`.
 *
 * A share whose whole is empty ("of campus time", with no campus time) is no measure at all: the
 * condition is false, so "all campus time is lecture" never fires for a course without campus.
 *
 * @example
 * // "at least half of campus time is acquisition"
 * { measure: { share: { learningTypes: ['acquisition'] }, of: { environments: ['campus'] } }, atLeast: 0.5 }
 */
import { z } from 'zod';
import type { Localised } from '$lib/i18n';
import { GROUPINGS, SYNCHRONIES, TEACHER_ROLES, plannedHours, type Activity, type Grouping, type Synchrony, type TeacherRole } from './design';
import { LEARNING_TYPE_IDS, type LearningTypeId } from './learning-types';

/** Picks activities: every listed property must match one of its values; an empty selector picks all. */
export interface Selector {
	environments?: string[];
	learningTypes?: LearningTypeId[];
	synchrony?: Synchrony[];
	grouping?: Grouping[];
	teacherRoles?: TeacherRole[];
}

export type Measure = { hours: Selector } | { activities: Selector } | { share: Selector; of?: Selector };

export interface Bounds {
	atLeast?: number;
	atMost?: number;
	moreThan?: number;
	lessThan?: number;
}

export type Condition = ({ measure: Measure } & Bounds) | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export interface HintRule {
	id: string;
	when: Condition;
	message: Localised;
	/** Keys of the toolkit's products that help. */
	products: string[];
}

export function selects(selector: Selector, a: Activity): boolean {
	return (
		(!selector.environments || selector.environments.includes(a.environment)) &&
		(!selector.learningTypes || selector.learningTypes.includes(a.learningType)) &&
		(!selector.synchrony || selector.synchrony.includes(a.synchrony)) &&
		(!selector.grouping || selector.grouping.includes(a.grouping)) &&
		(!selector.teacherRoles || selector.teacherRoles.includes(a.teacherRole))
	);
}

/** The measure's value, or null when it has none (a share of nothing). */
export function measure(m: Measure, activities: readonly Activity[]): number | null {
	if ('hours' in m) return plannedHours(activities.filter((a) => selects(m.hours, a)));
	if ('activities' in m) return activities.filter((a) => selects(m.activities, a)).length;
	const whole = activities.filter((a) => selects(m.of ?? {}, a));
	const total = plannedHours(whole);
	if (total === 0) return null;
	return plannedHours(whole.filter((a) => selects(m.share, a))) / total;
}

function within(value: number, b: Bounds): boolean {
	return (
		(b.atLeast === undefined || value >= b.atLeast) &&
		(b.atMost === undefined || value <= b.atMost) &&
		(b.moreThan === undefined || value > b.moreThan) &&
		(b.lessThan === undefined || value < b.lessThan)
	);
}

export function holds(condition: Condition, activities: readonly Activity[]): boolean {
	if ('all' in condition) return condition.all.every((c) => holds(c, activities));
	if ('any' in condition) return condition.any.some((c) => holds(c, activities));
	if ('not' in condition) return !holds(condition.not, activities);
	const value = measure(condition.measure, activities);
	return value !== null && within(value, condition);
}

/** The rules that fire on these activities, in the rules' order. A design with no activities gets none. */
export function hintsFor(rules: readonly HintRule[], activities: readonly Activity[]): HintRule[] {
	if (activities.length === 0) return [];
	return rules.filter((rule) => holds(rule.when, activities));
}

// ——— The rules' file format, checked when an admin saves rules or the defaults load ———

const localised = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
const key = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a key is lower-case words joined by hyphens');

const selectorSchema = z
	.object({
		environments: z.array(key).min(1).optional(),
		learningTypes: z.array(z.enum(LEARNING_TYPE_IDS)).min(1).optional(),
		synchrony: z.array(z.enum(SYNCHRONIES)).min(1).optional(),
		grouping: z.array(z.enum(GROUPINGS)).min(1).optional(),
		teacherRoles: z.array(z.enum(TEACHER_ROLES)).min(1).optional()
	})
	.strict();

const measureSchema = z.union([
	z.object({ hours: selectorSchema }).strict(),
	z.object({ activities: selectorSchema }).strict(),
	z.object({ share: selectorSchema, of: selectorSchema.optional() }).strict()
]);

const bound = z.number().finite().min(0).optional();

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
	z.union([
		z
			.object({ measure: measureSchema, atLeast: bound, atMost: bound, moreThan: bound, lessThan: bound })
			.strict()
			.refine((c) => [c.atLeast, c.atMost, c.moreThan, c.lessThan].some((b) => b !== undefined), 'a measure needs at least one bound'),
		z.object({ all: z.array(conditionSchema).min(1) }).strict(),
		z.object({ any: z.array(conditionSchema).min(1) }).strict(),
		z.object({ not: conditionSchema }).strict()
	])
);

export const hintRuleSchema = z.object({ id: key, when: conditionSchema, message: localised, products: z.array(key) }).strict();

/**
 * A rule set: ids unique; `environments` and `products` must name ones that exist, so a typo is
 * refused when the admin saves rather than silently never firing.
 */
export function hintRulesSchema(environmentIds: readonly string[], productKeys: readonly string[]) {
	return z.array(hintRuleSchema).superRefine((rules, ctx) => {
		const seen = new Set<string>();
		rules.forEach((rule, i) => {
			if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `the id "${rule.id}" is used twice` });
			seen.add(rule.id);
			for (const product of rule.products)
				if (!productKeys.includes(product)) ctx.addIssue({ code: 'custom', path: [i, 'products'], message: `there is no product "${product}"` });
			for (const environment of environmentsIn(rule.when))
				if (!environmentIds.includes(environment)) ctx.addIssue({ code: 'custom', path: [i, 'when'], message: `there is no environment "${environment}"` });
		});
	});
}

function selectorsIn(c: Condition): Selector[] {
	if ('all' in c) return c.all.flatMap(selectorsIn);
	if ('any' in c) return c.any.flatMap(selectorsIn);
	if ('not' in c) return selectorsIn(c.not);
	const m = c.measure;
	if ('hours' in m) return [m.hours];
	if ('activities' in m) return [m.activities];
	return m.of ? [m.share, m.of] : [m.share];
}

export function environmentsIn(c: Condition): string[] {
	return [...new Set(selectorsIn(c).flatMap((s) => s.environments ?? []))];
}
