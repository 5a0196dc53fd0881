import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadInstrument } from '$lib/instrument';
import {
	assignBalanced,
	assignLateJoiner,
	checkGroups,
	defaultGroups,
	groupSizes,
	groupsFor,
	groupsForCategory,
	mapCategories,
	seatedAtRemovedTables,
	move,
	type Assignments,
	type TableGroup
} from './table-groups';

// Pinned to version 1 so a new version of the instrument does not change what these tests mean.
const instrument = loadInstrument('zelfscan-blended-leren', 1)!;

/** A small seeded generator (mulberry32), so every run distributes the same way. */
function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function people(n: number): string[] {
	return Array.from({ length: n }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);
}

function sizesOf(assignments: Assignments, groups: readonly TableGroup[]): number[] {
	return [...groupSizes(assignments, groups).values()];
}

function honoured(assignments: Assignments, preferences: ReadonlyMap<string, string>): number {
	return [...preferences].filter(([person, key]) => assignments.get(person) === key).length;
}

/**
 * The most preferences any balanced split can honour, by trying every choice of which groups get
 * the extra seats of an uneven split.
 */
function bestPossible(n: number, groups: readonly TableGroup[], preferences: ReadonlyMap<string, string>): number {
	const g = groups.length;
	const base = Math.floor(n / g);
	const extra = n % g;
	const demand = groups.map((group) => [...preferences.values()].filter((key) => key === group.key).length);
	let best = 0;
	for (let mask = 0; mask < 1 << g; mask++) {
		let bits = 0;
		for (let i = 0; i < g; i++) if (mask & (1 << i)) bits++;
		if (bits !== extra) continue;
		const total = demand.reduce((sum, d, i) => sum + Math.min(d, base + (mask & (1 << i) ? 1 : 0)), 0);
		best = Math.max(best, total);
	}
	return best;
}

const groups = defaultGroups(instrument);
const [strategie, structuur, support] = groups.map((group) => group.key) as [string, string, string];

describe('the groups', () => {
	it('are three by default, one per category, in instrument order', () => {
		expect(groups).toEqual([
			{ key: 'table-1', number: 1, categoryKeys: ['strategie'] },
			{ key: 'table-2', number: 2, categoryKeys: ['structuur'] },
			{ key: 'table-3', number: 3, categoryKeys: ['support'] }
		]);
		expect(checkGroups(groups, instrument)).toEqual([]);
	});

	it('share the categories out when there are fewer groups than categories', () => {
		expect(groupsFor(instrument, 2).map((g) => g.categoryKeys)).toEqual([['strategie', 'support'], ['structuur']]);
		expect(groupsFor(instrument, 1).map((g) => g.categoryKeys)).toEqual([['strategie', 'structuur', 'support']]);
	});

	it('give a category to several groups when there are more groups than categories', () => {
		const six = groupsFor(instrument, 6);
		expect(six.map((g) => g.categoryKeys[0])).toEqual(['strategie', 'structuur', 'support', 'strategie', 'structuur', 'support']);
		expect(groupsForCategory(six, 'support').map((g) => g.key)).toEqual(['table-3', 'table-6']);
		expect(checkGroups(six, instrument)).toEqual([]);
	});

	it('refuse a number of groups outside 1 to 12', () => {
		for (const bad of [0, 13, 2.5, -1]) expect(() => groupsFor(instrument, bad), String(bad)).toThrow(RangeError);
	});

	it('can be remapped by the leader, and say when a category is left without a group', () => {
		const remapped = mapCategories(groups, 'table-3', ['strategie', 'strategie']);
		expect(remapped[2]?.categoryKeys).toEqual(['strategie']);
		expect(checkGroups(remapped, instrument)).toEqual([{ code: 'uncovered_category', categoryKey: 'support' }]);
	});

	it('report groups without a category, unknown categories and duplicate keys', () => {
		const broken: TableGroup[] = [
			{ key: 'table-1', number: 1, categoryKeys: ['strategie', 'structuur', 'support'] },
			{ key: 'table-1', number: 1, categoryKeys: [] },
			{ key: 'table-2', number: 2, categoryKeys: ['nonsense'] }
		];
		expect(checkGroups(broken, instrument)).toEqual([
			{ code: 'duplicate_group', groupKey: 'table-1' },
			{ code: 'no_category', groupKey: 'table-1' },
			{ code: 'unknown_category', groupKey: 'table-2', categoryKey: 'nonsense' }
		]);
		expect(checkGroups([], instrument)).toContainEqual({ code: 'count' });
	});
});

describe('assignBalanced with skewed preferences', () => {
	it('seats 6 people 2-2-2 when five want Strategie, honouring as many as fit', () => {
		const ids = people(6);
		const preferences = new Map([...ids.slice(0, 5).map((id) => [id, strategie] as const), [ids[5] as string, support]]);
		const assignments = assignBalanced(ids, groups, preferences, seeded(1));
		expect(sizesOf(assignments, groups)).toEqual([2, 2, 2]);
		expect(assignments.get(ids[5] as string)).toBe(support);
		expect(honoured(assignments, preferences)).toBe(3);
	});

	it('seats 9 people 3-3-3 when seven want Strategie and two have no preference', () => {
		const ids = people(9);
		const preferences = new Map(ids.slice(0, 7).map((id) => [id, strategie] as const));
		const assignments = assignBalanced(ids, groups, preferences, seeded(2));
		expect(sizesOf(assignments, groups)).toEqual([3, 3, 3]);
		expect(honoured(assignments, preferences)).toBe(3);
		expect(assignments.size).toBe(9);
	});

	it('seats 15 people 5-5-5 when ten want Structuur and four want Support', () => {
		const ids = people(15);
		const preferences = new Map([
			...ids.slice(0, 10).map((id) => [id, structuur] as const),
			...ids.slice(10, 14).map((id) => [id, support] as const)
		]);
		const assignments = assignBalanced(ids, groups, preferences, seeded(3));
		expect(sizesOf(assignments, groups)).toEqual([5, 5, 5]);
		for (const id of ids.slice(10, 14)) expect(assignments.get(id)).toBe(support);
		expect(honoured(assignments, preferences)).toBe(9);
	});

	it('gives the extra seat of an uneven split to the most wanted group', () => {
		const ids = people(7);
		const preferences = new Map(ids.slice(0, 5).map((id) => [id, support] as const));
		const assignments = assignBalanced(ids, groups, preferences, seeded(4));
		expect(groupSizes(assignments, groups).get(support)).toBe(3);
		expect(honoured(assignments, preferences)).toBe(3);
	});

	it('lets chance decide who of those wanting a full group gets in', () => {
		const ids = people(9);
		const preferences = new Map(ids.map((id) => [id, strategie] as const));
		const chosen = new Set<string>();
		for (let seed = 0; seed < 30; seed++) {
			const assignments = assignBalanced(ids, groups, preferences, seeded(seed));
			for (const [id, key] of assignments) if (key === strategie) chosen.add(id);
		}
		expect(chosen.size).toBe(9);
	});

	it('places people at random without preferences, the same way for the same random source', () => {
		const ids = people(12);
		const a = assignBalanced(ids, groups, new Map(), seeded(7));
		const b = assignBalanced(ids, groups, new Map(), seeded(7));
		const c = assignBalanced(ids, groups, new Map(), seeded(8));
		expect(sizesOf(a, groups)).toEqual([4, 4, 4]);
		expect([...a]).toEqual([...b]);
		expect([...a]).not.toEqual([...c]);
	});

	it('treats a preference for a group that does not exist as no preference', () => {
		const ids = people(3);
		const assignments = assignBalanced(ids, groups, new Map([['p01', 'table-9']]), seeded(5));
		expect(sizesOf(assignments, groups)).toEqual([1, 1, 1]);
	});

	it('keeps people at their table when the current seating is passed as preferences', () => {
		const ids = people(9);
		const first = assignBalanced(ids, groups, new Map(), seeded(6));
		const again = assignBalanced(ids, groups, first, seeded(99));
		expect([...again].sort()).toEqual([...first].sort());
	});

	it('seats nobody twice and everybody once, whatever the preferences (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 40 }),
				fc.integer({ min: 1, max: 6 }),
				fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), { maxLength: 40 }),
				fc.integer(),
				(n, g, prefs, seed) => {
					const tables = groupsFor(instrument, g);
					const ids = people(n);
					const preferences = new Map<string, string>();
					ids.forEach((id, i) => {
						const p = prefs[i];
						if (p !== undefined && p !== null) preferences.set(id, `table-${p + 1}`);
					});
					const assignments = assignBalanced(ids, tables, preferences, seeded(seed));
					expect([...assignments.keys()].sort()).toEqual(ids);
					const sizes = sizesOf(assignments, tables);
					expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
					expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
					const valid = new Map([...preferences].filter(([, key]) => tables.some((t) => t.key === key)));
					expect(honoured(assignments, valid)).toBe(bestPossible(n, tables, valid));
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('assignLateJoiner', () => {
	const seated: Assignments = new Map([
		['a', strategie],
		['b', strategie],
		['c', structuur],
		['d', structuur],
		['e', support]
	]);

	it('seats a latecomer at the smallest group, keeping sizes within one', () => {
		const next = assignLateJoiner(seated, groups, 'f', null, seeded(1));
		expect(next.get('f')).toBe(support);
		expect(sizesOf(next, groups)).toEqual([2, 2, 2]);
	});

	it('honours a preference when that group is among the smallest', () => {
		const even = assignLateJoiner(seated, groups, 'f', null, seeded(1));
		expect(assignLateJoiner(even, groups, 'g', structuur, seeded(1)).get('g')).toBe(structuur);
	});

	it('does not honour a preference that would make a group two larger', () => {
		expect(assignLateJoiner(seated, groups, 'f', strategie, seeded(1)).get('f')).toBe(support);
	});

	it('leaves someone who is already seated where they are', () => {
		expect(assignLateJoiner(seated, groups, 'a', support, seeded(1)).get('a')).toBe(strategie);
	});
});

describe('seatedAtRemovedTables', () => {
	it('unseats only the people at a table the new groups no longer have', () => {
		const two = groupsFor(instrument, 2);
		const seating = new Map([
			['ann', 'table-1'],
			['bob', 'table-3'],
			['cas', 'table-2'],
			['dee', 'table-4']
		]);
		expect(seatedAtRemovedTables(seating, two)).toEqual(['bob', 'dee']);
		expect(seatedAtRemovedTables(seating, groupsFor(instrument, 4))).toEqual([]);
	});
});

describe('move', () => {
	const seated: Assignments = new Map([
		['a', strategie],
		['b', structuur]
	]);

	it('moves someone to another group, even if that unbalances the groups', () => {
		const result = move(seated, groups, 'a', structuur);
		expect(result.ok && [...result.assignments]).toEqual([
			['a', structuur],
			['b', structuur]
		]);
		expect(seated.get('a')).toBe(strategie);
	});

	it('refuses unknown people and unknown groups', () => {
		expect(move(seated, groups, 'zz', structuur)).toEqual({ ok: false, problem: 'unknown_participant' });
		expect(move(seated, groups, 'a', 'table-9')).toEqual({ ok: false, problem: 'unknown_group' });
	});
});
