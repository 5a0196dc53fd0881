/**
 * The action plan: per category the factor with the highest priority and why, and concrete
 * action points (text, linked factors, owner, due date, status, and how we will know it worked). One model for the plan of a
 * scan, of a workshop and of an institution-wide report.
 */
import { z } from 'zod';
import { findFactor, type Instrument } from '$lib/instrument/schema';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The seed asks for at least three concrete action points per category: the page nudges, it does not block. */
export const MIN_ACTION_POINTS_PER_CATEGORY = 3;

export interface ActionPoint {
	id: string;
	categoryKey: string;
	text: string;
	factorKeys: string[];
	owner: string;
	/** ISO date (YYYY-MM-DD) or null. */
	dueDate: string | null;
	status: ActionStatus;
	/** How we will know it worked: what a board checks when it follows the plan up. */
	successCriterion: string;
	position: number;
}

export interface Priority {
	categoryKey: string;
	factorKey: string;
	reason: string;
}

const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((value) => {
		const date = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
	});

export const MAX_SUCCESS_CRITERION_LENGTH = 1000;

/** What a user may send for an action point; the server validates it against the instrument too. */
export const actionPointInputSchema = z
	.object({
		categoryKey: z.string().min(1).max(64),
		text: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
		factorKeys: z.array(z.string().min(1).max(64)).max(50).default([]),
		owner: z.string().trim().max(200).default(''),
		dueDate: z.union([isoDate, z.literal('').transform(() => null), z.null()]).default(null),
		status: z.enum(ACTION_STATUSES).default('open'),
		successCriterion: z.string().trim().max(MAX_SUCCESS_CRITERION_LENGTH).default('')
	})
	.strict();

export type ActionPointInput = z.infer<typeof actionPointInputSchema>;

export const priorityInputSchema = z
	.object({
		categoryKey: z.string().min(1).max(64),
		factorKey: z.string().min(1).max(64),
		reason: z.string().trim().max(MAX_TEXT_LENGTH).default('')
	})
	.strict();

export type PlanProblem = 'unknown_category' | 'unknown_factor' | 'factor_not_in_category';

/** Checks that an action point's category and factors exist in the instrument it belongs to. */
export function checkActionPoint(instrument: Instrument, input: ActionPointInput): PlanProblem | null {
	if (!instrument.categories.some((c) => c.key === input.categoryKey)) return 'unknown_category';
	for (const key of input.factorKeys) if (!findFactor(instrument, key)) return 'unknown_factor';
	return null;
}

/** Checks that a priority names a factor of its own category. */
export function checkPriority(instrument: Instrument, input: { categoryKey: string; factorKey: string }): PlanProblem | null {
	const category = instrument.categories.find((c) => c.key === input.categoryKey);
	if (!category) return 'unknown_category';
	if (!findFactor(instrument, input.factorKey)) return 'unknown_factor';
	if (!category.factors.some((f) => f.key === input.factorKey)) return 'factor_not_in_category';
	return null;
}

export interface CategoryNudge {
	categoryKey: string;
	count: number;
	/** How many more the seed asks for; 0 when the category has enough. */
	missing: number;
}

/** How many action points each category has, and how many short of the seed's three. */
export function actionPointNudges(instrument: Instrument, points: readonly ActionPoint[]): CategoryNudge[] {
	return instrument.categories.map((category) => {
		const count = points.filter((p) => p.categoryKey === category.key && p.status !== 'dropped').length;
		return { categoryKey: category.key, count, missing: Math.max(0, MIN_ACTION_POINTS_PER_CATEGORY - count) };
	});
}

/** Action points in display order: by category in instrument order, then by position. */
export function orderActionPoints(instrument: Instrument, points: readonly ActionPoint[]): ActionPoint[] {
	const categoryIndex = new Map(instrument.categories.map((c, i) => [c.key, i]));
	return [...points].sort(
		(a, b) =>
			(categoryIndex.get(a.categoryKey) ?? 999) - (categoryIndex.get(b.categoryKey) ?? 999) ||
			a.position - b.position ||
			a.id.localeCompare(b.id)
	);
}
