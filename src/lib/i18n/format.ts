import type { Language } from '$lib/i18n';

/** A date as people read it in the chosen language, e.g. "28 november 2026" / "28 November 2026". */
export function formatDate(iso: string, language: Language): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** A file size as people read it: "256 KB", "5 MB" (1 KB = 1024 bytes, as file managers count). */
export function formatBytes(bytes: number, language: Language): string {
	const number = (value: number) => new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
	if (bytes >= 1024 * 1024) return `${number(bytes / (1024 * 1024))} MB`;
	if (bytes >= 1024) return `${number(bytes / 1024)} KB`;
	return `${number(bytes)} bytes`;
}

/** A moment as people read it, date and time in the Netherlands: "7 december 2026 11:05" / "7 December 2026 11:05". */
export function formatDateTime(iso: string, language: Language): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(date);
}
