/**
 * Factor and category names in the reader's language, found by key. A key the instrument does
 * not have (kept from an older version) is shown as the key itself rather than dropped.
 */
import { localise, type Language } from '$lib/i18n';
import { findCategory, findFactor, type Instrument } from './schema';

export function factorName(instrument: Instrument, key: string, language: Language): string {
	const ref = findFactor(instrument, key);
	return ref ? localise(ref.factor.name, language) : key;
}

export function categoryName(instrument: Instrument, key: string, language: Language): string {
	const category = findCategory(instrument, key);
	return category ? localise(category.name, language) : key;
}
