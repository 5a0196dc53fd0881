/**
 * Step 5 ("En nu?") as a part of the workshop's plan document: the room's answers to the
 * look-back questions, then the look-ahead questions, in agenda order, each with its part and
 * question as text in the document's language. Questions nobody answered are left out, as on
 * the read-only link.
 *
 * @example
 * reflectionEntries([{ questionKey: 'howForward', text: 'Werkgroep' }], 'nl');
 * // [{ key: 'howForward', part: 'Vooruitblik', question: 'Hoe gaan we hier nu mee verder?', answer: 'Werkgroep' }]
 */
import { messages, type Language } from '$lib/i18n';
import type { PlanDocumentReflection } from '$lib/plan/plan-document';
import { LOOK_AHEAD_QUESTION_KEYS, LOOK_BACK_QUESTION_KEYS } from './workshop';

export function reflectionEntries(answers: readonly { questionKey: string; text: string }[], language: Language): PlanDocumentReflection[] {
	const m = messages(language).workshop;
	const answer = (key: string) => answers.find((a) => a.questionKey === key)?.text.trim() ?? '';
	const part = (title: string, questions: Readonly<Record<string, string>>, keys: readonly string[]) =>
		keys.filter((key) => answer(key) !== '').map((key) => ({ key, part: title, question: questions[key]!, answer: answer(key) }));
	return [
		...part(m.lookBack.title, m.lookBack.questions, LOOK_BACK_QUESTION_KEYS),
		...part(m.lookAhead.title, m.lookAhead.questions, LOOK_AHEAD_QUESTION_KEYS)
	];
}
