import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import { currentField, desiredField, isSubmissionId, neededField, parseAnswers, parseSettings, parseTexts, respondentFormFields, submissionAnswers, textsIn } from './survey';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const keys = factorsOf(instrument).map(({ factor }) => factor.key);
const rules = { instrument, roles: ['bestuurder', 'medewerker'] as const, unitIds: ['u1', 'u2'] };

function form(fields: Record<string, string>) {
	return (name: string) => fields[name] ?? '';
}

function complete(extra: Record<string, string> = {}): Record<string, string> {
	const fields: Record<string, string> = { role: 'medewerker', unit: 'u1' };
	for (const key of keys) {
		fields[currentField(key)] = '2';
		fields[desiredField(key)] = 'unknown';
	}
	return { ...fields, ...extra };
}

describe('parseAnswers', () => {
	it('accepts a complete form with "weet ik niet" as an answer', () => {
		const { draft, problems } = parseAnswers(form(complete()), rules, true);
		expect(problems).toEqual({});
		expect(draft.role).toBe('medewerker');
		expect(draft.unitId).toBe('u1');
		expect(submissionAnswers(instrument, draft)[0]).toEqual({ factorKey: keys[0], current: 2, desired: 'unknown', needed: '' });
	});

	it('lets a draft be incomplete, but a submission not', () => {
		const partial = { role: '', unit: '', [currentField(keys[0]!)]: '3' };
		expect(parseAnswers(form(partial), rules, false).problems).toEqual({});
		const { problems } = parseAnswers(form(partial), rules, true);
		expect(problems.role).toBe('missing');
		expect(problems.unit).toBe('missing');
		expect(problems[desiredField(keys[0]!)]).toBe('missing');
		expect(problems[currentField(keys[0]!)]).toBeUndefined();
	});

	it('refuses a role the survey does not ask, an unknown unit, and a phase out of range, even in a draft', () => {
		const { problems } = parseAnswers(form(complete({ role: 'student', unit: 'u9', [currentField(keys[1]!)]: '4' })), rules, false);
		expect(problems).toEqual({ role: 'role', unit: 'unit', [currentField(keys[1]!)]: 'phase' });
	});

	it('refuses a unit when the survey does not ask for one', () => {
		expect(parseAnswers(form(complete()), { ...rules, unitIds: null }, true).problems).toEqual({ unit: 'unit' });
		expect(parseAnswers(form(complete({ unit: '' })), { ...rules, unitIds: null }, true).problems).toEqual({});
	});

	it('refuses a "wat is nodig" text over the limit and trims the rest', () => {
		const { draft, problems } = parseAnswers(form(complete({ [neededField(keys[2]!)]: 'x'.repeat(4001), [neededField(keys[3]!)]: '  meer tijd  ' })), rules, true);
		expect(problems).toEqual({ [neededField(keys[2]!)]: 'too_long' });
		expect(draft.answers[keys[3]!]!.needed).toBe('meer tijd');
	});

	it('names three fields per factor for the form reader', () => {
		expect(respondentFormFields(instrument)).toHaveLength(keys.length * 3);
	});
});

describe('isSubmissionId', () => {
	it('takes a lower-case UUID only', () => {
		expect(isSubmissionId('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
		expect(isSubmissionId('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(false);
		expect(isSubmissionId('1')).toBe(false);
	});
});

describe('parseSettings', () => {
	const ok = { title: ' Brede scan ', titleEn: '', opensAt: '2026-03-01', closesAt: '2026-03-14', roles: ['medewerker', 'bestuurder'], askUnit: true, minGroupSize: '5', message: '', messageEn: '' };

	it('opens at the start of the first day and closes at the end of the last, roles in fixed order', () => {
		const result = parseSettings(ok);
		expect(result).toEqual({
			ok: true,
			value: { title: 'Brede scan', titleEn: '', opensAt: '2026-03-01T00:00:00.000Z', closesAt: '2026-03-15T00:00:00.000Z', roles: ['bestuurder', 'medewerker'], askUnit: true, minGroupSize: 5, message: '', messageEn: '' }
		});
	});

	it('refuses a close before the opening, an impossible date, no or unknown roles, and a minimum outside 2–100', () => {
		expect(parseSettings({ ...ok, closesAt: '2026-02-28' })).toEqual({ ok: false, problems: { closesAt: 'order' } });
		expect(parseSettings({ ...ok, opensAt: '2026-02-30' })).toEqual({ ok: false, problems: { opensAt: 'opens' } });
		expect(parseSettings({ ...ok, roles: [] })).toEqual({ ok: false, problems: { roles: 'roles' } });
		expect(parseSettings({ ...ok, roles: ['medewerker', 'rector'] })).toEqual({ ok: false, problems: { roles: 'roles' } });
		expect(parseSettings({ ...ok, minGroupSize: '1' })).toEqual({ ok: false, problems: { minGroupSize: 'min_group' } });
		expect(parseSettings({ ...ok, minGroupSize: '101' })).toEqual({ ok: false, problems: { minGroupSize: 'min_group' } });
		expect(parseSettings({ ...ok, closesAt: '2027-03-14' })).toEqual({ ok: false, problems: { closesAt: 'too_long_open' } });
		expect(parseSettings({ ...ok, title: '' })).toEqual({ ok: false, problems: { title: 'title' } });
		expect(parseSettings({ ...ok, titleEn: 'x'.repeat(201), messageEn: 'y'.repeat(2001) })).toEqual({ ok: false, problems: { titleEn: 'title_long', messageEn: 'message_long' } });
	});
});

describe('the survey’s texts in Dutch and English', () => {
	const texts = { title: ' Brede scan ', titleEn: ' Wide scan ', message: 'Doe mee', messageEn: '' };

	it('trims both languages and asks only the Dutch title', () => {
		expect(parseTexts(texts)).toEqual({ value: { title: 'Brede scan', titleEn: 'Wide scan', message: 'Doe mee', messageEn: '' }, problems: {} });
		expect(parseTexts({ ...texts, title: ' ' }).problems).toEqual({ title: 'title' });
		expect(parseTexts({ ...texts, title: '', titleEn: 'Only English' }).problems).toEqual({ title: 'title' });
	});

	it('gives a respondent their language, and the Dutch text where no English one was written', () => {
		const value = parseTexts(texts).value;
		expect(textsIn(value, 'nl')).toEqual({ title: 'Brede scan', message: 'Doe mee' });
		expect(textsIn(value, 'en')).toEqual({ title: 'Wide scan', message: 'Doe mee' });
		expect(textsIn({ ...value, titleEn: '' }, 'en').title).toBe('Brede scan');
	});
});
