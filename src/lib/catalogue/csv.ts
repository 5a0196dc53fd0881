/**
 * Reading and writing the catalogues' CSV files (decision record 0053). Plain code, no I/O: bytes
 * in, rows or problems out, so the tools' and rooms' imports, their tests and a page all use it.
 *
 * Reading takes what Excel, LibreOffice and Google Sheets write: UTF-8 with or without a BOM,
 * semicolons (Dutch Excel) or commas (told apart by the header line), RFC 4180 quotes with line
 * breaks and doubled quotes inside, CRLF or LF. Everything else is refused with a problem that says
 * what and where ("Regel 7, kolom capacity: …"); every problem of every row is reported at once,
 * and an import stores all rows or none.
 *
 * Writing goes through the one CSV writer of every export (`$lib/export/csv`): BOM, semicolons,
 * CRLF, every field quoted, and a cell that starts like a formula (= + - @ tab CR, their
 * full-width forms) gets a ' in front. Reading takes exactly that quote off again
 * (`withoutInertQuote`), so an exported catalogue imports back as it was.
 */
import { csvDocument } from '$lib/export/csv';
import { withoutInertQuote } from '$lib/export/inert';
import { format, messages, type Language } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';

/** A file larger than this is refused before it is read (a catalogue of 5,000 rows is far smaller). */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;
/** At most this many rows under the header. */
export const MAX_CSV_ROWS = 5000;

/** What is wrong, and where: `line` is the line number in the file (the header is 1). */
export interface CsvProblem {
	line: number | null;
	column: string | null;
	/** The whole sentence, with the line and column in it, in the user's language. */
	message: string;
}

export type CsvRead<T> = (value: string, language: Language) => { ok: true; value: T } | { ok: false; message: string };

export interface CsvColumn<T> {
	/** The stable header, e.g. 'capacity' (matched without regard to case or surrounding spaces). */
	name: string;
	required: boolean;
	read: CsvRead<T>;
}

/**
 * A problem with the place in front of its message. For the checks a caller makes across rows
 * (two rows with the same name), so those read like the ones found here.
 */
export function csvProblem(language: Language, line: number | null, column: string | null, message: string): CsvProblem {
	const at = messages(language).catalogue.csv.at;
	const text = line !== null && column !== null ? format(at.cell, { line, column, message }) : line !== null ? format(at.line, { line, message }) : column !== null ? format(at.column, { column, message }) : message;
	return { line, column, message: text };
}

/** A line of the file as read: where it starts, and its fields. */
interface CsvRecord {
	line: number;
	fields: string[];
}

/**
 * The file's header and rows as text, or what keeps it from being read. Blank lines (and lines of
 * only separators, as spreadsheets leave behind) are skipped.
 */
export function parseCsv(bytes: Uint8Array, language: Language): { ok: true; header: string[]; rows: string[][] } | { ok: false; problems: CsvProblem[] } {
	const parsed = parse(bytes, language);
	return parsed.ok ? { ok: true, header: parsed.header, rows: parsed.records.map((r) => r.fields) } : parsed;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function parse(bytes: Uint8Array, language: Language): { ok: true; header: string[]; records: CsvRecord[] } | { ok: false; problems: CsvProblem[] } {
	const m = messages(language).catalogue.csv;
	const refuse = (line: number | null, message: string) => ({ ok: false as const, problems: [csvProblem(language, line, null, message)] });
	if (bytes.length > MAX_CSV_BYTES) return refuse(null, format(m.tooLarge, { max: MAX_CSV_BYTES / 1024 / 1024 }));
	let text: string;
	try {
		// The decoder drops a leading byte-order mark.
		text = strictUtf8.decode(bytes);
	} catch {
		// Most often a file saved as "CSV (puntkomma)", which Excel writes in Windows-1252.
		const offset = firstInvalidUtf8(bytes);
		return refuse(lineAt(bytes, offset), format(m.notUtf8, { offset: offset + 1 }));
	}
	const separator = separatorOf(text);
	const problems: CsvProblem[] = [];
	const records: CsvRecord[] = [];
	let i = 0;
	let line = 1;
	while (i < text.length) {
		const start = line;
		const fields: string[] = [];
		for (;;) {
			let value = '';
			if (text[i] === '"') {
				const opened = line;
				let closed = false;
				for (i++; i < text.length; i++) {
					const char = text[i];
					if (char === '"') {
						if (text[i + 1] !== '"') {
							closed = true;
							i++;
							break;
						}
						i++;
					} else if (char === '\n') line++;
					value += char;
				}
				// The rest of the file is inside the quote: nothing after it can be read sensibly.
				if (!closed) return { ok: false, problems: [...problems, csvProblem(language, opened, null, m.unclosedQuote)] };
				if (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') problems.push(csvProblem(language, line, null, m.afterQuote));
			}
			// An unquoted field (or what follows a wrongly closed quote) runs to the separator or the line end.
			while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') value += text[i++];
			fields.push(value);
			if (text[i] === separator) {
				i++;
				continue;
			}
			if (text[i] === '\r') i++;
			if (text[i] === '\n') i++;
			line++;
			break;
		}
		if (fields.some((value) => value.trim() !== '')) records.push({ line: start, fields });
		if (records.length > MAX_CSV_ROWS + 1) return refuse(null, format(m.tooManyRows, { max: MAX_CSV_ROWS }));
	}
	if (problems.length > 0) return { ok: false, problems };
	const [head, ...rows] = records;
	if (!head) return refuse(null, m.empty);
	const header = head.fields.map((name) => name.trim());
	for (const row of rows) {
		if (row.fields.length !== header.length) problems.push(csvProblem(language, row.line, null, plural(m.fieldCount, row.fields.length, language, { header: header.length })));
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, header, records: rows };
}

/** Semicolon or comma: whichever the header line (outside quotes) has more of; a tie is Dutch Excel's semicolon. */
function separatorOf(text: string): ';' | ',' {
	let semicolons = 0;
	let commas = 0;
	let quoted = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) break;
		else if (!quoted && char === ';') semicolons++;
		else if (!quoted && char === ',') commas++;
	}
	return commas > semicolons ? ',' : ';';
}

/** Where the first byte is that does not belong to UTF-8 (the decoder only says that one is). */
function firstInvalidUtf8(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const lead = bytes[i]!;
		if (lead < 0x80) {
			i++;
			continue;
		}
		const size = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
		if (size === 0) return i;
		for (let k = 1; k <= size; k++) {
			const next = bytes[i + k];
			// The second byte's range is narrower after some leads: no overlong forms, surrogates or code points past U+10FFFF.
			const low = k === 1 && lead === 0xe0 ? 0xa0 : k === 1 && lead === 0xf0 ? 0x90 : 0x80;
			const high = k === 1 && lead === 0xed ? 0x9f : k === 1 && lead === 0xf4 ? 0x8f : 0xbf;
			if (next === undefined || next < low || next > high) return i;
		}
		i += size + 1;
	}
	return bytes.length;
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/**
 * The file's rows as `build` makes them from the columns' values, or every problem found: in the
 * header (a required column missing; an unknown, doubled or unnamed column) and in every cell of
 * every row, each with its line and column. All or nothing: one problem anywhere, no rows.
 *
 * `build` gets a value for every column the file has; an optional column the file leaves out is
 * missing from `values`, so the caller decides what that means (a default, or leaving a stored
 * value as it is). It also gets the row's line, for the problems a caller finds across rows.
 */
export function readCsvRows<R>(
	bytes: Uint8Array,
	columns: readonly CsvColumn<unknown>[],
	language: Language,
	build: (values: Record<string, unknown>, line: number) => R
): { ok: true; rows: R[] } | { ok: false; problems: CsvProblem[] } {
	const parsed = parse(bytes, language);
	if (!parsed.ok) return parsed;
	const m = messages(language).catalogue.csv;
	const problems: CsvProblem[] = [];
	const byName = new Map(columns.map((column) => [column.name.toLowerCase(), column]));
	const used: { column: CsvColumn<unknown>; index: number }[] = [];
	parsed.header.forEach((name, index) => {
		if (name === '') {
			// A spreadsheet often writes a trailing column it once touched: harmless while it is empty.
			if (parsed.records.some((r) => r.fields[index]!.trim() !== '')) problems.push(csvProblem(language, 1, null, format(m.unnamedColumn, { position: index + 1 })));
			return;
		}
		const column = byName.get(name.toLowerCase());
		if (!column) problems.push(csvProblem(language, 1, name, format(m.unknownColumn, { known: columns.map((c) => c.name).join(', ') })));
		else if (used.some((u) => u.column === column)) problems.push(csvProblem(language, 1, name, m.doubledColumn));
		else used.push({ column, index });
	});
	for (const column of columns) {
		if (column.required && !used.some((u) => u.column === column)) problems.push(csvProblem(language, 1, column.name, m.missingColumn));
	}
	const rows: R[] = [];
	for (const record of parsed.records) {
		const values: Record<string, unknown> = {};
		let readable = true;
		for (const { column, index } of used) {
			const read = column.read(withoutInertQuote(record.fields[index]!), language);
			if (read.ok) values[column.name] = read.value;
			else {
				readable = false;
				problems.push(csvProblem(language, record.line, column.name, read.message));
			}
		}
		if (readable && problems.length === 0) rows.push(build(values, record.line));
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/**
 * A CSV file of `header` and `rows`, as every export of ours is written (BOM, semicolons, CRLF,
 * quotes, the formula guard). Booleans are written `true`/`false`, which `columnReaders.boolean`
 * reads back (and which Excel shows as WAAR/ONWAAR or TRUE/FALSE, also read back).
 */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
	return csvDocument([header, ...rows.map((row) => row.map((cell) => (typeof cell === 'boolean' ? String(cell) : cell)))]);
}

const valueTexts = (language: Language) => messages(language).catalogue.csv.values;
const ok = <T>(value: T) => ({ ok: true as const, value });
const no = (message: string) => ({ ok: false as const, message });
const length = (text: string) => [...text].length;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TRUE_WORDS = ['ja', 'yes', 'true', 'waar', 'j', 'y', '1', 'x'];
const FALSE_WORDS = ['nee', 'no', 'false', 'onwaar', 'n', '0', ''];

/** Finds `value` among `values` or their other names (say, the Dutch label), without regard to case. */
function canonical<T extends string>(value: string, values: readonly T[], aliases: Partial<Record<T, readonly string[]>>): T | undefined {
	const wanted = value.trim().toLowerCase();
	return values.find((v) => v.toLowerCase() === wanted || (aliases[v] ?? []).some((alias) => alias.toLowerCase() === wanted));
}

/**
 * The common ways to read a cell, each with its message in both languages. Every reader trims the
 * value first.
 *
 * @example
 * const columns = [
 *   { name: 'name', required: true, read: columnReaders.text(200) },
 *   { name: 'capacity', required: true, read: columnReaders.integer(1, 2000) },
 *   { name: 'link', required: false, read: columnReaders.optional(columnReaders.url()) }
 * ];
 */
export const columnReaders = {
	/** Text of 1 to `max` characters. */
	text:
		(max: number): CsvRead<string> =>
		(value, language) => {
			const text = value.trim();
			if (text === '') return no(valueTexts(language).empty);
			return length(text) > max ? no(format(valueTexts(language).tooLong, { max })) : ok(text);
		},
	/** Text of at most `max` characters, or '' for an empty cell. */
	optionalText:
		(max: number): CsvRead<string> =>
		(value, language) => {
			const text = value.trim();
			return length(text) > max ? no(format(valueTexts(language).tooLong, { max })) : ok(text);
		},
	/** A whole number from `min` to `max` ("12", not "12,5" or "twaalf"). */
	integer:
		(min: number, max: number): CsvRead<number> =>
		(value, language) => {
			const text = value.trim();
			const number = /^[+-]?\d{1,15}$/.test(text) ? Number(text) : NaN;
			if (text === '') return no(valueTexts(language).empty);
			return Number.isInteger(number) && number >= min && number <= max ? ok(number) : no(format(valueTexts(language).integer, { min, max, value: text }));
		},
	/** A web address with http or https (at most 2,000 characters), as it was written. */
	url: (): CsvRead<string> => (value, language) => {
		const text = value.trim();
		if (text === '') return no(valueTexts(language).empty);
		let protocol = '';
		try {
			protocol = new URL(text).protocol;
		} catch {
			// not an address at all
		}
		return (protocol === 'https:' || protocol === 'http:') && text.length <= 2000 ? ok(text) : no(format(valueTexts(language).url, { value: text }));
	},
	/** An e-mail address (at most 254 characters), lower-cased as accounts store them. */
	email: (): CsvRead<string> => (value, language) => {
		const text = value.trim();
		if (text === '') return no(valueTexts(language).empty);
		return EMAIL.test(text) && text.length <= 254 ? ok(text.toLowerCase()) : no(format(valueTexts(language).email, { value: text }));
	},
	/** Yes or no, in Dutch or English as people and spreadsheets write it (ja/nee, yes/no, true/false, WAAR/ONWAAR, 1/0, x); an empty cell is no. */
	boolean: (): CsvRead<boolean> => (value, language) => {
		const text = value.trim().toLowerCase();
		if (TRUE_WORDS.includes(text)) return ok(true);
		return FALSE_WORDS.includes(text) ? ok(false) : no(format(valueTexts(language).boolean, { value: value.trim() }));
	},
	/** One of `values` (or one of its `aliases`, e.g. its Dutch and English labels), given back as the value itself. */
	oneOf:
		<T extends string>(values: readonly T[], aliases: Partial<Record<T, readonly string[]>> = {}): CsvRead<T> =>
		(value, language) => {
			const found = canonical(value, values, aliases);
			if (found !== undefined) return ok(found);
			return value.trim() === '' ? no(valueTexts(language).empty) : no(format(valueTexts(language).oneOf, { values: values.join(', '), value: value.trim() }));
		},
	/** Any of `values`, separated by commas, semicolons, | or line breaks; doubles dropped; an empty cell is none. */
	listOf:
		<T extends string>(values: readonly T[], aliases: Partial<Record<T, readonly string[]>> = {}): CsvRead<T[]> =>
		(value, language) => {
			const items = value
				.split(/[,;|\n]/)
				.map((item) => item.trim())
				.filter((item) => item !== '');
			const unknown = items.filter((item) => canonical(item, values, aliases) === undefined);
			if (unknown.length > 0) return no(format(valueTexts(language).listOf, { unknown: unknown.map((item) => `“${item}”`).join(', '), values: values.join(', ') }));
			return ok([...new Set(items.map((item) => canonical(item, values, aliases)!))]);
		},
	/** `read` for a filled cell; null for an empty one. */
	optional:
		<T>(read: CsvRead<T>): CsvRead<T | null> =>
		(value, language) =>
			value.trim() === '' ? ok(null) : read(value, language)
};
