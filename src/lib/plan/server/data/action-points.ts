/** Action points of a plan, with the factors each is linked to (action_point_factor). */
import type { Kysely } from 'kysely';
import { inTransaction } from '$lib/server/db/transaction';
import type { Database } from '$lib/server/db/schema';
import type { ActionPoint, ActionPointInput, ActionStatus } from '$lib/plan/action-plan';
import { newId, now } from '$lib/server/db/ids';
import { changedFields } from '$lib/audit/audit';
import * as audit from '$lib/audit/server/data/audit';
import { institutionOf } from './action-plans';

export async function list(db: Kysely<Database>, planId: string): Promise<ActionPoint[]> {
	const rows = await db
		.selectFrom('action_point')
		.selectAll()
		.where('action_plan_id', '=', planId)
		.orderBy('position')
		.orderBy('created_at')
		.execute();
	if (rows.length === 0) return [];
	const links = await db
		.selectFrom('action_point_factor')
		.select(['action_point_id', 'factor_key'])
		.where(
			'action_point_id',
			'in',
			rows.map((r) => r.id)
		)
		.orderBy('factor_key')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		categoryKey: r.category_key,
		text: r.text,
		owner: r.owner,
		dueDate: r.due_date,
		status: r.status as ActionStatus,
		successCriterion: r.success_criterion,
		position: r.position,
		factorKeys: links.filter((l) => l.action_point_id === r.id).map((l) => l.factor_key)
	}));
}

export async function get(db: Kysely<Database>, planId: string, id: string): Promise<ActionPoint | undefined> {
	return (await list(db, planId)).find((p) => p.id === id);
}

/** Adds a point at the end of its plan; the point and its factor links are written in one transaction. */
export async function add(db: Kysely<Database>, planId: string, input: ActionPointInput): Promise<string> {
	const id = newId();
	await inTransaction(db, async (trx) => {
		const last = await trx
			.selectFrom('action_point')
			.select((eb) => eb.fn.max('position').as('p'))
			.where('action_plan_id', '=', planId)
			.executeTakeFirst();
		const position = Number(last?.p ?? 0) + 1;
		const at = now();
		await trx
			.insertInto('action_point')
			.values({
				id,
				action_plan_id: planId,
				...pointColumns(input),
				position,
				created_at: at,
				updated_at: at
			})
			.execute();
		await writeFactors(trx, id, input.factorKeys);
		await recordPoint(trx, planId, id, 'create');
	});
	return id;
}

/** Updates a point of this plan; false when the plan has no such point. */
export async function update(db: Kysely<Database>, planId: string, id: string, input: ActionPointInput): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const before = await auditedParts(trx, planId, id);
		const result = await trx
			.updateTable('action_point')
			.set({ ...pointColumns(input), updated_at: now() })
			.where('id', '=', id)
			.where('action_plan_id', '=', planId)
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) return false;
		await trx.deleteFrom('action_point_factor').where('action_point_id', '=', id).execute();
		await writeFactors(trx, id, input.factorKeys);
		const after = { ...pointColumns(input), factors: [...new Set(input.factorKeys)].sort() };
		await recordPoint(trx, planId, id, 'update', changedFields(before, after, POINT_FIELDS).map(fieldName));
		return true;
	});
}

export async function remove(db: Kysely<Database>, planId: string, id: string): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const result = await trx.deleteFrom('action_point').where('id', '=', id).where('action_plan_id', '=', planId).executeTakeFirst();
		if (Number(result.numDeletedRows) !== 1) return false;
		await recordPoint(trx, planId, id, 'delete');
		return true;
	});
}

/** The columns of a point the audit trail names when they change, and the name it gives each. */
const POINT_FIELDS = ['category_key', 'text', 'owner', 'due_date', 'status', 'success_criterion', 'factors'] as const;
const fieldName = (column: string) => (column === 'category_key' ? 'category' : column);

async function auditedParts(trx: Kysely<Database>, planId: string, id: string) {
	const row = await trx
		.selectFrom('action_point')
		.select(['category_key', 'text', 'owner', 'due_date', 'status', 'success_criterion'])
		.where('id', '=', id)
		.where('action_plan_id', '=', planId)
		.executeTakeFirst();
	if (!row) return undefined;
	const links = await trx.selectFrom('action_point_factor').select('factor_key').where('action_point_id', '=', id).orderBy('factor_key').execute();
	return { ...row, factors: links.map((l) => l.factor_key) };
}

async function recordPoint(trx: Kysely<Database>, planId: string, id: string, action: 'create' | 'update' | 'delete', fields: string[] = []): Promise<void> {
	if (action === 'update' && fields.length === 0) return;
	const institutionId = await institutionOf(trx, planId);
	if (institutionId) await audit.record(trx, { institutionId, action, objectKind: 'action_point', objectId: id, fields });
}

/** The columns an action point's input fills, when it is added and when it is changed. */
function pointColumns(input: ActionPointInput) {
	return {
		category_key: input.categoryKey,
		text: input.text,
		owner: input.owner,
		due_date: input.dueDate,
		status: input.status,
		success_criterion: input.successCriterion
	};
}

async function writeFactors(db: Kysely<Database>, pointId: string, factorKeys: readonly string[]): Promise<void> {
	const unique = [...new Set(factorKeys)];
	if (unique.length === 0) return;
	await db
		.insertInto('action_point_factor')
		.values(unique.map((factor_key) => ({ action_point_id: pointId, factor_key })))
		.execute();
}
