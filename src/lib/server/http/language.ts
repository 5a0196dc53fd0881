/**
 * Which language a request is answered in: the user's choice (a cookie), else Dutch. The
 * browser's Accept-Language is ignored on purpose: many Dutch staff run English browsers, and the
 * toolkit is Dutch first; one click on any page switches.
 */
import type { Cookies } from '@sveltejs/kit';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '$lib/i18n';

export const LANGUAGE_COOKIE = 'bw_lang';

export function languageFromRequest(cookies: Pick<Cookies, 'get'>): Language {
	const chosen = cookies.get(LANGUAGE_COOKIE);
	return isLanguage(chosen) ? chosen : DEFAULT_LANGUAGE;
}

export function setLanguage(cookies: Cookies, language: Language, secure: boolean): void {
	cookies.set(LANGUAGE_COOKIE, language, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 365 * 24 * 3600 });
}
