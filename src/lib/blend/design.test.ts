import { describe, expect, it } from 'vitest';
import {
	loadCheck,
	matchOutcomes,
	moveActivity,
	outcomeCoverage,
	placeActivity,
	plannedHours,
	programmeBlend,
	sharesBy,
	studyLoadHours,
	summariseBlend,
	weekTimeline,
	type Activity,
	type CourseDesign
} from './design';
import { DESIGN_TEMPLATES } from './data/templates';

const ENVIRONMENTS = ['online', 'campus', 'werkplek', 'samenleving'];

function activity(id: string, over: Partial<Activity> = {}): Activity {
	return {
		id,
		title: id,
		outcomeIds: [],
		environment: 'online',
		synchrony: 'async',
		grouping: 'individual',
		learningType: 'acquisition',
		weeks: [1],
		hours: 1,
		teacherRole: 'none',
		notes: '',
		...over
	};
}

function design(activities: Activity[], over: Partial<CourseDesign> = {}): CourseDesign {
	return { title: 'Cursus', period: '', studyLoad: { unit: 'ec', amount: 5 }, weeks: 8, outcomes: [], activities, ...over };
}

const example = DESIGN_TEMPLATES.find((t) => t.key === 'voorbeeld-onderzoek')!.design.nl;

describe('study hours', () => {
	it('counts an EC as 28 hours and hours as hours', () => {
		expect(studyLoadHours({ unit: 'ec', amount: 5 })).toBe(140);
		expect(studyLoadHours({ unit: 'ec', amount: 2.5 })).toBe(70);
		expect(studyLoadHours({ unit: 'hours', amount: 84 })).toBe(84);
	});

	it('adds up the hours of the example course of 12 activities to 136', () => {
		expect(example.activities).toHaveLength(12);
		expect(plannedHours(example.activities)).toBe(136);
	});

	it('says a plan within a tenth of the load fits it, and by how much one falls short or over', () => {
		expect(loadCheck(example)).toEqual({ planned: 136, load: 140, difference: -4, status: 'fits' });
		expect(loadCheck(design([activity('a', { hours: 100 })]))).toMatchObject({ difference: -40, status: 'under' });
		expect(loadCheck(design([activity('a', { hours: 154 })]))).toMatchObject({ status: 'fits' });
		expect(loadCheck(design([activity('a', { hours: 154.25 })]))).toMatchObject({ difference: 14.25, status: 'over' });
	});
});

describe('shares', () => {
	it('gives each environment its share of the study time, in the Bloem’s order, zero for unused ones', () => {
		const shares = sharesBy([activity('a', { hours: 3 }), activity('b', { hours: 1, environment: 'campus' })], (a) => a.environment, ENVIRONMENTS);
		expect(shares).toEqual([
			{ id: 'online', hours: 3, share: 0.75 },
			{ id: 'campus', hours: 1, share: 0.25 },
			{ id: 'werkplek', hours: 0, share: 0 },
			{ id: 'samenleving', hours: 0, share: 0 }
		]);
	});

	it('keeps the hours of an environment the admin has since removed, at the end', () => {
		const shares = sharesBy([activity('a', { environment: 'lab' })], (a) => a.environment, ['online']);
		expect(shares.map((s) => s.id)).toEqual(['online', 'lab']);
		expect(shares[1]?.share).toBe(1);
	});

	it('gives no share of an empty design rather than dividing by zero', () => {
		expect(sharesBy([], (a) => a.environment, ENVIRONMENTS).every((s) => s.share === 0)).toBe(true);
	});

	it('sums the example’s environments, learning types and synchrony to its planned hours', () => {
		const blend = summariseBlend(example, ENVIRONMENTS);
		const sum = (shares: { hours: number }[]) => shares.reduce((s, x) => s + x.hours, 0);
		expect(sum(blend.environments)).toBe(136);
		expect(sum(blend.learningTypes)).toBe(136);
		expect(sum(blend.synchrony)).toBe(136);
		expect(blend.environments.map((s) => [s.id, s.hours])).toEqual([
			['online', 81],
			['campus', 18],
			['werkplek', 21],
			['samenleving', 16]
		]);
		expect(blend.learningTypes.map((s) => s.id)).toEqual(['acquisition', 'inquiry', 'practice', 'discussion', 'collaboration', 'production']);
	});
});

describe('the week-by-week timeline', () => {
	it('spreads an activity’s hours evenly over its weeks', () => {
		const rows = weekTimeline(design([activity('a', { hours: 6, weeks: [1, 2, 3] }), activity('b', { hours: 2, weeks: [2], environment: 'campus' })], { weeks: 3 }), ENVIRONMENTS);
		expect(rows.map((r) => r.hours)).toEqual([2, 4, 2]);
		expect(rows[1]?.environments.slice(0, 2).map((s) => s.hours)).toEqual([2, 2]);
	});

	it('has a row for every week of the course, also the empty ones', () => {
		expect(weekTimeline(design([], { weeks: 4 }), ENVIRONMENTS).map((r) => r.week)).toEqual([1, 2, 3, 4]);
	});

	it('adds up to the planned hours when every activity falls within the course', () => {
		const total = weekTimeline(example, ENVIRONMENTS).reduce((s, r) => s + r.hours, 0);
		expect(total).toBeCloseTo(136, 10);
	});
});

describe('outcomes', () => {
	it('lists for each outcome the activities that serve it, and flags the one that none serves', () => {
		const d = design([activity('a', { outcomeIds: ['o1'], hours: 2 }), activity('b', { outcomeIds: ['o1', 'o2'], hours: 3 })], {
			outcomes: [
				{ id: 'o1', text: 'Een' },
				{ id: 'o2', text: 'Twee' },
				{ id: 'o3', text: 'Drie' }
			]
		});
		expect(outcomeCoverage(d).map((c) => [c.outcome.id, c.activityIds, c.hours])).toEqual([
			['o1', ['a', 'b'], 5],
			['o2', ['b'], 3],
			['o3', [], 0]
		]);
		const blend = summariseBlend(d, ENVIRONMENTS);
		expect(blend.uncoveredOutcomes.map((o) => o.id)).toEqual(['o3']);
	});

	it('names activities that serve no outcome, also when their outcome was deleted', () => {
		const d = design([activity('a', { outcomeIds: ['gone'] }), activity('b', { outcomeIds: ['o1'] })], { outcomes: [{ id: 'o1', text: 'Een' }] });
		expect(summariseBlend(d, ENVIRONMENTS).unlinkedActivities.map((a) => a.id)).toEqual(['a']);
	});

	it('names activities planned after the course’s last week', () => {
		const d = design([activity('a', { weeks: [7, 8] }), activity('b', { weeks: [2] })], { weeks: 7 });
		expect(summariseBlend(d, ENVIRONMENTS).activitiesOutsideWeeks.map((a) => a.id)).toEqual(['a']);
	});

	it('finds every outcome of the example served', () => {
		expect(summariseBlend(example, ENVIRONMENTS).uncoveredOutcomes).toEqual([]);
	});
});

describe('ordering activities', () => {
	const list = [activity('a'), activity('b'), activity('c')];
	const ids = (l: Activity[]) => l.map((a) => a.id).join('');

	it('moves an activity one place up or down, and not past either end', () => {
		expect(ids(moveActivity(list, 'b', -1))).toBe('bac');
		expect(ids(moveActivity(list, 'b', 1))).toBe('acb');
		expect(ids(moveActivity(list, 'a', -1))).toBe('abc');
		expect(ids(moveActivity(list, 'c', 1))).toBe('abc');
		expect(ids(moveActivity(list, 'x', 1))).toBe('abc');
	});

	it('places a dragged activity at the position it was dropped, clamped to the list', () => {
		expect(ids(placeActivity(list, 'a', 2))).toBe('bca');
		expect(ids(placeActivity(list, 'c', 0))).toBe('cab');
		expect(ids(placeActivity(list, 'c', -5))).toBe('cab');
		expect(ids(placeActivity(list, 'a', 99))).toBe('bca');
	});
});

describe('the programme view', () => {
	const course = (id: string, period: string, hours: number, environment: string) => ({
		id,
		design: design([activity(`${id}-1`, { hours, environment })], { title: id, period })
	});

	it('groups courses by period in natural order and totals each period by hours', () => {
		const { periods, whole } = programmeBlend(
			[course('C', 'Periode 10', 10, 'online'), course('A', 'Periode 2', 30, 'campus'), course('B', 'Periode 2', 10, 'online')],
			ENVIRONMENTS,
			'Opleiding'
		);
		expect(periods.map((p) => [p.period, p.courses.map((c) => c.title)])).toEqual([
			['Periode 2', ['A', 'B']],
			['Periode 10', ['C']]
		]);
		expect(periods[0]?.total.environments.slice(0, 2).map((s) => s.share)).toEqual([0.25, 0.75]);
		expect(whole.hours).toBe(50);
		expect(whole.environments[0]).toEqual({ id: 'online', hours: 20, share: 0.4 });
		expect(whole.courseId).toBeNull();
	});
});

describe('rewriting the outcomes', () => {
	const current = [
		{ id: 'o1', text: 'Een' },
		{ id: 'o2', text: 'Twee' },
		{ id: 'o3', text: 'Drie' }
	];
	let n = 0;
	const newId = () => `new${++n}`;

	it('keeps the ids of unchanged outcomes wherever they moved, and of one reworded in its place', () => {
		expect(matchOutcomes(current, ['Drie', 'Twee!', 'Een', 'Vier'], newId)).toEqual([
			{ id: 'o3', text: 'Drie' },
			{ id: 'o2', text: 'Twee!' },
			{ id: 'o1', text: 'Een' },
			{ id: 'new1', text: 'Vier' }
		]);
	});

	it('gives a new id to a text at the place of an outcome that still exists elsewhere', () => {
		expect(matchOutcomes(current, ['Nieuw', 'Een'], newId)).toEqual([
			{ id: 'new2', text: 'Nieuw' },
			{ id: 'o1', text: 'Een' }
		]);
	});
});
