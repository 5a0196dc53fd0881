import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { workshop as workshopMessages } from './messages';
import {
	ADVISED_MINUTES,
	ANALYSE_TASK_KEYS,
	DISCUSSION_QUESTION_KEYS,
	EXPLANATION_KEYS,
	LOOK_AHEAD_QUESTION_KEYS,
	LOOK_BACK_QUESTION_KEYS,
	NAMED_PARTS,
	PRESENTATION_QUESTION_KEYS,
	STEP_KINDS,
	WORKSHOP_PHASES,
	agendaAdvice,
	agendaMinutes,
	applyCommand,
	canMoveTo,
	currentStep,
	defaultAgenda,
	isJoiningOpen,
	minutesField,
	newWorkshopState,
	nextPosition,
	previousPosition,
	seedGivesTime,
	currentPart,
	stepMinutes,
	validateAgenda,
	withMinutes,
	workshopCommandSchema,
	workshopStateSchema,
	type Agenda,
	type CommandResult,
	type WorkshopCommand,
	type WorkshopState
} from './workshop';
import { minutes, remaining } from './clock';
import type { JoinCodeProblem } from './join-code';
import type { GroupsProblem } from './table-groups';

// Pinned to version 1 so a new version of the instrument does not change what these tests mean.
const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const agenda = defaultAgenda(instrument);
const T0 = 1_800_000_000_000;

function unwrap(result: CommandResult): WorkshopState {
	if (!result.ok) throw new Error(`command refused: ${result.problem}`);
	return result.state;
}

function run(state: WorkshopState, ...commands: WorkshopCommand[]): WorkshopState {
	return commands.reduce((s, command) => unwrap(applyCommand(s, command, agenda, T0)), state);
}

function clone(value: Agenda): Agenda {
	return JSON.parse(JSON.stringify(value)) as Agenda;
}

describe('defaultAgenda', () => {
	it('follows the seed: read, explain, analyse, a break, one discussion per category, what now', () => {
		expect(agenda.steps.map((step) => step.key)).toEqual([
			'read',
			'explain',
			'analyse',
			'break',
			'discuss:strategie',
			'discuss:structuur',
			'discuss:support',
			'next'
		]);
		expect(agenda.steps.map((step) => step.number)).toEqual([1, 2, 3, null, 4, 4, 4, 5]);
	});

	it('gives the seed’s times: 10 to read, 45 to analyse, 5 + 15 per category, 10 + 10 to close', () => {
		expect(agenda.steps.map(stepMinutes)).toEqual([10, 10, 45, 10, 20, 20, 20, 20]);
		const discuss = agenda.steps[4]!;
		expect(discuss).toEqual({
			key: 'discuss:strategie',
			kind: 'discuss',
			number: 4,
			categoryKey: 'strategie',
			parts: [
				{ key: 'presentation', minutes: 5 },
				{ key: 'discussion', minutes: 15 }
			]
		});
		expect(agenda.steps.at(-1)?.parts).toEqual([
			{ key: 'lookBack', minutes: 10 },
			{ key: 'lookAhead', minutes: 10 }
		]);
	});

	it('adds up to 155 minutes, within the seed’s 2 to 3 hours', () => {
		expect(agendaMinutes(agenda)).toBe(155);
		expect(agendaAdvice(agenda)).toEqual([]);
	});

	it('has one discussion step per category of whatever instrument is chosen', () => {
		const two = { ...instrument, categories: instrument.categories.slice(0, 2) };
		expect(defaultAgenda(two).steps.filter((s) => s.kind === 'discuss').map((s) => s.categoryKey)).toEqual([
			'strategie',
			'structuur'
		]);
	});
});

describe('every step, part and question has its text in Dutch and English', () => {
	for (const language of ['nl', 'en'] as const) {
		it(`in ${language}`, () => {
			const texts = workshopMessages[language];
			for (const kind of STEP_KINDS) {
				expect(texts.steps[kind].title, kind).not.toBe('');
				expect(texts.steps[kind].instruction, kind).not.toBe('');
			}
			for (const part of NAMED_PARTS) expect(texts.parts[part]).not.toBe('');
			for (const key of EXPLANATION_KEYS) expect(texts.explanation[key]).not.toBe('');
			for (const key of ANALYSE_TASK_KEYS) expect(texts.analyseTasks[key]).not.toBe('');
			for (const key of PRESENTATION_QUESTION_KEYS) expect(texts.presentationQuestions[key]).not.toBe('');
			for (const key of DISCUSSION_QUESTION_KEYS) expect(texts.discussionQuestions[key]).not.toBe('');
			for (const key of LOOK_BACK_QUESTION_KEYS) expect(texts.lookBack.questions[key]).toMatch(/\?$/);
			for (const key of LOOK_AHEAD_QUESTION_KEYS) expect(texts.lookAhead.questions[key]).toMatch(/\?$/);
			for (const phase of WORKSHOP_PHASES) expect(texts.phases[phase]).not.toBe('');
		});
	}

	it('asks the seed’s three look-back and two look-ahead questions, in its words', () => {
		const nl = workshopMessages.nl;
		expect(LOOK_BACK_QUESTION_KEYS.map((key) => nl.lookBack.questions[key])).toEqual([
			'Hoe was het om deze exercitie te doen?',
			'Hoe heeft dit ons inzicht in de organisatorische randvoorwaarden voor de implementatie van blended leren veranderd?',
			'In hoeverre zien wij nu duidelijker wat de verantwoordelijkheden zijn van de instelling als geheel?'
		]);
		expect(LOOK_AHEAD_QUESTION_KEYS.map((key) => nl.lookAhead.questions[key])).toEqual([
			'Hoe gaan we hier nu mee verder?',
			'Gaan we een actieplan maken, en zo ja, wie pakt dit op?'
		]);
	});

	it('has a message for every problem the agenda and the commands can report', () => {
		for (const language of ['nl', 'en'] as const) {
			const texts = workshopMessages[language];
			for (const code of ['minutes', 'invalid', 'structure'] as const) expect(texts.agenda.errors[code]).not.toBe('');
			for (const code of ['closed', 'not_running', 'no_such_step'] as const) expect(texts.control.errors[code]).not.toBe('');
			for (const code of ['empty', 'confusable', 'character', 'length'] satisfies JoinCodeProblem[]) {
				expect(texts.joining.errors[code]).not.toBe('');
			}
			for (const code of [
				'count',
				'duplicate_group',
				'no_category',
				'unknown_category',
				'uncovered_category'
			] satisfies GroupsProblem['code'][]) {
				expect(texts.groups.errors[code]).not.toBe('');
			}
			for (const code of ['unknown_participant', 'unknown_group'] as const) expect(texts.groups.errors[code]).not.toBe('');
			for (const about of Object.keys(ADVISED_MINUTES) as (keyof typeof ADVISED_MINUTES)[]) {
				expect(texts.agenda.advice[about]).not.toBe('');
			}
		}
	});
});

describe('validateAgenda', () => {
	it('accepts the default agenda, also after a round trip through JSON', () => {
		expect(validateAgenda(clone(agenda), instrument)).toEqual({ ok: true, agenda });
	});

	it('accepts changed times, including an analysis outside the advised 30 to 60 minutes', () => {
		const changed = clone(agenda);
		changed.steps[2]!.parts[0]!.minutes = 90;
		const result = validateAgenda(changed, instrument);
		expect(result.ok).toBe(true);
		if (result.ok) expect(agendaMinutes(result.agenda)).toBe(200);
	});

	it('refuses minutes that are not whole minutes from 1 to 240, naming the field', () => {
		for (const bad of [0, -5, 241, 2.5, '10', null]) {
			const changed = clone(agenda) as unknown as { steps: { parts: { minutes: unknown }[] }[] };
			changed.steps[4]!.parts[1]!.minutes = bad;
			expect(validateAgenda(changed, instrument), String(bad)).toEqual({
				ok: false,
				problems: [{ code: 'minutes', field: 'discuss:strategie.discussion' }]
			});
		}
	});

	it('refuses an agenda whose steps differ from the seed’s for this instrument', () => {
		const missing = clone(agenda);
		missing.steps.splice(3, 1);
		const reordered = clone(agenda);
		reordered.steps.reverse();
		const foreign = clone(agenda);
		foreign.steps[4]!.categoryKey = 'nonsense';
		foreign.steps[4]!.key = 'discuss:nonsense';
		for (const bad of [missing, reordered, foreign]) {
			expect(validateAgenda(bad, instrument)).toEqual({ ok: false, problems: [{ code: 'structure' }] });
		}
	});

	it('refuses what is not an agenda at all', () => {
		for (const bad of [null, 'agenda', [], {}, { steps: 'x' }, { ...clone(agenda), extra: 1 }, { __proto__: { steps: [] } }]) {
			const result = validateAgenda(bad, instrument);
			expect(result.ok, JSON.stringify(bad)).toBe(false);
		}
	});
});

describe('withMinutes', () => {
	it('changes the minutes the leader typed and keeps the rest', () => {
		const result = withMinutes(agenda, { 'analyse.main': '60', 'discuss:support.presentation': 3 });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.agenda.steps[2]!.parts[0]!.minutes).toBe(60);
		expect(result.agenda.steps[6]!.parts[0]!.minutes).toBe(3);
		expect(agendaMinutes(result.agenda)).toBe(155 + 15 - 2);
		expect(agenda.steps[2]!.parts[0]!.minutes).toBe(45);
	});

	it('names every field that is wrong and changes nothing', () => {
		const result = withMinutes(agenda, { 'read.main': '0', 'analyse.main': 'abc', 'next.lookBack': '1e1', 'nope.main': '5' });
		expect(result).toEqual({
			ok: false,
			problems: [
				{ code: 'invalid', path: 'nope.main' },
				{ code: 'minutes', field: 'read.main' },
				{ code: 'minutes', field: 'analyse.main' },
				{ code: 'minutes', field: 'next.lookBack' }
			]
		});
	});

	it('does not take inherited properties as form fields', () => {
		expect(withMinutes(agenda, JSON.parse('{"__proto__": {"read.main": 99}}'))).toEqual({
			ok: false,
			problems: [{ code: 'invalid', path: '__proto__' }]
		});
	});

	it('names the fields after step and part', () => {
		expect(agenda.steps.flatMap((s) => s.parts.map((p) => minutesField(s, p)))).toContain('discuss:structuur.presentation');
	});
});

describe('agendaAdvice', () => {
	it('points out where the leader departs from the seed’s advice, without refusing it', () => {
		const result = withMinutes(agenda, {
			'analyse.main': '20',
			'discuss:strategie.presentation': '8',
			'discuss:support.discussion': '30'
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(agendaAdvice(result.agenda)).toEqual([
			{ about: 'analyse', field: 'analyse.main', minutes: 20, min: 30, max: 60 },
			{ about: 'presentation', field: 'discuss:strategie.presentation', minutes: 8, min: 1, max: 5 },
			{ about: 'discussion', field: 'discuss:support.discussion', minutes: 30, min: 10, max: 15 }
		]);
	});

	it('warns when the whole workshop leaves the 2 to 3 hours', () => {
		const result = withMinutes(agenda, { 'analyse.main': '60', 'break.main': '40' });
		expect(result.ok && agendaAdvice(result.agenda)).toEqual([
			{ about: 'total', field: null, minutes: 200, min: 120, max: 180 }
		]);
	});
});

describe('moving through the agenda', () => {
	const last = agenda.steps.length - 1;
	const discuss = agenda.steps.findIndex((s) => s.kind === 'discuss');

	it('goes from a category’s presentation to its discussion, then to the next category', () => {
		expect(nextPosition(agenda, { stepIndex: discuss, partIndex: 0 })).toEqual({ stepIndex: discuss, partIndex: 1 });
		expect(nextPosition(agenda, { stepIndex: discuss, partIndex: 1 })).toEqual({ stepIndex: discuss + 1, partIndex: 0 });
	});

	it('goes from the look back to the look ahead, and no further', () => {
		expect(nextPosition(agenda, { stepIndex: last, partIndex: 0 })).toEqual({ stepIndex: last, partIndex: 1 });
		expect(nextPosition(agenda, { stepIndex: last, partIndex: 1 })).toBeNull();
	});

	it('goes back to the last part of the step before, and not before the first step', () => {
		expect(previousPosition(agenda, { stepIndex: discuss + 1, partIndex: 0 })).toEqual({ stepIndex: discuss, partIndex: 1 });
		expect(previousPosition(agenda, { stepIndex: last, partIndex: 1 })).toEqual({ stepIndex: last, partIndex: 0 });
		expect(previousPosition(agenda, { stepIndex: 0, partIndex: 0 })).toBeNull();
	});

	it('labels the seed’s own times apart from Blendwijzer’s defaults', () => {
		const own = agenda.steps.flatMap((step) => step.parts.filter((part) => !seedGivesTime(step, part)).map((part) => `${step.key}.${part.key}`));
		expect(own).toEqual(['explain.main', 'break.main']);
	});
});

describe('the workshop state', () => {
	const fresh = newWorkshopState(agenda);

	it('starts in preparation, with joining closed and no step on screen', () => {
		expect(fresh.phase).toBe('preparing');
		expect(isJoiningOpen(fresh)).toBe(false);
		expect(currentStep(fresh, agenda)).toBeNull();
	});

	it('lets the leader open joining before the start and close it at any time', () => {
		const open = run(fresh, { type: 'open_joining' });
		expect(isJoiningOpen(open)).toBe(true);
		expect(open.phase).toBe('preparing');
		const started = run(open, { type: 'start' });
		expect(isJoiningOpen(started)).toBe(true);
		expect(isJoiningOpen(run(started, { type: 'close_joining' }))).toBe(false);
	});

	it('gives each part its own clock: the presentation its five minutes, then the discussion its fifteen', () => {
		const discuss = agenda.steps.findIndex((s) => s.kind === 'discuss');
		let state = run(fresh, { type: 'start' }, { type: 'move_to', stepIndex: discuss });
		expect(currentPart(state, agenda)?.key).toBe('presentation');
		expect(remaining(state.clock, T0)).toBe(minutes(5));
		state = unwrap(applyCommand(state, { type: 'move_to', stepIndex: discuss, partIndex: 1 }, agenda, T0 + minutes(4)));
		expect(currentPart(state, agenda)?.key).toBe('discussion');
		expect(remaining(state.clock, T0 + minutes(4))).toBe(minutes(15));
		expect(applyCommand(state, { type: 'move_to', stepIndex: discuss, partIndex: 2 }, agenda, T0)).toEqual({ ok: false, problem: 'no_such_step' });
	});

	it('lets the leader page the projector within a step, and starts every new step on its first page', () => {
		let state = run(fresh, { type: 'start' }, { type: 'move_to', stepIndex: 4 });
		state = unwrap(applyCommand(state, { type: 'show_page', page: 2 }, agenda, T0));
		expect(state.screenPage).toBe(2);
		state = unwrap(applyCommand(state, { type: 'move_to', stepIndex: 4, partIndex: 1 }, agenda, T0));
		expect(state.screenPage).toBe(0);
		expect(applyCommand(fresh, { type: 'show_page', page: 1 }, agenda, T0)).toEqual({ ok: false, problem: 'not_running' });
	});

	it('reads a state stored before parts had clocks of their own as being on the first part', () => {
		const { partIndex, screenPage, ...old } = run(fresh, { type: 'start' });
		expect([partIndex, screenPage]).toEqual([0, 0]);
		expect(workshopStateSchema.parse(old)).toMatchObject({ partIndex: 0, screenPage: 0 });
	});

	it('starts on step 1 with its clock running', () => {
		const started = run(fresh, { type: 'start' });
		expect(started.phase).toBe('running');
		expect(currentStep(started, agenda)?.key).toBe('read');
		expect(started.clock).toEqual({ durationMs: minutes(10), startedAt: T0, accumulatedMs: 0 });
	});

	it('lets the leader move forward, back and to any step, each with a fresh clock of its own time', () => {
		let state = run(fresh, { type: 'start' });
		state = unwrap(applyCommand(state, { type: 'move_to', stepIndex: 2 }, agenda, T0 + 60_000));
		expect(currentStep(state, agenda)?.key).toBe('analyse');
		expect(remaining(state.clock, T0 + 60_000)).toBe(minutes(45));
		state = unwrap(applyCommand(state, { type: 'move_to', stepIndex: 1 }, agenda, T0 + 120_000));
		expect(currentStep(state, agenda)?.key).toBe('explain');
		expect(remaining(state.clock, T0 + 120_000)).toBe(minutes(10));
		state = unwrap(applyCommand(state, { type: 'move_to', stepIndex: 7 }, agenda, T0 + 180_000));
		expect(currentStep(state, agenda)?.key).toBe('next');
		expect(remaining(state.clock, T0 + 180_000)).toBe(minutes(10));
	});

	it('says which steps the leader can move to', () => {
		const running = run(fresh, { type: 'start' });
		expect(canMoveTo(running, agenda, 0)).toBe(true);
		expect(canMoveTo(running, agenda, 7)).toBe(true);
		expect(canMoveTo(running, agenda, 8)).toBe(false);
		expect(canMoveTo(running, agenda, -1)).toBe(false);
		expect(canMoveTo(running, agenda, 1.5)).toBe(false);
		expect(canMoveTo(fresh, agenda, 1)).toBe(false);
		expect(canMoveTo(run(running, { type: 'close' }), agenda, 1)).toBe(false);
	});

	it('treats a repeated command as done, so a retried request changes nothing', () => {
		const running = run(fresh, { type: 'start' }, { type: 'move_to', stepIndex: 2 });
		expect(applyCommand(running, { type: 'start' }, agenda, T0 + 5_000)).toEqual({ ok: true, state: running });
		expect(applyCommand(running, { type: 'move_to', stepIndex: 2 }, agenda, T0 + 5_000)).toEqual({ ok: true, state: running });
	});

	it('lets the leader pause, resume and extend the clock of the current step', () => {
		let state = run(fresh, { type: 'start' }, { type: 'move_to', stepIndex: 2 });
		state = unwrap(applyCommand(state, { type: 'pause_clock' }, agenda, T0 + minutes(5)));
		state = unwrap(applyCommand(state, { type: 'extend_clock', minutes: 10 }, agenda, T0 + minutes(7)));
		state = unwrap(applyCommand(state, { type: 'resume_clock' }, agenda, T0 + minutes(20)));
		expect(remaining(state.clock, T0 + minutes(20))).toBe(minutes(50));
		expect(remaining(state.clock, T0 + minutes(30))).toBe(minutes(40));
	});

	it('refuses steps and clock commands before the start, and a step that is not on the agenda', () => {
		expect(applyCommand(fresh, { type: 'move_to', stepIndex: 1 }, agenda, T0)).toEqual({ ok: false, problem: 'not_running' });
		expect(applyCommand(fresh, { type: 'pause_clock' }, agenda, T0)).toEqual({ ok: false, problem: 'not_running' });
		expect(applyCommand(fresh, { type: 'extend_clock', minutes: 5 }, agenda, T0)).toEqual({ ok: false, problem: 'not_running' });
		const running = run(fresh, { type: 'start' });
		expect(applyCommand(running, { type: 'move_to', stepIndex: 8 }, agenda, T0)).toEqual({ ok: false, problem: 'no_such_step' });
	});

	it('is read-only once closed: joining shut, clock stopped, every command but close refused', () => {
		const open = run(fresh, { type: 'open_joining' }, { type: 'start' }, { type: 'move_to', stepIndex: 3 });
		const closed = unwrap(applyCommand(open, { type: 'close' }, agenda, T0 + minutes(4)));
		expect(closed.phase).toBe('closed');
		expect(isJoiningOpen(closed)).toBe(false);
		expect(closed.clock.startedAt).toBeNull();
		expect(currentStep(closed, agenda)?.key).toBe('break');
		for (const command of [
			{ type: 'open_joining' },
			{ type: 'start' },
			{ type: 'move_to', stepIndex: 1 },
			{ type: 'resume_clock' },
			{ type: 'extend_clock', minutes: 1 }
		] satisfies WorkshopCommand[]) {
			expect(applyCommand(closed, command, agenda, T0), command.type).toEqual({ ok: false, problem: 'closed' });
		}
		expect(applyCommand(closed, { type: 'close' }, agenda, T0)).toEqual({ ok: true, state: closed });
	});

	it('survives a round trip through JSON and the schema', () => {
		const state = run(fresh, { type: 'start' }, { type: 'move_to', stepIndex: 4 });
		expect(workshopStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
		expect(workshopStateSchema.safeParse({ ...state, phase: 'paused' }).success).toBe(false);
	});
});

describe('workshopCommandSchema', () => {
	it('accepts the leader’s commands', () => {
		expect(workshopCommandSchema.parse({ type: 'move_to', stepIndex: 3 })).toEqual({ type: 'move_to', stepIndex: 3 });
		expect(workshopCommandSchema.parse({ type: 'move_to', stepIndex: 7, partIndex: 1 })).toEqual({ type: 'move_to', stepIndex: 7, partIndex: 1 });
		expect(workshopCommandSchema.parse({ type: 'extend_clock', minutes: 5 })).toEqual({ type: 'extend_clock', minutes: 5 });
	});

	it('refuses unknown commands, missing or wrong arguments and extra fields', () => {
		for (const bad of [
			{ type: 'delete' },
			{ type: 'move_to' },
			{ type: 'move_to', stepIndex: -1 },
			{ type: 'move_to', stepIndex: '2' },
			{ type: 'move_to', stepIndex: 2, partIndex: 4 },
			{ type: 'extend_clock', minutes: 0 },
			{ type: 'extend_clock', minutes: 1.5 },
			{ type: 'start', extra: true },
			null
		]) {
			expect(workshopCommandSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
		}
	});
});
