/**
 * The live workshop "Implementatie: aanzet tot een actieplan" (seed 002): its agenda as data and
 * the state the leader moves the room through. The agenda follows the seed: 1 inlezen, 2 uitleg
 * werkvorm, 3 GAP-analyse, a break, 4 bespreking (one sub-step per category of the instrument:
 * presentation then plenary discussion), 5 "En nu?" (look back, then look ahead). Texts are not
 * here: every step, part and question names a key in `i18n/messages/workshop.ts`, and a missing
 * text there is a type error here.
 *
 * @example
 * const agenda = defaultAgenda(instrument);
 * agendaMinutes(agenda);                                  // 155
 * let state = newWorkshopState(agenda);
 * state = unwrap(applyCommand(state, { type: 'start' }, agenda, now));
 * state = unwrap(applyCommand(state, { type: 'move_to', stepIndex: 2 }, agenda, now));
 */
import { z } from 'zod';
import type { Instrument } from '$lib/instrument/schema';
import type { WorkshopMessages } from './messages';
import {
	MAX_EXTEND_MINUTES,
	clockStateSchema,
	extendClock,
	minutes,
	newClock,
	pauseClock,
	resetClock,
	startClock,
	type ClockState
} from './clock';

type MessageKeys<T> = readonly (keyof T & string)[];

/** The kinds of step, in agenda order. Each has a title and instructions in the messages. */
export const STEP_KINDS = ['read', 'explain', 'analyse', 'break', 'discuss', 'next'] as const satisfies MessageKeys<
	WorkshopMessages['steps']
>;
export type StepKind = (typeof STEP_KINDS)[number];

/** Named parts of a step; a step with one part has the part `main`, which has no title of its own. */
export const NAMED_PARTS = ['presentation', 'discussion', 'lookBack', 'lookAhead'] as const satisfies MessageKeys<
	WorkshopMessages['parts']
>;
export type PartKey = 'main' | (typeof NAMED_PARTS)[number];

export interface StepPart {
	key: PartKey;
	/** Whole minutes, MIN_PART_MINUTES to MAX_PART_MINUTES. */
	minutes: number;
}

export interface WorkshopStep {
	/** `read`, `explain`, `analyse`, `break`, `discuss:<categoryKey>` or `next`. */
	key: string;
	kind: StepKind;
	/** The seed's step number, 1 to 5; null for the break, which the seed recommends without a number. */
	number: number | null;
	/** The category a `discuss` step is about; null for every other step. */
	categoryKey: string | null;
	/** At least one part; the step's time is the sum of its parts. */
	parts: StepPart[];
}

export interface Agenda {
	steps: WorkshopStep[];
}

export const MIN_PART_MINUTES = 1;
export const MAX_PART_MINUTES = 240;

/**
 * The times a new workshop starts with. Where the seed gives a time we use it (inlezen "ongeveer
 * 10 minuten", presenting "maximaal 5 minuten", the discussion "ongeveer 10-15 minuten", look back
 * and look ahead "in ongeveer 10 minuten"; the analysis within its advised 30-60). The seed gives
 * none for explaining the method and the break: those are Blendwijzer's defaults, and the leader's
 * page says so (`SEED_TIMED_PARTS`).
 */
export const DEFAULT_MINUTES = {
	read: 10,
	explain: 10,
	analyse: 45,
	break: 10,
	presentation: 5,
	discussion: 15,
	lookBack: 10,
	lookAhead: 10
} as const;

/** The parts whose default time comes from the seed; the others (explain, break) are our defaults. */
export const SEED_TIMED_PARTS: ReadonlySet<string> = new Set(['read', 'analyse', 'presentation', 'discussion', 'lookBack', 'lookAhead']);

/** Whether a part's default time is the seed's (true) or Blendwijzer's own (false). */
export function seedGivesTime(step: WorkshopStep, part: StepPart): boolean {
	return SEED_TIMED_PARTS.has(part.key === 'main' ? step.kind : part.key);
}

/** The seed's steps are numbered 1 to 5; the break between 3 and 4 has no number. */
export const SEED_STEP_COUNT = 5;

/**
 * What the seed advises where it gives a range or a maximum. Outside it the leader sees advice,
 * not an error: the seed itself says the analysis depends on the time available.
 */
export const ADVISED_MINUTES = {
	analyse: { min: 30, max: 60 },
	presentation: { min: 1, max: 5 },
	discussion: { min: 10, max: 15 },
	/** "Benodigde tijd: 2-3 uur". */
	total: { min: 120, max: 180 }
} as const;

/** Step 1 ("In het kort" and the three building blocks of the explanation), shown on every device. */
export const EXPLANATION_KEYS = ['summary', 'blendedLearning', 'gapAnalysis', 'categories', 'phases'] as const satisfies MessageKeys<
	WorkshopMessages['explanation']
>;

/** Step 3: what the worksheet asks of each group, in order. */
export const ANALYSE_TASK_KEYS = ['score', 'whereNowWhereTo', 'actionPoints', 'discuss'] as const satisfies MessageKeys<
	WorkshopMessages['analyseTasks']
>;

/** Step 4: the questions each presenter answers, then the plenary questions. */
export const PRESENTATION_QUESTION_KEYS = ['priority', 'actionPoints'] as const satisfies MessageKeys<
	WorkshopMessages['presentationQuestions']
>;
export const DISCUSSION_QUESTION_KEYS = ['questions', 'opinion', 'refine'] as const satisfies MessageKeys<
	WorkshopMessages['discussionQuestions']
>;

/** Step 5: the seed's look-back questions, then its look-ahead questions. */
export const LOOK_BACK_QUESTION_KEYS = ['experience', 'insight', 'responsibilities'] as const satisfies MessageKeys<
	WorkshopMessages['lookBack']['questions']
>;
export const LOOK_AHEAD_QUESTION_KEYS = ['howForward', 'actionPlan'] as const satisfies MessageKeys<
	WorkshopMessages['lookAhead']['questions']
>;
export type LookBackQuestion = (typeof LOOK_BACK_QUESTION_KEYS)[number];
export type LookAheadQuestion = (typeof LOOK_AHEAD_QUESTION_KEYS)[number];

export function discussStepKey(categoryKey: string): string {
	return `discuss:${categoryKey}`;
}

/** The seed's agenda for this instrument: one discussion step per category, in instrument order. */
export function defaultAgenda(instrument: Instrument): Agenda {
	const m = DEFAULT_MINUTES;
	const single = (key: 'read' | 'explain' | 'analyse' | 'break', number: number | null): WorkshopStep => ({
		key,
		kind: key,
		number,
		categoryKey: null,
		parts: [{ key: 'main', minutes: m[key] }]
	});
	return {
		steps: [
			single('read', 1),
			single('explain', 2),
			single('analyse', 3),
			single('break', null),
			...instrument.categories.map(
				(category): WorkshopStep => ({
					key: discussStepKey(category.key),
					kind: 'discuss',
					number: 4,
					categoryKey: category.key,
					parts: [
						{ key: 'presentation', minutes: m.presentation },
						{ key: 'discussion', minutes: m.discussion }
					]
				})
			),
			{
				key: 'next',
				kind: 'next',
				number: 5,
				categoryKey: null,
				parts: [
					{ key: 'lookBack', minutes: m.lookBack },
					{ key: 'lookAhead', minutes: m.lookAhead }
				]
			}
		]
	};
}

export function stepMinutes(step: WorkshopStep): number {
	return step.parts.reduce((sum, part) => sum + part.minutes, 0);
}

/** The whole workshop, in minutes. */
export function agendaMinutes(agenda: Agenda): number {
	return agenda.steps.reduce((sum, step) => sum + stepMinutes(step), 0);
}

/** The name of the form field that holds the minutes of one part: `analyse.main`, `discuss:support.presentation`. */
export function minutesField(step: WorkshopStep, part: StepPart): string {
	return `${step.key}.${part.key}`;
}

const partMinutesSchema = z
	.number()
	.int('whole minutes')
	.min(MIN_PART_MINUTES)
	.max(MAX_PART_MINUTES);

const agendaSchema = z
	.object({
		steps: z
			.array(
				z
					.object({
						key: z.string().max(80),
						kind: z.enum(STEP_KINDS),
						number: z.number().int().min(1).max(5).nullable(),
						categoryKey: z.string().max(64).nullable(),
						parts: z
							.array(z.object({ key: z.enum(['main', ...NAMED_PARTS]), minutes: partMinutesSchema }).strict())
							.min(1)
							.max(4)
					})
					.strict()
			)
			.max(64)
	})
	.strict();

export type AgendaProblem =
	/** Not an agenda at all (wrong types, unknown fields). */
	| { code: 'invalid'; path: string }
	/** The minutes of a part are not whole minutes between 1 and 240. */
	| { code: 'minutes'; field: string }
	/** The steps or parts differ from the seed's agenda for this instrument. */
	| { code: 'structure' };

export type AgendaResult = { ok: true; agenda: Agenda } | { ok: false; problems: AgendaProblem[] };

/**
 * Checks an agenda read back from storage or sent by the leader: its steps and parts must be
 * those of `defaultAgenda(instrument)` in that order (the leader changes times, not the method),
 * and every part lasts whole minutes from 1 to 240.
 */
export function validateAgenda(input: unknown, instrument: Instrument): AgendaResult {
	const parsed = agendaSchema.safeParse(input);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue): AgendaProblem => {
			const [, s, , p, last] = issue.path;
			const step = typeof s === 'number' && input && typeof input === 'object' ? stepAt(input, s) : undefined;
			if (last === 'minutes' && typeof p === 'number' && step) {
				return { code: 'minutes', field: `${String(step.key)}.${String(step.parts?.[p]?.key)}` };
			}
			return { code: 'invalid', path: issue.path.join('.') };
		});
		return { ok: false, problems };
	}
	const shape = (agenda: Agenda) =>
		agenda.steps.map((step) => [step.key, step.kind, step.number, step.categoryKey, step.parts.map((p) => p.key)]);
	if (JSON.stringify(shape(parsed.data)) !== JSON.stringify(shape(defaultAgenda(instrument)))) {
		return { ok: false, problems: [{ code: 'structure' }] };
	}
	return { ok: true, agenda: parsed.data as Agenda };
}

function stepAt(input: object, index: number): { key?: unknown; parts?: { key?: unknown }[] } | undefined {
	const steps = (input as { steps?: unknown }).steps;
	if (!Array.isArray(steps)) return undefined;
	const step: unknown = steps[index];
	return step && typeof step === 'object' ? (step as { key?: unknown; parts?: { key?: unknown }[] }) : undefined;
}

/**
 * The leader's times form: `values` maps `minutesField` names to what was typed. Fields not given
 * keep their minutes; unknown fields and anything that is not whole minutes from 1 to 240 are
 * problems, and then nothing changes.
 */
export function withMinutes(agenda: Agenda, values: Readonly<Record<string, unknown>>): AgendaResult {
	const known = new Set(agenda.steps.flatMap((step) => step.parts.map((part) => minutesField(step, part))));
	const problems: AgendaProblem[] = [];
	for (const field of Object.keys(values)) {
		if (!known.has(field)) problems.push({ code: 'invalid', path: field });
	}
	const steps = agenda.steps.map((step) => ({
		...step,
		parts: step.parts.map((part) => {
			const field = minutesField(step, part);
			if (!Object.hasOwn(values, field)) return part;
			const raw = values[field];
			const text = typeof raw === 'string' ? raw.trim() : raw;
			const value = typeof text === 'number' ? text : typeof text === 'string' && /^\d{1,3}$/.test(text) ? Number(text) : NaN;
			if (!partMinutesSchema.safeParse(value).success) {
				problems.push({ code: 'minutes', field });
				return part;
			}
			return { ...part, minutes: value };
		})
	}));
	return problems.length > 0 ? { ok: false, problems } : { ok: true, agenda: { steps } };
}

export interface AgendaAdvice {
	/** `analyse`, `presentation`, `discussion` or `total`. */
	about: keyof typeof ADVISED_MINUTES;
	/** The form field concerned; null for the total. */
	field: string | null;
	minutes: number;
	min: number;
	max: number;
}

/** Where the agenda departs from the seed's advice: shown to the leader, never blocking. */
export function agendaAdvice(agenda: Agenda): AgendaAdvice[] {
	const advice: AgendaAdvice[] = [];
	for (const step of agenda.steps) {
		for (const part of step.parts) {
			const about = step.kind === 'analyse' ? 'analyse' : part.key === 'presentation' || part.key === 'discussion' ? part.key : null;
			if (!about) continue;
			const { min, max } = ADVISED_MINUTES[about];
			if (part.minutes < min || part.minutes > max) {
				advice.push({ about, field: minutesField(step, part), minutes: part.minutes, min, max });
			}
		}
	}
	const total = agendaMinutes(agenda);
	const { min, max } = ADVISED_MINUTES.total;
	if (total < min || total > max) advice.push({ about: 'total', field: null, minutes: total, min, max });
	return advice;
}

/** A place in the agenda: a step and one of its parts. */
export interface Position {
	stepIndex: number;
	partIndex: number;
}

/**
 * The place after `at` in the agenda (the next part of the same step, else the first part of the
 * next step), or null at the end. The leader's "Volgende" button and its shortcut use it, so the
 * room goes from "Terugblik" to "Vooruitblik" and from a category's presentation to its discussion.
 */
export function nextPosition(agenda: Agenda, at: Position): Position | null {
	const step = agenda.steps[at.stepIndex];
	if (step && at.partIndex + 1 < step.parts.length) return { stepIndex: at.stepIndex, partIndex: at.partIndex + 1 };
	return at.stepIndex + 1 < agenda.steps.length ? { stepIndex: at.stepIndex + 1, partIndex: 0 } : null;
}

/** The place before `at` (the previous part, else the last part of the previous step), or null at the start. */
export function previousPosition(agenda: Agenda, at: Position): Position | null {
	if (at.partIndex > 0) return { stepIndex: at.stepIndex, partIndex: at.partIndex - 1 };
	const previous = agenda.steps[at.stepIndex - 1];
	return previous ? { stepIndex: at.stepIndex - 1, partIndex: previous.parts.length - 1 } : null;
}

// ——— The state the leader moves the room through ———

/** `preparing`: the leader sets up, people may join; `running`: steps in progress; `closed`: read-only. */
export const WORKSHOP_PHASES = ['preparing', 'running', 'closed'] as const satisfies MessageKeys<
	WorkshopMessages['phases']
>;
export type WorkshopPhase = (typeof WORKSHOP_PHASES)[number];

export interface WorkshopState {
	phase: WorkshopPhase;
	/** The step the room is on while running, and where it ended once closed; 0 while preparing. */
	stepIndex: number;
	/**
	 * The part of that step (presentation or discussion, look back or look ahead); 0 for a step
	 * of one part. Each part has its own clock: the leader moves from one to the next.
	 */
	partIndex: number;
	/**
	 * Which page of the current step the projector shows, when the step's content does not fit
	 * one screen (a category's plenary with many action points): the leader pages, the screen
	 * never scrolls. 0 on every new step.
	 */
	screenPage: number;
	/** Whether the join code lets people in; always false once closed. */
	joiningOpen: boolean;
	/** The current part's countdown (see clock.ts). */
	clock: ClockState;
}

/** The most pages a projector screen can have; far more than a plenary of a few dozen action points needs. */
export const MAX_SCREEN_PAGE = 31;

export const workshopStateSchema = z
	.object({
		phase: z.enum(WORKSHOP_PHASES),
		stepIndex: z.number().int().min(0),
		// States stored before parts had clocks of their own have none: they are on the first part.
		partIndex: z.number().int().min(0).max(3).default(0),
		screenPage: z.number().int().min(0).max(MAX_SCREEN_PAGE).default(0),
		joiningOpen: z.boolean(),
		clock: clockStateSchema
	})
	.strict();

/** A new workshop: preparing, joining not yet open, the first step's clock ready. */
export function newWorkshopState(agenda: Agenda): WorkshopState {
	const first = agenda.steps[0];
	return { phase: 'preparing', stepIndex: 0, partIndex: 0, screenPage: 0, joiningOpen: false, clock: newClock(first ? minutes(first.parts[0]!.minutes) : 0) };
}

/** The step every screen shows; null before the workshop starts. */
export function currentStep(state: WorkshopState, agenda: Agenda): WorkshopStep | null {
	if (state.phase === 'preparing') return null;
	return agenda.steps[state.stepIndex] ?? null;
}

export function isJoiningOpen(state: WorkshopState): boolean {
	return state.phase !== 'closed' && state.joiningOpen;
}

/** The part of the current step every screen shows; null before the workshop starts. */
export function currentPart(state: WorkshopState, agenda: Agenda): StepPart | null {
	const step = currentStep(state, agenda);
	return step ? (step.parts[state.partIndex] ?? step.parts[0]!) : null;
}

/** Whether the leader may take the room to a place: any step and part, forward or back, while running. */
export function canMoveTo(state: WorkshopState, agenda: Agenda, stepIndex: number, partIndex = 0): boolean {
	const step = agenda.steps[stepIndex];
	return state.phase === 'running' && step !== undefined && Number.isInteger(partIndex) && partIndex >= 0 && partIndex < step.parts.length;
}

/** What the leader can do; the server parses it with `workshopCommandSchema`. */
export type WorkshopCommand =
	| { type: 'open_joining' }
	| { type: 'close_joining' }
	| { type: 'start' }
	| { type: 'move_to'; stepIndex: number; partIndex?: number }
	| { type: 'show_page'; page: number }
	| { type: 'pause_clock' }
	| { type: 'resume_clock' }
	| { type: 'extend_clock'; minutes: number }
	| { type: 'close' };

export const workshopCommandSchema = z.discriminatedUnion('type', [
	z.object({ type: z.literal('open_joining') }).strict(),
	z.object({ type: z.literal('close_joining') }).strict(),
	z.object({ type: z.literal('start') }).strict(),
	z.object({ type: z.literal('move_to'), stepIndex: z.number().int().min(0).max(63), partIndex: z.number().int().min(0).max(3).optional() }).strict(),
	z.object({ type: z.literal('show_page'), page: z.number().int().min(0).max(MAX_SCREEN_PAGE) }).strict(),
	z.object({ type: z.literal('pause_clock') }).strict(),
	z.object({ type: z.literal('resume_clock') }).strict(),
	z.object({ type: z.literal('extend_clock'), minutes: z.number().int().min(1).max(MAX_EXTEND_MINUTES) }).strict(),
	z.object({ type: z.literal('close') }).strict()
]);

export type WorkshopProblem =
	/** The workshop is closed: nothing changes any more. */
	| 'closed'
	/** Steps and the clock only work once the workshop has started. */
	| 'not_running'
	/** The agenda has no such step or part. */
	| 'no_such_step';

export type CommandResult = { ok: true; state: WorkshopState } | { ok: false; problem: WorkshopProblem };

/**
 * Applies a leader's command. Commands that are already true (start a running workshop, move to
 * the current step, pause a paused clock, close a closed workshop) succeed without change, so a
 * retried request is harmless: the leader's buttons name the place to go, not "one further", so a
 * double click never skips a step. Moving to a part, forward or back, gives it a fresh clock of
 * that part's time that runs from `now`: the room starts on it straight away, and the leader can pause.
 */
export function applyCommand(state: WorkshopState, command: WorkshopCommand, agenda: Agenda, now: number): CommandResult {
	const ok = (next: WorkshopState): CommandResult => ({ ok: true, state: next });
	const fail = (problem: WorkshopProblem): CommandResult => ({ ok: false, problem });
	if (state.phase === 'closed') return command.type === 'close' ? ok(state) : fail('closed');

	switch (command.type) {
		case 'open_joining':
			return ok(state.joiningOpen ? state : { ...state, joiningOpen: true });
		case 'close_joining':
			return ok(state.joiningOpen ? { ...state, joiningOpen: false } : state);
		case 'start': {
			if (state.phase === 'running') return ok(state);
			const first = agenda.steps[0];
			if (!first) return fail('no_such_step');
			return ok({ ...state, phase: 'running', stepIndex: 0, partIndex: 0, screenPage: 0, clock: resetClock(minutes(first.parts[0]!.minutes), now, true) });
		}
		case 'move_to': {
			const partIndex = command.partIndex ?? 0;
			if (state.phase !== 'running') return fail('not_running');
			if (!canMoveTo(state, agenda, command.stepIndex, partIndex)) return fail('no_such_step');
			if (command.stepIndex === state.stepIndex && partIndex === state.partIndex) return ok(state);
			const part = (agenda.steps[command.stepIndex] as WorkshopStep).parts[partIndex] as StepPart;
			return ok({ ...state, stepIndex: command.stepIndex, partIndex, screenPage: 0, clock: resetClock(minutes(part.minutes), now, true) });
		}
		case 'show_page':
			if (state.phase !== 'running') return fail('not_running');
			return ok(state.screenPage === command.page ? state : { ...state, screenPage: command.page });
		case 'pause_clock':
			return state.phase === 'running' ? ok({ ...state, clock: pauseClock(state.clock, now) }) : fail('not_running');
		case 'resume_clock':
			return state.phase === 'running' ? ok({ ...state, clock: startClock(state.clock, now) }) : fail('not_running');
		case 'extend_clock':
			return state.phase === 'running' ? ok({ ...state, clock: extendClock(state.clock, command.minutes) }) : fail('not_running');
		case 'close':
			return ok({ ...state, phase: 'closed', joiningOpen: false, clock: pauseClock(state.clock, now) });
	}
}
