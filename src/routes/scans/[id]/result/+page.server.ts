import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as actionPlans from '$lib/server/data/action-plans';
import * as actionPoints from '$lib/server/data/action-points';
import { requireUser } from '$lib/server/auth';
import { planDocument, scanForUser } from '$lib/server/scan-access';
import { handleForm, invalid, readForm } from '$lib/server/forms';
import { renderGapChartSvg } from '$lib/chart/gap-chart';
import { actionPointInputSchema, checkActionPoint, checkPriority, priorityInputSchema } from '$lib/domain/action-plan';
import { MAX_TEXT_LENGTH } from '$lib/domain/scan';
import { format, messages, type Language } from '$lib/i18n';
import type { Instrument } from '$lib/domain/instrument';
import { gapHelp } from '../../../toolkit/views';
import { contentForRequest } from '$lib/server/content';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const context = await scanForUser(db, user, params.id);
	const doc = await planDocument(db, context, locals.language);
	const points = await actionPoints.list(db, context.scan.actionPlanId);
	return {
		scanId: context.scan.id,
		doc,
		// Our own SVG: every text in it is XML-escaped by the chart module (see gap-chart.ts).
		chartSvg: renderGapChartSvg(doc),
		// What helps close each positive gap, largest first, linking to the public toolkit pages.
		help: gapHelp(await contentForRequest(locals), doc.rowsByGap, locals.language),
		categories: context.instrument.categories.map((c) => ({
			key: c.key,
			factors: c.factors.map((f) => ({ key: f.key, name: f.name[locals.language] }))
		})),
		allFactors: context.instrument.categories.flatMap((c) => c.factors.map((f) => ({ key: f.key, name: f.name[locals.language] }))),
		points: points.map((p) => ({ id: p.id, categoryKey: p.categoryKey, text: p.text, factorKeys: p.factorKeys, owner: p.owner, dueDate: p.dueDate ?? '', status: p.status }))
	};
};

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

export const actions: Actions = {
	priority: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const m = messages(locals.language).scan.errors;
			const form = await readForm(request, locals.language, ['category', 'factor', 'reason']);
			const { db } = await getDb();
			const { scan, instrument } = await scanForUser(db, user, params.id);
			const values = { category: form.one('category'), factor: form.one('factor'), reason: form.one('reason') };
			const parsed = priorityInputSchema.safeParse({ categoryKey: values.category, factorKey: values.factor, reason: values.reason });
			if (!parsed.success) {
				const tooLong = values.reason.length > MAX_TEXT_LENGTH;
				return invalid(400, tooLong ? { reason: format(m.textTooLong, { max: MAX_TEXT_LENGTH }) } : { factor: m.priorityFactor }, values);
			}
			const problem = checkPriority(instrument, parsed.data);
			if (problem === 'unknown_category') return invalid(400, { category: m.categoryUnknown }, values);
			if (problem) return invalid(400, { factor: m.priorityFactor }, values);
			await actionPlans.setPriority(db, scan.actionPlanId, parsed.data);
			return { done: 'priority', category: parsed.data.categoryKey };
		}),

	addAction: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const form = await readForm(request, locals.language, ACTION_FIELDS, ['factors']);
			const { db } = await getDb();
			const { scan, instrument } = await scanForUser(db, user, params.id);
			const result = parseActionPoint(form, instrument, locals.language);
			if (!result.ok) return invalid(400, result.errors, { ...result.values, form: 'new' });
			await actionPoints.add(db, scan.actionPlanId, result.input);
			return { done: 'addAction', category: result.input.categoryKey };
		}),

	updateAction: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const form = await readForm(request, locals.language, [...ACTION_FIELDS, 'id'], ['factors']);
			const { db } = await getDb();
			const { scan, instrument } = await scanForUser(db, user, params.id);
			const id = form.one('id');
			const result = parseActionPoint(form, instrument, locals.language);
			if (!result.ok) return invalid(400, result.errors, { ...result.values, form: id });
			const updated = await actionPoints.update(db, scan.actionPlanId, id, result.input);
			if (!updated) return invalid(404, { form: messages(locals.language).scan.errors.actionUnknown }, { form: id });
			return { done: 'updateAction', id };
		}),

	deleteAction: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const form = await readForm(request, locals.language, ['id']);
			const { db } = await getDb();
			const { scan } = await scanForUser(db, user, params.id);
			const removed = await actionPoints.remove(db, scan.actionPlanId, form.one('id'));
			if (!removed) return invalid(404, { form: messages(locals.language).scan.errors.actionUnknown });
			return { done: 'deleteAction' };
		})
};
