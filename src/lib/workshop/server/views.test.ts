import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { applyCommand, defaultAgenda, newWorkshopState, type WorkshopState } from '$lib/workshop/workshop';
import { minutes } from '$lib/workshop/clock';
import { agendaView, stepView } from './views';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const agenda = defaultAgenda(instrument);
const at = (state: WorkshopState, command: Parameters<typeof applyCommand>[1], now: number) => {
	const r = applyCommand(state, command, agenda, now);
	if (!r.ok) throw new Error(r.problem);
	return r.state;
};

describe('what the workshop screens show of the step', () => {
	it('shows nothing before the start, then the step with its number and title in the screen’s language', () => {
		const start = 1_000_000;
		expect(stepView(newWorkshopState(agenda), agenda, instrument, 'nl')).toBeNull();
		const running = at(newWorkshopState(agenda), { type: 'start' }, start);
		expect(stepView(running, agenda, instrument, 'nl')).toMatchObject({ index: 0, number: 1, label: 'Stap 1 van 5', title: 'Inlezen', part: null, previous: null });
		expect(stepView(running, agenda, instrument, 'en')).toMatchObject({ title: 'Reading', label: 'Step 1 of 5', next: { stepIndex: 1, partIndex: 0, title: 'How we will work' } });
	});

	it('names the category of a plenary step, numbers it step 4 of 5, and names the discussion as what comes next', () => {
		const start = 1_000_000;
		const discuss = agenda.steps.findIndex((s) => s.key === 'discuss:structuur');
		const state = at(at(newWorkshopState(agenda), { type: 'start' }, start), { type: 'move_to', stepIndex: discuss }, start);
		expect(stepView(state, agenda, instrument, 'nl')).toMatchObject({
			title: 'Bespreking: Structuur',
			label: 'Stap 4 van 5',
			minutes: 5,
			part: { key: 'presentation', title: 'Presentatie', index: 0, count: 2 },
			next: { stepIndex: discuss, partIndex: 1, title: 'Bespreking: Structuur · Plenaire discussie' }
		});
		const discussion = at(state, { type: 'move_to', stepIndex: discuss, partIndex: 1 }, start + minutes(3));
		expect(stepView(discussion, agenda, instrument, 'nl')).toMatchObject({ minutes: 15, part: { key: 'discussion', title: 'Plenaire discussie' } });
	});

	it('gives the break no step number', () => {
		const state = at(at(newWorkshopState(agenda), { type: 'start' }, 0), { type: 'move_to', stepIndex: 3 }, 0);
		expect(stepView(state, agenda, instrument, 'nl')).toMatchObject({ kind: 'break', number: null, label: null });
	});

	it('lists the agenda with the minutes of each step', () => {
		const view = agendaView(agenda, instrument, 'nl');
		expect(view.map((s) => s.minutes)).toEqual([10, 10, 45, 10, 20, 20, 20, 20]);
		expect(view.map((s) => s.number)).toEqual([1, 2, 3, null, 4, 4, 4, 5]);
	});
});
