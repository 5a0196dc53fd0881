/**
 * A table group's shared worksheet for one category (step 3 of the workshop): per factor the
 * group's agreed current and desired phase and "wat is daarvoor nodig", the factor with the
 * highest priority and why, and the action points. Several members edit it at once from their
 * phones, on Wi-Fi that comes and goes.
 *
 * The conflict model. The sheet is a set of fields, each with a value and a version. An edit names
 * the field, the new value, the version the editor last saw (`baseVersion`) and a client-generated
 * `editId`. Applying it:
 *  - an `editId` seen before changes nothing (a retry after a lost acknowledgement);
 *  - `baseVersion` equal to the field's version: the value is written, the version goes up;
 *  - an older `baseVersion` but the same value as now: nothing to do, nothing lost;
 *  - an older `baseVersion` where every newer version is the editor's own (their earlier edit was
 *    applied but the acknowledgement never came back): written, as above — a person does not
 *    conflict with themselves;
 *  - otherwise an older `baseVersion` is a conflict: the current value stays and the edit is kept
 *    beside it as an alternative (one per author: any later edit of theirs to the field replaces
 *    their own alternative), until the group chooses with `resolveConflict`. The view lists the
 *    alternatives by distinct value (`choices`).
 * No edit is silently lost: each one is either the current value, an alternative on screen, or
 * reported back as refused (`rejected`, with a problem) so the client keeps it as not saved.
 *
 * Action points are fields too: `action:<id>:text`, where the id is a UUID the client makes when
 * someone adds a point, so two people adding points at once never collide. Removing a point
 * records which text version the remover saw; an edit of the text after that brings it back.
 *
 * @example
 * let sheet = newGroupSheet('table-1', category);
 * const r = applyEdit(sheet, { field: 'factor:beleid:current', value: 2, baseVersion: 0, editId, author });
 * r.outcome;                 // 'applied'
 * sheet = r.sheet;
 */
import { z } from 'zod';
import type { Category, Phase } from '$lib/instrument/schema';
import { MAX_TEXT_LENGTH, phaseAnswerSchema, type FactorAnswer, type PhaseAnswer } from '$lib/scan/scan';
import type { ActionPointInput, Priority } from '$lib/plan/action-plan';

/** A field's value: a phase answer, text, a factor key, or a version number (removal of an action point). */
export type SheetValue = PhaseAnswer | string | number | null;

export interface SheetEdit {
	field: string;
	value: SheetValue;
	/** The field's version the editor saw; 0 for a field nobody has written yet. */
	baseVersion: number;
	/** Made by the client (a UUID) and sent again unchanged on every retry. */
	editId: string;
	/** The participant, set by the server from the session, never taken from the request. */
	author: string;
}

/** A value that arrived on an older version and differs from the current one: waiting for the group. */
export interface Alternative {
	value: SheetValue;
	author: string;
	editId: string;
	baseVersion: number;
}

export interface SheetField {
	value: SheetValue;
	version: number;
	/** Who wrote the current value; null before anyone has. */
	author: string | null;
	/** `authors[v - 1]` wrote version v. */
	authors: string[];
	alternatives: Alternative[];
}

export interface GroupSheet {
	groupKey: string;
	categoryKey: string;
	/** The category's factors, in instrument order: the fields a sheet can have. */
	factorKeys: string[];
	/** Field name → field; a field nobody has written is absent. */
	fields: Record<string, SheetField>;
	/** Action point ids in the order they were added. */
	actionOrder: string[];
	/** Every edit id accepted so far (applied, unchanged, kept as an alternative or resolved). */
	editIds: string[];
}

export const MAX_ACTION_POINTS_PER_SHEET = 50;
const MAX_ALTERNATIVES_PER_FIELD = 50;

export function newGroupSheet(groupKey: string, category: Category): GroupSheet {
	return {
		groupKey,
		categoryKey: category.key,
		factorKeys: category.factors.map((factor) => factor.key),
		fields: {},
		actionOrder: [],
		editIds: []
	};
}

// ——— Field names ———

export type FactorAspect = 'current' | 'desired' | 'needed';

export type FieldRef =
	| { kind: 'factor'; factorKey: string; aspect: FactorAspect }
	| { kind: 'priority'; aspect: 'factor' | 'reason' }
	| { kind: 'action'; actionId: string; aspect: 'text' | 'removed' };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const FACTOR_FIELD = /^factor:([a-z][a-z0-9-]{0,62}):(current|desired|needed)$/;
const PRIORITY_FIELD = /^priority:(factor|reason)$/;
const ACTION_FIELD = new RegExp(`^action:(${UUID}):(text|removed)$`);

export const factorField = (factorKey: string, aspect: FactorAspect): string => `factor:${factorKey}:${aspect}`;
export const priorityField = (aspect: 'factor' | 'reason'): string => `priority:${aspect}`;
export const actionField = (actionId: string, aspect: 'text' | 'removed'): string => `action:${actionId}:${aspect}`;

/** Reads a field name; null for anything that is not one (field names come from clients). */
export function parseField(field: string): FieldRef | null {
	let m = FACTOR_FIELD.exec(field);
	if (m) return { kind: 'factor', factorKey: m[1] as string, aspect: m[2] as FactorAspect };
	m = PRIORITY_FIELD.exec(field);
	if (m) return { kind: 'priority', aspect: m[1] as 'factor' | 'reason' };
	m = ACTION_FIELD.exec(field);
	if (m) return { kind: 'action', actionId: m[1] as string, aspect: m[2] as 'text' | 'removed' };
	return null;
}

function emptyValue(ref: FieldRef): SheetValue {
	if (ref.kind === 'factor') return ref.aspect === 'needed' ? '' : null;
	if (ref.kind === 'priority') return ref.aspect === 'reason' ? '' : null;
	return ref.aspect === 'text' ? '' : null;
}

/** A field as it stands, with the empty value and version 0 for a field nobody has written. */
export function fieldState(sheet: GroupSheet, field: string): SheetField {
	if (Object.hasOwn(sheet.fields, field)) return sheet.fields[field] as SheetField;
	const ref = parseField(field);
	return { value: ref ? emptyValue(ref) : null, version: 0, author: null, authors: [], alternatives: [] };
}

// ——— Validation ———

/** An edit as a client sends it; the server adds the author. */
export const sheetEditInputSchema = z
	.object({
		field: z.string().max(120),
		value: z.union([z.string().max(MAX_TEXT_LENGTH), z.number(), z.null()]),
		baseVersion: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
		editId: z.uuid()
	})
	.strict();

export type SheetProblem =
	/** Not a field of this sheet (unknown name, or a factor of another category). */
	| 'unknown_field'
	/** The wrong kind of value for the field (a phase that does not exist, a factor of another category). */
	| 'invalid_value'
	| 'text_too_long'
	| 'too_many_action_points'
	/** A base version the field never had: a client bug, refused rather than guessed at. */
	| 'future_version'
	/** A resolution made on a version that has since changed: the group looks again and chooses. */
	| 'stale'
	| 'too_many_alternatives';

/** Checks that `value` may be written to `field` of this sheet. */
export function checkValue(sheet: GroupSheet, field: string, value: SheetValue): SheetProblem | null {
	const ref = parseField(field);
	if (!ref) return 'unknown_field';
	if (ref.kind === 'factor' && !sheet.factorKeys.includes(ref.factorKey)) return 'unknown_field';
	const isText =
		(ref.kind === 'factor' && ref.aspect === 'needed') ||
		(ref.kind === 'priority' && ref.aspect === 'reason') ||
		(ref.kind === 'action' && ref.aspect === 'text');
	if (isText) {
		if (typeof value !== 'string') return 'invalid_value';
		return value.length > MAX_TEXT_LENGTH ? 'text_too_long' : null;
	}
	if (ref.kind === 'factor') return phaseAnswerSchema.safeParse(value).success ? null : 'invalid_value';
	if (ref.kind === 'priority') {
		return value === null || (typeof value === 'string' && sheet.factorKeys.includes(value)) ? null : 'invalid_value';
	}
	return value === null || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) ? null : 'invalid_value';
}

// ——— Applying edits ———

export type EditOutcome =
	/** The value is now the field's value, at a new version. */
	| { outcome: 'applied'; sheet: GroupSheet }
	/** The field already had this value; nothing changed. */
	| { outcome: 'unchanged'; sheet: GroupSheet }
	/** This edit id was accepted before; nothing changed (a retry). */
	| { outcome: 'duplicate'; sheet: GroupSheet }
	/** The edit was made on an older version and differs: kept as an alternative for the group to choose. */
	| { outcome: 'conflict'; sheet: GroupSheet }
	/** Refused; the sheet is unchanged and the client keeps the edit as not saved. */
	| { outcome: 'rejected'; sheet: GroupSheet; problem: SheetProblem };

function withField(sheet: GroupSheet, field: string, next: SheetField, editId: string): GroupSheet {
	const ref = parseField(field);
	const actionOrder =
		ref?.kind === 'action' && !sheet.actionOrder.includes(ref.actionId) ? [...sheet.actionOrder, ref.actionId] : sheet.actionOrder;
	return { ...sheet, fields: { ...sheet.fields, [field]: next }, actionOrder, editIds: [...sheet.editIds, editId] };
}

function recordOnly(sheet: GroupSheet, editId: string): GroupSheet {
	return { ...sheet, editIds: [...sheet.editIds, editId] };
}

/** Applies one member's edit; see the conflict model at the top of this file. */
export function applyEdit(sheet: GroupSheet, edit: SheetEdit): EditOutcome {
	if (sheet.editIds.includes(edit.editId)) return { outcome: 'duplicate', sheet };
	const reject = (problem: SheetProblem): EditOutcome => ({ outcome: 'rejected', sheet, problem });

	const problem = checkValue(sheet, edit.field, edit.value);
	if (problem) return reject(problem);
	const ref = parseField(edit.field) as FieldRef;
	if (
		ref.kind === 'action' &&
		!sheet.actionOrder.includes(ref.actionId) &&
		sheet.actionOrder.length >= MAX_ACTION_POINTS_PER_SHEET
	) {
		return reject('too_many_action_points');
	}

	const current = fieldState(sheet, edit.field);
	if (!Number.isSafeInteger(edit.baseVersion) || edit.baseVersion < 0 || edit.baseVersion > current.version) {
		return reject('future_version');
	}
	// Whatever happens next, this edit is the author's latest word on the field: it replaces a
	// waiting alternative of theirs.
	const othersAlternatives = current.alternatives.filter((a) => a.author !== edit.author);
	if (edit.value === current.value) {
		const unchanged =
			othersAlternatives.length === current.alternatives.length
				? recordOnly(sheet, edit.editId)
				: withField(sheet, edit.field, { ...current, alternatives: othersAlternatives }, edit.editId);
		return { outcome: 'unchanged', sheet: unchanged };
	}

	const ownSince = current.authors.slice(edit.baseVersion).every((author) => author === edit.author);
	if (edit.baseVersion === current.version || ownSince) {
		const next: SheetField = {
			value: edit.value,
			version: current.version + 1,
			author: edit.author,
			authors: [...current.authors, edit.author],
			// An alternative that now is the value has been taken up; nothing is lost by dropping it.
			alternatives: othersAlternatives.filter((a) => a.value !== edit.value)
		};
		return { outcome: 'applied', sheet: withField(sheet, edit.field, next, edit.editId) };
	}

	const alternative: Alternative = {
		value: edit.value,
		author: edit.author,
		editId: edit.editId,
		baseVersion: edit.baseVersion
	};
	// One alternative per author: the editor's later edit replaces their own earlier one. Two
	// authors proposing the same value keep one each, so either may change theirs without taking
	// the other's away; the view shows them as one choice.
	const own = current.alternatives.findIndex((a) => a.author === edit.author);
	if (own === -1 && current.alternatives.length >= MAX_ALTERNATIVES_PER_FIELD) return reject('too_many_alternatives');
	const alternatives =
		own === -1 ? [...current.alternatives, alternative] : current.alternatives.map((a, i) => (i === own ? alternative : a));
	return { outcome: 'conflict', sheet: withField(sheet, edit.field, { ...current, alternatives }, edit.editId) };
}

/** A resolution as a client sends it; the server adds the author. */
export const resolutionInputSchema = z
	.object({
		field: z.string().max(120),
		value: z.union([z.string().max(MAX_TEXT_LENGTH), z.number(), z.null()]),
		resolves: z.array(z.uuid()).max(MAX_ALTERNATIVES_PER_FIELD),
		baseVersion: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
		editId: z.uuid()
	})
	.strict();

export interface Resolution {
	field: string;
	/** The value the group chose: the current one, an alternative, or a new text combining them. */
	value: SheetValue;
	/** The alternatives the chooser saw (their edit ids); only these are dismissed. */
	resolves: string[];
	/** The field's version the chooser saw. */
	baseVersion: number;
	editId: string;
	author: string;
}

/**
 * The group settles a conflict: `value` becomes the field's value at a new version and the
 * alternatives listed in `resolves` are dismissed. Alternatives that arrived after the chooser
 * looked stay; a resolution made on an older version is refused as `stale`, so nobody decides
 * over a value they have not seen.
 */
export function resolveConflict(sheet: GroupSheet, resolution: Resolution): EditOutcome {
	if (sheet.editIds.includes(resolution.editId)) return { outcome: 'duplicate', sheet };
	const reject = (problem: SheetProblem): EditOutcome => ({ outcome: 'rejected', sheet, problem });
	const problem = checkValue(sheet, resolution.field, resolution.value);
	if (problem) return reject(problem);
	const current = fieldState(sheet, resolution.field);
	if (resolution.baseVersion > current.version) return reject('future_version');
	if (resolution.baseVersion !== current.version) return reject('stale');
	const next: SheetField = {
		value: resolution.value,
		version: current.version + 1,
		author: resolution.author,
		authors: [...current.authors, resolution.author],
		alternatives: current.alternatives.filter(
			(a) => !resolution.resolves.includes(a.editId) && a.value !== resolution.value
		)
	};
	return { outcome: 'applied', sheet: withField(sheet, resolution.field, next, resolution.editId) };
}

// ——— What screens and the action plan read ———

export interface SheetActionPoint {
	id: string;
	text: string;
}

/** One value the group can choose, with everyone who proposed it. */
export interface SheetChoice {
	value: SheetValue;
	authors: string[];
	/** The alternatives' edit ids, for `Resolution.resolves`. */
	editIds: string[];
}

export interface SheetConflict {
	field: string;
	/** The current value and its version (the `baseVersion` of a resolution). */
	value: SheetValue;
	version: number;
	alternatives: Alternative[];
	/** The alternatives by distinct value, in the order they arrived, without the current value. */
	choices: SheetChoice[];
}

function choicesOf(field: SheetField): SheetChoice[] {
	const choices: SheetChoice[] = [];
	for (const alternative of field.alternatives) {
		if (alternative.value === field.value) continue;
		const choice = choices.find((c) => c.value === alternative.value);
		if (choice) {
			choice.authors.push(alternative.author);
			choice.editIds.push(alternative.editId);
		} else {
			choices.push({ value: alternative.value, authors: [alternative.author], editIds: [alternative.editId] });
		}
	}
	return choices;
}

export interface SheetView {
	categoryKey: string;
	/** One per factor of the category, in instrument order. */
	factors: FactorAnswer[];
	priority: { factorKey: string | null; reason: string };
	/** In the order they were added; removed ones left out. */
	actionPoints: SheetActionPoint[];
	/** Every field with alternatives waiting for the group. */
	conflicts: SheetConflict[];
	/** Field name → version, for the `baseVersion` of the next edit. */
	versions: Record<string, number>;
}

function text(sheet: GroupSheet, field: string): string {
	const value = fieldState(sheet, field).value;
	return typeof value === 'string' ? value : '';
}

function isActionVisible(sheet: GroupSheet, actionId: string): boolean {
	const removedAt = fieldState(sheet, actionField(actionId, 'removed')).value;
	return typeof removedAt !== 'number' || fieldState(sheet, actionField(actionId, 'text')).version > removedAt;
}

/** The sheet as the group's screens and the projector show it. */
export function sheetView(sheet: GroupSheet): SheetView {
	const phase = (field: string): PhaseAnswer => {
		const value = fieldState(sheet, field).value;
		return phaseAnswerSchema.safeParse(value).success ? (value as PhaseAnswer) : null;
	};
	const priorityFactor = fieldState(sheet, priorityField('factor')).value;
	return {
		categoryKey: sheet.categoryKey,
		factors: sheet.factorKeys.map((factorKey) => ({
			factorKey,
			current: phase(factorField(factorKey, 'current')),
			desired: phase(factorField(factorKey, 'desired')),
			needed: text(sheet, factorField(factorKey, 'needed'))
		})),
		priority: {
			factorKey: typeof priorityFactor === 'string' ? priorityFactor : null,
			reason: text(sheet, priorityField('reason'))
		},
		actionPoints: sheet.actionOrder
			.filter((id) => isActionVisible(sheet, id))
			.map((id) => ({ id, text: text(sheet, actionField(id, 'text')) })),
		conflicts: Object.entries(sheet.fields)
			.filter(([, field]) => choicesOf(field).length > 0)
			.map(([field, state]) => ({
				field,
				value: state.value,
				version: state.version,
				alternatives: state.alternatives,
				choices: choicesOf(state)
			})),
		versions: Object.fromEntries(Object.entries(sheet.fields).map(([field, state]) => [field, state.version]))
	};
}

export interface SheetPlan {
	answers: FactorAnswer[];
	priority: Priority | null;
	/** Each with the sheet's id for it (`sheetId`), so the plan can tell which it has taken. */
	actionPoints: (ActionPointInput & { sheetId: string })[];
}

/**
 * What the sheet contributes to the workshop's action plan (the same model as a scan's plan):
 * the agreed answers, the priority if a factor was chosen, and the action points that have text,
 * trimmed. Open conflicts do not block this; the current values are taken.
 */
export function sheetPlan(sheet: GroupSheet): SheetPlan {
	const view = sheetView(sheet);
	return {
		answers: view.factors,
		priority: view.priority.factorKey
			? { categoryKey: sheet.categoryKey, factorKey: view.priority.factorKey, reason: view.priority.reason.trim() }
			: null,
		actionPoints: view.actionPoints
			.map((point) => ({ id: point.id, text: point.text.trim() }))
			.filter((point) => point.text !== '')
			.map((point) => ({ sheetId: point.id, categoryKey: sheet.categoryKey, text: point.text, factorKeys: [], owner: '', dueDate: null, status: 'open' as const, successCriterion: '' }))
	};
}

// ——— Who is editing ———

export interface EditingSignal {
	participantId: string;
	field: string;
	/** Server time the participant last typed in or focused the field. */
	at: number;
}

/** Field → who has been editing it within the last `windowMs`, for "Anna is typing here". */
export function activeEditors(signals: readonly EditingSignal[], now: number, windowMs = 10_000): Map<string, string[]> {
	const editors = new Map<string, string[]>();
	for (const signal of signals) {
		if (now - signal.at > windowMs || signal.at > now + windowMs) continue;
		const list = editors.get(signal.field) ?? [];
		if (!list.includes(signal.participantId)) list.push(signal.participantId);
		editors.set(signal.field, list);
	}
	return editors;
}

// ——— The spread of the members' own scores ———

export interface PhaseSpread {
	/** How many members chose each phase. */
	counts: Record<Phase, number>;
	/** "Weet ik niet". */
	unknown: number;
	/** Members who gave nothing yet. */
	unanswered: number;
	/** Over the phases chosen; null when nobody chose a phase. */
	min: Phase | null;
	max: Phase | null;
	/** The middle phase; halfway between two when the count is even (1.5). */
	median: number | null;
}

export interface FactorSpread {
	factorKey: string;
	/** How many members' scores were counted for this factor. */
	members: number;
	current: PhaseSpread;
	desired: PhaseSpread;
}

/** Counts, range and median of one side (current or desired) over the members' answers. */
export function phaseSpread(values: readonly PhaseAnswer[]): PhaseSpread {
	const counts: Record<Phase, number> = { 1: 0, 2: 0, 3: 0 };
	let unknown = 0;
	let unanswered = 0;
	const phases: Phase[] = [];
	for (const value of values) {
		if (value === null) unanswered++;
		else if (value === 'unknown') unknown++;
		else {
			counts[value]++;
			phases.push(value);
		}
	}
	phases.sort((a, b) => a - b);
	const mid = Math.floor(phases.length / 2);
	const median =
		phases.length === 0
			? null
			: phases.length % 2 === 1
				? (phases[mid] as number)
				: ((phases[mid - 1] as number) + (phases[mid] as number)) / 2;
	return {
		counts,
		unknown,
		unanswered,
		min: phases[0] ?? null,
		max: phases.at(-1) ?? null,
		median
	};
}

/**
 * The spread among members for the projector and the group's screen, from each member's own
 * scores (one `FactorAnswer` per member per factor; what they wrote under "needed" is ignored:
 * it is theirs until shared). Pass `factorKeys` to list factors nobody scored yet, in that order.
 */
export function spread(
	scores: Iterable<Pick<FactorAnswer, 'factorKey' | 'current' | 'desired'>>,
	factorKeys?: readonly string[]
): Map<string, FactorSpread> {
	const byFactor = new Map<string, { current: PhaseAnswer[]; desired: PhaseAnswer[] }>(
		(factorKeys ?? []).map((key) => [key, { current: [], desired: [] }])
	);
	for (const score of scores) {
		if (factorKeys && !byFactor.has(score.factorKey)) continue;
		const entry = byFactor.get(score.factorKey) ?? { current: [], desired: [] };
		entry.current.push(score.current);
		entry.desired.push(score.desired);
		byFactor.set(score.factorKey, entry);
	}
	return new Map(
		[...byFactor].map(([factorKey, { current, desired }]) => [
			factorKey,
			{ factorKey, members: current.length, current: phaseSpread(current), desired: phaseSpread(desired) }
		])
	);
}
