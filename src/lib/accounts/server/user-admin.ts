/**
 * An administrator's changes to the accounts of the institution (decision record 0043): role,
 * disable, enable and remove. Each runs in one transaction that first locks the institution's row
 * (PostgreSQL; SQLite has one writer at a time), so two administrators demoting each other at the
 * same moment cannot leave the institution without an active administrator: the rule
 * (`userChangeProblem`) is checked against the accounts as they are when the change is stored.
 *
 * These are the write functions an audit trail records: `changeRole`, `disableUser`,
 * `enableUser`, `removeUser` (and, for co-editors, `addEditor`/`removeEditor` in
 * `$lib/editors/server/editors`).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as audit from '$lib/audit/server/data/audit';
import { inTransaction, isPostgres } from '$lib/server/db/transaction';
import * as users from './data/users';
import * as sessions from './data/sessions';
import { userChangeProblem, type UserChange, type UserChangeProblem } from '$lib/accounts/user-admin';

export type Outcome = { ok: true } | { ok: false; problem: UserChangeProblem };

/** Runs `change` after checking it, with the institution locked against a concurrent change. */
async function guarded(db: Kysely<Database>, institutionId: string, actorId: string, targetId: string, change: UserChange, store: (trx: Kysely<Database>) => Promise<void>): Promise<Outcome> {
	return inTransaction(db, async (trx) => {
		if (isPostgres(trx)) await sql`select id from institution where id = ${institutionId} for update`.execute(trx);
		const accounts = (await users.listManaged(trx, institutionId)).map((u) => ({ id: u.id, role: u.role, disabled: u.disabledAt !== null }));
		const problem = userChangeProblem(accounts, actorId, targetId, change);
		if (problem) return { ok: false as const, problem };
		await store(trx);
		// The audit trail says what was done to which account, never its name (decision record 0044).
		await audit.record(trx, {
			institutionId,
			action: change.kind === 'remove' ? 'delete' : 'update',
			objectKind: 'user',
			objectId: targetId,
			actorUserId: actorId,
			fields: change.kind === 'role' ? ['role'] : change.kind === 'remove' ? [] : ['disabled']
		});
		return { ok: true as const };
	});
}

export function changeRole(db: Kysely<Database>, institutionId: string, actorId: string, targetId: string, role: users.Role): Promise<Outcome> {
	return guarded(db, institutionId, actorId, targetId, { kind: 'role', role }, (trx) => users.setRole(trx, institutionId, targetId, role));
}

/** Disables the account and ends its sessions at once, in the same transaction. */
export function disableUser(db: Kysely<Database>, institutionId: string, actorId: string, targetId: string, at = new Date()): Promise<Outcome> {
	return guarded(db, institutionId, actorId, targetId, { kind: 'disable' }, async (trx) => {
		await users.setDisabled(trx, institutionId, targetId, at.toISOString());
		await sessions.destroyAllOf(trx, targetId);
	});
}

export function enableUser(db: Kysely<Database>, institutionId: string, actorId: string, targetId: string): Promise<Outcome> {
	return guarded(db, institutionId, actorId, targetId, { kind: 'enable' }, (trx) => users.setDisabled(trx, institutionId, targetId, null));
}

/** What an account made or leads, which goes to a colleague when it is removed. */
export interface Holdings {
	scans: number;
	surveys: number;
	workshops: number;
	designs: number;
	invites: number;
	apiTokens: number;
}

/** The tables and columns that name the account that made or leads a row. */
const MADE_BY = [
	['scan', 'created_by'],
	['survey', 'created_by'],
	['workshop', 'leader_id'],
	['course_design', 'created_by'],
	['invite', 'created_by'],
	['api_token', 'created_by'],
	['instrument_version', 'published_by'],
	['object_editor', 'added_by'],
	['catalogue_keeper', 'added_by']
] as const;

export async function holdings(db: Kysely<Database>, userId: string): Promise<Holdings> {
	const count = async (table: 'scan' | 'survey' | 'workshop' | 'course_design' | 'invite' | 'api_token', column: 'created_by' | 'leader_id') =>
		Number((await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${userId}`.execute(db)).rows[0]!.n);
	const [scans, surveys, workshops, designs, invites, apiTokens] = await Promise.all([
		count('scan', 'created_by'),
		count('survey', 'created_by'),
		count('workshop', 'leader_id'),
		count('course_design', 'created_by'),
		count('invite', 'created_by'),
		count('api_token', 'created_by')
	]);
	return { scans, surveys, workshops, designs, invites, apiTokens };
}

export type RemoveOutcome = Outcome | { ok: false; problem: 'successor' };

/**
 * Removes the account; everything it made or leads (scans, surveys, workshops with their action
 * plans, course designs, open invitations, API tokens, published instrument versions) goes to the colleague the
 * administrator chose, an active account of the same institution. Its sessions, its places as
 * co-editor and as keeper of a catalogue go with it (cascade). One transaction: all of it, or nothing.
 */
export async function removeUser(db: Kysely<Database>, institutionId: string, actorId: string, targetId: string, successorId: string): Promise<RemoveOutcome> {
	return inTransaction(db, async (trx) => {
		const successor = await users.getActive(trx, successorId);
		if (!successor || successor.institutionId !== institutionId || successorId === targetId) return { ok: false as const, problem: 'successor' as const };
		return guarded(trx, institutionId, actorId, targetId, { kind: 'remove' }, async () => {
			for (const [table, column] of MADE_BY) {
				await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${successorId} where ${sql.ref(column)} = ${targetId}`.execute(trx);
			}
			// A co-editor who now made the scan or survey needs no place as co-editor of it.
			await trx
				.deleteFrom('object_editor')
				.where('user_id', '=', successorId)
				.where((eb) =>
					eb.or([
						eb('scan_id', 'in', eb.selectFrom('scan').select('id').where('created_by', '=', successorId)),
						eb('survey_id', 'in', eb.selectFrom('survey').select('id').where('created_by', '=', successorId))
					])
				)
				.execute();
			await users.destroy(trx, institutionId, targetId);
		});
	});
}
