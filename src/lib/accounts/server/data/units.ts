import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';
import * as audit from '$lib/audit/server/data/audit';

export const UNIT_KINDS = ['sector', 'programme'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
	id: string;
	institutionId: string;
	name: string;
	kind: UnitKind;
}

export async function create(db: Kysely<Database>, institutionId: string, name: string, kind: UnitKind): Promise<Unit> {
	const id = newId();
	await audit.audited(
		db,
		(trx) => trx.insertInto('unit').values({ id, institution_id: institutionId, name, kind, created_at: now() }).execute(),
		() => ({ institutionId, action: 'create', objectKind: 'unit', objectId: id })
	);
	return { id, institutionId, name, kind };
}

export async function listForInstitution(db: Kysely<Database>, institutionId: string): Promise<Unit[]> {
	const rows = await db
		.selectFrom('unit')
		.select(['id', 'institution_id', 'name', 'kind'])
		.where('institution_id', '=', institutionId)
		.orderBy('kind')
		.orderBy('name')
		.execute();
	return rows.map((r) => ({ id: r.id, institutionId: r.institution_id, name: r.name, kind: r.kind as UnitKind }));
}

/** A unit, only when it belongs to the given institution. */
export async function getInInstitution(db: Kysely<Database>, institutionId: string, id: string): Promise<Unit | undefined> {
	const r = await db
		.selectFrom('unit')
		.select(['id', 'institution_id', 'name', 'kind'])
		.where('id', '=', id)
		.where('institution_id', '=', institutionId)
		.executeTakeFirst();
	return r && { id: r.id, institutionId: r.institution_id, name: r.name, kind: r.kind as UnitKind };
}

export async function nameTaken(db: Kysely<Database>, institutionId: string, name: string): Promise<boolean> {
	const r = await db
		.selectFrom('unit')
		.select('id')
		.where('institution_id', '=', institutionId)
		.where('name', '=', name)
		.executeTakeFirst();
	return !!r;
}

/** Whether a scan, survey, survey response or workshop points at the unit: deleting it would break them. */
export async function isInUse(db: Kysely<Database>, id: string): Promise<boolean> {
	for (const table of ['scan', 'survey', 'survey_response', 'workshop'] as const) {
		if (await db.selectFrom(table).select('unit_id').where('unit_id', '=', id).limit(1).executeTakeFirst()) return true;
	}
	return false;
}

export async function destroy(db: Kysely<Database>, institutionId: string, id: string): Promise<void> {
	await audit.audited(
		db,
		(trx) => trx.deleteFrom('unit').where('id', '=', id).where('institution_id', '=', institutionId).executeTakeFirst(),
		(result) => (Number(result.numDeletedRows) > 0 ? { institutionId, action: 'delete', objectKind: 'unit', objectId: id } : undefined)
	);
}
