/**
 * Which points of the groups' sheets the workshop's action plan has taken (`takeSheetsIntoPlan`):
 * per group and category, the sheet's action point ids and `PRIORITY_POINT` for its priority.
 * A point recorded here is never taken again, so what the leader refined, merged or removed in the
 * plan stays that way when the room returns to the plenary step or the workshop closes. The rows
 * go with their workshop (cascade).
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';

/** The point key of a sheet's priority (action point ids are UUIDs, so this never collides). */
export const PRIORITY_POINT = 'priority';

export interface SheetPointRef {
	groupKey: string;
	categoryKey: string;
	pointKey: string;
}

/** A key for one sheet point, for sets. */
export const sheetPointKey = (ref: SheetPointRef): string => `${ref.groupKey}\u0000${ref.categoryKey}\u0000${ref.pointKey}`;

/** The workshop's taken sheet points, as `sheetPointKey`s. */
export async function listKeys(db: Kysely<Database>, workshopId: string): Promise<Set<string>> {
	const rows = await db
		.selectFrom('taken_sheet_point')
		.select(['group_key', 'category_key', 'point_key'])
		.where('workshop_id', '=', workshopId)
		.execute();
	return new Set(rows.map((r) => sheetPointKey({ groupKey: r.group_key, categoryKey: r.category_key, pointKey: r.point_key })));
}

/** Records sheet points as taken; one taken before stays as it was. */
export async function record(db: Kysely<Database>, workshopId: string, refs: readonly SheetPointRef[]): Promise<void> {
	if (refs.length === 0) return;
	const at = now();
	await db
		.insertInto('taken_sheet_point')
		.values(refs.map((r) => ({ workshop_id: workshopId, group_key: r.groupKey, category_key: r.categoryKey, point_key: r.pointKey, taken_at: at })))
		.onConflict((oc) => oc.columns(['workshop_id', 'group_key', 'category_key', 'point_key']).doNothing())
		.execute();
}
