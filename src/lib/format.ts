import type { Language } from '$lib/i18n';

/** A date as people read it in the chosen language, e.g. "28 november 2026" / "28 November 2026". */
export function formatDate(iso: string, language: Language): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}
