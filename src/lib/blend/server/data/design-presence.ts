/**
 * Who has a design open: a row per open stream (several tabs of one person are one person). A
 * server that stops without closing its streams leaves rows behind; they count only for
 * `STALE_HOURS`, and housekeeping's retention of the design removes them with it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';

export const STALE_HOURS = 12;

export async function open(db: Kysely<Database>, designId: string, userId: string): Promise<string> {
	const id = newId();
	await db.insertInto('design_presence').values({ id, design_id: designId, user_id: userId, connected_at: now() }).execute();
	return id;
}

export async function close(db: Kysely<Database>, id: string): Promise<void> {
	await db.deleteFrom('design_presence').where('id', '=', id).execute();
}

/** The names of the people who have the design open, but `exceptUserId`, in alphabetical order. */
export async function names(db: Kysely<Database>, designId: string, exceptUserId: string, at = new Date()): Promise<string[]> {
	const since = new Date(at.getTime() - STALE_HOURS * 3600_000).toISOString();
	const rows = await db
		.selectFrom('design_presence')
		.innerJoin('app_user', 'app_user.id', 'design_presence.user_id')
		.select('app_user.name')
		.distinct()
		.where('design_presence.design_id', '=', designId)
		.where('design_presence.user_id', '!=', exceptUserId)
		.where('design_presence.connected_at', '>=', since)
		.execute();
	return rows.map((r) => r.name).sort((a, b) => a.localeCompare(b, 'nl'));
}
