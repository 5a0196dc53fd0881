import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import {
	agreement,
	buildSurveyReport,
	compareFactors,
	emptyDistribution,
	formatFigure,
	formatShare,
	median,
	spread,
	suppressedCells,
	suppressedGroups,
	tQuantile975,
	surveyWindow,
	type AnswerCount,
	type CountedPhase,
	type Distribution,
	type RespondentCount,
	type SurveyRole
} from './survey-report';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const keys = factorsOf(instrument).map(({ factor }) => factor.key);
const [f1, f2] = [keys[0]!, keys[1]!];

const dist = (one: number, two: number, three: number, unknown = 0): Distribution => ({ 1: one, 2: two, 3: three, unknown });

/**
 * Hand-made respondents: each gives a current and desired phase for the first factor. Turned into
 * the counts the database would return, so the test goes through the same path as the report.
 */
interface Person {
	role: SurveyRole;
	unit: string | null;
	current: CountedPhase;
	desired: CountedPhase;
}

function countsOf(people: readonly Person[], factorKey = f1): { counts: AnswerCount[]; respondents: RespondentCount[] } {
	const counts = new Map<string, AnswerCount>();
	const respondents = new Map<string, RespondentCount>();
	for (const p of people) {
		const k = `${p.role}|${p.unit}|${p.current}|${p.desired}`;
		const c = counts.get(k) ?? { factorKey, role: p.role, unitId: p.unit, current: p.current, desired: p.desired, n: 0 };
		c.n++;
		counts.set(k, c);
		const rk = `${p.role}|${p.unit}`;
		const r = respondents.get(rk) ?? { role: p.role, unitId: p.unit, n: 0 };
		r.n++;
		respondents.set(rk, r);
	}
	return { counts: [...counts.values()], respondents: [...respondents.values()] };
}

const people = (n: number, p: Omit<Person, never>): Person[] => Array.from({ length: n }, () => ({ ...p }));

describe('median', () => {
	it('is the middle answer of an odd number of answers', () => {
		expect(median(dist(2, 1, 2))).toBe(2);
		expect(median(dist(3, 1, 1))).toBe(1);
		expect(median(dist(0, 0, 1))).toBe(3);
	});

	it('is the mean of the two middle answers of an even number, so it can fall between phases', () => {
		expect(median(dist(1, 1, 0))).toBe(1.5);
		expect(median(dist(2, 0, 2))).toBe(2);
		expect(median(dist(1, 2, 3))).toBe(2.5);
	});

	it('leaves "weet ik niet" out and is null without any phase', () => {
		expect(median(dist(1, 0, 0, 10))).toBe(1);
		expect(median(dist(0, 0, 0, 4))).toBeNull();
		expect(median(emptyDistribution())).toBeNull();
	});
});

describe('spread', () => {
	it('is zero when everyone gives the same phase', () => {
		expect(spread(dist(0, 7, 0))).toBe(0);
	});

	it('is the share of respondents who did not give the most common phase', () => {
		expect(spread(dist(6, 3, 1))).toBeCloseTo(0.4);
		expect(spread(dist(5, 0, 5))).toBeCloseTo(0.5);
		expect(spread(dist(2, 2, 2))).toBeCloseTo(2 / 3);
	});

	it('ignores "weet ik niet" and is null without any phase', () => {
		expect(spread(dist(4, 0, 0, 100))).toBe(0);
		expect(spread(dist(0, 0, 0, 3))).toBeNull();
	});
});

/**
 * The case from issue 11: 25 respondents about "Evaluatie". The medians are 2 now and 2 desired,
 * so the median GAP is 0 — while 12 want phase 3 and 8 say we are at phase 1.
 *   8 at phase 1: 5 want 3, 3 want 2     (+2 ×5, +1 ×3)
 *  10 at phase 2: 5 want 3, 5 want 2     (+1 ×5,  0 ×5)
 *   7 at phase 3: 2 want 3, 5 want 2     ( 0 ×2, −1 ×5)
 */
const evaluatie = [
	...people(5, { role: 'medewerker', unit: 'A', current: 1, desired: 3 }),
	...people(3, { role: 'bestuurder', unit: 'B', current: 1, desired: 2 }),
	...people(5, { role: 'medewerker', unit: 'B', current: 2, desired: 3 }),
	...people(5, { role: 'medewerker', unit: 'A', current: 2, desired: 2 }),
	...people(2, { role: 'bestuurder', unit: 'A', current: 3, desired: 3 }),
	...people(5, { role: 'medewerker', unit: 'B', current: 3, desired: 2 })
];

describe('the gap of each respondent, not of the medians', () => {
	const report = buildSurveyReport({ instrument, ...countsOf(evaluatie, 'evaluatie'), minGroupSize: 5, roles: ['bestuurder', 'medewerker'], unitIds: ['A', 'B'] });
	const stats = report.total.factors.find((f) => f.factorKey === 'evaluatie')!;

	it('shows "Evaluatie" with a median GAP of 0 although 12 want phase 3 and 8 are at phase 1', () => {
		expect(stats.current).toEqual(dist(8, 10, 7));
		expect(stats.desired).toEqual(dist(0, 13, 12));
		expect(stats.gap).toBe(0);
	});

	it('counts who want more than they have: 13 of 25, and 5 who want less', () => {
		expect([stats.wantsMore, stats.wantsLess, stats.paired]).toEqual([13, 5, 25]);
	});

	it('gives the mean of the respondents’ own gaps with a 95% t-interval', () => {
		// Differences: +2×5, +1×8, 0×7, −1×5 → mean 13/25; sum of squares 33.
		expect(stats.meanGap).toBeCloseTo(0.52, 10);
		const sd = Math.sqrt((33 - 25 * 0.52 ** 2) / 24);
		const half = (2.064 * sd) / 5;
		expect(stats.gapInterval![0]).toBeCloseTo(0.52 - half, 10);
		expect(stats.gapInterval![1]).toBeCloseTo(0.52 + half, 10);
		// The interval stays above 0: the group wants more, whatever the medians say.
		expect(stats.gapInterval![0]).toBeGreaterThan(0);
	});

	it('gives the means per side for the charts of groups side by side', () => {
		expect(stats.currentMean).toBeCloseTo((8 + 20 + 21) / 25, 10);
		expect(stats.desiredMean).toBeCloseTo((26 + 36) / 25, 10);
	});

	it('says how far respondents agree about where we stand, the ordinal way', () => {
		// F1 = 8/25, F2 = 18/25 → Leik's D = (0.32 + 0.28) × 2/2 = 0.6 → agreement 0.4.
		expect(stats.agreement).toBeCloseTo(0.4, 10);
		expect(stats.desiredAgreement).toBeCloseTo(1 - (0 + 12 / 25), 10);
	});

	it('leaves "weet ik niet" out of the pairs but counts it in the distribution', () => {
		const r = buildSurveyReport({
			instrument,
			...countsOf([...people(5, { role: 'medewerker', unit: null, current: 1, desired: 2 }), ...people(2, { role: 'medewerker', unit: null, current: 'unknown', desired: 3 })], 'evaluatie'),
			minGroupSize: 5,
			roles: ['medewerker'],
			unitIds: []
		});
		const f = r.total.factors.find((x) => x.factorKey === 'evaluatie')!;
		expect([f.paired, f.wantsMore, f.meanGap]).toEqual([5, 5, 1]);
		expect(f.desired).toEqual(dist(0, 5, 2));
		// Everyone gave the same difference: the interval is that one value.
		expect(f.gapInterval).toEqual([1, 1]);
	});

	it('gives no interval with fewer than two pairs, and nothing without answers', () => {
		const f2stats = report.total.factors.find((f) => f.factorKey === f2)!;
		expect([f2stats.paired, f2stats.meanGap, f2stats.gapInterval, f2stats.agreement]).toEqual([0, null, null, null]);
	});

	it('adds the pairs of a category up without an interval (one respondent answers several factors)', () => {
		const structuur = report.total.categories.find((c) => c.categoryKey === 'structuur')!;
		expect([structuur.paired, structuur.wantsMore, structuur.meanGap]).toEqual([25, 13, 0.52]);
		expect('gapInterval' in structuur).toBe(false);
	});
});

describe('agreement', () => {
	it('is 1 when everyone agrees, 0.5 for a split over neighbouring phases, 0 for a split over the extremes', () => {
		expect(agreement(dist(0, 9, 0))).toBe(1);
		expect(agreement(dist(5, 5, 0))).toBeCloseTo(0.5);
		expect(agreement(dist(5, 0, 5))).toBe(0);
		expect(agreement(dist(2, 2, 2))).toBeCloseTo(1 / 3);
	});
	it('ignores "weet ik niet" and is null without any phase', () => {
		expect(agreement(dist(0, 0, 3, 9))).toBe(1);
		expect(agreement(dist(0, 0, 0, 2))).toBeNull();
	});
});

describe('tQuantile975', () => {
	it('gives the table values and approaches 1.96 for many degrees of freedom', () => {
		expect(tQuantile975(1)).toBe(12.706);
		expect(tQuantile975(24)).toBe(2.064);
		expect(tQuantile975(60)).toBeCloseTo(2.0, 3);
		// Exact t(0.975, 50) = 2.0086; t(0.975, 999) = 1.9623.
		expect(tQuantile975(50)).toBeCloseTo(2.0086, 2);
		expect(tQuantile975(999)).toBeCloseTo(1.9623, 3);
	});
});

describe('suppressedGroups', () => {
	const sizes = (entries: Record<string, number>) => new Map(Object.entries(entries));

	it('hides nothing when every group reaches the minimum', () => {
		expect(suppressedGroups(sizes({ a: 5, b: 9, c: 12 }), 5)).toEqual(new Set());
	});

	it('hides a lone small group together with the next smallest, so it cannot be read off as total minus the rest', () => {
		expect(suppressedGroups(sizes({ a: 4, b: 9, c: 6, d: 30 }), 5)).toEqual(new Set(['a', 'c']));
	});

	it('keeps hiding until the hidden groups together reach the minimum', () => {
		// 1 + 2 = 3 respondents would still be derivable as a pair: add the next smallest (6).
		expect(suppressedGroups(sizes({ a: 1, b: 2, c: 6, d: 8 }), 5)).toEqual(new Set(['a', 'b', 'c']));
	});

	it('leaves empty groups out: they hide nothing and reveal nothing', () => {
		expect(suppressedGroups(sizes({ a: 0, b: 3, c: 7, d: 8 }), 5)).toEqual(new Set(['b', 'c']));
	});

	it('hides everything when all groups are small', () => {
		expect(suppressedGroups(sizes({ a: 2, b: 3 }), 5)).toEqual(new Set(['a', 'b']));
	});

	it('honours a survey’s own minimum', () => {
		expect(suppressedGroups(sizes({ a: 4, b: 9 }), 3)).toEqual(new Set());
		expect(suppressedGroups(sizes({ a: 4, b: 9, c: 10 }), 10)).toEqual(new Set(['a', 'b']));
	});
});

describe('suppressedCells', () => {
	const table = (rows: Record<string, Record<string, number>>) =>
		new Map(Object.entries(rows).flatMap(([role, units]) => Object.entries(units).map(([unit, n]) => [`${role}|${unit}`, { role, unit, n }] as const)));

	it('hides a small cell with another in its row and its column, so neither total gives it away', () => {
		const cells = table({ bestuurder: { A: 3, B: 6, C: 7 }, medewerker: { A: 9, B: 8, C: 12 } });
		// bestuurder × A (3) alone: its row hides B (6), then columns A and B each need a second cell.
		expect(suppressedCells(cells, 5, new Set(), new Set())).toEqual(new Set(['bestuurder|A', 'bestuurder|B', 'medewerker|B', 'medewerker|A']));
	});

	it('hides every cell of a hidden role or unit, and what that takes in the other lines', () => {
		const cells = table({ bestuurder: { A: 6, B: 7, C: 8 }, medewerker: { A: 9, B: 10, C: 11 } });
		const hidden = suppressedCells(cells, 5, new Set(), new Set(['C']));
		expect([...hidden].sort()).toEqual(['bestuurder|A', 'bestuurder|C', 'medewerker|A', 'medewerker|C']);
		// Every row and column holds no hidden cell or at least two.
		for (const line of ['bestuurder|', 'medewerker|']) expect([...hidden].filter((k) => k.startsWith(line)).length).not.toBe(1);
		for (const unit of ['A', 'B', 'C']) expect([...hidden].filter((k) => k.endsWith(`|${unit}`)).length).not.toBe(1);
	});

	it('hides nothing when every cell reaches the minimum', () => {
		expect(suppressedCells(table({ bestuurder: { A: 5, B: 6 }, student: { A: 7, B: 0 } }), 5, new Set(), new Set())).toEqual(new Set());
	});
});

describe('buildSurveyReport', () => {
	// 12 respondents: 5 bestuurders in unit A, 7 medewerkers (3 in A, 4 in B).
	const group = [
		...people(2, { role: 'bestuurder', unit: 'A', current: 1, desired: 3 }),
		...people(3, { role: 'bestuurder', unit: 'A', current: 2, desired: 3 }),
		...people(3, { role: 'medewerker', unit: 'A', current: 1, desired: 2 }),
		...people(3, { role: 'medewerker', unit: 'B', current: 3, desired: 3 }),
		...people(1, { role: 'medewerker', unit: 'B', current: 'unknown', desired: 2 })
	];
	const { counts, respondents } = countsOf(group);
	const report = buildSurveyReport({
		instrument,
		counts,
		respondents,
		minGroupSize: 5,
		roles: ['bestuurder', 'medewerker', 'student'],
		unitIds: ['A', 'B']
	});

	it('counts the distribution of current and desired phases over everyone', () => {
		const stats = report.total.factors.find((f) => f.factorKey === f1)!;
		expect(report.total.respondents).toBe(12);
		expect(stats.current).toEqual(dist(5, 3, 3, 1));
		expect(stats.desired).toEqual(dist(0, 4, 8, 0));
	});

	it('gives the median of current and desired, and the gap between them', () => {
		const stats = report.total.factors.find((f) => f.factorKey === f1)!;
		// current, 11 phases: 1 1 1 1 1 2 2 2 3 3 3 → 6th = 2; desired, 12: 2 2 2 2 3 … → (3+3)/2 = 3.
		expect(stats.currentMedian).toBe(2);
		expect(stats.desiredMedian).toBe(3);
		expect(stats.gap).toBe(1);
		expect(stats.spread).toBeCloseTo(6 / 11);
	});

	it('leaves factors nobody answered without median, gap or spread', () => {
		const stats = report.total.factors.find((f) => f.factorKey === f2)!;
		expect(stats.current).toEqual(emptyDistribution());
		expect([stats.currentMedian, stats.gap, stats.spread]).toEqual([null, null, null]);
	});

	it('adds up a category from its factors', () => {
		const category = report.total.categories.find((c) => c.categoryKey === instrument.categories[0]!.key)!;
		expect(category.current).toEqual(dist(5, 3, 3, 1));
		expect(category.currentMedian).toBe(2);
	});

	it('shows roles side by side, and an empty role as empty rather than hidden-by-size', () => {
		expect(report.byRole.map((g) => [g.key, g.respondents, g.suppressed])).toEqual([
			['bestuurder', 5, false],
			['medewerker', 7, false],
			['student', 0, true]
		]);
		const bestuur = report.byRole[0]!.factors.find((f) => f.factorKey === f1)!;
		expect(bestuur.currentMedian).toBe(2);
		expect(bestuur.current).toEqual(dist(2, 3, 0));
	});

	it('hides a unit of four and, because only two units exist, the other unit too', () => {
		expect(report.byUnit.map((g) => [g.key, g.respondents, g.suppressed])).toEqual([
			['A', 8, true],
			['B', 4, true]
		]);
		expect(report.byUnit.every((g) => g.factors.length === 0 && g.categories.length === 0)).toBe(true);
		expect(report.byUnit.map((g) => g.hiddenBecause)).toEqual(['complementary', 'belowMinimum']);
		expect(report.byRole.map((g) => g.hiddenBecause)).toEqual([null, null, 'empty']);
	});

	it('shows role × unit combinations only where no small one can be worked out', () => {
		const r = buildSurveyReport({
			instrument,
			...countsOf([
				...people(3, { role: 'bestuurder', unit: 'A', current: 1, desired: 3 }),
				...people(6, { role: 'bestuurder', unit: 'B', current: 2, desired: 3 }),
				...people(7, { role: 'bestuurder', unit: 'C', current: 2, desired: 2 }),
				...people(9, { role: 'medewerker', unit: 'A', current: 3, desired: 3 }),
				...people(8, { role: 'medewerker', unit: 'B', current: 1, desired: 2 }),
				...people(12, { role: 'medewerker', unit: 'C', current: 1, desired: 1 }),
				...people(2, { role: 'student', unit: 'C', current: 1, desired: 1 })
			]),
			minGroupSize: 5,
			roles: ['bestuurder', 'medewerker', 'student'],
			unitIds: ['A', 'B', 'C']
		});
		// Students (2) are hidden as a role, and with them the next smallest role, bestuurders (16).
		expect(r.byRole.map((g) => [g.key, g.hiddenBecause])).toEqual([
			['bestuurder', 'complementary'],
			['medewerker', null],
			['student', 'belowMinimum']
		]);
		expect(r.byUnit.every((g) => !g.suppressed)).toBe(true);
		// So every bestuurder and student cell is hidden. Columns A and B then hold one hidden cell
		// each, which the unit's total would give away, so the medewerkers there go too; column C
		// hides two (7 + 2), so medewerkers × C stay: C minus them is bestuurders and students mixed.
		expect(r.byRoleAndUnit.map((g) => [g.role, g.unitKey, g.respondents, g.hiddenBecause])).toEqual([
			['bestuurder', 'A', 3, 'belowMinimum'],
			['bestuurder', 'B', 6, 'complementary'],
			['bestuurder', 'C', 7, 'complementary'],
			['medewerker', 'A', 9, 'complementary'],
			['medewerker', 'B', 8, 'complementary'],
			['medewerker', 'C', 12, null],
			['student', 'C', 2, 'belowMinimum']
		]);
		// Without the students: only bestuurder × A (3) is small; its row and column each take one more.
		const r2 = buildSurveyReport({
			instrument,
			...countsOf([
				...people(3, { role: 'bestuurder', unit: 'A', current: 1, desired: 3 }),
				...people(6, { role: 'bestuurder', unit: 'B', current: 2, desired: 3 }),
				...people(7, { role: 'bestuurder', unit: 'C', current: 2, desired: 2 }),
				...people(9, { role: 'medewerker', unit: 'A', current: 3, desired: 3 }),
				...people(8, { role: 'medewerker', unit: 'B', current: 1, desired: 2 }),
				...people(12, { role: 'medewerker', unit: 'C', current: 1, desired: 1 })
			]),
			minGroupSize: 5,
			roles: ['bestuurder', 'medewerker'],
			unitIds: ['A', 'B', 'C']
		});
		expect(r2.byRoleAndUnit.filter((g) => !g.suppressed).map((g) => [g.role, g.unitKey])).toEqual([
			['bestuurder', 'C'],
			['medewerker', 'C']
		]);
		const shown = r2.byRoleAndUnit.find((g) => g.role === 'medewerker' && g.unitKey === 'C')!;
		expect(shown.factors.find((f) => f.factorKey === f1)!.current).toEqual(dist(12, 0, 0));
	});

	it('never reveals a small unit through the total minus the other units', () => {
		const three = [
			...people(4, { role: 'medewerker', unit: 'A', current: 1, desired: 2 }),
			...people(6, { role: 'medewerker', unit: 'B', current: 2, desired: 2 }),
			...people(7, { role: 'medewerker', unit: 'C', current: 3, desired: 3 }),
			...people(9, { role: 'medewerker', unit: 'D', current: 3, desired: 3 })
		];
		const r = buildSurveyReport({ instrument, ...countsOf(three), minGroupSize: 5, roles: ['medewerker'], unitIds: ['A', 'B', 'C', 'D'] });
		const shown = r.byUnit.filter((g) => !g.suppressed);
		expect(shown.map((g) => g.key)).toEqual(['C', 'D']);
		// Total minus the shown units is A and B together (10 respondents), never A alone.
		const shownCurrent = shown.reduce((sum, g) => sum + g.factors.find((f) => f.factorKey === f1)!.current[1], 0);
		expect(r.total.factors.find((f) => f.factorKey === f1)!.current[1] - shownCurrent).toBe(4);
		expect(r.total.respondents - shown.reduce((sum, g) => sum + g.respondents, 0)).toBe(10);
	});

	it('hides the whole report, breakdowns included, below the minimum number of respondents', () => {
		const few = people(4, { role: 'medewerker', unit: 'A', current: 1, desired: 2 });
		const r = buildSurveyReport({ instrument, ...countsOf(few), minGroupSize: 5, roles: ['medewerker'], unitIds: ['A'] });
		expect(r.total.suppressed).toBe(true);
		expect(r.total.factors).toEqual([]);
		expect(r.byRole.every((g) => g.suppressed)).toBe(true);
		expect(r.factorsBySpread).toEqual([]);
	});

	it('sorts the factors with the most disagreement first, instrument order on ties', () => {
		const two = [
			...people(5, { role: 'medewerker', unit: null, current: 2, desired: 3 }),
			...people(5, { role: 'medewerker', unit: null, current: 2, desired: 3 })
		];
		const agreeing = countsOf(two, f1);
		const split = countsOf(
			[...people(5, { role: 'medewerker', unit: null, current: 1, desired: 3 }), ...people(5, { role: 'medewerker', unit: null, current: 3, desired: 3 })],
			f2
		);
		const r = buildSurveyReport({
			instrument,
			counts: [...agreeing.counts, ...split.counts],
			respondents: agreeing.respondents,
			minGroupSize: 5,
			roles: ['medewerker'],
			unitIds: []
		});
		expect(r.factorsBySpread[0]!.factorKey).toBe(f2);
		expect(r.factorsBySpread[0]!.spread).toBeCloseTo(0.5);
		expect(r.factorsBySpread[1]!.factorKey).toBe(f1);
		expect(r.byUnit).toEqual([]);
	});

	it('compares with the previous survey by factor key', () => {
		const before = buildSurveyReport({
			instrument,
			...countsOf(people(6, { role: 'medewerker', unit: null, current: 1, desired: 3 })),
			minGroupSize: 5,
			roles: ['medewerker'],
			unitIds: []
		});
		const after = buildSurveyReport({
			instrument,
			...countsOf(people(6, { role: 'medewerker', unit: null, current: 2, desired: 3 })),
			minGroupSize: 5,
			roles: ['medewerker'],
			unitIds: [],
			previous: before
		});
		const change = after.change!.find((c) => c.factorKey === f1)!;
		expect(change).toEqual({
			factorKey: f1,
			currentChange: 1,
			desiredChange: 0,
			gapChange: -1,
			meanGapChange: -1,
			then: { currentMean: 1, desiredMean: 3, meanGap: 2, paired: 6, wantsMore: 6 }
		});
		expect(after.previousRespondents).toBe(6);
		expect(after.change!.find((c) => c.factorKey === f2)!.currentChange).toBeNull();
	});

	it('has no change when there is no previous survey or its total was hidden', () => {
		expect(report.change).toBeNull();
		const hidden = buildSurveyReport({ instrument, ...countsOf(people(2, { role: 'medewerker', unit: null, current: 1, desired: 3 })), minGroupSize: 5, roles: ['medewerker'], unitIds: [] });
		const r = buildSurveyReport({ instrument, counts, respondents, minGroupSize: 5, roles: ['medewerker'], unitIds: [], previous: hidden });
		expect(r.change).toBeNull();
	});
});

describe('compareFactors', () => {
	it('gives null for a factor that the earlier survey did not have', () => {
		expect(compareFactors(buildOne(f1).total.factors.slice(0, 1), [])).toEqual([
			{ factorKey: f1, currentChange: null, desiredChange: null, gapChange: null, meanGapChange: null, then: null }
		]);
	});
	function buildOne(key: string) {
		return buildSurveyReport({
			instrument,
			...countsOf(people(5, { role: 'student', unit: null, current: 2, desired: 2 }), key),
			minGroupSize: 5,
			roles: ['student'],
			unitIds: []
		});
	}
});

describe('formatting figures', () => {
	it('writes medians with a decimal comma in Dutch and a point in English', () => {
		expect(formatFigure(2.5, 'nl')).toBe('2,5');
		expect(formatFigure(2.5, 'en')).toBe('2.5');
		expect(formatFigure(null, 'en')).toBe('–');
	});
	it('signs changes and writes spreads as whole percentages', () => {
		expect(formatFigure(1, 'nl', true)).toBe('+1');
		expect(formatFigure(-0.5, 'nl', true)).toBe('−0,5');
		expect(formatFigure(0, 'nl', true)).toBe('0');
		expect(formatShare(6 / 11)).toBe('55%');
	});
});

describe('surveyWindow', () => {
	const survey = { opensAt: '2026-03-01T00:00:00.000Z', closesAt: '2026-03-15T00:00:00.000Z', closedAt: null };
	it('is not open before the opening and closed from the close date on', () => {
		expect(surveyWindow(survey, new Date('2026-02-28T23:59:59Z'))).toBe('not_open');
		expect(surveyWindow(survey, new Date('2026-03-01T00:00:00Z'))).toBe('open');
		expect(surveyWindow(survey, new Date('2026-03-15T00:00:00Z'))).toBe('closed');
	});
	it('is closed after an early close', () => {
		expect(surveyWindow({ ...survey, closedAt: '2026-03-05T12:00:00.000Z' }, new Date('2026-03-06T00:00:00Z'))).toBe('closed');
	});
});
