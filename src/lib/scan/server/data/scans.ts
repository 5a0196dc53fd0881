/** Self-scans: who scans what (institution or unit), with which instrument version. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import * as audit from '$lib/audit/server/data/audit';
import { inTransaction } from '$lib/server/db/transaction';
import { prepared } from '$lib/server/db/prepared';
import { createWithPlan, scopeColumns, toScoped, type ScopeInput, type Scoped } from '$lib/plan/server/data/plan-owners';

export interface Scan extends Scoped {
	createdBy: string;
}

export interface ScanSummary extends Scan {
	answered: number;
}

/** Creates a scan and its (empty) action plan together. */
export function create(db: Kysely<Database>, input: ScopeInput & { createdBy: string }): Promise<string> {
	return createWithPlan(db, 'scan', input, (trx, shared) => trx.insertInto('scan').values({ ...shared, created_by: input.createdBy }).execute());
}

function baseQuery(db: Kysely<Database>) {
	return db.selectFrom('scan').leftJoin('unit', 'unit.id', 'scan.unit_id').select([...scopeColumns('scan'), 'scan.created_by']);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toScan = (r: Row): Scan => ({ ...toScoped(r), createdBy: r.created_by });

/** A scan, only when it belongs to the given institution: the one door through which routes read scans. */
export async function getInInstitution(db: Kysely<Database>, institutionId: string, id: string): Promise<Scan | undefined> {
	const [r] = (await inInstitution(db, { id, institutionId })).rows;
	return r && toScan(r);
}

// Prepared once: every write to a scan starts here (decision record 0058).
const inInstitution = prepared((db, p: { id: string; institutionId: string }) => baseQuery(db).where('scan.id', '=', p.id).where('scan.institution_id', '=', p.institutionId));

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
	await inTransaction(db, async (trx) => {
		const row = await trx.updateTable('scan').set({ title, updated_at: now() }).where('id', '=', id).returning('institution_id').executeTakeFirst();
		if (row) await audit.record(trx, { institutionId: row.institution_id, action: 'update', objectKind: 'scan', objectId: id, fields: ['title'] });
	});
}

/** Deletes a scan of this institution with everything it holds (its answers) and its action plan; false when it has no such scan. */
export function remove(db: Kysely<Database>, institutionId: string, id: string): Promise<boolean> {
	return actionPlans.removeWithOwner(db, 'scan', institutionId, id);
}
