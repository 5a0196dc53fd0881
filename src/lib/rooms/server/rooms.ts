/**
 * What the room routes call: the inventory with its scores, adding and removing photos (stored as
 * safely as the toolkit's attachments, and with the same code), deleting a room with its files,
 * and importing a CSV file. Who may do what is checked by the routes (`requireKeeper` for every
 * change; everyone signed in in the institution reads, scores and finds).
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import * as roomsTable from './data/rooms';
import * as photos from './data/room-photos';
import { deleteAttachment, readAttachment, writeAttachment } from '$lib/toolkit/server/attachment-files';
import { MAX_CAPTION_LENGTH, MAX_PHOTO_BYTES, photoType } from '$lib/rooms/photo-types';
import { readRoomsCsv } from '$lib/rooms/csv';
import type { CsvProblem } from '$lib/catalogue/csv';
import { format, messages, type Language } from '$lib/i18n';
import { formatBytes } from '$lib/i18n/format';
import type { UploadedFile } from '$lib/server/http/uploads';
import { ratingsOfKind } from '$lib/rating/server/ratings';
import { summarize, type RatingSummary } from '$lib/rating/rating';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { ROOM_INSTRUMENT_KEY } from '$lib/instrument';
import type { Instrument } from '$lib/instrument/schema';
import type { Room } from '$lib/rooms/room';

export type PhotoResult = { ok: true; id: string } | { ok: false; status: 400 | 413; field: 'file' | 'caption'; message: string };

/**
 * Adds a photo: the caption, size and type (by its bytes) are checked before anything is written,
 * the file is written before its row, and a failed insert removes the file again.
 */
export async function addPhoto(db: Kysely<Database>, institutionId: string, roomId: string, input: { caption: string; file: UploadedFile | null }, language: Language): Promise<PhotoResult> {
	const m = messages(language);
	const caption = input.caption.trim();
	if (caption.length === 0 || caption.length > MAX_CAPTION_LENGTH) return { ok: false, status: 400, field: 'caption', message: format(m.rooms.photoCaptionRequired, { max: MAX_CAPTION_LENGTH }) };
	if (!input.file) return { ok: false, status: 400, field: 'file', message: m.rooms.photoRequired };
	if (input.file.bytes.length > MAX_PHOTO_BYTES) return { ok: false, status: 413, field: 'file', message: format(m.common.fileTooLarge, { size: formatBytes(MAX_PHOTO_BYTES, language) }) };
	const type = photoType(input.file.name, input.file.bytes);
	if (!type) return { ok: false, status: 400, field: 'file', message: m.rooms.photoTypeRefused };
	const id = newId();
	await writeAttachment(institutionId, id, input.file.bytes);
	try {
		await photos.create(db, institutionId, roomId, id, { caption, contentType: type.contentType, size: input.file.bytes.length });
	} catch (error) {
		await deleteAttachment(institutionId, id);
		throw error;
	}
	return { ok: true, id };
}

/** Removes the row first (nobody is offered the photo any more), then the bytes. */
export async function removePhoto(db: Kysely<Database>, institutionId: string, roomId: string, id: string): Promise<boolean> {
	if (!(await photos.remove(db, institutionId, roomId, id))) return false;
	await deleteAttachment(institutionId, id);
	return true;
}

/** A photo's bytes and type, only when it is of this room of this institution. */
export async function photoFile(db: Kysely<Database>, institutionId: string, roomId: string, id: string) {
	const photo = await photos.get(db, institutionId, roomId, id);
	const bytes = photo && (await readAttachment(institutionId, photo.id));
	return photo && bytes ? { photo, bytes } : undefined;
}

/** Deletes a room, its photos and ratings; the photos' files after the commit. */
export async function removeRoom(db: Kysely<Database>, institutionId: string, id: string): Promise<boolean> {
	const photoIds = await roomsTable.remove(db, institutionId, id);
	if (!photoIds) return false;
	for (const photoId of photoIds) await deleteAttachment(institutionId, photoId);
	return true;
}

export type ImportResult = { ok: true; created: number; updated: number } | { ok: false; problems: CsvProblem[] };

/** A CSV file into the inventory, all or nothing. */
export async function importCsv(db: Kysely<Database>, institutionId: string, bytes: Uint8Array, language: Language): Promise<ImportResult> {
	const read = readRoomsCsv(bytes, language);
	if (!read.ok) return read;
	return { ok: true, ...(await roomsTable.importRooms(db, institutionId, read.rooms)) };
}

export interface ScoredRoom extends Room {
	summary: RatingSummary;
}

/** The institution's rooms each with the summary of its ratings on the institution's current room instrument. */
export async function scoredRooms(db: Kysely<Database>, institutionId: string): Promise<{ instrument: Instrument; rooms: ScoredRoom[] }> {
	const [instrument, rooms, ratings] = await Promise.all([currentInstrumentFor(db, institutionId, ROOM_INSTRUMENT_KEY), roomsTable.list(db, institutionId), ratingsOfKind(db, institutionId, 'room')]);
	return { instrument, rooms: rooms.map((room) => ({ ...room, summary: summarize(instrument, ratings.get(room.id) ?? []) })) };
}

/** Mean scores by room id: the secondary signal "find a room" orders by. */
export function meanScores(rooms: readonly ScoredRoom[]): Map<string, number | null> {
	return new Map(rooms.map((room) => [room.id, room.summary.mean]));
}
