/**
 * The room inventory (toolkit products 9 and 10, decision record 0055): an institution's rooms,
 * each known by building and name (`room_key`, the two without case or outer spaces, unique per
 * institution, so an import can match a room it already has), and its photos. Lists of choices
 * (layouts, furniture, technology, accessibility) are stored as their ids joined by `|`, as the
 * CSV writes them: they are read whole with the room and never queried one by one. A photo's bytes
 * live beside the toolkit's attachments in DATA_DIR, under the photo's id. Colleagues' scores of a
 * room are ratings (src/lib/rating) with subject kind 'room'.
 */
import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

const text = 'text' as const;

export const rooms: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('room')
			.addColumn('id', text, (c) => c.primaryKey())
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('building', text, (c) => c.notNull())
			.addColumn('name', text, (c) => c.notNull())
			.addColumn('room_key', text, (c) => c.notNull())
			.addColumn('floor', text, (c) => c.notNull().defaultTo(''))
			.addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity between 1 and 2000`))
			.addColumn('layouts', text, (c) => c.notNull().defaultTo(''))
			.addColumn('furniture', text, (c) => c.notNull().defaultTo(''))
			.addColumn('technology', text, (c) => c.notNull().defaultTo(''))
			.addColumn('accessibility', text, (c) => c.notNull().defaultTo(''))
			.addColumn('bookable', 'integer', (c) => c.notNull().check(sql`bookable in (0, 1)`))
			.addColumn('notes', text, (c) => c.notNull().defaultTo(''))
			.addColumn('created_at', text, (c) => c.notNull())
			.addColumn('updated_at', text, (c) => c.notNull())
			.addUniqueConstraint('room_key_unique', ['institution_id', 'room_key'])
			.execute();

		await db.schema
			.createTable('room_photo')
			.addColumn('id', text, (c) => c.primaryKey())
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('room_id', text, (c) => c.notNull().references('room.id').onDelete('cascade'))
			/** What the photo shows, for who cannot see it (its alt text). */
			.addColumn('caption', text, (c) => c.notNull())
			.addColumn('content_type', text, (c) => c.notNull())
			.addColumn('size', 'integer', (c) => c.notNull())
			.addColumn('created_at', text, (c) => c.notNull())
			.execute();
		await db.schema.createIndex('room_photo_room').on('room_photo').columns(['room_id', 'created_at']).execute();
	}
};
