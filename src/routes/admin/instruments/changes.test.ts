import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENT_KEY, TOOL_RUBRIC_KEY, defaultInstrument, latestInstrument } from '$lib/instrument';
import { addCategory, addQuestion, moveFactor, renameFactor } from '$lib/instrument/edit';
import { format, messages } from '$lib/i18n';
import { changeLines } from './changes';

const v1 = defaultInstrument();

describe('the change summary an admin reads', () => {
	it('names factors, categories and questions by their names, never by their keys', () => {
		const first = v1.categories[0]!.factors[0]!;
		let v2 = renameFactor(v1, first.key, { nl: 'Doelen van ons onderwijs', en: 'Aims of our education' });
		v2 = moveFactor(v2, first.key, 'down')!;
		v2 = addCategory(v2, { key: 'eigen-accent', name: { nl: 'Eigen accent', en: 'Own focus' } }, {
			key: 'regionale-rol',
			name: { nl: 'Regionale rol', en: 'Regional role' },
			descriptors: [{ nl: 'a', en: 'a' }, { nl: 'b', en: 'b' }, { nl: 'c', en: 'c' }]
		});
		v2 = addQuestion(v2, { key: 'wat-is-eigen', kind: 'text', text: { nl: 'Wat is eigen?', en: 'What is our own?' } });
		const t = messages('nl').instruments;
		const lines = changeLines(v1, v2, 'nl', DEFAULT_INSTRUMENT_KEY);
		expect(lines).toEqual([
			format(t.changeCategoryAdded, { name: 'Eigen accent' }),
			format(t.changeRenamed, { from: first.name.nl, to: 'Doelen van ons onderwijs' }),
			format(t.changeAdded, { name: 'Regionale rol', category: 'Eigen accent' }),
			format(t.changeReordered, { category: v1.categories[0]!.name.nl }),
			format(t.changeQuestionAdded, { text: 'Wat is eigen?', kind: t.questionKinds.text })
		]);
		for (const key of ['eigen-accent', 'regionale-rol', 'wat-is-eigen', first.key]) expect(lines.join('\n')).not.toContain(key);
		expect(changeLines(v1, v2, 'en', DEFAULT_INSTRUMENT_KEY)).toContain(format(messages('en').instruments.changeQuestionAdded, { text: 'What is our own?', kind: 'Free text' }));
	});

	it('speaks of criteria in a rubric, where the self-scan speaks of factors', () => {
		const rubric = latestInstrument(TOOL_RUBRIC_KEY)!;
		const first = rubric.categories[0]!.factors[0]!;
		const renamed = renameFactor(rubric, first.key, { nl: 'Sluit aan bij het leerdoel', en: 'Suits the learning goal' });
		expect(changeLines(rubric, renamed, 'nl', TOOL_RUBRIC_KEY)).toEqual([`Criterium “${first.name.nl}” heet nu “Sluit aan bij het leerdoel”.`]);
		expect(changeLines(rubric, renamed, 'en', TOOL_RUBRIC_KEY)).toEqual([`Criterion “${first.name.en}” is now called “Suits the learning goal”.`]);
	});
});
