/** Self-scans: who scans what (institution or unit), with which instrument version. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { ScanLevel } from '$lib/scan/scan';
import { newId, now } from '$lib/server/db/ids';
import * as actionPlans from '$lib/plan/server/data/action-plans';

export interface Scan {
	id: string;
	institutionId: string;
	unitId: string | null;
	unitName: string | null;
	level: ScanLevel;
	title: string;
	instrumentKey: string;
	instrumentVersion: number;
	actionPlanId: string;
	createdBy: string;
	createdAt: string;
	updatedAt: string;
}

export interface ScanSummary extends Scan {
	answered: number;
}

/** Creates a scan and its (empty) action plan together. */
export async function create(
	db: Kysely<Database>,
	input: {
		institutionId: string;
		unitId: string | null;
		level: ScanLevel;
		title: string;
		instrumentKey: string;
		instrumentVersion: number;
		createdBy: string;
	}
): Promise<string> {
	const id = newId();
	await db.transaction().execute(async (trx) => {
		const planId = await actionPlans.create(trx, input);
		const at = now();
		await trx
			.insertInto('scan')
			.values({
				id,
				institution_id: input.institutionId,
				unit_id: input.unitId,
				level: input.level,
				title: input.title,
				instrument_key: input.instrumentKey,
				instrument_version: input.instrumentVersion,
				action_plan_id: planId,
				created_by: input.createdBy,
				created_at: at,
				updated_at: at
			})
			.execute();
	});
	return id;
}

function baseQuery(db: Kysely<Database>) {
	return db
		.selectFrom('scan')
		.leftJoin('unit', 'unit.id', 'scan.unit_id')
		.select([
			'scan.id',
			'scan.institution_id',
			'scan.unit_id',
			'unit.name as unit_name',
			'scan.level',
			'scan.title',
			'scan.instrument_key',
			'scan.instrument_version',
			'scan.action_plan_id',
			'scan.created_by',
			'scan.created_at',
			'scan.updated_at'
		]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toScan = (r: Row): Scan => ({
	id: r.id,
	institutionId: r.institution_id,
	unitId: r.unit_id,
	unitName: r.unit_name,
	level: r.level as ScanLevel,
	title: r.title,
	instrumentKey: r.instrument_key,
	instrumentVersion: r.instrument_version,
	actionPlanId: r.action_plan_id,
	createdBy: r.created_by,
	createdAt: r.created_at,
	updatedAt: r.updated_at
});

/** A scan, only when it belongs to the given institution: the one door through which routes read scans. */
export async function getInInstitution(db: Kysely<Database>, institutionId: string, id: string): Promise<Scan | undefined> {
	const r = await baseQuery(db).where('scan.id', '=', id).where('scan.institution_id', '=', institutionId).executeTakeFirst();
	return r && toScan(r);
}

export async function listForInstitution(db: Kysely<Database>, institutionId: string): Promise<ScanSummary[]> {
	const rows = await baseQuery(db)
		.select((eb) =>
			eb
				.selectFrom('scan_answer')
				.select((e) => e.fn.countAll().as('n'))
				.whereRef('scan_answer.scan_id', '=', 'scan.id')
				.where((w) =>
					w.and([
						w.or([w('current_phase', 'is not', null), w('current_unknown', '=', 1)]),
						w.or([w('desired_phase', 'is not', null), w('desired_unknown', '=', 1)])
					])
				)
				.as('answered')
		)
		.where('scan.institution_id', '=', institutionId)
		.orderBy('scan.updated_at', 'desc')
		.execute();
	return rows.map((r) => ({ ...toScan(r), answered: Number(r.answered ?? 0) }));
}

export async function touch(db: Kysely<Database>, id: string): Promise<void> {
	await db.updateTable('scan').set({ updated_at: now() }).where('id', '=', id).execute();
}

export async function rename(db: Kysely<Database>, id: string, title: string): Promise<void> {
	await db.updateTable('scan').set({ title, updated_at: now() }).where('id', '=', id).execute();
}

/** Deletes a scan of this institution with everything it holds (its answers) and its action plan; false when it has no such scan. */
export function remove(db: Kysely<Database>, institutionId: string, id: string): Promise<boolean> {
	return actionPlans.removeWithOwner(db, 'scan', institutionId, id);
}
