/**
 * The example file the in-app format help shows: a small but complete and valid instrument made
 * from the shipped one (its first category with one factor) plus two own questions, so the
 * example can never drift from what an import accepts (a unit test reads it back). A rubric's
 * example has no questions: a rubric file with questions is refused.
 */
import type { Instrument } from './schema';

export function exampleInstrument(shipped: Instrument, withQuestions = true): Instrument {
	const category = shipped.categories[0]!;
	return {
		...structuredClone(shipped),
		version: shipped.version + 1,
		categories: [{ ...structuredClone(category), factors: [structuredClone(category.factors[0]!)] }],
		notes: [],
		questions: withQuestions
			? [
					{ key: 'wat-maakt-onze-aanpak-eigen', kind: 'text', text: { nl: 'Wat maakt onze aanpak eigen?', en: 'What makes our approach our own?' } },
					{ key: 'regionale-samenwerking', kind: 'phase', text: { nl: 'Regionale samenwerking', en: 'Regional cooperation' } }
				]
			: []
	};
}
