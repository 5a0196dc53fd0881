/**
 * The room inventory's table. Every write is audited in its transaction; a room is always looked
 * up within its institution. Deleting a room takes its photos' rows (cascade) and its ratings
 * with it; the photos' bytes are removed by the caller after the commit (`server/rooms.ts`).
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';
import { inTransaction } from '$lib/server/db/transaction';
import * as audit from '$lib/audit/server/data/audit';
import type { Via } from '$lib/audit/audit';
import { removeRatingsOf } from '$lib/rating/server/ratings';
import { roomKey, type Room, type RoomFields } from '$lib/rooms/room';
import { ACCESSIBILITY_IDS, FURNITURE_IDS, LAYOUT_IDS, TECHNOLOGY_IDS } from '$lib/rooms/vocabulary';

type Row = Selectable<Database['room']>;

/** A stored list read back with only the ids we know, in the vocabulary's order (an id dropped from the vocabulary disappears). */
function ids<T extends string>(known: readonly T[], stored: string): T[] {
	const values = stored.split('|');
	return known.filter((id) => values.includes(id));
}

function toRoom(row: Row): Room {
	return {
		id: row.id,
		building: row.building,
		name: row.name,
		floor: row.floor,
		capacity: Number(row.capacity),
		layouts: ids(LAYOUT_IDS, row.layouts),
		furniture: ids(FURNITURE_IDS, row.furniture),
		technology: ids(TECHNOLOGY_IDS, row.technology),
		accessibility: ids(ACCESSIBILITY_IDS, row.accessibility),
		bookable: Number(row.bookable) === 1,
		notes: row.notes,
		updatedAt: row.updated_at
	};
}

function columns(fields: RoomFields) {
	return {
		building: fields.building,
		name: fields.name,
		room_key: roomKey(fields),
		floor: fields.floor,
		capacity: fields.capacity,
		layouts: fields.layouts.join('|'),
		furniture: fields.furniture.join('|'),
		technology: fields.technology.join('|'),
		accessibility: fields.accessibility.join('|'),
		bookable: fields.bookable ? 1 : 0,
		notes: fields.notes
	};
}

/** The names of the fields that differ, for the audit trail (names only, never values). */
function changedFields(before: Room, after: RoomFields): string[] {
	const keys = ['building', 'name', 'floor', 'capacity', 'layouts', 'furniture', 'technology', 'accessibility', 'bookable', 'notes'] as const;
	return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

export async function list(db: Kysely<Database>, institutionId: string): Promise<Room[]> {
	const rows = await db.selectFrom('room').selectAll().where('institution_id', '=', institutionId).execute();
	return rows.map(toRoom);
}

export async function get(db: Kysely<Database>, institutionId: string, id: string): Promise<Room | undefined> {
	const row = await db.selectFrom('room').selectAll().where('institution_id', '=', institutionId).where('id', '=', id).executeTakeFirst();
	return row && toRoom(row);
}

async function idByKey(db: Kysely<Database>, institutionId: string, key: string): Promise<string | undefined> {
	return (await db.selectFrom('room').select('id').where('institution_id', '=', institutionId).where('room_key', '=', key).executeTakeFirst())?.id;
}

export type SaveResult = { kind: 'saved'; id: string } | { kind: 'duplicate' } | { kind: 'missing' };

export async function create(db: Kysely<Database>, institutionId: string, fields: RoomFields): Promise<SaveResult> {
	return inTransaction(db, async (trx) => {
		if (await idByKey(trx, institutionId, roomKey(fields))) return { kind: 'duplicate' };
		const id = newId();
		const at = now();
		await trx.insertInto('room').values({ id, institution_id: institutionId, ...columns(fields), created_at: at, updated_at: at }).execute();
		await audit.record(trx, { institutionId, action: 'create', objectKind: 'room', objectId: id });
		return { kind: 'saved', id };
	});
}

export async function update(db: Kysely<Database>, institutionId: string, id: string, fields: RoomFields, via?: Via): Promise<SaveResult> {
	return inTransaction(db, async (trx) => {
		const before = await get(trx, institutionId, id);
		if (!before) return { kind: 'missing' };
		const other = await idByKey(trx, institutionId, roomKey(fields));
		if (other && other !== id) return { kind: 'duplicate' };
		const fieldsChanged = changedFields(before, fields);
		if (fieldsChanged.length === 0) return { kind: 'saved', id };
		await trx.updateTable('room').set({ ...columns(fields), updated_at: now() }).where('id', '=', id).where('institution_id', '=', institutionId).execute();
		await audit.record(trx, { institutionId, action: 'update', objectKind: 'room', objectId: id, fields: fieldsChanged, via });
		return { kind: 'saved', id };
	});
}

/**
 * An import, all or nothing (decision record 0055): a row whose building and name match a room
 * the institution has updates that room (its photos and scores stay), any other row adds one.
 * Rooms not in the file are left alone. The rows have been checked, and checked to hold no room
 * twice, before this is called.
 */
export async function importRooms(db: Kysely<Database>, institutionId: string, rows: readonly RoomFields[]): Promise<{ created: number; updated: number }> {
	return inTransaction(db, async (trx) => {
		const existing = new Map((await trx.selectFrom('room').select(['id', 'room_key']).where('institution_id', '=', institutionId).execute()).map((r) => [r.room_key, r.id]));
		let created = 0;
		let updated = 0;
		for (const fields of rows) {
			const id = existing.get(roomKey(fields));
			if (id) {
				await update(trx, institutionId, id, fields, 'import');
				updated++;
			} else {
				const newRoom = newId();
				const at = now();
				await trx.insertInto('room').values({ id: newRoom, institution_id: institutionId, ...columns(fields), created_at: at, updated_at: at }).execute();
				await audit.record(trx, { institutionId, action: 'create', objectKind: 'room', objectId: newRoom, via: 'import' });
				existing.set(roomKey(fields), newRoom);
				created++;
			}
		}
		return { created, updated };
	});
}

/** Deletes a room with its photos' rows and its ratings; the ids of the photos whose bytes the caller removes, or undefined when there is no such room. */
export async function remove(db: Kysely<Database>, institutionId: string, id: string): Promise<string[] | undefined> {
	return inTransaction(db, async (trx) => {
		const photos = await trx.selectFrom('room_photo').select('id').where('room_id', '=', id).where('institution_id', '=', institutionId).execute();
		await removeRatingsOf(trx, institutionId, 'room', id);
		const result = await trx.deleteFrom('room').where('id', '=', id).where('institution_id', '=', institutionId).executeTakeFirst();
		if (Number(result.numDeletedRows) === 0) return undefined;
		await audit.record(trx, { institutionId, action: 'delete', objectKind: 'room', objectId: id });
		return photos.map((p) => p.id);
	});
}
