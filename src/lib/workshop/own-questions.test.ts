import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { format, messages } from '$lib/i18n';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';
import { ownQuestionsSummary, parseOwnAnswer, type OwnAnswer } from './own-questions';

const shipped = loadInstrument('zelfscan-blended-leren', 1)!;
const instrument = {
	...shipped,
	questions: [
		{ key: 'tevreden', kind: 'phase' as const, text: { nl: 'Hoe ver is het rooster?', en: 'How far is the timetable?' } },
		{ key: 'wens', kind: 'text' as const, text: { nl: 'Wat wil je nog kwijt?', en: 'Anything else?' } }
	]
};
const m = messages('nl');

describe('the institution’s own questions in the workshop', () => {
	it('reads a phase, “weet ik niet”, an empty answer and a text', () => {
		expect(parseOwnAnswer(instrument, 'tevreden', '2')).toEqual({ questionKey: 'tevreden', phase: 2, text: '' });
		expect(parseOwnAnswer(instrument, 'tevreden', 'unknown')).toEqual({ questionKey: 'tevreden', phase: 'unknown', text: '' });
		expect(parseOwnAnswer(instrument, 'tevreden', '')).toEqual({ questionKey: 'tevreden', phase: null, text: '' });
		expect(parseOwnAnswer(instrument, 'wens', '  Meer tijd  ')).toEqual({ questionKey: 'wens', phase: null, text: 'Meer tijd' });
	});

	it('refuses an unknown question, a phase that does not exist and a text that is too long', () => {
		expect(parseOwnAnswer(instrument, 'beleid', '2')).toEqual({ problem: 'unknown_question' });
		for (const bad of ['4', '0', 'x', '1.5']) expect(parseOwnAnswer(instrument, 'tevreden', bad)).toEqual({ problem: 'invalid_phase' });
		expect(parseOwnAnswer(instrument, 'wens', 'x'.repeat(MAX_TEXT_LENGTH + 1))).toEqual({ problem: 'too_long' });
	});

	it('sums up the room’s answers without names: phases most chosen first, every text on its own line', () => {
		const answers: OwnAnswer[] = [
			{ questionKey: 'tevreden', phase: 1, text: '' },
			{ questionKey: 'tevreden', phase: 2, text: '' },
			{ questionKey: 'tevreden', phase: 2, text: '' },
			{ questionKey: 'tevreden', phase: 'unknown', text: '' },
			{ questionKey: 'wens', phase: null, text: 'Meer tijd' },
			{ questionKey: 'wens', phase: null, text: '=SUM(A1)' },
			{ questionKey: 'wens', phase: null, text: '' }
		];
		const phase = (n: 1 | 2) => `${format(m.plan.phaseOption, { n })} · ${instrument.phases[n - 1]!.name.nl}`;
		expect(ownQuestionsSummary(instrument, answers, 'nl')).toEqual([
			{
				key: 'tevreden',
				question: 'Hoe ver is het rooster?',
				answer: [format(m.workshopPhone.summaryPhase, { count: 2, phase: phase(2) }), format(m.workshopPhone.summaryPhase, { count: 1, phase: phase(1) }), format(m.workshopPhone.summaryUnknown, { count: 1 })].join('\n')
			},
			{ key: 'wens', question: 'Wat wil je nog kwijt?', answer: '– Meer tijd\n– =SUM(A1)' }
		]);
	});

	it('says “not answered” for a question nobody answered, in the document’s language', () => {
		expect(ownQuestionsSummary(instrument, [], 'en').map((q) => [q.question, q.answer])).toEqual([
			['How far is the timetable?', messages('en').plan.notAnswered],
			['Anything else?', messages('en').plan.notAnswered]
		]);
	});
});
