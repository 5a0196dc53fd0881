import type { Language } from '$lib/i18n';

/** A mean or median level (1–3) as the pages write it: one decimal, a decimal comma in Dutch. */
export function formatScore(value: number, language: Language): string {
	return value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
