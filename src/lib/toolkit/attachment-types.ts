/**
 * Which files an admin may attach to a product: an allow-list of document and image types, each
 * recognised by its extension AND its first bytes, so an HTML page renamed to `.pdf` is refused.
 * The content type served is ours, from this list, never what the uploading browser claimed.
 * HTML, SVG and scripts are not on the list at all; the serving route adds a CSP sandbox as well.
 *
 * @example
 * attachmentType('handleiding.pdf', bytes); // { extension: 'pdf', contentType: 'application/pdf' } or null
 */

export interface AttachmentType {
	extension: string;
	contentType: string;
}

/**
 * An allowed type with the first bytes a real file of it starts with (`null`: any byte there, as
 * in WebP's `RIFF····WEBP`), or 'text' for UTF-8 text that is not markup.
 */
export type KnownType = AttachmentType & { magic: ReadonlyArray<readonly (number | null)[]> | 'text' };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Extension → served type and the magic bytes a real file of that type starts with. */
const ALLOWED: readonly KnownType[] = [
	{ extension: 'pdf', contentType: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
	{ extension: 'png', contentType: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
	{ extension: 'jpg', contentType: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
	{ extension: 'jpeg', contentType: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
	{ extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [ZIP] },
	{ extension: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: [ZIP] },
	{ extension: 'pptx', contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: [ZIP] },
	{ extension: 'odt', contentType: 'application/vnd.oasis.opendocument.text', magic: [ZIP] },
	{ extension: 'ods', contentType: 'application/vnd.oasis.opendocument.spreadsheet', magic: [ZIP] },
	{ extension: 'odp', contentType: 'application/vnd.oasis.opendocument.presentation', magic: [ZIP] },
	{ extension: 'doc', contentType: 'application/msword', magic: [OLE] },
	{ extension: 'xls', contentType: 'application/vnd.ms-excel', magic: [OLE] },
	{ extension: 'ppt', contentType: 'application/vnd.ms-powerpoint', magic: [OLE] },
	{ extension: 'txt', contentType: 'text/plain; charset=utf-8', magic: 'text' },
	{ extension: 'csv', contentType: 'text/csv; charset=utf-8', magic: 'text' }
];

/** The extensions as the upload form's `accept` and the help text list them. */
export const ALLOWED_EXTENSIONS: readonly string[] = ALLOWED.map((type) => type.extension);

/** 5 MB: a toolkit handout or slide deck, not a video. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Plain text: UTF-8, no NUL bytes, and not markup a browser would sniff as HTML. */
function isPlainText(bytes: Uint8Array): boolean {
	if (bytes.includes(0)) return false;
	let text: string;
	try {
		text = strictUtf8.decode(bytes);
	} catch {
		return false;
	}
	return !/^\s*<(?:!doctype|html|head|body|script|svg|\?xml)/i.test(text);
}

export function attachmentType(fileName: string, bytes: Uint8Array): AttachmentType | null {
	return knownType(ALLOWED, fileName, bytes);
}

/**
 * The type of an uploaded file from an allow-list: its extension must be on the list AND its
 * bytes must start as that type's do. Also used for room photos (src/lib/rooms/photo-types.ts).
 */
export function knownType(allowed: readonly KnownType[], fileName: string, bytes: Uint8Array): AttachmentType | null {
	const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase();
	const type = allowed.find((candidate) => candidate.extension === extension);
	if (!type) return null;
	const matches =
		type.magic === 'text' ? isPlainText(bytes) : type.magic.some((magic) => bytes.length >= magic.length && magic.every((byte, i) => byte === null || bytes[i] === byte));
	return matches ? { extension: type.extension, contentType: type.contentType } : null;
}

/** A link attachment: http or https only (no `javascript:` or `data:`), at most 2000 characters. */
export function parseLink(value: string): string | null {
	const trimmed = value.trim();
	if (trimmed.length === 0 || trimmed.length > 2000) return null;
	try {
		const url = new URL(trimmed);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

/** A download name safe in a header: the original name's letters, digits and a few marks. */
export function safeFileName(name: string, extension: string): string {
	const base = name.replace(/\.[^.]*$/, '').normalize('NFC').replace(/[^\p{L}\p{N} ._-]+/gu, '_').replace(/^[.\s]+/, '').trim().slice(0, 100) || 'bijlage';
	return `${base}.${extension}`;
}
