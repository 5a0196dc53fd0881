/**
 * How every CSV file of Blendwijzer is written, for Dutch Excel: semicolon-separated, UTF-8 with a
 * byte-order mark (so Excel reads é and € right), CRLF line ends, every field quoted. One writer
 * for the exports (plan, report, audit trail, course design) and the catalogues' CSV
 * (`$lib/catalogue/csv`), so the formula guard is the same everywhere. Plain text in, text out:
 * no Node API, so a page may import it too.
 */
import { inertCell, xmlSafeText } from './inert';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const LINE_END = '\r\n';

export type CsvField = string | number | null;

/**
 * Quotes a field, doubling quotes. Text loses control characters (a leading one could hide a
 * formula from the check) and is made formula-inert. Numbers are computed by us and stay numbers.
 */
export function field(value: CsvField): string {
	if (value === null) return '""';
	const text = typeof value === 'number' ? String(value) : inertCell(xmlSafeText(value));
	return `"${text.replace(/"/g, '""')}"`;
}

/** A whole CSV file of `records` (the header row first), BOM first, every line ended by CRLF. */
export function csvDocument(records: readonly (readonly CsvField[])[]): string {
	return BOM + records.map((values) => values.map(field).join(SEPARATOR)).join(LINE_END) + LINE_END;
}
