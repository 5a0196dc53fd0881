/** Action plans and their per-category priorities. A plan belongs to a scan, a workshop or a survey. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { Priority } from '$lib/plan/action-plan';
import { newId, now } from '$lib/server/db/ids';
import { inTransaction } from '$lib/server/db/transaction';
import * as audit from '$lib/audit/server/data/audit';
import { changedFields } from '$lib/audit/audit';

export async function create(
	db: Kysely<Database>,
	input: { institutionId: string; instrumentKey: string; instrumentVersion: number }
): Promise<string> {
	const id = newId();
	await db
		.insertInto('action_plan')
		.values({
			id,
			institution_id: input.institutionId,
			instrument_key: input.instrumentKey,
			instrument_version: input.instrumentVersion,
			created_at: now()
		})
		.execute();
	return id;
}

export async function listPriorities(db: Kysely<Database>, planId: string): Promise<Priority[]> {
	const rows = await db
		.selectFrom('plan_priority')
		.select(['category_key', 'factor_key', 'reason'])
		.where('action_plan_id', '=', planId)
		.execute();
	return rows.map((r) => ({ categoryKey: r.category_key, factorKey: r.factor_key, reason: r.reason }));
}

/** The institution a plan belongs to (for the audit trail of writes that know only the plan); undefined for no such plan. */
export async function institutionOf(db: Kysely<Database>, planId: string): Promise<string | undefined> {
	const row = await db.selectFrom('action_plan').select('institution_id').where('id', '=', planId).executeTakeFirst();
	return row?.institution_id;
}

/** Records a change of the plan itself (its priorities) in the audit trail, in the caller's transaction. */
async function recordPlanUpdate(trx: Kysely<Database>, planId: string, fields: string[]): Promise<void> {
	const institutionId = await institutionOf(trx, planId);
	if (institutionId && fields.length > 0) await audit.record(trx, { institutionId, action: 'update', objectKind: 'plan', objectId: planId, fields });
}

/** Sets (or replaces) the priority of one category. */
export async function setPriority(db: Kysely<Database>, planId: string, priority: Priority): Promise<void> {
	await inTransaction(db, async (trx) => {
		const before = await trx
			.selectFrom('plan_priority')
			.select(['factor_key', 'reason'])
			.where('action_plan_id', '=', planId)
			.where('category_key', '=', priority.categoryKey)
			.executeTakeFirst();
		await trx
			.insertInto('plan_priority')
			.values({
				action_plan_id: planId,
				category_key: priority.categoryKey,
				factor_key: priority.factorKey,
				reason: priority.reason,
				updated_at: now()
			})
			.onConflict((oc) =>
				oc.columns(['action_plan_id', 'category_key']).doUpdateSet({
					factor_key: priority.factorKey,
					reason: priority.reason,
					updated_at: now()
				})
			)
			.execute();
		const parts = (factor: string, reason: string) => ({ 'priority.factor': factor, 'priority.reason': reason });
		await recordPlanUpdate(trx, planId, changedFields(before && parts(before.factor_key, before.reason), parts(priority.factorKey, priority.reason), ['priority.factor', 'priority.reason']));
	});
}

export async function clearPriority(db: Kysely<Database>, planId: string, categoryKey: string): Promise<void> {
	await inTransaction(db, async (trx) => {
		const result = await trx.deleteFrom('plan_priority').where('action_plan_id', '=', planId).where('category_key', '=', categoryKey).executeTakeFirst();
		if (Number(result.numDeletedRows) > 0) await recordPlanUpdate(trx, planId, ['priority.factor', 'priority.reason']);
	});
}

/**
 * Deletes a scan, workshop or survey of this institution and its action plan, in one transaction;
 * everything else it holds (answers, participants, responses, points) goes by ON DELETE CASCADE.
 * False when the institution has no such row. Decision record 0019.
 */
export async function removeWithOwner(
	db: Kysely<Database>,
	owner: 'scan' | 'workshop' | 'survey',
	institutionId: string,
	id: string
): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		// The three tables share these columns; Kysely cannot type a union of table names.
		const row = await trx
			.deleteFrom(owner as 'scan')
			.where('id', '=', id)
			.where('institution_id', '=', institutionId)
			.returning('action_plan_id')
			.executeTakeFirst();
		if (!row) return false;
		await trx.deleteFrom('action_plan').where('id', '=', row.action_plan_id).execute();
		await audit.record(trx, { institutionId, action: 'delete', objectKind: owner, objectId: id });
		return true;
	});
}

/**
 * Deletes this institution's scans, workshops or surveys that nobody has changed since `cutoff`
 * (its retention period, decision record 0023), each with its plan as `removeWithOwner` does. A
 * change to its action plan counts as a change; a survey also has to have closed before the
 * cutoff: one still collecting answers is never stale.
 * Returns how many.
 */
export async function removeStale(db: Kysely<Database>, owner: 'scan' | 'workshop' | 'survey', institutionId: string, cutoff: Date): Promise<number> {
	const iso = cutoff.toISOString();
	const rows = await db
		.selectFrom(owner as 'scan')
		.select('id')
		.where('institution_id', '=', institutionId)
		.where('updated_at', '<', iso)
		.$if(owner === 'survey', (qb) => qb.where(sql.ref('closes_at'), '<', iso))
		// Work on the action plan counts as a change too: a plan still being followed up stays.
		.where(({ not, exists, selectFrom }) => not(exists(selectFrom('action_point').select('id').whereRef('action_point.action_plan_id', '=', sql.ref(`${owner}.action_plan_id`)).where('action_point.updated_at', '>=', iso))))
		.where(({ not, exists, selectFrom }) => not(exists(selectFrom('plan_priority').select('category_key').whereRef('plan_priority.action_plan_id', '=', sql.ref(`${owner}.action_plan_id`)).where('plan_priority.updated_at', '>=', iso))))
		.execute();
	let removed = 0;
	for (const row of rows) if (await removeWithOwner(db, owner, institutionId, row.id)) removed++;
	return removed;
}
