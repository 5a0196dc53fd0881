import { isLanguage, type Language } from '$lib/i18n';

/**
 * The language of the signed-in page (the root layout's `language`), else Dutch: the rating
 * components use it when the page passes none, so their contract needs no language prop.
 */
export function pageLanguage(data: Record<string, unknown>): Language {
	return isLanguage(data.language) ? data.language : 'nl';
}
