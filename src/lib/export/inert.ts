/**
 * Making user text inert in exported files. Everything participants and institutions write ends
 * up in spreadsheets and Word documents that other people open; there it must stay plain text.
 */

/**
 * Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (or, for
 * tab/CR/LF, that can smuggle one past a naive check): = + - @, their full-width forms ＝ ＋ － ＠,
 * tab, CR and LF. Leading spaces are skipped first, because some spreadsheets trim them on import.
 * Text that already starts with quotes before such a character gets one more, so that
 * `withoutInertQuote` gives back exactly what was written (an import of our own CSV export).
 */
const FORMULA_START = /^'*(?:[\t\r\n]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * Returns text that a spreadsheet shows as text: a cell that could start a formula gets a single
 * quote in front (the OWASP advice for CSV/formula injection). Other text is returned unchanged.
 *
 * @example
 * inertCell('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * inertCell('Studiedag plannen')      // "Studiedag plannen"
 */
export function inertCell(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Undoes `inertCell`: takes off the one quote it would have put in front, and only that one. So a
 * file we exported reads back as it was written, and a quote someone typed stays.
 *
 * @example
 * withoutInertQuote("'=SUM(A1)")  // "=SUM(A1)"
 * withoutInertQuote("'t Hart")    // "'t Hart"
 */
export function withoutInertQuote(text: string): string {
	return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * Drops the characters that XML 1.0 cannot hold (C0 controls other than tab/LF/CR, lone
 * surrogates, U+FFFE/U+FFFF). Word and Excel files are XML inside: one such character in a user's
 * text would make Word or Excel refuse the whole file or offer to "repair" it.
 */
export function xmlSafeText(text: string): string {
	let out = '';
	for (const char of text) {
		const code = char.codePointAt(0)!;
		if (
			code === 0x9 ||
			code === 0xa ||
			code === 0xd ||
			(code >= 0x20 && code <= 0xd7ff) ||
			(code >= 0xe000 && code <= 0xfffd) ||
			code >= 0x10000
		) {
			out += char;
		}
	}
	return out;
}
