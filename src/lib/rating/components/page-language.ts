import { isLanguage, type Language } from '$lib/i18n';

/**
 * The language the rating components speak: the one a page passes, else the signed-in page's
 * (the root layout's `language`), else Dutch. So the components' contract needs no language prop.
 */
export function pageLanguage(given: Language | undefined, data: Record<string, unknown>): Language {
	return given ?? (isLanguage(data.language) ? data.language : 'nl');
}
