import { describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n';
import { reflectionEntries } from './reflections';

describe('reflectionEntries', () => {
	it('gives the answered step-5 questions, look back then look ahead, with part and question in the language asked', () => {
		const answers = [
			{ questionKey: 'actionPlan', text: ' Ja, de werkgroep ' },
			{ questionKey: 'experience', text: 'Intensief' },
			{ questionKey: 'insight', text: '   ' },
			{ questionKey: 'unknown', text: 'telt niet' }
		];
		for (const language of ['nl', 'en'] as const) {
			const m = messages(language).workshop;
			expect(reflectionEntries(answers, language)).toEqual([
				{ key: 'experience', part: m.lookBack.title, question: m.lookBack.questions.experience, answer: 'Intensief' },
				{ key: 'actionPlan', part: m.lookAhead.title, question: m.lookAhead.questions.actionPlan, answer: 'Ja, de werkgroep' }
			]);
		}
		expect(reflectionEntries([], 'nl')).toEqual([]);
	});
});
