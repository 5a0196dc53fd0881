/**
 * The table groups' shared worksheets (step 3): one `GroupSheet` per group and category, stored as
 * JSON and changed only through the domain's `applyEdit` and `resolveConflict`, which decide what
 * an edit does (applied, conflict kept as an alternative, …). This module makes that decision
 * safe when several phones edit at once and retry after losing Wi-Fi:
 *
 * - One transaction per edit: the edit id is claimed in `sheet_edit` (its primary key is
 *   (workshop, edit id), so the same id twice, even at the same moment, is applied once and the
 *   second gets the first's outcome as `duplicate`), the sheet row is read under a row lock on
 *   PostgreSQL (`for update`; SQLite has one writer at a time), the domain applies the edit, and the
 *   sheet and the outcome are stored.
 * - The workshop row is read in the same transaction (`for share` on PostgreSQL): an edit to a
 *   closed workshop, or to a group or category the workshop does not have, changes nothing.
 * - Pass the event bus's `trx` to publish the change atomically with it:
 *
 * @example
 * const result = await bus.transaction(async (trx, publish) => {
 *   const r = await groupSheets.applyEdit(trx, workshopId, groupKey, { ...input, author: me.id }, category);
 *   if (r.outcome === 'applied' || r.outcome === 'conflict') {
 *     await publish(`workshop:${workshopId}`, 'sheet', { groupKey, categoryKey: category.key, version: r.version });
 *   }
 *   return r;
 * });
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { Category } from '$lib/instrument/schema';
import type { TableGroup } from '$lib/workshop/table-groups';
import {
	applyEdit as applySheetEdit,
	newGroupSheet,
	resolveConflict,
	sheetView,
	type EditOutcome,
	type GroupSheet,
	type Resolution,
	type SheetEdit,
	type SheetProblem,
	type SheetView
} from '$lib/workshop/group-sheet';
import { now } from '$lib/server/db/ids';
import { inTransaction, isPostgres } from '$lib/server/db/transaction';

export interface StoredSheet {
	groupKey: string;
	categoryKey: string;
	sheet: GroupSheet;
	view: SheetView;
	/** Goes up with every stored change; 0 for a sheet nobody has written to. */
	version: number;
}

/** What an edit did; the stored outcome of the first attempt is kept so a retry can report it. */
export type StoredOutcome = 'applied' | 'unchanged' | 'conflict';

export type SheetWrite =
	| ({ outcome: StoredOutcome } & Omit<StoredSheet, 'groupKey' | 'categoryKey'>)
	/** This edit id was handled before (a retry): nothing changed; `original` says what happened then. */
	| ({ outcome: 'duplicate'; original: StoredOutcome | null } & Omit<StoredSheet, 'groupKey' | 'categoryKey'>)
	/** The domain refused the edit; nothing changed and the id is not used up. */
	| ({ outcome: 'rejected'; problem: SheetProblem } & Omit<StoredSheet, 'groupKey' | 'categoryKey'>)
	/** The workshop is closed: read-only. */
	| { outcome: 'read_only' }
	/** No such workshop, or it has no such group analysing this category. */
	| { outcome: 'not_found' };

function hasSheet(groups: readonly TableGroup[], groupKey: string, categoryKey: string): boolean {
	return groups.some((group) => group.key === groupKey && group.categoryKeys.includes(categoryKey));
}

function stored(groupKey: string, categoryKey: string, sheet: GroupSheet, version: number): StoredSheet {
	return { groupKey, categoryKey, sheet, view: sheetView(sheet), version };
}

async function readRow(db: Kysely<Database>, workshopId: string, groupKey: string, categoryKey: string, lock: boolean) {
	return db
		.selectFrom('group_sheet')
		.select(['sheet', 'version'])
		.where('workshop_id', '=', workshopId)
		.where('group_key', '=', groupKey)
		.where('category_key', '=', categoryKey)
		.$if(lock && isPostgres(db), (qb) => qb.forUpdate())
		.executeTakeFirst();
}

/**
 * The group's sheet for a category of this workshop; an empty one (version 0, not stored) when
 * nobody has written to it yet. Undefined when the workshop has no such group analysing the
 * category.
 */
export async function load(
	db: Kysely<Database>,
	workshopId: string,
	groupKey: string,
	category: Category
): Promise<StoredSheet | undefined> {
	const workshop = await db.selectFrom('workshop').select('groups').where('id', '=', workshopId).executeTakeFirst();
	if (!workshop || !hasSheet(JSON.parse(workshop.groups) as TableGroup[], groupKey, category.key)) return undefined;
	const row = await readRow(db, workshopId, groupKey, category.key, false);
	if (!row) return stored(groupKey, category.key, newGroupSheet(groupKey, category), 0);
	return stored(groupKey, category.key, JSON.parse(row.sheet) as GroupSheet, row.version);
}

/** Every stored sheet of the workshop (projector, action plan), by group then category. */
export async function listForWorkshop(db: Kysely<Database>, workshopId: string): Promise<StoredSheet[]> {
	const rows = await db
		.selectFrom('group_sheet')
		.select(['group_key', 'category_key', 'sheet', 'version'])
		.where('workshop_id', '=', workshopId)
		.orderBy('group_key')
		.orderBy('category_key')
		.execute();
	return rows.map((r) => stored(r.group_key, r.category_key, JSON.parse(r.sheet) as GroupSheet, r.version));
}

/** Applies one member's edit; see the top of this file. `edit.author` is set by the route from the session. */
export function applyEdit(
	db: Kysely<Database>,
	workshopId: string,
	groupKey: string,
	edit: SheetEdit,
	category: Category
): Promise<SheetWrite> {
	return write(db, workshopId, groupKey, category, edit.editId, edit.author, (sheet) => applySheetEdit(sheet, edit));
}

/** The group settles a conflict (`resolveConflict`), in the same way as an edit. */
export function resolve(
	db: Kysely<Database>,
	workshopId: string,
	groupKey: string,
	resolution: Resolution,
	category: Category
): Promise<SheetWrite> {
	return write(db, workshopId, groupKey, category, resolution.editId, resolution.author, (sheet) =>
		resolveConflict(sheet, resolution)
	);
}

async function write(
	db: Kysely<Database>,
	workshopId: string,
	groupKey: string,
	category: Category,
	editId: string,
	author: string,
	apply: (sheet: GroupSheet) => EditOutcome
): Promise<SheetWrite> {
	return inTransaction(db, async (trx) => {
		const postgres = isPostgres(trx);
		// Locks are always taken in this order (workshop, edit id, sheet), so edits cannot deadlock.
		const workshop = await trx
			.selectFrom('workshop')
			.select(['groups', 'closed_at'])
			.where('id', '=', workshopId)
			.$if(postgres, (qb) => qb.forShare())
			.executeTakeFirst();
		if (!workshop || !hasSheet(JSON.parse(workshop.groups) as TableGroup[], groupKey, category.key)) {
			return { outcome: 'not_found' } as const;
		}
		if (workshop.closed_at !== null) return { outcome: 'read_only' } as const;

		const at = now();
		// Claim the edit id. A concurrent claim of the same id waits here for ours to commit, then
		// finds it taken.
		const claimed = await trx
			.insertInto('sheet_edit')
			.values({
				workshop_id: workshopId,
				edit_id: editId,
				group_key: groupKey,
				category_key: category.key,
				author,
				outcome: 'pending',
				applied_at: at
			})
			.onConflict((oc) => oc.columns(['workshop_id', 'edit_id']).doNothing())
			.returning('edit_id')
			.executeTakeFirst();
		if (!claimed) {
			const first = await trx
				.selectFrom('sheet_edit')
				.select('outcome')
				.where('workshop_id', '=', workshopId)
				.where('edit_id', '=', editId)
				.executeTakeFirst();
			const current = await readRow(trx, workshopId, groupKey, category.key, false);
			const sheet = current ? (JSON.parse(current.sheet) as GroupSheet) : newGroupSheet(groupKey, category);
			return {
				outcome: 'duplicate',
				original: (first?.outcome as StoredOutcome | undefined) ?? null,
				sheet,
				view: sheetView(sheet),
				version: current?.version ?? 0
			} as const;
		}

		// Make sure the row exists so there is something to lock: two first edits of an empty sheet
		// would otherwise both start from nothing.
		await trx
			.insertInto('group_sheet')
			.values({
				workshop_id: workshopId,
				group_key: groupKey,
				category_key: category.key,
				sheet: JSON.stringify(newGroupSheet(groupKey, category)),
				version: 0,
				updated_at: at
			})
			.onConflict((oc) => oc.columns(['workshop_id', 'group_key', 'category_key']).doNothing())
			.execute();
		const row = await readRow(trx, workshopId, groupKey, category.key, true);
		if (!row) throw new Error('group sheet vanished inside its transaction');
		const before = JSON.parse(row.sheet) as GroupSheet;

		const result = apply(before);
		const forget = () =>
			trx.deleteFrom('sheet_edit').where('workshop_id', '=', workshopId).where('edit_id', '=', editId).execute();
		if (result.outcome === 'rejected') {
			await forget();
			return { outcome: 'rejected', problem: result.problem, sheet: before, view: sheetView(before), version: row.version } as const;
		}
		if (result.outcome === 'duplicate') {
			// The sheet knows every id sheet_edit does, so this is not expected; answered as a retry all the same.
			await forget();
			return { outcome: 'duplicate', original: null, sheet: before, view: sheetView(before), version: row.version } as const;
		}

		const version = row.version + 1;
		await trx
			.updateTable('group_sheet')
			.set({ sheet: JSON.stringify(result.sheet), version, updated_at: at })
			.where('workshop_id', '=', workshopId)
			.where('group_key', '=', groupKey)
			.where('category_key', '=', category.key)
			.execute();
		await trx
			.updateTable('sheet_edit')
			.set({ outcome: result.outcome })
			.where('workshop_id', '=', workshopId)
			.where('edit_id', '=', editId)
			.execute();
		return { outcome: result.outcome, sheet: result.sheet, view: sheetView(result.sheet), version } as const;
	});
}
