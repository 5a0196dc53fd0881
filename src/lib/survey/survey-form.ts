/**
 * The respondent's form in pages: one page per category of the survey's instrument version (an
 * institution's own version may have other categories), then a review page from which the
 * answers are sent. Each page posts only its own questions and the server merges them into the
 * device's draft, so answers survive going back and forth, also without JavaScript (decision
 * record 0034). Plain TypeScript: the route reads the post and stores what this module returns.
 */
import type { Category, Instrument } from '$lib/instrument/schema';
import { factorName } from '$lib/instrument/names';
import { format, messages, type Language } from '$lib/i18n';
import { MAX_TEXT_LENGTH, type PhaseAnswer } from '$lib/scan/scan';
import { currentField, desiredField, neededField, parseAnswers, wholeForm, type AnswerScope, type FieldProblem, type ParsedAnswers, type SurveyDraft, type SurveyRules } from './survey';

/** The key of the last page, where the answers are checked and sent. No category can have it: the instrument schema's keys start with a letter. */
export const REVIEW_STEP = '_review';

export interface FormStep {
	key: string;
	/** The category the page asks about; null on the review page. */
	category: Category | null;
}

export function formSteps(instrument: Instrument): FormStep[] {
	return [...instrument.categories.map((category) => ({ key: category.key, category })), { key: REVIEW_STEP, category: null }];
}

export function isStepKey(instrument: Instrument, key: string): boolean {
	return formSteps(instrument).some((step) => step.key === key);
}

/** The page named in the address, with its place; an unknown or missing name is the first page. */
export function stepAt(instrument: Instrument, key: string | null): { step: FormStep; index: number; total: number } {
	const steps = formSteps(instrument);
	const index = Math.max(0, steps.findIndex((step) => step.key === key));
	return { step: steps[index]!, index, total: steps.length };
}

/** What a page asks: "about you" on the first page, then its category's factors; the review page asks nothing. */
export function stepScope(instrument: Instrument, key: string): AnswerScope {
	const { step, index } = stepAt(instrument, key);
	return { aboutYou: index === 0, factorKeys: step.category ? step.category.factors.map((f) => f.key) : [] };
}

/** The buttons of a page: to a neighbouring page, save and stay, or switch the language and stay. */
export const MOVES = ['next', 'back', 'save', 'lang-nl', 'lang-en'] as const;
export type Move = (typeof MOVES)[number];
export const isMove = (value: string): value is Move => (MOVES as readonly string[]).includes(value);

/** The page a move from `key` leads to. */
export function stepAfter(instrument: Instrument, key: string, move: Move): string {
	const steps = formSteps(instrument);
	const { index } = stepAt(instrument, key);
	if (move === 'next') return steps[Math.min(index + 1, steps.length - 1)]!.key;
	if (move === 'back') return steps[Math.max(index - 1, 0)]!.key;
	return steps[index]!.key;
}

/**
 * Merges one page's post into the draft. The page's questions are replaced by what was posted (an
 * unchecked radio posts nothing, so "no answer" is what the page says); the other pages' answers
 * stay as they were. `complete` (moving on with "next") also asks every question of the page.
 */
export function mergePage(draft: SurveyDraft, get: (name: string) => string, rules: SurveyRules, key: string, complete: boolean): ParsedAnswers {
	const scope = stepScope(rules.instrument, key);
	const parsed = parseAnswers(get, rules, complete, scope);
	const kept = Object.fromEntries(Object.entries(draft.answers).filter(([factorKey]) => !scope.factorKeys.includes(factorKey)));
	return {
		draft: {
			role: scope.aboutYou ? parsed.draft.role : draft.role,
			unitId: scope.aboutYou ? parsed.draft.unitId : draft.unitId,
			answers: { ...kept, ...parsed.draft.answers }
		},
		problems: parsed.problems
	};
}

const phaseText = (value: PhaseAnswer | undefined): string => (value === null || value === undefined ? '' : String(value));

/** The draft as the form's fields, so a stored draft is checked by the same rules as a post. */
export function draftForm(draft: SurveyDraft): (name: string) => string {
	const fields: Record<string, string> = { role: draft.role ?? '', unit: draft.unitId ?? '' };
	for (const [factorKey, answer] of Object.entries(draft.answers)) {
		fields[currentField(factorKey)] = phaseText(answer.current);
		fields[desiredField(factorKey)] = phaseText(answer.desired);
		fields[neededField(factorKey)] = answer.needed;
	}
	return (name) => fields[name] ?? '';
}

/** What still stops the draft from being sent, in form order: for the whole form, or for one page's part. */
export function draftProblems(draft: SurveyDraft, rules: SurveyRules, scope: AnswerScope = wholeForm(rules.instrument)): Record<string, FieldProblem> {
	return parseAnswers(draftForm(draft), rules, true, scope).problems;
}

/** The pages (review excluded) whose every question is answered in the draft. */
export function completeSteps(draft: SurveyDraft, rules: SurveyRules): string[] {
	return rules.instrument.categories.map((c) => c.key).filter((key) => Object.keys(draftProblems(draft, rules, stepScope(rules.instrument, key))).length === 0);
}

/** The factor a field belongs to, or null for "about you" (role, unit). */
export function factorOfField(field: string): string | null {
	const dot = field.indexOf('.');
	return dot < 0 ? null : field.slice(dot + 1);
}

/**
 * The id of the element a field's error links to on its page: the select, the textarea, or the
 * first radio button of a group (as GOV.UK's error summary does).
 */
export function questionId(field: string): string {
	const factorKey = factorOfField(field);
	if (factorKey === null) return `field-${field}`;
	return `factor-${factorKey}-${field.slice(0, field.indexOf('.'))}`;
}

/** The id of a field's row on the review page ("about you", or its factor). */
export function reviewRowId(field: string): string {
	const factorKey = factorOfField(field);
	return factorKey === null ? 'review-about' : `review-${factorKey}`;
}

/** The page a field is asked on. */
export function stepOfField(instrument: Instrument, field: string): string {
	const factorKey = factorOfField(field);
	const category = factorKey === null ? instrument.categories[0] : instrument.categories.find((c) => c.factors.some((f) => f.key === factorKey));
	return (category ?? instrument.categories[0]!).key;
}

/**
 * A problem as the respondent reads it, at the question and in the error summary alike: it names
 * the factor, so the summary's entry says on its own what to do.
 */
export function problemMessage(field: string, problem: FieldProblem, instrument: Instrument, language: Language): string {
	const m = messages(language).survey;
	const factorKey = factorOfField(field);
	if (factorKey === null) {
		if (field === 'role') return problem === 'missing' ? m.form.missingRole : m.errors.role;
		return problem === 'missing' ? m.form.missingUnit : m.errors.unit;
	}
	const factor = factorName(instrument, factorKey, language);
	if (problem === 'too_long') return format(m.form.tooLong, { factor, max: MAX_TEXT_LENGTH });
	if (problem === 'missing') return format(field === currentField(factorKey) ? m.form.missingCurrent : m.form.missingDesired, { factor });
	return format(m.form.invalidPhase, { factor });
}

/** Every problem as a message, keyed by field, in form order. */
export function problemMessages(problems: Record<string, FieldProblem>, instrument: Instrument, language: Language): Record<string, string> {
	return Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problemMessage(field, problem, instrument, language)]));
}

/**
 * The error summary's entries, in form order: one per problem, except that a factor with neither
 * phase answered is one entry ("choose where it is now and where it wants to go"), linking to its
 * first question — an empty page of five factors gives five entries, not ten.
 */
export function summaryEntries(problems: Record<string, FieldProblem>, instrument: Instrument, language: Language): { field: string; text: string }[] {
	const m = messages(language).survey.form;
	const entries: { field: string; text: string }[] = [];
	for (const [field, problem] of Object.entries(problems)) {
		const factorKey = factorOfField(field);
		if (factorKey !== null && problem === 'missing' && problems[currentField(factorKey)] === 'missing' && problems[desiredField(factorKey)] === 'missing') {
			if (field === currentField(factorKey)) entries.push({ field, text: format(m.missingBoth, { factor: factorName(instrument, factorKey, language) }) });
			continue;
		}
		entries.push({ field, text: problemMessage(field, problem, instrument, language) });
	}
	return entries;
}

