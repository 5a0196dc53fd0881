import { describe, expect, it } from 'vitest';
import { INSTRUMENT_KEYS, ROOM_INSTRUMENT_KEY, TOOL_RUBRIC_KEY, latestInstrument } from './index';
import { criteriaView } from './criteria';
import { factorsOf } from './schema';

describe('the public view of an instrument’s criteria', () => {
	it('shows every criterion in instrument order with its three level descriptors, in the reader’s language', () => {
		const rubric = latestInstrument(TOOL_RUBRIC_KEY)!;
		const view = criteriaView(rubric, 'en');
		expect(view.categories.flatMap((c) => c.criteria.map((criterion) => criterion.key))).toEqual(factorsOf(rubric).map(({ factor }) => factor.key));
		const first = factorsOf(rubric)[0]!.factor;
		expect(view.categories[0]!.criteria[0]!.levels).toEqual([0, 1, 2].map((i) => ({ short: rubric.phases[i]!.short.en, name: rubric.phases[i]!.name.en, text: first.descriptors[i]!.en })));
		expect(view.title).toBe(rubric.title.en);
	});

	it('keeps every note, which for a rubric name its sources', () => {
		for (const key of INSTRUMENT_KEYS) {
			const instrument = latestInstrument(key)!;
			expect(criteriaView(instrument, 'nl').notes).toEqual(instrument.notes.map((note) => note.nl));
		}
		expect(criteriaView(latestInstrument(ROOM_INSTRUMENT_KEY)!, 'en').notes.join(' ')).toContain('Learning Space Rating System');
	});
});
