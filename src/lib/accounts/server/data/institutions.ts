import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';
import * as audit from '$lib/audit/server/data/audit';

export interface Institution {
	id: string;
	name: string;
	/** Scans, workshops and surveys untouched for longer are deleted by housekeeping; null keeps them. */
	retentionMonths: number | null;
}

/** The periods an admin can choose (decision record 0023); null is "until someone deletes it". */
export const RETENTION_MONTHS = [6, 12, 24, 36, 60] as const;

export async function create(db: Kysely<Database>, name: string): Promise<Institution> {
	const row = { id: newId(), name, created_at: now() };
	await audit.audited(
		db,
		(trx) => trx.insertInto('institution').values(row).execute(),
		() => ({ institutionId: row.id, action: 'create', objectKind: 'institution', objectId: row.id })
	);
	return { id: row.id, name, retentionMonths: null };
}

export async function get(db: Kysely<Database>, id: string): Promise<Institution | undefined> {
	const row = await db.selectFrom('institution').select(['id', 'name', 'retention_months']).where('id', '=', id).executeTakeFirst();
	return row && { id: row.id, name: row.name, retentionMonths: row.retention_months };
}

export async function rename(db: Kysely<Database>, id: string, name: string): Promise<void> {
	await audit.audited(
		db,
		(trx) => trx.updateTable('institution').set({ name }).where('id', '=', id).executeTakeFirst(),
		(result) => (Number(result.numUpdatedRows) > 0 ? { institutionId: id, action: 'update', objectKind: 'institution', objectId: id, fields: ['name'] } : undefined)
	);
}

/**
 * The institution set up on the first visit: the one whose toolkit a visitor without an account
 * sees (decision record 0038). An install serves one institution; more exist only when made
 * directly in the database, and then the first stays the public one.
 */
export async function first(db: Kysely<Database>): Promise<Institution | undefined> {
	const row = await db.selectFrom('institution').select(['id', 'name', 'retention_months']).orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();
	return row && { id: row.id, name: row.name, retentionMonths: row.retention_months };
}

export async function count(db: Kysely<Database>): Promise<number> {
	const row = await db.selectFrom('institution').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function setRetention(db: Kysely<Database>, id: string, months: number | null): Promise<void> {
	await audit.audited(
		db,
		(trx) => trx.updateTable('institution').set({ retention_months: months }).where('id', '=', id).executeTakeFirst(),
		(result) => (Number(result.numUpdatedRows) > 0 ? { institutionId: id, action: 'update', objectKind: 'institution', objectId: id, fields: ['retention_months'] } : undefined)
	);
}

/** The institutions that chose a retention period, with it. */
export async function listWithRetention(db: Kysely<Database>): Promise<{ id: string; retentionMonths: number }[]> {
	const rows = await db.selectFrom('institution').select(['id', 'retention_months']).where('retention_months', 'is not', null).execute();
	return rows.map((r) => ({ id: r.id, retentionMonths: Number(r.retention_months) }));
}

/** The value of the single sign-on institution claim that names this institution, or null. */
export async function ssoValue(db: Kysely<Database>, id: string): Promise<string | null> {
	const row = await db.selectFrom('institution').select('sso_value').where('id', '=', id).executeTakeFirst();
	return row?.sso_value ?? null;
}

/** Sets it (already normalised); false when another institution has this value. */
export async function setSsoValue(db: Kysely<Database>, id: string, value: string | null): Promise<boolean> {
	if (value !== null) {
		const other = await db.selectFrom('institution').select('id').where('sso_value', '=', value).where('id', '!=', id).executeTakeFirst();
		if (other) return false;
	}
	try {
		await db.updateTable('institution').set({ sso_value: value }).where('id', '=', id).execute();
		return true;
	} catch (e) {
		// Another administrator took the value at the same moment (the unique index).
		if (value !== null && (await db.selectFrom('institution').select('id').where('sso_value', '=', value).where('id', '!=', id).executeTakeFirst())) return false;
		throw e;
	}
}

/** The institution named by the first of these claim values that names one. */
export async function findBySsoValues(db: Kysely<Database>, values: readonly string[]): Promise<Institution | undefined> {
	if (values.length === 0) return undefined;
	const rows = await db.selectFrom('institution').select(['id', 'name', 'retention_months', 'sso_value']).where('sso_value', 'in', values).execute();
	rows.sort((a, b) => values.indexOf(a.sso_value!) - values.indexOf(b.sso_value!));
	const row = rows[0];
	return row && { id: row.id, name: row.name, retentionMonths: row.retention_months };
}
