import { describe, expect, it } from 'vitest';
import { hoursText, loadText, percentText } from './describe';

describe('the blend in words', () => {
	it('writes hours with the language’s decimal mark and plural', () => {
		expect(hoursText(2.5, 'nl')).toBe('2,5 uur');
		expect(hoursText(1, 'en')).toBe('1 hour');
		expect(hoursText(136, 'en')).toBe('136 hours');
	});

	it('says how the planned hours stand against the study load', () => {
		expect(loadText({ planned: 100, load: 140, difference: -40, status: 'under' }, 'nl')).toBe('Gepland: 100 uur, 40 uur minder dan de studielast van 140 uur.');
		expect(loadText({ planned: 136, load: 140, difference: -4, status: 'fits' }, 'en')).toBe('Planned: 136 hours, which fits the study load of 140 hours.');
		expect(loadText({ planned: 141, load: 112, difference: 29, status: 'over' }, 'en')).toBe('Planned: 141 hours, 29 hours more than the study load of 112 hours.');
	});

	it('rounds shares to whole percentages', () => {
		expect(percentText(0.286)).toBe('29%');
		expect(percentText(0)).toBe('0%');
	});
});
