/**
 * File names of exports: `<words>-<slug>-<date>.<extension>`, only safe ASCII, so a name can go in
 * a Content-Disposition header as it is. The words come from the dictionaries (`export.fileNames`).
 */

const MAX_SLUG_LENGTH = 60;

/** Latin letters that have no decomposition into a base letter plus accent. */
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ŀ: 'l', ı: 'i' };

/**
 * The plan title as a file-name part: ASCII letters and digits joined by single hyphens, accents
 * dropped ("Café Zażółć" → "cafe-zazolc"), at most 60 characters. Empty when nothing is left.
 */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/[łøđßæœþŀı]/g, (letter) => LETTERS[letter] ?? '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, MAX_SLUG_LENGTH)
		.replace(/^-+|-+$/g, '');
}

/** `words-slug-2025-01-31.pdf`, leaving out a part that is empty (no usable title, no date). */
export function downloadName(words: string, slug: string, generatedAt: string, extension: string): string {
	const date = /^\d{4}-\d{2}-\d{2}/.exec(generatedAt)?.[0];
	return [words, slug, date].filter(Boolean).join('-') + `.${extension}`;
}
