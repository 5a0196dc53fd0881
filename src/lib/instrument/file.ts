/**
 * An instrument as a file (docs/instrument-format.md): written by the export, read by the import.
 * Reading never throws on bad input: it returns every problem as a line `where: what`, in the
 * user's language, so an admin can fix a shared file in one go. Nothing is stored by this module.
 *
 * @example
 * const result = readInstrumentFile(bytes, 'nl', 'zelfscan-blended-leren');
 * if (!result.ok) showErrors(result.errors); // ['categories[0].factors[2].key: sleutel “beleid” wordt twee keer gebruikt']
 */
import type { z } from 'zod';
import { instrumentSchema, type Instrument } from '$lib/instrument/schema';
import { format, messages, type Language } from '$lib/i18n';
import { deepFreeze } from '$lib/deep-freeze';
import { formatBytes } from '$lib/i18n/format';
import { allowsQuestions, formatPath, latestInstrument, type InstrumentKey } from './index';

/** The shipped instrument is 18 KB; a file fourteen times that is not an instrument. */
export const MAX_INSTRUMENT_FILE_BYTES = 256 * 1024;

export type InstrumentCheck = { ok: true; instrument: Instrument } | { ok: false; errors: string[] };

/** The file text of an instrument: the validated document, indented, with a final newline. */
export function instrumentFileText(instrument: Instrument): string {
	return `${JSON.stringify(instrument, null, '\t')}\n`;
}

/** The suggested download name, e.g. `zelfscan-blended-leren.v3.json`. */
export function instrumentFileName(instrument: Pick<Instrument, 'key' | 'version'>): string {
	return `${instrument.key}.v${instrument.version}.json`;
}

/** One issue as the user reads it: where (the JSON path) and what is wrong, in their language. */
export function localiseIssue(issue: z.core.$ZodIssue, language: Language): string {
	const m = messages(language).instruments.issues;
	const where = issue.path.length === 0 ? m.root : formatPath(issue.path);
	return `${where}: ${describe(issue, m)}`;
}

function describe(issue: z.core.$ZodIssue, m: ReturnType<typeof messages>['instruments']['issues']): string {
	switch (issue.code) {
		case 'invalid_type': {
			if (issue.input === undefined) return m.missing;
			const type = m.types[issue.expected as keyof typeof m.types];
			return type ? format(m.expected, { type }) : m.invalid;
		}
		case 'too_small':
			if (issue.origin === 'string') return m.emptyText;
			if (issue.origin === 'array') return format(m.tooFew, { min: Number(issue.minimum) });
			return format(m.tooSmall, { min: Number(issue.minimum) });
		case 'too_big':
			if (issue.origin === 'string') return format(m.tooLong, { max: Number(issue.maximum) });
			return format(m.tooMany, { max: Number(issue.maximum) });
		case 'invalid_format':
			return m.keyFormat;
		case 'invalid_value':
			return format(m.oneOf, { values: issue.values.map((value) => JSON.stringify(value)).join(', ') });
		case 'unrecognized_keys':
			return format(m.unknownFields, { fields: issue.keys.join(', ') });
		case 'custom': {
			const twice = issue.params?.usedTwice;
			if (typeof twice === 'string') return format(m.usedTwice, { key: twice });
			const missing = issue.params?.missingProduct;
			if (typeof missing === 'string') return format(m.missingProduct, { key: missing });
			// Other rules of the content schema: its own (English) sentence is better than a vague one.
			return issue.message || m.invalid;
		}
		default:
			// A number that is not whole arrives as invalid_type with expected 'int'.
			return m.invalid;
	}
}

/** Validates an instrument document; on failure, every problem as a localised line. */
export function checkInstrument(data: unknown, language: Language): InstrumentCheck {
	const result = instrumentSchema.safeParse(data, { reportInput: true });
	if (!result.success) return { ok: false, errors: result.error.issues.map((issue) => localiseIssue(issue, language)) };
	return { ok: true, instrument: deepFreeze(result.data) };
}

/** An instrument named for a reader: its title and key (“Scoringsinstrument onderwijsruimtes” (scoringsinstrument-onderwijsruimtes)). */
function named(key: string, language: Language): string {
	const shipped = latestInstrument(key);
	return shipped ? `“${shipped.title[language]}” (${key})` : `“${key}”`;
}

/**
 * `checkInstrument` for a document that is to become a version of the instrument `key`: it must be
 * that instrument (a room file in the tool rubric would give tool scores on room criteria), and a
 * rubric holds no own questions (its scores are read per criterion; a question would never be asked).
 */
export function checkInstrumentFor(data: unknown, language: Language, key: InstrumentKey): InstrumentCheck {
	const checked = checkInstrument(data, language);
	if (!checked.ok) return checked;
	const m = messages(language).instruments.issues;
	if (checked.instrument.key !== key) {
		return { ok: false, errors: [`key: ${format(m.otherInstrument, { key: named(checked.instrument.key, language), expected: named(key, language) })}`] };
	}
	if (checked.instrument.questions.length > 0 && !allowsQuestions(key)) return { ok: false, errors: [`questions: ${m.questionsNotAllowed}`] };
	return checked;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an uploaded instrument file: size, UTF-8, JSON, the schema, and that it is a version of
 * the instrument it is imported into (`checkInstrumentFor`).
 */
export function readInstrumentFile(bytes: Uint8Array, language: Language, expectedKey: InstrumentKey): InstrumentCheck {
	const m = messages(language).instruments.issues;
	if (bytes.length === 0) return { ok: false, errors: [m.noFile] };
	if (bytes.length > MAX_INSTRUMENT_FILE_BYTES) return { ok: false, errors: [format(m.tooLarge, { size: formatBytes(MAX_INSTRUMENT_FILE_BYTES, language) })] };
	let text: string;
	try {
		text = strictUtf8.decode(bytes);
	} catch {
		return { ok: false, errors: [m.notUtf8] };
	}
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return { ok: false, errors: [format(m.notJson, { detail: error instanceof Error ? error.message : String(error) })] };
	}
	return checkInstrumentFor(data, language, expectedKey);
}
