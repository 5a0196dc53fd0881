/** Editing an action plan from a page's form actions; see `planActions`. */
import type { Actions, RequestEvent } from '@sveltejs/kit';
import { getDb } from './db';
import * as actionPlans from './data/action-plans';
import * as actionPoints from './data/action-points';
import { handleForm, invalid, readForm } from './forms';
import { actionPointInputSchema, checkActionPoint, checkPriority, priorityInputSchema } from '$lib/domain/action-plan';
import { MAX_TEXT_LENGTH } from '$lib/domain/scan';
import type { Instrument } from '$lib/domain/instrument';
import { format, messages, type Language } from '$lib/i18n';

const ACTION_FIELDS = ['category', 'text', 'owner', 'dueDate', 'status'] as const;

/** Parses an action point form into the domain's input, with messages per field in the user's language. */
function parseActionPoint(
	form: { one: (n: string) => string; many: (n: string) => string[] },
	instrument: Instrument,
	language: Language
) {
	const m = messages(language).scan.errors;
	const raw = {
		categoryKey: form.one('category'),
		text: form.one('text'),
		factorKeys: form.many('factors'),
		owner: form.one('owner'),
		dueDate: form.one('dueDate'),
		status: form.one('status') || 'open'
	};
	const values = { category: raw.categoryKey, text: raw.text, owner: raw.owner, dueDate: raw.dueDate, status: raw.status };
	const parsed = actionPointInputSchema.safeParse(raw);
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of parsed.error.issues) {
			const field = String(issue.path[0]);
			if (field === 'text') errors.text = raw.text.trim().length === 0 ? m.actionText : format(m.textTooLong, { max: MAX_TEXT_LENGTH });
			else if (field === 'dueDate') errors.dueDate = m.dueDate;
			else if (field === 'status') errors.status = m.statusInvalid;
			else if (field === 'owner') errors.owner = m.ownerTooLong;
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

/**
 * The form actions that edit an action plan (priority per category, add/update/delete action
 * points), for any page that shows one: `resolve` authorises the request and names the plan.
 */
export function planActions(resolve: (event: RequestEvent) => Promise<{ planId: string; instrument: Instrument }>): Actions {
	return {
		priority: (event) =>
			handleForm(async () => {
				const m = messages(event.locals.language).scan.errors;
				const { planId, instrument } = await resolve(event);
				const form = await readForm(event.request, event.locals.language, ['category', 'factor', 'reason']);
				const { db } = await getDb();
				const values = { category: form.one('category'), factor: form.one('factor'), reason: form.one('reason') };
				const parsed = priorityInputSchema.safeParse({ categoryKey: values.category, factorKey: values.factor, reason: values.reason });
				if (!parsed.success) {
					const tooLong = values.reason.length > MAX_TEXT_LENGTH;
					return invalid(400, tooLong ? { reason: format(m.textTooLong, { max: MAX_TEXT_LENGTH }) } : { factor: m.priorityFactor }, values);
				}
				const problem = checkPriority(instrument, parsed.data);
				if (problem === 'unknown_category') return invalid(400, { category: m.categoryUnknown }, values);
				if (problem) return invalid(400, { factor: m.priorityFactor }, values);
				await actionPlans.setPriority(db, planId, parsed.data);
				return { done: 'priority', category: parsed.data.categoryKey };
			}),

		addAction: (event) =>
			handleForm(async () => {
				const { planId, instrument } = await resolve(event);
				const form = await readForm(event.request, event.locals.language, ACTION_FIELDS, ['factors']);
				const { db } = await getDb();
				const result = parseActionPoint(form, instrument, event.locals.language);
				if (!result.ok) return invalid(400, result.errors, { ...result.values, form: 'new' });
				await actionPoints.add(db, planId, result.input);
				return { done: 'addAction', category: result.input.categoryKey };
			}),

		updateAction: (event) =>
			handleForm(async () => {
				const { planId, instrument } = await resolve(event);
				const form = await readForm(event.request, event.locals.language, [...ACTION_FIELDS, 'id'], ['factors']);
				const { db } = await getDb();
				const id = form.one('id');
				const result = parseActionPoint(form, instrument, event.locals.language);
				if (!result.ok) return invalid(400, result.errors, { ...result.values, form: id });
				const updated = await actionPoints.update(db, planId, id, result.input);
				if (!updated) return invalid(404, { form: messages(event.locals.language).scan.errors.actionUnknown }, { form: id });
				return { done: 'updateAction', id };
			}),

		deleteAction: (event) =>
			handleForm(async () => {
				const { planId } = await resolve(event);
				const form = await readForm(event.request, event.locals.language, ['id']);
				const { db } = await getDb();
				const removed = await actionPoints.remove(db, planId, form.one('id'));
				if (!removed) return invalid(404, { form: messages(event.locals.language).scan.errors.actionUnknown });
				return { done: 'deleteAction' };
			})
	};
}
