/**
 * Adding and removing product attachments: every check happens before anything is written, the
 * file is written before its row (a row never points at missing bytes), and a failed insert
 * removes the file again.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as attachments from './data/product-attachments';
import { VISIBILITIES, type Visibility } from './data/product-attachments';
import { newId } from '$lib/server/db/ids';
import { deleteAttachment, writeAttachment } from './attachment-files';
import { ALLOWED_EXTENSIONS, MAX_ATTACHMENT_BYTES, attachmentType, parseLink, safeFileName } from '$lib/toolkit/attachment-types';
import { format, messages, type Language } from '$lib/i18n';
import { formatBytes } from '$lib/i18n/format';
import type { UploadedFile } from '$lib/server/http/uploads';
import { requiredLine } from '$lib/server/http/forms';
import type { ToolkitReader } from './content';

export type AddResult = { ok: true; id: string } | { ok: false; status: 400 | 413; field: 'title' | 'file' | 'url' | 'visibility'; message: string };

/**
 * The admin's choice of who may see an attachment. No choice at all is "signed-in users only",
 * the safe default (decision record 0038); anything else than the two choices is refused.
 */
export function parseVisibility(value: string): Visibility | null {
	if (value === '') return 'signed-in';
	return (VISIBILITIES as readonly string[]).includes(value) ? (value as Visibility) : null;
}

function checkVisibility(value: string, language: Language): { ok: true; visibility: Visibility } | { ok: false; status: 400; field: 'visibility'; message: string } {
	const visibility = parseVisibility(value);
	return visibility ? { ok: true, visibility } : { ok: false, status: 400, field: 'visibility', message: messages(language).contentAdmin.visibilityInvalid };
}

/** The longest title of an attachment. */
const MAX_ATTACHMENT_TITLE_LENGTH = 200;

function checkTitle(title: string, language: Language): AddResult | null {
	const checked = requiredLine(MAX_ATTACHMENT_TITLE_LENGTH, messages(language).contentAdmin.attachmentTitleRequired).safeParse(title);
	return checked.success ? null : { ok: false, status: 400, field: 'title', message: checked.error.issues[0]!.message };
}

export async function addFile(
	db: Kysely<Database>,
	institutionId: string,
	productKey: string,
	input: { title: string; file: UploadedFile | null; visibility: string },
	language: Language
): Promise<AddResult> {
	const m = messages(language);
	const badTitle = checkTitle(input.title, language);
	if (badTitle) return badTitle;
	const visibility = checkVisibility(input.visibility, language);
	if (!visibility.ok) return visibility;
	if (!input.file) return { ok: false, status: 400, field: 'file', message: m.contentAdmin.fileRequired };
	if (input.file.bytes.length > MAX_ATTACHMENT_BYTES) {
		return { ok: false, status: 413, field: 'file', message: format(m.common.fileTooLarge, { size: formatBytes(MAX_ATTACHMENT_BYTES, language) }) };
	}
	const type = attachmentType(input.file.name, input.file.bytes);
	if (!type) return { ok: false, status: 400, field: 'file', message: format(m.contentAdmin.typeRefused, { types: ALLOWED_EXTENSIONS.join(', ') }) };
	const id = newId();
	await writeAttachment(institutionId, id, input.file.bytes);
	try {
		await attachments.create(
			db,
			institutionId,
			productKey,
			{
				kind: 'file',
				title: input.title.trim(),
				fileName: safeFileName(input.file.name, type.extension),
				contentType: type.contentType,
				size: input.file.bytes.length,
				visibility: visibility.visibility
			},
			id
		);
	} catch (error) {
		await deleteAttachment(institutionId, id);
		throw error;
	}
	return { ok: true, id };
}

export async function addLink(
	db: Kysely<Database>,
	institutionId: string,
	productKey: string,
	input: { title: string; url: string; visibility: string },
	language: Language
): Promise<AddResult> {
	const badTitle = checkTitle(input.title, language);
	if (badTitle) return badTitle;
	const url = parseLink(input.url);
	if (!url) return { ok: false, status: 400, field: 'url', message: messages(language).contentAdmin.linkInvalid };
	const visibility = checkVisibility(input.visibility, language);
	if (!visibility.ok) return visibility;
	return { ok: true, id: await attachments.create(db, institutionId, productKey, { kind: 'link', title: input.title.trim(), url, visibility: visibility.visibility }) };
}

/** Makes an attachment public or signed-in only; false when it is not this institution's, or the choice is not one of the two. */
export async function changeVisibility(db: Kysely<Database>, institutionId: string, productKey: string, id: string, value: string): Promise<boolean> {
	const visibility = parseVisibility(value);
	if (!visibility || value === '') return false;
	return attachments.setVisibility(db, institutionId, productKey, id, visibility);
}

/** Removes the row first (nobody is offered the file any more), then the bytes. */
export async function removeAttachment(db: Kysely<Database>, institutionId: string, productKey: string, id: string): Promise<boolean> {
	const found = await attachments.getInInstitution(db, institutionId, productKey, id);
	if (!found) return false;
	await attachments.remove(db, institutionId, id);
	if (found.kind === 'file') await deleteAttachment(institutionId, id);
	return true;
}

/** What a reader is offered on a product page: every attachment of their institution when signed in, only the public ones otherwise. */
export async function attachmentsForReader(db: Kysely<Database>, reader: ToolkitReader | null, productKey: string): Promise<attachments.Attachment[]> {
	if (!reader) return [];
	return attachments.listForProduct(db, reader.institutionId, productKey, { publicOnly: !reader.signedIn });
}

/**
 * The attached file a reader may download: a signed-in user any file of their institution, a
 * visitor only a public file of the institution this install serves. Undefined otherwise.
 */
export async function downloadableFile(db: Kysely<Database>, reader: ToolkitReader | null, productKey: string, id: string) {
	if (!reader) return undefined;
	const found = await attachments.getInInstitution(db, reader.institutionId, productKey, id);
	if (!found || found.kind !== 'file' || (!reader.signedIn && found.visibility !== 'public')) return undefined;
	return found;
}
