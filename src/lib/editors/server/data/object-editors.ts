/** The co-editors of scans and surveys (table `object_editor`, migration 0019). */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';
import type { EditableKind } from '$lib/editors/editors';

const column = (kind: EditableKind) => (kind === 'scan' ? 'scan_id' : 'survey_id');

export interface Editor {
	userId: string;
	name: string;
	email: string;
}

/** The co-editors of one scan or survey, by name. */
export async function list(db: Kysely<Database>, kind: EditableKind, objectId: string): Promise<Editor[]> {
	const rows = await db
		.selectFrom('object_editor')
		.innerJoin('app_user', 'app_user.id', 'object_editor.user_id')
		.select(['app_user.id', 'app_user.name', 'app_user.email'])
		.where(`object_editor.${column(kind)}`, '=', objectId)
		.orderBy('app_user.name')
		.execute();
	return rows.map((r) => ({ userId: r.id, name: r.name, email: r.email }));
}

/** The ids of its co-editors: what the rule of who may change it needs. */
export async function userIds(db: Kysely<Database>, kind: EditableKind, objectId: string): Promise<string[]> {
	return (await list(db, kind, objectId)).map((e) => e.userId);
}

export async function add(db: Kysely<Database>, input: { kind: EditableKind; objectId: string; institutionId: string; userId: string; addedBy: string }): Promise<void> {
	await db
		.insertInto('object_editor')
		.values({
			institution_id: input.institutionId,
			user_id: input.userId,
			scan_id: input.kind === 'scan' ? input.objectId : null,
			survey_id: input.kind === 'survey' ? input.objectId : null,
			added_by: input.addedBy,
			added_at: now()
		})
		.execute();
}

/** Takes a co-editor off; false when they were not one. */
export async function remove(db: Kysely<Database>, kind: EditableKind, objectId: string, userId: string): Promise<boolean> {
	const result = await db.deleteFrom('object_editor').where(column(kind), '=', objectId).where('user_id', '=', userId).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
