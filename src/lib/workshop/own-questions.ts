/**
 * The institution's own questions (its version of the instrument, `instrument.questions`) in the
 * workshop. As with the own scores of step 3, everyone answers on their own phone; the result
 * takes them together without names: for a phase question how many chose each phase, for a text
 * question every answer. The plan document carries that summary, so the result page and every
 * export say the same.
 */
import type { Instrument, QuestionKind } from '$lib/instrument/schema';
import { MAX_TEXT_LENGTH, type PhaseAnswer } from '$lib/scan/scan';
import { format, localise, messages, type Language } from '$lib/i18n';

/** One participant's answer to one own question: a phase question has `phase`, a text question `text`. */
export interface OwnAnswer {
	questionKey: string;
	phase: PhaseAnswer;
	text: string;
}

export type OwnAnswerProblem = 'unknown_question' | 'invalid_phase' | 'too_long';

/**
 * Reads a posted answer to question `questionKey` (`raw`: the form's value; absent = left empty).
 * A phase question takes "1"–"3" or "unknown"; a text question any text up to the scan's limit.
 */
export function parseOwnAnswer(instrument: Pick<Instrument, 'questions'>, questionKey: string, raw: string | null): OwnAnswer | { problem: OwnAnswerProblem } {
	const question = instrument.questions.find((q) => q.key === questionKey);
	if (!question) return { problem: 'unknown_question' };
	const value = raw ?? '';
	if (question.kind === 'text') {
		return value.length > MAX_TEXT_LENGTH ? { problem: 'too_long' } : { questionKey, phase: null, text: value.trim() };
	}
	if (value === '') return { questionKey, phase: null, text: '' };
	if (value === 'unknown') return { questionKey, phase: 'unknown', text: '' };
	if (value === '1' || value === '2' || value === '3') return { questionKey, phase: Number(value) as 1 | 2 | 3, text: '' };
	return { problem: 'invalid_phase' };
}

/** Whether an answer says anything (an empty one is stored as "no answer"). */
export const isAnswered = (answer: Pick<OwnAnswer, 'phase' | 'text'>): boolean => answer.phase !== null || answer.text !== '';

/**
 * Every own question with the room's answers as one text, as the plan document holds it
 * (`ownQuestions`): "3 × Fase 2 · Adoptie" per phase chosen, most chosen first, or the text
 * answers one per line; "—" when nobody answered.
 */
export function ownQuestionsSummary(
	instrument: Pick<Instrument, 'questions' | 'phases'>,
	answers: readonly OwnAnswer[],
	language: Language
): { key: string; question: string; answer: string }[] {
	const m = messages(language);
	return instrument.questions.map((question) => {
		const given = answers.filter((a) => a.questionKey === question.key && isAnswered(a));
		return { key: question.key, question: localise(question.text, language), answer: given.length === 0 ? m.plan.notAnswered : summarise(question.kind, given, instrument, language) };
	});
}

function summarise(kind: QuestionKind, given: readonly OwnAnswer[], instrument: Pick<Instrument, 'phases'>, language: Language): string {
	const m = messages(language);
	const t = m.workshopPhone;
	if (kind === 'text') return given.map((a) => `– ${a.text}`).join('\n');
	const lines = ([1, 2, 3] as const)
		.map((phase) => ({ phase, count: given.filter((a) => a.phase === phase).length }))
		.filter((p) => p.count > 0)
		.sort((a, b) => b.count - a.count || a.phase - b.phase)
		.map(({ phase, count }) => format(t.summaryPhase, { count, phase: `${format(m.plan.phaseOption, { n: phase })} · ${localise(instrument.phases[phase - 1]!.name, language)}` }));
	const unknown = given.filter((a) => a.phase === 'unknown').length;
	if (unknown > 0) lines.push(format(t.summaryUnknown, { count: unknown }));
	return lines.join('\n');
}
