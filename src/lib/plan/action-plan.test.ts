import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import {
	MIN_ACTION_POINTS_PER_CATEGORY,
	actionPointInputSchema,
	actionPointNudges,
	checkActionPoint,
	checkPriority,
	orderActionPoints,
	priorityInputSchema,
	type ActionPoint,
	type ActionPointInput,
	type ActionStatus
} from './action-plan';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';

// Pinned to version 1 so a new version of the instrument does not change what these tests mean.
const instrument = loadInstrument('zelfscan-blended-leren', 1)!;

function point(id: string, categoryKey: string, position: number, status: ActionStatus = 'open'): ActionPoint {
	return { id, categoryKey, text: `Actie ${id}`, factorKeys: [], owner: '', dueDate: null, status, successCriterion: '', position };
}

function input(overrides: Partial<ActionPointInput> = {}): ActionPointInput {
	return actionPointInputSchema.parse({ categoryKey: 'strategie', text: 'Beleid opstellen', ...overrides });
}

describe('actionPointInputSchema', () => {
	it('fills in the defaults for what a user leaves out', () => {
		expect(actionPointInputSchema.parse({ categoryKey: 'strategie', text: 'Beleid opstellen' })).toEqual({
			categoryKey: 'strategie',
			text: 'Beleid opstellen',
			factorKeys: [],
			owner: '',
			dueDate: null,
			status: 'open',
			successCriterion: ''
		});
	});

	it('trims the text and the owner', () => {
		const parsed = actionPointInputSchema.parse({ categoryKey: 'support', text: '  Training plannen \n', owner: ' Teamleider ' });
		expect(parsed.text).toBe('Training plannen');
		expect(parsed.owner).toBe('Teamleider');
	});

	it('rejects a text that is empty or only spaces', () => {
		expect(actionPointInputSchema.safeParse({ categoryKey: 'support', text: '' }).success).toBe(false);
		expect(actionPointInputSchema.safeParse({ categoryKey: 'support', text: ' \t\n ' }).success).toBe(false);
	});

	it('accepts a text of the maximum length and rejects a longer one', () => {
		expect(actionPointInputSchema.safeParse({ categoryKey: 'support', text: 'a'.repeat(MAX_TEXT_LENGTH) }).success).toBe(true);
		expect(actionPointInputSchema.safeParse({ categoryKey: 'support', text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }).success).toBe(
			false
		);
	});

	it('rejects unknown fields', () => {
		const result = actionPointInputSchema.safeParse({ categoryKey: 'support', text: 'x', id: 'forged', position: 1 });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
	});

	it('rejects dates that do not exist', () => {
		for (const dueDate of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-2-3', '26-02-03', '2026-02-03T00:00:00Z', 'morgen']) {
			expect(actionPointInputSchema.safeParse({ categoryKey: 'support', text: 'x', dueDate }).success, dueDate).toBe(false);
		}
	});

	it('accepts a real date, including a leap day', () => {
		expect(input({ dueDate: '2026-03-31' }).dueDate).toBe('2026-03-31');
		expect(input({ dueDate: '2028-02-29' }).dueDate).toBe('2028-02-29');
	});

	it('reads an empty date as no date', () => {
		expect(actionPointInputSchema.parse({ categoryKey: 'support', text: 'x', dueDate: '' }).dueDate).toBeNull();
		expect(actionPointInputSchema.parse({ categoryKey: 'support', text: 'x', dueDate: null }).dueDate).toBeNull();
	});

	it('accepts only the known statuses', () => {
		expect(input({ status: 'in_progress' }).status).toBe('in_progress');
		expect(actionPointInputSchema.safeParse({ categoryKey: 'support', text: 'x', status: 'closed' }).success).toBe(false);
	});
});

describe('priorityInputSchema', () => {
	it('trims the reason and rejects unknown fields', () => {
		expect(priorityInputSchema.parse({ categoryKey: 'strategie', factorKey: 'beleid', reason: ' Basis voor alles ' })).toEqual({
			categoryKey: 'strategie',
			factorKey: 'beleid',
			reason: 'Basis voor alles'
		});
		expect(priorityInputSchema.safeParse({ categoryKey: 'strategie', factorKey: 'beleid', extra: 1 }).success).toBe(false);
	});
});

describe('checkActionPoint', () => {
	it('accepts a point whose category and factors exist', () => {
		expect(checkActionPoint(instrument, input({ categoryKey: 'structuur', factorKeys: ['modellen', 'evaluatie'] }))).toBeNull();
	});

	it('accepts a point linked to a factor of another category', () => {
		expect(checkActionPoint(instrument, input({ categoryKey: 'strategie', factorKeys: ['professionalisering'] }))).toBeNull();
	});

	it('rejects an unknown category', () => {
		expect(checkActionPoint(instrument, input({ categoryKey: 'cultuur' }))).toBe('unknown_category');
	});

	it('rejects an unknown factor', () => {
		expect(checkActionPoint(instrument, input({ factorKeys: ['beleid', 'budget'] }))).toBe('unknown_factor');
	});
});

describe('checkPriority', () => {
	it('accepts a factor of its own category', () => {
		expect(checkPriority(instrument, { categoryKey: 'support', factorKey: 'stimuleringsstructuur' })).toBeNull();
	});

	it('rejects an unknown category', () => {
		expect(checkPriority(instrument, { categoryKey: 'cultuur', factorKey: 'beleid' })).toBe('unknown_category');
	});

	it('rejects an unknown factor', () => {
		expect(checkPriority(instrument, { categoryKey: 'strategie', factorKey: 'budget' })).toBe('unknown_factor');
	});

	it('rejects a factor of another category', () => {
		expect(checkPriority(instrument, { categoryKey: 'strategie', factorKey: 'modellen' })).toBe('factor_not_in_category');
	});
});

describe('actionPointNudges', () => {
	it('asks for three points in every category of an empty plan', () => {
		expect(MIN_ACTION_POINTS_PER_CATEGORY).toBe(3);
		expect(actionPointNudges(instrument, [])).toEqual([
			{ categoryKey: 'strategie', count: 0, missing: 3 },
			{ categoryKey: 'structuur', count: 0, missing: 3 },
			{ categoryKey: 'support', count: 0, missing: 3 }
		]);
	});

	it('counts open, running and done points but not dropped ones', () => {
		const points = [
			point('1', 'strategie', 1, 'open'),
			point('2', 'strategie', 2, 'in_progress'),
			point('3', 'strategie', 3, 'dropped'),
			point('4', 'support', 1, 'done')
		];
		expect(actionPointNudges(instrument, points)).toEqual([
			{ categoryKey: 'strategie', count: 2, missing: 1 },
			{ categoryKey: 'structuur', count: 0, missing: 3 },
			{ categoryKey: 'support', count: 1, missing: 2 }
		]);
	});

	it('never asks for a negative number of points', () => {
		const points = ['1', '2', '3', '4', '5'].map((id, i) => point(id, 'structuur', i));
		expect(actionPointNudges(instrument, points)[1]).toEqual({ categoryKey: 'structuur', count: 5, missing: 0 });
	});

	it('ignores points in categories the instrument does not have', () => {
		const nudges = actionPointNudges(instrument, [point('1', 'cultuur', 1)]);
		expect(nudges.map((n) => n.count)).toEqual([0, 0, 0]);
	});
});

describe('orderActionPoints', () => {
	it('orders by category in instrument order, then by position', () => {
		const points = [
			point('a', 'support', 1),
			point('b', 'strategie', 2),
			point('c', 'structuur', 1),
			point('d', 'strategie', 1)
		];
		expect(orderActionPoints(instrument, points).map((p) => p.id)).toEqual(['d', 'b', 'c', 'a']);
	});

	it('breaks a tie in position by id, so the order is the same everywhere', () => {
		const points = [point('z', 'strategie', 1), point('m', 'strategie', 1)];
		expect(orderActionPoints(instrument, points).map((p) => p.id)).toEqual(['m', 'z']);
	});

	it('puts points of unknown categories last', () => {
		const points = [point('x', 'cultuur', 1), point('y', 'support', 9)];
		expect(orderActionPoints(instrument, points).map((p) => p.id)).toEqual(['y', 'x']);
	});

	it('leaves the points it is given in their order', () => {
		const points = [point('a', 'support', 1), point('b', 'strategie', 1)];
		orderActionPoints(instrument, points);
		expect(points.map((p) => p.id)).toEqual(['a', 'b']);
	});
});
