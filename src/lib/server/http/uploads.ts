/**
 * Reading a form post that carries one file, for the few routes that take files (an instrument
 * import, a product attachment). `readForm` refuses files by design; this reader is its strict
 * sibling: multipart only, the body counted while it streams in and cut off at its bound, one
 * file field, and otherwise only the named text fields. Anything else is a 4xx in the user's
 * language before a byte is stored.
 */
import { fail } from '@sveltejs/kit';
import { format, messages, type Language } from '$lib/i18n';
import { FormError, MAX_FORM_BYTES } from './forms';
import { formatBytes } from '$lib/i18n/format';
import { readBounded } from './body';

export interface UploadedFile {
	/** The name the browser gave, without any folder part; never used as a path. */
	name: string;
	/** What the browser claims; callers check the bytes, not only this. */
	type: string;
	bytes: Uint8Array;
}

export interface Upload {
	/** The file, or null when none was chosen (browsers then send an empty part). */
	file: UploadedFile | null;
	one(name: string): string;
}

function refuse(status: number, message: string): never {
	throw new FormError(fail(status, { errors: { form: message }, values: {} }));
}

/**
 * Reads a multipart form with one file field `fileField` of at most `maxFileBytes`, and the text
 * fields in `fields` (each at most the ordinary form size).
 */
export async function readUpload(
	request: Request,
	language: Language,
	options: { fileField: string; maxFileBytes: number; fields: readonly string[] }
): Promise<Upload> {
	const m = messages(language).common;
	const contentType = request.headers.get('content-type') ?? '';
	if (!/^multipart\/form-data;\s*boundary=/i.test(contentType)) refuse(400, m.invalidInput);
	// The file plus the other fields and the multipart framing around them.
	const limit = options.maxFileBytes + MAX_FORM_BYTES;
	const tooLarge = () => refuse(413, format(m.fileTooLarge, { size: formatBytes(options.maxFileBytes, language) }));
	const bytes = await readBounded(request, limit, tooLarge);
	let data: FormData;
	try {
		data = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
	} catch {
		refuse(400, m.invalidInput);
	}
	const known = new Set([options.fileField, ...options.fields]);
	let file: UploadedFile | null = null;
	for (const [name, value] of data.entries()) {
		if (!known.has(name)) refuse(400, m.unknownFields);
		if (data.getAll(name).length > 1) refuse(400, m.invalidInput);
		if (name === options.fileField) {
			if (typeof value === 'string') refuse(400, m.invalidInput);
			if (value.size > options.maxFileBytes) tooLarge();
			if (value.size > 0 || value.name !== '') {
				file = { name: value.name.split(/[\\/]/).pop() ?? '', type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
			}
		} else if (typeof value !== 'string' || value.length > MAX_FORM_BYTES) {
			refuse(400, m.invalidInput);
		}
	}
	return {
		file: file && file.bytes.length > 0 ? file : null,
		one: (name) => {
			const value = data.get(name);
			return typeof value === 'string' ? value : '';
		}
	};
}
