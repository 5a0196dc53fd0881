import { describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n';
import { plural } from './plural';

const nl = messages('nl');
const en = messages('en');

describe('a text that depends on a number', () => {
	it('says "nog 1 actiepunt" for one and "nog 3 actiepunten" for more in Dutch', () => {
		expect(plural(nl.plan.actionsNudge, 1, 'nl', { category: 'Strategie' })).toBe('Strategie: nog 1 actiepunt om aan de drie te komen.');
		expect(plural(nl.plan.actionsNudge, 3, 'nl', { category: 'Strategie' })).toBe('Strategie: nog 3 actiepunten om aan de drie te komen.');
	});

	it('says "1 more action point" for one and "3 more action points" for more in English', () => {
		expect(plural(en.plan.actionsNudge, 1, 'en', { category: 'Strategy' })).toBe('Strategy: 1 more action point to reach three.');
		expect(plural(en.plan.actionsNudge, 3, 'en', { category: 'Strategy' })).toBe('Strategy: 3 more action points to reach three.');
	});

	it('uses the plural for zero, as Dutch and English do ("0 reacties", "0 responses")', () => {
		expect(plural(nl.survey.responsesCount, 0, 'nl')).toBe('0 reacties');
		expect(plural(en.survey.responsesCount, 0, 'en')).toBe('0 responses');
	});

	it('picks the form by the language’s own rules, not by a hand-written n === 1', () => {
		const text = { one: 'one {count}', other: 'other {count}' };
		expect([0, 1, 2, 21, 101].map((n) => plural(text, n, 'nl'))).toEqual(['other 0', 'one 1', 'other 2', 'other 21', 'other 101']);
		expect([0, 1, 2, 21, 101].map((n) => plural(text, n, 'en'))).toEqual(['other 0', 'one 1', 'other 2', 'other 21', 'other 101']);
	});

	it('fills the other placeholders and lets the number win over a value of the same name', () => {
		expect(plural({ one: '{who}: {count} punt', other: '{who}: {count} punten' }, 2, 'nl', { who: 'Tafel 1', count: 99 })).toBe('Tafel 1: 2 punten');
	});

	it('has no hand-made plural such as "actiepunt(en)" or "point(s)" left in any dictionary', () => {
		const texts: string[] = [];
		const walk = (value: unknown) => {
			if (typeof value === 'string') texts.push(value);
			else if (value && typeof value === 'object') Object.values(value).forEach(walk);
		};
		walk(nl.plan);
		walk(en.plan);
		walk(nl.removal);
		walk(en.removal);
		walk(nl.common);
		walk(en.common);
		walk(nl.workshopUi);
		walk(en.workshopUi);
		expect(texts.filter((t) => /\w\((en|s|n)\)/.test(t))).toEqual([]);
	});
});
