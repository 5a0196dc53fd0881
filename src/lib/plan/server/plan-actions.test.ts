import { describe, expect, it } from 'vitest';
import { mergeActionPoints, parseActionPoint } from './plan-actions';
import { loadInstrument } from '$lib/instrument';
import { MAX_SUCCESS_CRITERION_LENGTH } from '$lib/plan/action-plan';

const point = (over: Partial<Parameters<typeof mergeActionPoints>[0]>) => ({
	categoryKey: 'strategie',
	text: 'Eén',
	factorKeys: [] as string[],
	owner: '',
	dueDate: null as string | null,
	status: 'open' as const,
	successCriterion: '',
	...over
});

describe('merging two action points', () => {
	it('joins the texts on separate lines and combines the linked factors without repeats', () => {
		const merged = mergeActionPoints(point({ text: ' Beleid schrijven ', factorKeys: ['beleid'] }), point({ text: 'Visie delen', factorKeys: ['beleid', 'visie'] }));
		expect(merged.text).toBe('Beleid schrijven\nVisie delen');
		expect(merged.factorKeys).toEqual(['beleid', 'visie']);
	});

	it('keeps the first point’s owner, date and status, and takes the second’s only where the first has none', () => {
		expect(mergeActionPoints(point({ owner: 'Directie', dueDate: '2027-01-01', status: 'in_progress', successCriterion: '' }), point({ owner: 'Team', dueDate: '2027-06-01' }))).toMatchObject({
			owner: 'Directie',
			dueDate: '2027-01-01',
			status: 'in_progress'
		});
		expect(mergeActionPoints(point({}), point({ owner: 'Team', dueDate: '2027-06-01' }))).toMatchObject({ owner: 'Team', dueDate: '2027-06-01' });
	});

	it('keeps both success criteria, each on its own line, and no empty line for a point without one', () => {
		expect(mergeActionPoints(point({ successCriterion: ' Notitie vastgesteld ' }), point({ successCriterion: 'Visie gedeeld' })).successCriterion).toBe('Notitie vastgesteld\nVisie gedeeld');
		expect(mergeActionPoints(point({}), point({ successCriterion: 'Visie gedeeld' })).successCriterion).toBe('Visie gedeeld');
	});
});

describe('reading an action point from a form', () => {
	const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
	const form = (fields: Record<string, string>) => ({ one: (n: string) => fields[n] ?? '', many: () => [] });

	it('keeps the success criterion, trimmed', () => {
		const result = parseActionPoint(form({ category: 'strategie', text: 'Beleid schrijven', success: '  Notitie vastgesteld  ' }), instrument, 'nl');
		expect(result.ok && result.input.successCriterion).toBe('Notitie vastgesteld');
	});

	it('refuses a success criterion that is too long, saying so in the user’s language, and keeps what was typed', () => {
		const long = 'x'.repeat(MAX_SUCCESS_CRITERION_LENGTH + 1);
		const result = parseActionPoint(form({ category: 'strategie', text: 'Beleid schrijven', success: long }), instrument, 'en');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors).toEqual({ success: `This text is too long (at most ${MAX_SUCCESS_CRITERION_LENGTH} characters).` });
		expect(result.values.success).toBe(long);
	});
});
