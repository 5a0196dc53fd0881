/**
 * Reading the small JSON bodies that participant pages send (scores, sheet edits): bounded in
 * size, valid UTF-8 JSON, checked against a zod schema. Anything else is a 4xx with a message in
 * the user's language, and nothing is stored.
 */
import { error, isHttpError } from '@sveltejs/kit';
import type { z } from 'zod';
import { format, messages, type Language } from '$lib/i18n';
import { readBounded } from './body';

/** A participant's edit is a few kilobytes at most; the texts themselves are limited by the schema. */
export const MAX_JSON_BYTES = 64 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export async function readJson<S extends z.ZodType>(request: Request, language: Language, schema: S): Promise<z.infer<S>> {
	const m = messages(language).common;
	if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) error(415, { message: m.invalidInput });
	const tooLarge = (): never => error(413, { message: format(m.tooLong, { max: MAX_JSON_BYTES }) });
	let bytes: Uint8Array;
	try {
		bytes = await readBounded(request, MAX_JSON_BYTES, tooLarge);
	} catch (e) {
		if (isHttpError(e)) throw e;
		error(400, { message: m.invalidInput });
	}
	let value: unknown;
	try {
		value = JSON.parse(strictUtf8.decode(bytes));
	} catch {
		error(400, { message: m.invalidInput });
	}
	const parsed = schema.safeParse(value);
	if (!parsed.success) error(400, { message: m.invalidInput });
	return parsed.data;
}
