import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { categoryName, factorName } from './names';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const strategie = instrument.categories.find((c) => c.key === 'strategie')!;
const factor = strategie.factors[0]!;

describe('names by key', () => {
	it('gives a factor’s and a category’s name in the reader’s language', () => {
		expect(factorName(instrument, factor.key, 'nl')).toBe(factor.name.nl);
		expect(factorName(instrument, factor.key, 'en')).toBe(factor.name.en);
		expect(categoryName(instrument, 'strategie', 'en')).toBe(strategie.name.en);
	});

	it('shows a key the instrument does not have as the key itself', () => {
		expect(factorName(instrument, 'verdwenen-factor', 'nl')).toBe('verdwenen-factor');
		expect(categoryName(instrument, 'verdwenen-categorie', 'en')).toBe('verdwenen-categorie');
	});
});
