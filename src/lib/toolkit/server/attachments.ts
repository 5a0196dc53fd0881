/**
 * Adding and removing product attachments: every check happens before anything is written, the
 * file is written before its row (a row never points at missing bytes), and a failed insert
 * removes the file again.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as attachments from './data/product-attachments';
import { newId } from '$lib/server/db/ids';
import { deleteAttachment, writeAttachment } from './attachment-files';
import { ALLOWED_EXTENSIONS, MAX_ATTACHMENT_BYTES, attachmentType, parseLink, safeFileName } from '$lib/toolkit/attachment-types';
import { format, messages, type Language } from '$lib/i18n';
import { formatBytes } from '$lib/i18n/format';
import type { UploadedFile } from '$lib/server/http/uploads';
import { requiredLine } from '$lib/server/http/forms';

export type AddResult = { ok: true; id: string } | { ok: false; status: 400 | 413; field: 'title' | 'file' | 'url'; message: string };

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
	input: { title: string; file: UploadedFile | null },
	language: Language
): Promise<AddResult> {
	const m = messages(language);
	const badTitle = checkTitle(input.title, language);
	if (badTitle) return badTitle;
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
			{ kind: 'file', title: input.title.trim(), fileName: safeFileName(input.file.name, type.extension), contentType: type.contentType, size: input.file.bytes.length },
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
	input: { title: string; url: string },
	language: Language
): Promise<AddResult> {
	const badTitle = checkTitle(input.title, language);
	if (badTitle) return badTitle;
	const url = parseLink(input.url);
	if (!url) return { ok: false, status: 400, field: 'url', message: messages(language).contentAdmin.linkInvalid };
	return { ok: true, id: await attachments.create(db, institutionId, productKey, { kind: 'link', title: input.title.trim(), url }) };
}

/** Removes the row first (nobody is offered the file any more), then the bytes. */
export async function removeAttachment(db: Kysely<Database>, institutionId: string, productKey: string, id: string): Promise<boolean> {
	const found = await attachments.getInInstitution(db, institutionId, productKey, id);
	if (!found) return false;
	await attachments.remove(db, institutionId, id);
	if (found.kind === 'file') await deleteAttachment(institutionId, id);
	return true;
}
