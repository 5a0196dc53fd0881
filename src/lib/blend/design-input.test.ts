import { describe, expect, it } from 'vitest';
import { checkActivity, checkDesign, readNumber, readWeeks, weeksText, type ActivityFields } from './design-input';

describe('reading what people type', () => {
	it('reads numbers with a comma or a point, and nothing else', () => {
		expect(readNumber('2,5')).toBe(2.5);
		expect(readNumber(' 12 ')).toBe(12);
		expect(readNumber('1.25')).toBe(1.25);
		for (const bad of ['', '-3', '1e3', 'twee', '1,2,3', 'Infinity']) expect(readNumber(bad)).toBeNull();
	});

	it('reads weeks as numbers and ranges, sorted and without repeats', () => {
		expect(readWeeks('1-3, 5')).toEqual([1, 2, 3, 5]);
		expect(readWeeks('5 3 3')).toEqual([3, 5]);
		expect(readWeeks('2–4')).toEqual([2, 3, 4]);
		for (const bad of ['', '0', '3-1', 'week 1', '1-', '123']) expect(readWeeks(bad)).toBeNull();
	});

	it('writes weeks back with ranges folded', () => {
		expect(weeksText([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
		expect(weeksText([4])).toBe('4');
	});
});

describe('the course details', () => {
	const fields = { title: ' Onderzoek ', period: 'Periode 2', studyLoadAmount: '5', studyLoadUnit: 'ec', weeks: '8', outcomes: ['Een', '  ', 'Twee'] };

	it('accepts a course and leaves empty outcome lines out', () => {
		expect(checkDesign(fields)).toEqual({
			ok: true,
			value: { title: 'Onderzoek', period: 'Periode 2', studyLoad: { unit: 'ec', amount: 5 }, weeks: 8, outcomes: ['Een', 'Twee'] }
		});
	});

	it('says per field what is wrong and accepts nothing', () => {
		const result = checkDesign({ title: ' ', period: 'x'.repeat(61), studyLoadAmount: '-3', studyLoadUnit: 'ec', weeks: '60', outcomes: ['x'.repeat(501)] });
		expect(result).toEqual({ ok: false, problems: { title: 'required', period: 'too_long', studyLoad: 'not_a_number', weeks: 'out_of_range', outcomes: 'too_long' } });
	});

	it('keeps a study load within a year: 60 EC or 1,680 hours', () => {
		expect(checkDesign({ ...fields, studyLoadAmount: '61' })).toMatchObject({ ok: false, problems: { studyLoad: 'out_of_range' } });
		expect(checkDesign({ ...fields, studyLoadAmount: '1680', studyLoadUnit: 'hours' }).ok).toBe(true);
		expect(checkDesign({ ...fields, studyLoadUnit: 'dagen' })).toMatchObject({ ok: false, problems: { studyLoad: 'unknown_choice' } });
	});
});

describe('an activity', () => {
	const course = { weeks: 8, outcomeIds: ['o1', 'o2'], environmentIds: ['online', 'campus', 'werkplek', 'samenleving'] };
	const fields: ActivityFields = {
		title: 'Hoorcollege',
		outcomeIds: ['o1', 'o1'],
		environment: 'campus',
		synchrony: 'sync',
		grouping: 'individual',
		learningType: 'acquisition',
		weeks: '1-2',
		hours: '1,3',
		teacherRole: 'leads',
		notes: ''
	};

	it('is read with its hours to the quarter hour and each outcome once', () => {
		const result = checkActivity(fields, course);
		expect(result).toEqual({
			ok: true,
			value: { title: 'Hoorcollege', outcomeIds: ['o1'], environment: 'campus', synchrony: 'sync', grouping: 'individual', learningType: 'acquisition', weeks: [1, 2], hours: 1.25, teacherRole: 'leads', notes: '' }
		});
	});

	it('refuses what the design does not know, field by field', () => {
		const result = checkActivity(
			{ ...fields, outcomeIds: ['o9'], environment: 'maan', synchrony: 'soms', grouping: '', learningType: 'lecturing', teacherRole: 'boss', weeks: '7-9', hours: '0,1' },
			course
		);
		expect(result).toEqual({
			ok: false,
			problems: {
				outcomeIds: 'unknown_outcome',
				environment: 'unknown_choice',
				synchrony: 'unknown_choice',
				grouping: 'required',
				learningType: 'unknown_choice',
				teacherRole: 'unknown_choice',
				weeks: 'weeks_outside_course',
				hours: 'out_of_range'
			}
		});
	});

	it('asks for a title, weeks and hours, and refuses notes that are too long', () => {
		const result = checkActivity({ ...fields, title: '', weeks: 'week 1', hours: 'veel', notes: 'x'.repeat(2001) }, course);
		expect(result).toEqual({ ok: false, problems: { title: 'required', weeks: 'weeks_format', hours: 'not_a_number', notes: 'too_long' } });
	});
});
