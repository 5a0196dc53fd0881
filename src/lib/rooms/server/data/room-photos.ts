/** Photos of rooms: their rows; the bytes are stored as the toolkit's attachments are (attachment-files.ts). */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';
import { inTransaction } from '$lib/server/db/transaction';
import * as audit from '$lib/audit/server/data/audit';

export interface RoomPhoto {
	id: string;
	roomId: string;
	caption: string;
	contentType: string;
	size: number;
	createdAt: string;
}

export async function create(db: Kysely<Database>, institutionId: string, roomId: string, id: string, photo: { caption: string; contentType: string; size: number }): Promise<void> {
	await inTransaction(db, async (trx) => {
		await trx.insertInto('room_photo').values({ id, institution_id: institutionId, room_id: roomId, caption: photo.caption, content_type: photo.contentType, size: photo.size, created_at: now() }).execute();
		await audit.record(trx, { institutionId, action: 'create', objectKind: 'room_photo', objectId: id });
	});
}

export async function listForRoom(db: Kysely<Database>, institutionId: string, roomId: string): Promise<RoomPhoto[]> {
	const rows = await db.selectFrom('room_photo').selectAll().where('institution_id', '=', institutionId).where('room_id', '=', roomId).orderBy('created_at').orderBy('id').execute();
	return rows.map((r) => ({ id: r.id, roomId: r.room_id, caption: r.caption, contentType: r.content_type, size: Number(r.size), createdAt: r.created_at }));
}

/** A photo, only when it is of this room of this institution. */
export async function get(db: Kysely<Database>, institutionId: string, roomId: string, id: string): Promise<RoomPhoto | undefined> {
	return (await listForRoom(db, institutionId, roomId)).find((photo) => photo.id === id);
}

export async function countByRoom(db: Kysely<Database>, institutionId: string): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom('room_photo')
		.select(['room_id', (eb) => eb.fn.countAll<number | string>().as('count')])
		.where('institution_id', '=', institutionId)
		.groupBy('room_id')
		.execute();
	return new Map(rows.map((r) => [r.room_id, Number(r.count)]));
}

export async function remove(db: Kysely<Database>, institutionId: string, roomId: string, id: string): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const result = await trx.deleteFrom('room_photo').where('id', '=', id).where('room_id', '=', roomId).where('institution_id', '=', institutionId).executeTakeFirst();
		if (Number(result.numDeletedRows) === 0) return false;
		await audit.record(trx, { institutionId, action: 'delete', objectKind: 'room_photo', objectId: id });
		return true;
	});
}
