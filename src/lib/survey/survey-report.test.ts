import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import {
	buildSurveyReport,
	compareFactors,
	emptyDistribution,
	formatFigure,
	formatShare,
	median,
	spread,
	suppressedGroups,
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
		for (const side of ['current', 'desired'] as const) {
			const k = `${p.role}|${p.unit}|${side}|${p[side]}`;
			const c = counts.get(k) ?? { factorKey, role: p.role, unitId: p.unit, side, phase: p[side], n: 0 };
			c.n++;
			counts.set(k, c);
		}
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
		expect(change).toEqual({ factorKey: f1, currentChange: 1, desiredChange: 0, gapChange: -1 });
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
			{ factorKey: f1, currentChange: null, desiredChange: null, gapChange: null }
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
