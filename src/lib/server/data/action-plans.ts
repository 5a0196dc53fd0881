/** Action plans and their per-category priorities. A plan belongs to a scan, a workshop or a survey. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Priority } from '$lib/domain/action-plan';
import { newId, now } from './ids';
import { inTransaction } from './transaction';

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

/** Sets (or replaces) the priority of one category. */
export async function setPriority(db: Kysely<Database>, planId: string, priority: Priority): Promise<void> {
	await db
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
}

export async function clearPriority(db: Kysely<Database>, planId: string, categoryKey: string): Promise<void> {
	await db.deleteFrom('plan_priority').where('action_plan_id', '=', planId).where('category_key', '=', categoryKey).execute();
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
		return true;
	});
}
