/**
 * What the room routes share: the room of this institution or a 404, the room form read and
 * checked, and who may change the inventory. Routes stay thin: parse, authorise, call, render.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { notFound } from '$lib/server/http/errors';
import { readForm } from '$lib/server/http/forms';
import { catalogueUser, mayKeepCatalogue } from '$lib/catalogue/server/keepers';
import type { User } from '$lib/accounts/server/data/users';
import type { Language } from '$lib/i18n';
import * as roomsTable from './data/rooms';
import { checkRoom, type RoomForm } from '$lib/rooms/room';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The signed-in user and the database; `keeper` when the change needs a keeper of the room inventory (403 otherwise). */
export function roomsUser(locals: App.Locals, url: URL, options: { keeper?: boolean } = {}): Promise<{ db: Kysely<Database>; user: User }> {
	return catalogueUser(locals, url, 'rooms', options);
}

export function mayKeepRooms(db: Kysely<Database>, user: User): Promise<boolean> {
	return mayKeepCatalogue(db, user, 'rooms');
}

/** A room of the user's institution, or a 404 (also for an id of another institution's room). */
export async function roomOf(db: Kysely<Database>, user: User, id: string) {
	const room = UUID.test(id) ? await roomsTable.get(db, user.institutionId, id) : undefined;
	if (!room) notFound();
	return room;
}

const ROOM_FIELDS = ['building', 'name', 'floor', 'capacity', 'bookable', 'notes'] as const;
const LIST_FIELDS = ['layouts', 'furniture', 'technology', 'accessibility'] as const;

/** The room form as posted, and what it says checked. */
export async function readRoomForm(request: Request, language: Language) {
	const form = await readForm(request, language, ROOM_FIELDS, LIST_FIELDS);
	const values: RoomForm = {
		building: form.one('building'),
		name: form.one('name'),
		floor: form.one('floor'),
		capacity: form.one('capacity'),
		layouts: form.many('layouts'),
		furniture: form.many('furniture'),
		technology: form.many('technology'),
		accessibility: form.many('accessibility'),
		bookable: form.one('bookable'),
		notes: form.one('notes')
	};
	return { values, checked: checkRoom(values, language) };
}
