/**
 * The form actions that edit an action plan: the priority per category and the action points
 * (add, edit, delete, merge). A scan's result page, a workshop's leader page and an
 * institution-wide survey's report all edit the same plan model, so they share these actions;
 * each page says how to find the plan (with its own access check) and, optionally, in which
 * transaction to store a change (a workshop stores its event for the room's screens with it).
 *
 * @example
 * export const actions = planActions(async (event) => {
 *   const { scan, instrument } = await scanForUser(db, requireUser(event.locals, event.url), event.params.id);
 *   return { db, planId: scan.actionPlanId, instrument };
 * });
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as actionPlans from './data/action-plans';
import * as actionPoints from './data/action-points';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { MAX_SUCCESS_CRITERION_LENGTH, actionPointInputSchema, checkActionPoint, checkPriority, priorityInputSchema, type ActionPoint, type ActionPointInput } from '$lib/plan/action-plan';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';
import { messages, type Language } from '$lib/i18n';
import { textTooLong } from './fields';
import type { Instrument } from '$lib/instrument/schema';
import { inTransaction } from '$lib/server/db/transaction';

export interface PlanTarget {
	db: Kysely<Database>;
	planId: string;
	instrument: Instrument;
	/**
	 * Runs each change in the caller's transaction (e.g. `bus.transaction`), so that what the caller
	 * records for it goes in with it: the change calls `changed()` inside, once stored (never for
	 * invalid input or an unknown point). Without it, a change runs in a transaction of its own.
	 */
	transaction?: PlanTransaction;
}

export type PlanTransaction = <T>(work: (trx: Kysely<Database>, changed: () => Promise<void>) => Promise<T>) => Promise<T>;

const nothingToRecord = async () => {};

/** The target's transaction, or a plain one on its database. */
function transactionOf({ db, transaction }: PlanTarget): PlanTransaction {
	return transaction ?? ((work) => inTransaction(db, (trx) => work(trx, nothingToRecord)));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route's RequestEvent has its own params type
type AnyEvent = RequestEvent<any, any>;

const ACTION_FIELDS = ['category', 'text', 'owner', 'dueDate', 'status', 'success'] as const;

/** Parses an action point form into the domain's input, with messages per field in the user's language. */
export function parseActionPoint(
	form: { one: (n: string) => string; many: (n: string) => string[] },
	instrument: Instrument,
	language: Language
) {
	const m = messages(language).plan.errors;
	const raw = {
		categoryKey: form.one('category'),
		text: form.one('text'),
		factorKeys: form.many('factors'),
		owner: form.one('owner'),
		dueDate: form.one('dueDate'),
		status: form.one('status') || 'open',
		successCriterion: form.one('success')
	};
	const values = { category: raw.categoryKey, text: raw.text, owner: raw.owner, dueDate: raw.dueDate, status: raw.status, success: raw.successCriterion };
	const parsed = actionPointInputSchema.safeParse(raw);
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of parsed.error.issues) {
			const field = String(issue.path[0]);
			if (field === 'text') errors.text = issue.code === 'too_big' ? textTooLong(language) : m.actionText;
			else if (field === 'dueDate') errors.dueDate = m.dueDate;
			else if (field === 'status') errors.status = m.statusInvalid;
			else if (field === 'owner') errors.owner = m.ownerTooLong;
			else if (field === 'successCriterion') errors.success = textTooLong(language, MAX_SUCCESS_CRITERION_LENGTH);
			else if (field === 'categoryKey') errors.category = m.categoryUnknown;
			else errors.factors = m.factorUnknown;
		}
		return { ok: false as const, errors, values };
	}
	const problem = checkActionPoint(instrument, parsed.data);
	if (problem === 'unknown_category') return { ok: false as const, errors: { category: m.categoryUnknown }, values };
	if (problem) return { ok: false as const, errors: { factors: m.factorUnknown }, values };
	return { ok: true as const, input: parsed.data, values };
}

/** Action points as the plan editor's forms take them (a missing date as an empty field). */
export function editablePoints(points: readonly ActionPoint[]) {
	return points.map((p) => ({
		id: p.id,
		categoryKey: p.categoryKey,
		text: p.text,
		factorKeys: p.factorKeys,
		owner: p.owner,
		dueDate: p.dueDate ?? '',
		status: p.status,
		successCriterion: p.successCriterion
	}));
}

/**
 * Two action points become one: the texts joined (the first's, then the second's on a new line),
 * the linked factors combined, the first's owner, date and status kept unless empty, both success
 * criteria kept. The merged texts must still fit; otherwise the caller reports it and nothing changes.
 */
export function mergeActionPoints(first: ActionPointInput, second: ActionPointInput): ActionPointInput {
	return {
		categoryKey: first.categoryKey,
		text: `${first.text.trim()}\n${second.text.trim()}`,
		factorKeys: [...new Set([...first.factorKeys, ...second.factorKeys])],
		owner: first.owner || second.owner,
		dueDate: first.dueDate ?? second.dueDate,
		status: first.status,
		successCriterion: [first.successCriterion.trim(), second.successCriterion.trim()].filter(Boolean).join('\n')
	};
}

const MERGED_TEXT_LIMITS = [
	['text', MAX_TEXT_LENGTH],
	['successCriterion', MAX_SUCCESS_CRITERION_LENGTH]
] as const;

/** The limit a merged point's joined text or success criterion exceeds (the text's first), or null when both fit. */
function mergedTooLong(merged: ActionPointInput): number | null {
	const parsed = actionPointInputSchema.safeParse(merged);
	if (parsed.success) return null;
	const fields = new Set(parsed.error.issues.filter((issue) => issue.code === 'too_big').map((issue) => issue.path[0]));
	return MERGED_TEXT_LIMITS.find(([field]) => fields.has(field))?.[1] ?? null;
}

export function planActions(find: (event: AnyEvent) => Promise<PlanTarget>) {
	return {
		priority: (event: AnyEvent) =>
			handleForm(async () => {
				const { request, locals } = event;
				const m = messages(locals.language).plan.errors;
				const plan = await find(event);
				const { planId, instrument } = plan;
				const form = await readForm(request, locals.language, ['category', 'factor', 'reason']);
				const values = { category: form.one('category'), factor: form.one('factor'), reason: form.one('reason') };
				const parsed = priorityInputSchema.safeParse({ categoryKey: values.category, factorKey: values.factor, reason: values.reason });
				if (!parsed.success) {
					const tooLong = parsed.error.issues.some((issue) => issue.path[0] === 'reason');
					return invalid(400, tooLong ? { reason: textTooLong(locals.language) } : { factor: m.priorityFactor }, values);
				}
				const problem = checkPriority(instrument, parsed.data);
				if (problem === 'unknown_category') return invalid(400, { category: m.categoryUnknown }, values);
				if (problem) return invalid(400, { factor: m.priorityFactor }, values);
				await transactionOf(plan)(async (trx, changed) => {
					await actionPlans.setPriority(trx, planId, parsed.data);
					await changed();
				});
				return { done: 'priority', category: parsed.data.categoryKey };
			}),

		addAction: (event: AnyEvent) =>
			handleForm(async () => {
				const { request, locals } = event;
				const plan = await find(event);
				const { planId, instrument } = plan;
				const form = await readForm(request, locals.language, ACTION_FIELDS, ['factors']);
				const result = parseActionPoint(form, instrument, locals.language);
				if (!result.ok) return invalid(400, result.errors, { ...result.values, form: 'new' });
				await transactionOf(plan)(async (trx, changed) => {
					await actionPoints.add(trx, planId, result.input);
					await changed();
				});
				return { done: 'addAction', category: result.input.categoryKey };
			}),

		updateAction: (event: AnyEvent) =>
			handleForm(async () => {
				const { request, locals } = event;
				const plan = await find(event);
				const { planId, instrument } = plan;
				const form = await readForm(request, locals.language, [...ACTION_FIELDS, 'id'], ['factors']);
				const id = form.one('id');
				const result = parseActionPoint(form, instrument, locals.language);
				if (!result.ok) return invalid(400, result.errors, { ...result.values, form: id });
				const updated = await transactionOf(plan)(async (trx, changed) => {
					const stored = await actionPoints.update(trx, planId, id, result.input);
					if (stored) await changed();
					return stored;
				});
				if (!updated) return invalid(404, { form: messages(locals.language).plan.errors.actionUnknown }, { form: id });
				return { done: 'updateAction', id };
			}),

		deleteAction: (event: AnyEvent) =>
			handleForm(async () => {
				const { request, locals } = event;
				const plan = await find(event);
				const form = await readForm(request, locals.language, ['id']);
				const removed = await transactionOf(plan)(async (trx, changed) => {
					const gone = await actionPoints.remove(trx, plan.planId, form.one('id'));
					if (gone) await changed();
					return gone;
				});
				if (!removed) return invalid(404, { form: messages(locals.language).plan.errors.actionUnknown });
				return { done: 'deleteAction' };
			}),

		/** Merges the point `into` with the point `id` (which is removed), in one transaction. */
		mergeAction: (event: AnyEvent) =>
			handleForm(async () => {
				const { request, locals } = event;
				const m = messages(locals.language).plan.errors;
				const plan = await find(event);
				const { db, planId } = plan;
				const form = await readForm(request, locals.language, ['id', 'into']);
				const [id, into] = [form.one('id'), form.one('into')];
				const [source, target] = await Promise.all([actionPoints.get(db, planId, id), actionPoints.get(db, planId, into)]);
				if (!source || !target || id === into) return invalid(404, { form: m.actionUnknown }, { form: id });
				const merged = mergeActionPoints(target, source);
				const tooLong = mergedTooLong(merged);
				if (tooLong) return invalid(400, { form: textTooLong(locals.language, tooLong) }, { form: id });
				await transactionOf(plan)(async (trx, changed) => {
					await actionPoints.update(trx, planId, into, merged);
					await actionPoints.remove(trx, planId, id);
					await changed();
				});
				return { done: 'mergeAction', id: into };
			})
	};
}
