/**
 * Reading HTML form posts safely: only the fields a form has, only text, within size limits.
 * Anything else is a clear 400 in the user's language, and nothing is stored.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import { format, messages, type Language } from '$lib/i18n';
import { readBounded } from './body';

export type FormErrors = Record<string, string>;

export interface FormFailure {
	errors: FormErrors;
	values: Record<string, string>;
}

/** A posted form larger than this is refused before it is parsed (a 1 MB text is not an answer). */
export const MAX_FORM_BYTES = 256 * 1024;

export class FormError extends Error {
	constructor(public readonly failure: ActionFailure<FormFailure>) {
		super('form error');
	}
}

/**
 * Reads the posted fields. Unknown fields, files and oversized bodies are refused with a 400.
 * `multi` names fields that may appear more than once (checkbox groups).
 */
export async function readForm(
	request: Request,
	language: Language,
	allowed: readonly string[],
	multi: readonly string[] = []
): Promise<{ one: (name: string) => string; many: (name: string) => string[] }> {
	const m = messages(language).common;
	const tooLarge = () => {
		throw new FormError(fail(413, { errors: { form: format(m.tooLong, { max: MAX_FORM_BYTES }) }, values: {} }));
	};
	let data: FormFields;
	let bytes: Uint8Array<ArrayBuffer>;
	try {
		bytes = await readBounded(request, MAX_FORM_BYTES, tooLarge);
	} catch (e) {
		if (e instanceof FormError) throw e;
		throw new FormError(fail(400, { errors: { form: m.invalidInput }, values: {} }));
	}
	try {
		const contentType = request.headers.get('content-type') ?? '';
		// Invalid UTF-8 would otherwise be stored as U+FFFD: refuse it instead.
		const text = utf8Form(bytes, contentType);
		if (text === null) throw new Error('invalid UTF-8');
		// A URL-encoded body (every form without a file) is parsed as Response.formData() parses
		// it, without the web streams that cost more than the parsing itself on every autosave.
		// (URLSearchParams would drop a leading "?", and the decoder a byte order mark: such rare bodies take the long way.)
		const plain = URL_ENCODED.test(contentType) && !text.startsWith('?') && bytes[0] !== 0xef;
		data = plain ? new URLSearchParams(text) : await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
	} catch {
		throw new FormError(fail(400, { errors: { form: m.invalidInput }, values: {} }));
	}
	const known = new Set([...allowed, ...multi]);
	for (const [name, value] of data.entries()) {
		if (!known.has(name)) throw new FormError(fail(400, { errors: { form: m.unknownFields }, values: {} }));
		if (typeof value !== 'string') throw new FormError(fail(400, { errors: { form: m.invalidInput }, values: {} }));
		if (!multi.includes(name) && data.getAll(name).length > 1) throw new FormError(fail(400, { errors: { form: m.invalidInput }, values: {} }));
	}
	return {
		one: (name) => {
			const value = data.get(name);
			return typeof value === 'string' ? value : '';
		},
		many: (name) => data.getAll(name).filter((v): v is string => typeof v === 'string')
	};
}

/** The fields of a posted form, as FormData or (URL-encoded) URLSearchParams reads them. */
type FormFields = Pick<FormData, 'entries' | 'get' | 'getAll'>;

const URL_ENCODED = /^application\/x-www-form-urlencoded/i;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A form body's text when it is UTF-8 (and for URL-encoded bodies every run of percent escapes
 * is UTF-8 too: a browser escapes each non-ASCII byte, so a character's bytes are one run), else null.
 */
function utf8Form(bytes: Uint8Array, contentType: string): string | null {
	try {
		const text = strictUtf8.decode(bytes);
		if (URL_ENCODED.test(contentType)) {
			for (const run of text.match(/(?:%[0-9a-f]{2})+/gi) ?? []) {
				strictUtf8.decode(Uint8Array.from(run.slice(1).split('%'), (hex) => parseInt(hex, 16)));
			}
		}
		return text;
	} catch {
		return null;
	}
}

/** Runs a form action, turning a FormError into its 4xx answer. */
export async function handleForm<T>(run: () => Promise<T>): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof FormError) return e.failure;
		throw e;
	}
}

export function invalid(status: number, errors: FormErrors, values: Record<string, string> = {}): ActionFailure<FormFailure> {
	return fail(status, { errors, values });
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A required line of text (a title, a name, a label): trimmed, then 1 to `max` characters. One
 * message, in the user's language, says what is asked whether the line is empty or too long.
 *
 * @example
 * parseFields(z.object({ label: requiredLine(100, m.labelRequired) }), { label: form.one('label') })
 */
export function requiredLine(max: number, message: string) {
	return z.string().trim().min(1, { error: message }).max(max, { error: message });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

/**
 * Checks posted fields with a schema whose messages are already in the user's language (the
 * dictionaries keep them): the parsed value, or the first message per field.
 */
export function parseFields<S extends z.ZodType>(schema: S, fields: unknown): Parsed<z.output<S>> {
	const parsed = schema.safeParse(fields);
	if (parsed.success) return { ok: true, value: parsed.data };
	const errors: FormErrors = {};
	for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
	return { ok: false, errors };
}
