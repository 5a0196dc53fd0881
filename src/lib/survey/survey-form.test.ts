import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import type { Instrument } from '$lib/instrument/schema';
import { format, messages } from '$lib/i18n';
import { currentField, desiredField, neededField, type SurveyDraft } from './survey';
import {
	REVIEW_STEP,
	completeSteps,
	draftProblems,
	formSteps,
	isStepKey,
	mergePage,
	problemMessages,
	questionId,
	reviewRowId,
	stepAfter,
	stepAt,
	stepOfField,
	stepScope,
	summaryEntries
} from './survey-form';

const shipped = loadInstrument('zelfscan-blended-leren', 1)!;
const rules = { instrument: shipped, roles: ['bestuurder', 'medewerker'] as const, unitIds: ['u1', 'u2'] };
const [strategie, structuur, support] = shipped.categories;
const empty: SurveyDraft = { role: null, unitId: null, answers: {} };
const form = (fields: Record<string, string>) => (name: string) => fields[name] ?? '';

/** Every factor of a category answered with the same phases. */
function pageFields(keys: string[], current = '2', desired = '3', extra: Record<string, string> = {}): Record<string, string> {
	return { ...Object.fromEntries(keys.flatMap((k) => [[currentField(k), current], [desiredField(k), desired]])), ...extra };
}
const keysOf = (c: { factors: { key: string }[] } | undefined) => c!.factors.map((f) => f.key);

describe('the steps of the paged form', () => {
	it('has one page per category of the instrument version, in its order, and a review page last', () => {
		expect(formSteps(shipped).map((s) => s.key)).toEqual(['strategie', 'structuur', 'support', REVIEW_STEP]);
		expect(stepAt(shipped, 'structuur')).toMatchObject({ index: 1, total: 4 });
	});

	it('follows an institution’s own version with other categories', () => {
		const own: Instrument = { ...shipped, categories: [{ ...strategie!, key: 'visie' }, { ...support!, key: 'mensen' }] };
		expect(formSteps(own).map((s) => s.key)).toEqual(['visie', 'mensen', REVIEW_STEP]);
		expect(isStepKey(own, 'strategie')).toBe(false);
		expect(stepScope(own, 'mensen').factorKeys).toEqual(keysOf(support));
	});

	it('starts at the first page when the address names no page or an unknown one', () => {
		expect(stepAt(shipped, null).step.key).toBe('strategie');
		expect(stepAt(shipped, 'bestaat-niet').step.key).toBe('strategie');
	});

	it('asks "about you" on the first page only, and nothing on the review page', () => {
		expect(stepScope(shipped, 'strategie')).toEqual({ aboutYou: true, factorKeys: keysOf(strategie) });
		expect(stepScope(shipped, 'structuur')).toEqual({ aboutYou: false, factorKeys: keysOf(structuur) });
		expect(stepScope(shipped, REVIEW_STEP)).toEqual({ aboutYou: false, factorKeys: [] });
	});

	it('moves to the neighbouring page and stays for save and a language switch, never past either end', () => {
		expect(stepAfter(shipped, 'strategie', 'next')).toBe('structuur');
		expect(stepAfter(shipped, 'support', 'next')).toBe(REVIEW_STEP);
		expect(stepAfter(shipped, REVIEW_STEP, 'back')).toBe('support');
		expect(stepAfter(shipped, 'strategie', 'back')).toBe('strategie');
		expect(stepAfter(shipped, 'structuur', 'save')).toBe('structuur');
		expect(stepAfter(shipped, 'structuur', 'lang-en')).toBe('structuur');
	});
});

describe('mergePage', () => {
	it('keeps the answers of other pages when a page is posted, going forward and back', () => {
		const first = mergePage(empty, form(pageFields(keysOf(strategie), '1', '2', { role: 'medewerker', unit: 'u2' })), rules, 'strategie', true);
		expect(first.problems).toEqual({});
		const second = mergePage(first.draft, form(pageFields(keysOf(structuur), '3', 'unknown')), rules, 'structuur', true);
		expect(second.draft.role).toBe('medewerker');
		expect(second.draft.unitId).toBe('u2');
		expect(second.draft.answers[keysOf(strategie)[0]!]).toEqual({ current: 1, desired: 2, needed: '' });
		expect(second.draft.answers[keysOf(structuur)[0]!]).toEqual({ current: 3, desired: 'unknown', needed: '' });
		// Back to the first page and changed there: the second page's answers stay.
		const back = mergePage(second.draft, form(pageFields(keysOf(strategie), '2', '2', { role: 'bestuurder', unit: 'u1' })), rules, 'strategie', false);
		expect(back.draft.role).toBe('bestuurder');
		expect(back.draft.answers[keysOf(strategie)[0]!]!.current).toBe(2);
		expect(back.draft.answers[keysOf(structuur)[0]!]!.current).toBe(3);
	});

	it('takes an unchecked choice on the posted page as no answer, and ignores fields of other pages', () => {
		const draft = mergePage(empty, form(pageFields(keysOf(strategie))), rules, 'strategie', false).draft;
		const k = keysOf(strategie)[0]!;
		const other = keysOf(support)[0]!;
		const cleared = mergePage(draft, form({ ...pageFields(keysOf(strategie).slice(1)), [currentField(other)]: '1' }), rules, 'strategie', false);
		expect(cleared.draft.answers[k]).toBeUndefined();
		expect(cleared.draft.answers[other]).toBeUndefined();
	});

	it('asks every question of the page only when moving on, and names what is missing', () => {
		const k = keysOf(structuur)[1]!;
		const fields = pageFields(keysOf(structuur));
		delete fields[desiredField(k)];
		expect(mergePage(empty, form(fields), rules, 'structuur', false).problems).toEqual({});
		expect(mergePage(empty, form(fields), rules, 'structuur', true).problems).toEqual({ [desiredField(k)]: 'missing' });
		// The first page also asks the role and, when the survey asks for one, the unit.
		expect(mergePage(empty, form(pageFields(keysOf(strategie))), rules, 'strategie', true).problems).toEqual({ role: 'missing', unit: 'missing' });
	});

	it('refuses values no page offers, also when only saving', () => {
		const k = keysOf(support)[0]!;
		const { problems } = mergePage(empty, form({ [currentField(k)]: '4', [neededField(k)]: 'x'.repeat(4001) }), rules, 'support', false);
		expect(problems).toEqual({ [currentField(k)]: 'phase', [neededField(k)]: 'too_long' });
	});
});

describe('checking a draft before it is sent', () => {
	it('lists what is still missing across all pages, in form order, and which pages are complete', () => {
		let draft = mergePage(empty, form(pageFields(keysOf(strategie), '1', '1', { role: 'medewerker', unit: 'u1' })), rules, 'strategie', true).draft;
		draft = mergePage(draft, form(pageFields(keysOf(support))), rules, 'support', true).draft;
		expect(completeSteps(draft, rules)).toEqual(['strategie', 'support']);
		const problems = draftProblems(draft, rules);
		expect(Object.keys(problems)).toEqual(keysOf(structuur).flatMap((k) => [currentField(k), desiredField(k)]));
		draft = mergePage(draft, form(pageFields(keysOf(structuur), 'unknown', 'unknown')), rules, 'structuur', true).draft;
		expect(draftProblems(draft, rules)).toEqual({});
	});
});

describe('where a problem is shown', () => {
	it('links a problem to the first input of its question, or to its row on the review page, and knows its page', () => {
		const k = keysOf(structuur)[2]!;
		expect(questionId('role')).toBe('field-role');
		expect(questionId('unit')).toBe('field-unit');
		expect(questionId(currentField(k))).toBe(`factor-${k}-current`);
		expect(questionId(neededField(k))).toBe(`factor-${k}-needed`);
		expect(reviewRowId(desiredField(k))).toBe(`review-${k}`);
		expect(reviewRowId('unit')).toBe('review-about');
		expect(stepOfField(shipped, desiredField(k))).toBe('structuur');
		expect(stepOfField(shipped, 'role')).toBe('strategie');
	});

	it('names the factor in the message, in the respondent’s language', () => {
		const factor = structuur!.factors[0]!;
		const nl = problemMessages({ [currentField(factor.key)]: 'missing', role: 'missing' }, shipped, 'nl');
		expect(nl[currentField(factor.key)]).toBe(format(messages('nl').survey.form.missingCurrent, { factor: factor.name.nl }));
		expect(nl.role).toBe(messages('nl').survey.form.missingRole);
		const en = problemMessages({ [desiredField(factor.key)]: 'missing', [neededField(factor.key)]: 'too_long' }, shipped, 'en');
		expect(en[desiredField(factor.key)]).toBe(format(messages('en').survey.form.missingDesired, { factor: factor.name.en }));
		expect(en[neededField(factor.key)]).toContain(factor.name.en);
		expect(Object.keys(nl)).toEqual([currentField(factor.key), 'role']);
	});
});

describe('summaryEntries', () => {
	it('gives one entry for a factor with neither phase answered, linked to its first question, and one per other problem', () => {
		const [a, b] = keysOf(strategie);
		const problems = { role: 'missing', [currentField(a!)]: 'missing', [desiredField(a!)]: 'missing', [desiredField(b!)]: 'missing', [neededField(b!)]: 'too_long' } as const;
		const entries = summaryEntries(problems, shipped, 'nl');
		expect(entries.map((e) => e.field)).toEqual(['role', currentField(a!), desiredField(b!), neededField(b!)]);
		expect(entries[1]!.text).toBe(format(messages('nl').survey.form.missingBoth, { factor: strategie!.factors[0]!.name.nl }));
		expect(entries[2]!.text).toBe(format(messages('nl').survey.form.missingDesired, { factor: strategie!.factors[1]!.name.nl }));
	});
});
