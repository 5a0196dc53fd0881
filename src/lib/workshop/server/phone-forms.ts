/**
 * The phone's step-3 forms as plain HTML posts, for a phone without JavaScript (or before it has
 * loaded): the own score of a factor, the table's fields of a card, choosing between two versions,
 * and the institution's own questions. With JavaScript the same writes go through the outbox as
 * JSON (routes `w/score`, `w/sheet`); both end in the same functions of `live.ts`, so a clash is
 * kept as two versions whichever way the edit came.
 *
 * A sheet form lists its fields by index (`field-0`, `value-0`, `base-0`, `was-0`…): the field's
 * name, the value posted, the version the phone was shown and the value it was shown. Only fields
 * whose value differs from what was shown are sent on as edits: a field the person did not touch
 * must not overwrite (or clash with) what a table mate wrote meanwhile. Every edit's id is made
 * from the page's form id and the field, so the same form posted twice writes once.
 */
import { createHash } from 'node:crypto';
import type { EventBus } from '$lib/server/events';
import { FormError, invalid, readForm, type FormErrors } from '$lib/server/http/forms';
import { fail } from '@sveltejs/kit';
import { messages, type Language } from '$lib/i18n';
import { actionField, parseField, MAX_ACTION_POINTS_PER_SHEET, type SheetValue } from '$lib/workshop/group-sheet';
import { phaseAnswerSchema, type PhaseAnswer } from '$lib/scan/scan';
import { parseOwnAnswer, type OwnAnswer } from '$lib/workshop/own-questions';
import type { ParticipantContext } from './access';
import type { Category } from '$lib/instrument/schema';
import { editSheet, resolveSheet, saveOwnAnswers, saveScore } from './live';

/** At most this many fields in one sheet form: a card's factor fields, or the priority and every action point. */
const MAX_FORM_FIELDS = MAX_ACTION_POINTS_PER_SHEET + 4;

type Writer = ParticipantContext & { groupKey: string; category: Category };

/** A UUID (v4 shape, as the edit schemas ask) made from the form's id and what it names: the same inputs, the same id. */
export function derivedId(formId: string, part: string): string {
	const h = createHash('sha256').update(`${formId}\u0000${part}`).digest('hex');
	const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function formIdOf(raw: string, language: Language): string {
	if (!UUID.test(raw)) throw new FormError(fail(400, { errors: { form: messages(language).common.invalidInput }, values: {} }));
	return raw;
}

/** A phase as a form posts it: "1"–"3", "unknown", or "" for none. */
function phaseOf(raw: string): PhaseAnswer | undefined {
	if (raw === '') return null;
	const parsed = phaseAnswerSchema.safeParse(raw === 'unknown' ? raw : Number(raw));
	return parsed.success ? parsed.data : undefined;
}

/** The form's text for a field as the sheet's value of that field, or undefined when it cannot be one. */
function sheetValueOf(field: string, raw: string): SheetValue | undefined {
	const ref = parseField(field);
	if (!ref) return undefined;
	if (ref.kind === 'factor' && ref.aspect !== 'needed') return phaseOf(raw);
	if (ref.kind === 'priority' && ref.aspect === 'factor') return raw === '' ? null : raw;
	if (ref.kind === 'action' && ref.aspect === 'removed') return undefined;
	return raw;
}

/** A participant's own score of one factor, posted from its card. */
export async function postOwnScore(bus: EventBus, me: Writer, request: Request, language: Language): Promise<true | ReturnType<typeof invalid>> {
	const m = messages(language);
	const form = await readForm(request, language, ['categoryKey', 'factorKey', 'own-current', 'own-desired', 'formId']);
	const formId = formIdOf(form.one('formId'), language);
	const factorKey = form.one('factorKey');
	const current = phaseOf(form.one('own-current'));
	const desired = phaseOf(form.one('own-desired'));
	if (!me.category.factors.some((f) => f.key === factorKey)) return invalid(403, { form: m.workshopUi.notYourCategory });
	if (current === undefined || desired === undefined) return invalid(400, { own: m.workshopPhone.errors.invalidPhase });
	await saveScore(bus, me.workshop.id, me.participant, { factorKey, current, desired }, derivedId(formId, `score:${factorKey}`));
	return true;
}

const indexedFields = (names: readonly string[]) => Array.from({ length: MAX_FORM_FIELDS }, (_, i) => names.map((n) => `${n}-${i}`)).flat();

/**
 * The table's fields of one card, posted: every changed field as an edit of the sheet (a clash
 * kept as a second version, as from the outbox), a new action point, a removed one. Returns the
 * field → reason of each edit the sheet refused; nothing of a refused edit is stored.
 */
export async function postSheet(bus: EventBus, me: Writer, request: Request, language: Language): Promise<true | ReturnType<typeof invalid>> {
	const m = messages(language);
	const form = await readForm(request, language, ['categoryKey', 'formId', 'new-point', 'remove', ...indexedFields(['field', 'value', 'base', 'was'])]);
	const formId = formIdOf(form.one('formId'), language);
	const edits: { field: string; value: SheetValue; baseVersion: number }[] = [];
	for (let i = 0; i < MAX_FORM_FIELDS; i++) {
		const field = form.one(`field-${i}`);
		if (field === '') continue;
		const raw = form.one(`value-${i}`);
		if (raw === form.one(`was-${i}`)) continue;
		const value = sheetValueOf(field, raw);
		const baseVersion = Number(form.one(`base-${i}`));
		if (value === undefined || !Number.isSafeInteger(baseVersion) || baseVersion < 0) return invalid(400, { [field]: m.workshop.sheet.errors.invalid_value });
		edits.push({ field, value, baseVersion });
	}
	const newPoint = form.one('new-point');
	if (newPoint.trim() !== '') edits.push({ field: actionField(derivedId(formId, 'new-point'), 'text'), value: newPoint, baseVersion: 0 });
	const remove = /^([0-9a-f-]{36}):(\d{1,15}):(\d{1,15})$/.exec(form.one('remove'));
	if (form.one('remove') !== '' && (!remove || !UUID.test(remove[1]!))) return invalid(400, { form: m.common.invalidInput });
	// Removing names the text version the remover saw: an edit of the text after it brings the point back.
	if (remove) edits.push({ field: actionField(remove[1]!, 'removed'), value: Number(remove[2]), baseVersion: Number(remove[3]) });

	const errors: FormErrors = {};
	for (const edit of edits) {
		const result = await editSheet(bus, me.workshop.id, me.groupKey, me.category, { ...edit, editId: derivedId(formId, edit.field), author: me.participant.id });
		if (result.outcome === 'read_only') return invalid(409, { form: m.workshop.control.errors.closed });
		if (result.outcome === 'not_found') return invalid(403, { form: m.workshopUi.notYourCategory });
		if (result.outcome === 'rejected') errors[edit.field] = m.workshop.sheet.errors[result.problem];
	}
	return Object.keys(errors).length > 0 ? invalid(422, errors) : true;
}

/** The table chooses one of two versions of a field, posted from the clash's box. */
export async function postResolve(bus: EventBus, me: Writer, request: Request, language: Language): Promise<true | ReturnType<typeof invalid>> {
	const m = messages(language);
	const form = await readForm(request, language, ['categoryKey', 'formId', 'field', 'value', 'resolves', 'baseVersion']);
	const formId = formIdOf(form.one('formId'), language);
	let value: unknown;
	let resolves: unknown;
	try {
		value = JSON.parse(form.one('value'));
		resolves = JSON.parse(form.one('resolves'));
	} catch {
		return invalid(400, { form: m.common.invalidInput });
	}
	const baseVersion = Number(form.one('baseVersion'));
	const field = form.one('field');
	const valid =
		(typeof value === 'string' || typeof value === 'number' || value === null) &&
		Array.isArray(resolves) &&
		resolves.length <= 50 &&
		resolves.every((id) => typeof id === 'string' && UUID.test(id)) &&
		Number.isSafeInteger(baseVersion) &&
		baseVersion >= 0;
	if (!valid) return invalid(400, { form: m.common.invalidInput });
	const result = await resolveSheet(bus, me.workshop.id, me.groupKey, me.category, {
		field,
		value: value as SheetValue,
		resolves: resolves as string[],
		baseVersion,
		editId: derivedId(formId, `resolve:${field}`),
		author: me.participant.id
	});
	if (result.outcome === 'read_only') return invalid(409, { form: m.workshop.control.errors.closed });
	if (result.outcome === 'not_found') return invalid(403, { form: m.workshopUi.notYourCategory });
	if (result.outcome === 'rejected') return invalid(422, { [field]: m.workshop.sheet.errors[result.problem] });
	return true;
}

/** A participant's answers to the institution's own questions (one form for all of them). */
export async function postOwnAnswers(bus: EventBus, me: ParticipantContext, request: Request, language: Language): Promise<true | ReturnType<typeof invalid>> {
	const m = messages(language);
	const names = me.instrument.questions.map((q) => `q:${q.key}`);
	const form = await readForm(request, language, names);
	const answers: OwnAnswer[] = [];
	const errors: FormErrors = {};
	for (const question of me.instrument.questions) {
		const parsed = parseOwnAnswer(me.instrument, question.key, form.one(`q:${question.key}`));
		if ('problem' in parsed) errors[`q:${question.key}`] = parsed.problem === 'too_long' ? m.workshopPhone.errors.tooLong : m.workshopPhone.errors.invalidPhase;
		else answers.push(parsed);
	}
	if (Object.keys(errors).length > 0) return invalid(400, errors);
	const saved = await saveOwnAnswers(bus, me, answers);
	return saved.ok ? true : invalid(409, { form: m.workshop.control.errors.closed });
}
