/**
 * The `event` table: append an event, read a channel's events after an id. The bus (bus.ts) is
 * built on these two functions; they take `db` first so an event is written in the caller's
 * transaction, atomically with the change it announces.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { toNumber, type Dialect } from '../db/connect';
import { now } from '$lib/server/db/ids';
import { prepared } from '../db/prepared';

export interface BusEvent {
	/** Assigned by the database: increasing per channel in commit order, survives restarts. */
	id: number;
	channel: string;
	type: string;
	data: unknown;
	createdAt: string;
}

/** Names go into SSE frames and NOTIFY payloads: no spaces or line breaks that could break a frame. */
const NAME = /^[A-Za-z0-9_.:-]+$/;
const MAX_CHANNEL = 200;
const MAX_TYPE = 100;

/** Advisory-lock namespace ("Bw") so our per-channel locks do not collide with anyone else's. */
const LOCK_NAMESPACE = 0x4277;

export const DEFAULT_SINCE_LIMIT = 500;

export function assertChannel(channel: string): void {
	if (channel.length > MAX_CHANNEL || !NAME.test(channel)) {
		throw new TypeError(`invalid event channel (1–${MAX_CHANNEL} of A–Z a–z 0–9 _ . : -)`);
	}
}

export function assertType(type: string): void {
	if (type.length > MAX_TYPE || !NAME.test(type)) {
		throw new TypeError(`invalid event type (1–${MAX_TYPE} of A–Z a–z 0–9 _ . : -)`);
	}
}

/**
 * Appends an event; call it inside a transaction (`db` is then the transaction).
 *
 * On PostgreSQL an identity value is taken at insert, not at commit: without care a transaction
 * holding id 10 can commit after one holding id 11, and a reader that already moved past 11 would
 * never see 10. So the insert first takes a per-channel transaction lock: events of one channel
 * are then inserted and committed one after the other, and "id > last seen" never skips one.
 * The lock is held until the caller's transaction ends — publish last, and to one channel per
 * transaction (or always in the same channel order) to avoid deadlocks. SQLite has one writer at
 * a time, which gives the same order for free.
 */
export async function append(
	db: Kysely<Database>,
	dialect: Dialect,
	channel: string,
	type: string,
	data: unknown
): Promise<BusEvent> {
	assertChannel(channel);
	assertType(type);
	const json = JSON.stringify(data) ?? 'null';
	if (dialect === 'postgres') {
		await sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext(${channel}))`.execute(db);
	}
	const createdAt = now();
	const [row] = (await insertEvent(db, { channel, type, data: json, createdAt })).rows;
	if (!row) throw new Error('the event was not stored');
	return { id: toNumber(row.id), channel, type, data: JSON.parse(json) as unknown, createdAt };
}

// Prepared once: every change that is shown live appends an event (decision record 0058).
const insertEvent = prepared((db, p: { channel: string; type: string; data: string; createdAt: string }) =>
	db.insertInto('event').values({ channel: p.channel, type: p.type, data: p.data, created_at: p.createdAt }).returning('id')
);

/** The channel's events with id > afterId, oldest first. */
export async function since(
	db: Kysely<Database>,
	channel: string,
	afterId: number,
	limit = DEFAULT_SINCE_LIMIT
): Promise<BusEvent[]> {
	const rows = await db
		.selectFrom('event')
		.selectAll()
		.where('channel', '=', channel)
		.where('id', '>', afterId)
		.orderBy('id')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: toNumber(r.id),
		channel: r.channel,
		type: r.type,
		data: JSON.parse(r.data) as unknown,
		createdAt: r.created_at
	}));
}

/**
 * Deletes events created before `cutoff` (housekeeping); returns how many. Ids are never reused
 * (identity / AUTOINCREMENT), so a stream resuming after a deleted id still sees every later event.
 */
export async function deleteBefore(db: Kysely<Database>, cutoff: Date): Promise<number> {
	const result = await db.deleteFrom('event').where('created_at', '<', cutoff.toISOString()).executeTakeFirst();
	return Number(result.numDeletedRows);
}

/**
 * The id of the channel's newest event, 0 when it has none: a page that renders a snapshot passes
 * it as the stream's `lastEventId`, so events the snapshot already reflects are not applied twice.
 * Read it in the same transaction (snapshot) as the data it goes with.
 */
export async function latestId(db: Kysely<Database>, channel: string): Promise<number> {
	const row = await db
		.selectFrom('event')
		.select((e) => e.fn.max('id').as('id'))
		.where('channel', '=', channel)
		.executeTakeFirst();
	return row?.id == null ? 0 : toNumber(row.id);
}
