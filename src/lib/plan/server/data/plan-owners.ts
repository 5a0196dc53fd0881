/**
 * The columns a scan, a workshop and a survey share: what it is about (institution, unit, level),
 * its title, the instrument version it uses, its action plan and when it was made and changed.
 * Each table's data module makes its rows with `createWithPlan`, selects them with `scopeColumns`
 * (after joining `unit` for its name) and reads them back with `toScoped`; it adds only its own
 * columns.
 *
 * @example
 * const id = await createWithPlan(db, 'scan', input, (trx, shared) => trx.insertInto('scan').values({ ...shared, created_by: userId }).execute());
 * const row = await db.selectFrom('scan').leftJoin('unit', 'unit.id', 'scan.unit_id')
 *   .select([...scopeColumns('scan'), 'scan.created_by']).where('scan.id', '=', id).executeTakeFirstOrThrow();
 * const scan = { ...toScoped(row), createdBy: row.created_by };
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { ScanLevel } from '$lib/scan/scan';
import { newId, now } from '$lib/server/db/ids';
import { inTransaction } from '$lib/server/db/transaction';
import * as actionPlans from './action-plans';
import * as audit from '$lib/audit/server/data/audit';

/** The tables that own an action plan (the same names `actionPlans.removeWithOwner` takes). */
export type PlanOwner = 'scan' | 'workshop' | 'survey';

/** What every plan owner says about itself, as the domain names it. */
export interface Scoped {
	id: string;
	institutionId: string;
	unitId: string | null;
	/** The unit's name, read with the row; null for the whole institution. */
	unitName: string | null;
	level: ScanLevel;
	title: string;
	instrumentKey: string;
	instrumentVersion: number;
	/**
	 * Whether that version is one the institution published itself (read with the row, so that
	 * finding the instrument of a shipped version asks the database nothing more).
	 */
	ownInstrument: boolean;
	actionPlanId: string;
	createdAt: string;
	updatedAt: string;
}

/** What a caller gives to make a plan owner (the id, plan and times are made here). */
export interface ScopeInput {
	institutionId: string;
	unitId: string | null;
	level: ScanLevel;
	title: string;
	instrumentKey: string;
	instrumentVersion: number;
}

/** The shared columns of a new row, for `insertInto(table).values({ ...shared, … })`. */
export type ScopeValues = ReturnType<typeof scopeValues>;

function scopeValues(id: string, input: ScopeInput, actionPlanId: string, at: string) {
	return {
		id,
		institution_id: input.institutionId,
		unit_id: input.unitId,
		level: input.level,
		title: input.title,
		instrument_key: input.instrumentKey,
		instrument_version: input.instrumentVersion,
		action_plan_id: actionPlanId,
		created_at: at,
		updated_at: at
	};
}

/**
 * Makes a plan owner and its empty action plan in one transaction (the caller's, when `db` is
 * one): `insert` writes the row from the shared values and the table's own. The audit trail
 * records the creation in the same transaction. Returns the new id.
 */
export async function createWithPlan(
	db: Kysely<Database>,
	owner: PlanOwner,
	input: ScopeInput,
	insert: (trx: Kysely<Database>, shared: ScopeValues) => Promise<unknown>
): Promise<string> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		const planId = await actionPlans.create(trx, input);
		await insert(trx, scopeValues(id, input, planId, now()));
		await audit.record(trx, { institutionId: input.institutionId, action: 'create', objectKind: owner, objectId: id });
	});
	return id;
}

/** The shared columns to select from `table` joined with `unit` (for the unit's name). */
export function scopeColumns<T extends PlanOwner>(table: T) {
	const column = (name: string) => sql.ref(`${table}.${name}`);
	return [
		sql<number | null>`(select 1 from instrument_version where instrument_version.institution_id = ${column('institution_id')} and instrument_version.instrument_key = ${column('instrument_key')} and instrument_version.version = ${column('instrument_version')})`.as(
			'own_instrument'
		),
		`${table}.id`,
		`${table}.institution_id`,
		`${table}.unit_id`,
		'unit.name as unit_name',
		`${table}.level`,
		`${table}.title`,
		`${table}.instrument_key`,
		`${table}.instrument_version`,
		`${table}.action_plan_id`,
		`${table}.created_at`,
		`${table}.updated_at`
	] as const;
}

/** A row as `scopeColumns` selects it. */
export interface ScopeRow {
	id: string;
	institution_id: string;
	unit_id: string | null;
	unit_name: string | null;
	level: string;
	title: string;
	instrument_key: string;
	instrument_version: number;
	own_instrument: number | null;
	action_plan_id: string;
	created_at: string;
	updated_at: string;
}

export function toScoped(r: ScopeRow): Scoped {
	return {
		id: r.id,
		institutionId: r.institution_id,
		unitId: r.unit_id,
		unitName: r.unit_name,
		// Written only from a checked `ScanLevel` (see `checkScope`).
		level: r.level as ScanLevel,
		title: r.title,
		instrumentKey: r.instrument_key,
		instrumentVersion: r.instrument_version,
		ownInstrument: r.own_instrument !== null,
		actionPlanId: r.action_plan_id,
		createdAt: r.created_at,
		updatedAt: r.updated_at
	};
}
