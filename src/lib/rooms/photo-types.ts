/**
 * Which photos of a room are taken: JPEG, PNG and WebP (what phones and cameras save and every
 * browser shows), each recognised by its extension AND its first bytes, with the same check as
 * the toolkit's attachments. Not HEIC (browsers cannot show it), not SVG (it can carry script).
 */
import { knownType, type AttachmentType, type KnownType } from '$lib/toolkit/attachment-types';

const JPEG = [[0xff, 0xd8, 0xff]];
const PHOTO_TYPES: readonly KnownType[] = [
	{ extension: 'jpg', contentType: 'image/jpeg', magic: JPEG },
	{ extension: 'jpeg', contentType: 'image/jpeg', magic: JPEG },
	{ extension: 'png', contentType: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
	// RIFF, four bytes of length, WEBP.
	{ extension: 'webp', contentType: 'image/webp', magic: [[0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]] }
];

export const PHOTO_EXTENSIONS: readonly string[] = PHOTO_TYPES.map((type) => type.extension);

/** 8 MB: a phone's photo at full resolution fits (3–6 MB), a video or a RAW file does not. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export const MAX_CAPTION_LENGTH = 200;

export function photoType(fileName: string, bytes: Uint8Array): AttachmentType | null {
	return knownType(PHOTO_TYPES, fileName, bytes);
}
