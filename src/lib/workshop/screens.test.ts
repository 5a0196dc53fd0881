import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { defaultAgenda, newWorkshopState, type WorkshopState } from './workshop';
import { cardIndex, phoneCards, phoneIgnores, screenContent } from './screens';

const agenda = defaultAgenda(loadInstrument('zelfscan-blended-leren', 1)!);
const at = (key: string, phase: WorkshopState['phase'] = 'running'): WorkshopState => ({
	...newWorkshopState(agenda),
	phase,
	stepIndex: agenda.steps.findIndex((s) => s.key === key)
});

describe('what each screen shows', () => {
	it('shows nothing of the steps before the workshop starts, but the leader sees the reflections to fill in', () => {
		const state = newWorkshopState(agenda);
		expect(screenContent('phone', state, agenda, true)).toEqual({ sheets: false, ownScores: false, editable: false, progress: false, plenary: null, reflections: false });
		expect(screenContent('projector', state, agenda)).toEqual({ sheets: false, ownScores: false, editable: false, progress: false, plenary: null, reflections: false });
		expect(screenContent('leader', state, agenda).reflections).toBe(true);
	});

	it('shows the table’s sheets and own scores on a phone during the analysis and the break', () => {
		for (const key of ['analyse', 'break']) {
			expect(screenContent('phone', at(key), agenda, true)).toMatchObject({ sheets: true, ownScores: true });
		}
		expect(screenContent('phone', at('explain'), agenda, true)).toMatchObject({ sheets: false, ownScores: false });
	});

	it('shows no sheets on the phone of someone who has no table yet', () => {
		expect(screenContent('phone', at('analyse'), agenda, false)).toMatchObject({ sheets: false, ownScores: false });
	});

	it('lets the phones edit only while the workshop runs its analysis step, not in the break nor once closed', () => {
		expect(screenContent('phone', at('analyse'), agenda, true).editable).toBe(true);
		expect(screenContent('phone', at('break'), agenda, true).editable).toBe(false);
		expect(screenContent('phone', at('analyse', 'closed'), agenda, true).editable).toBe(false);
		expect(screenContent('projector', at('analyse'), agenda).editable).toBe(false);
		expect(screenContent('leader', at('analyse'), agenda).editable).toBe(false);
	});

	it('shows the tables’ progress on the projector only, while the tables work', () => {
		expect(screenContent('projector', at('analyse'), agenda).progress).toBe(true);
		expect(screenContent('projector', at('break'), agenda).progress).toBe(true);
		expect(screenContent('projector', at('discuss:strategie'), agenda).progress).toBe(false);
		expect(screenContent('phone', at('analyse'), agenda, true).progress).toBe(false);
		expect(screenContent('leader', at('analyse'), agenda).progress).toBe(false);
	});

	it('shows a category’s plenary on every screen in its plenary step', () => {
		for (const screen of ['leader', 'projector', 'phone'] as const) {
			expect(screenContent(screen, at('discuss:strategie'), agenda, true).plenary).toBe('strategie');
			expect(screenContent(screen, at('analyse'), agenda, true).plenary).toBeNull();
		}
	});

	it('shows the room’s reflections on the projector and phones in the last step, and on phones still after closing', () => {
		expect(screenContent('projector', at('next'), agenda).reflections).toBe(true);
		expect(screenContent('phone', at('next'), agenda, false).reflections).toBe(true);
		expect(screenContent('projector', at('discuss:strategie'), agenda).reflections).toBe(false);
		expect(screenContent('phone', at('analyse', 'closed'), agenda, true).reflections).toBe(true);
		expect(screenContent('projector', at('analyse', 'closed'), agenda).reflections).toBe(false);
	});
});

describe('the phone’s cards in step 3', () => {
	const sheets = [
		{ categoryKey: 'strategie', factorKeys: ['doelen', 'beleid'] },
		{ categoryKey: 'support', factorKeys: ['techniek'] }
	];

	it('shows each factor of each category one at a time, then that category’s priority and points, and the own questions last', () => {
		expect(phoneCards(sheets, 2)).toEqual([
			{ kind: 'factor', categoryKey: 'strategie', factorKey: 'doelen', number: 1, of: 2 },
			{ kind: 'factor', categoryKey: 'strategie', factorKey: 'beleid', number: 2, of: 2 },
			{ kind: 'plan', categoryKey: 'strategie' },
			{ kind: 'factor', categoryKey: 'support', factorKey: 'techniek', number: 1, of: 1 },
			{ kind: 'plan', categoryKey: 'support' },
			{ kind: 'questions' }
		]);
	});

	it('has no card for own questions when the institution has none', () => {
		expect(phoneCards(sheets, 0).some((c) => c.kind === 'questions')).toBe(false);
	});

	it('reads the card from the address, and falls back to the first or last card for anything else', () => {
		const cards = phoneCards(sheets, 0);
		expect(cardIndex(cards, '2')).toBe(1);
		expect(cardIndex(cards, null)).toBe(0);
		expect(cardIndex(cards, '0')).toBe(0);
		expect(cardIndex(cards, '99')).toBe(cards.length - 1);
		for (const junk of ['-1', '2.5', 'abc', '1e3', '', ' 2']) expect(cardIndex(cards, junk)).toBe(0);
		expect(cardIndex([], '3')).toBe(0);
	});
});

describe('which events a phone lets pass without reloading', () => {
	const atTable = { groupKey: 'g1', plenary: false };

	it('ignores another table’s sheet and scores outside the plenary, and reloads for its own', () => {
		expect(phoneIgnores('sheet', { groupKey: 'g2', categoryKey: 'beleid', version: 3 }, atTable)).toBe(true);
		expect(phoneIgnores('scores', { groupKey: 'g2' }, atTable)).toBe(true);
		expect(phoneIgnores('scores', { groupKey: null }, atTable)).toBe(true);
		expect(phoneIgnores('sheet', { groupKey: 'g1', categoryKey: 'beleid', version: 3 }, atTable)).toBe(false);
		expect(phoneIgnores('scores', { groupKey: 'g1' }, atTable)).toBe(false);
	});

	it('reloads for every table in the plenary, where the phone shows them all', () => {
		expect(phoneIgnores('sheet', { groupKey: 'g2' }, { groupKey: 'g1', plenary: true })).toBe(false);
		expect(phoneIgnores('scores', { groupKey: 'g2' }, { groupKey: 'g1', plenary: true })).toBe(false);
	});

	it('reloads for every other kind of event, and for an event that names no table', () => {
		for (const type of ['state', 'participants', 'plan', 'reflections', 'settings']) expect(phoneIgnores(type, { groupKey: 'g2' }, atTable)).toBe(false);
		expect(phoneIgnores('sheet', {}, atTable)).toBe(false);
		expect(phoneIgnores('sheet', null, atTable)).toBe(false);
	});
});
