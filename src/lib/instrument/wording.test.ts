import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENT_KEY, INSTRUMENT_KEYS, ROOM_INSTRUMENT_KEY, TOOL_RUBRIC_KEY, latestInstrument } from './index';
import { instrumentWording } from './wording';
import { LANGUAGES, messages } from '$lib/i18n';

describe('the words of an instrument', () => {
	it('are the self-scan’s own for the self-scan: factors and phases, own questions', () => {
		expect(instrumentWording('nl', DEFAULT_INSTRUMENT_KEY)).toEqual(expect.objectContaining({ title: 'Eigen versie van de zelfscan', addFactor: 'Factor toevoegen' }));
		expect(instrumentWording('nl', DEFAULT_INSTRUMENT_KEY).criteria.levelsTitle).toBe('De drie fasen');
		expect(instrumentWording('en', DEFAULT_INSTRUMENT_KEY).fileFormat.title).toBe(messages('en').instruments.fileFormat.title);
	});

	it('speak of criteria and levels for a rubric, under the rubric’s own name', () => {
		const tools = instrumentWording('nl', TOOL_RUBRIC_KEY);
		expect([tools.title, tools.addFactor, tools.criteria.levelsTitle, tools.criteria.sourcesTitle]).toEqual([
			'Eigen versie van de rubriek voor digitale tools',
			'Criterium toevoegen',
			'De drie niveaus',
			'Bronnen'
		]);
		const rooms = instrumentWording('en', ROOM_INSTRUMENT_KEY);
		expect([rooms.title, rooms.fileFormat.title, rooms.changeRenamed]).toEqual([
			"Your institution's own scoring instrument for teaching rooms",
			'The file of a version of the scoring instrument for teaching rooms',
			'Criterion “{from}” is now called “{to}”.'
		]);
		// Laid over, not replaced: what a rubric words the same stays (a nested group keeps its other texts).
		expect(rooms.fileFormat.rules.texts).toBe(messages('en').instruments.fileFormat.rules.texts);
		expect(rooms.criteria.shipped).toBe(messages('en').instruments.criteria.shipped);
	});

	it('never speak of factors or phases in a rubric’s editor and file help', () => {
		for (const language of LANGUAGES) {
			for (const key of [TOOL_RUBRIC_KEY, ROOM_INSTRUMENT_KEY] as const) {
				const t = instrumentWording(language, key);
				const texts = [t.intro, t.factorName, t.dropFactor, t.dropCategory, t.structureIntro, t.addFactorTitle, t.addFactor, t.addCategoryIntro, t.firstFactorName, ...Object.values(t.fileFormat.fields), t.fileFormat.intro, t.fileFormat.rules.identity, t.fileFormat.rules.keys, t.fileFormat.exampleIntro];
				// The file's own field names (“(factors)”, “(phases)”) are what the file holds, so they stay.
				for (const text of texts) expect(text.replace(/\([a-z]+\)/g, ''), `${language} ${key}`).not.toMatch(/factor|fase|phase|scan/i);
			}
		}
	});

	it('name every instrument in both languages, and the instrument a file holds is the one its title says', () => {
		for (const key of INSTRUMENT_KEYS) {
			for (const language of LANGUAGES) expect(instrumentWording(language, key).title, `${language} ${key}`).not.toBe('');
			expect(latestInstrument(key)!.key).toBe(key);
		}
		expect(new Set(INSTRUMENT_KEYS.map((key) => instrumentWording('nl', key).title)).size).toBe(INSTRUMENT_KEYS.length);
	});
});
