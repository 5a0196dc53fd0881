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
		expect(stepView(newWorkshopState(agenda), agenda, instrument, 'nl', start)).toBeNull();
		const running = at(newWorkshopState(agenda), { type: 'start' }, start);
		expect(stepView(running, agenda, instrument, 'nl', start)).toMatchObject({ index: 0, total: 8, number: 1, title: 'Inlezen', part: null });
		expect(stepView(running, agenda, instrument, 'en', start)?.title).toBe('Reading');
	});

	it('names the category of a plenary step and moves from presentation to discussion by the agenda’s times', () => {
		const start = 1_000_000;
		const discuss = agenda.steps.findIndex((s) => s.key === 'discuss:structuur');
		const state = at(at(newWorkshopState(agenda), { type: 'start' }, start), { type: 'move_to', stepIndex: discuss }, start);
		expect(stepView(state, agenda, instrument, 'nl', start)).toMatchObject({ title: 'Bespreking: Structuur', part: { key: 'presentation', title: 'Presentatie' } });
		expect(stepView(state, agenda, instrument, 'nl', start + minutes(6))?.part).toEqual({ key: 'discussion', title: 'Plenaire discussie' });
	});

	it('lists the agenda with the minutes of each step', () => {
		const view = agendaView(agenda, instrument, 'nl');
		expect(view.map((s) => s.minutes)).toEqual([10, 10, 45, 10, 20, 20, 20, 20]);
		expect(view.map((s) => s.number)).toEqual([1, 2, 3, null, 4, 4, 4, 5]);
	});
});
