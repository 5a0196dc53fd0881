/**
 * Live workshops: who leads which workshop for which institution or unit, its agenda, the state the
 * leader moves the room through (with the clock), its table groups, its join code and its share
 * link. A workshop's outcome is an ordinary action plan, created with it.
 *
 * Reads that routes use take the institution id (leaders) or come from a participant's token or a
 * share token: an id from a URL alone never reaches a workshop. Writes take the workshop id the
 * route has just read that way.
 *
 * Concurrent leader commands: every change raises the row's `revision`. Pass the revision you read
 * as `expectedRevision` and a write made on an older one changes nothing and returns undefined
 * (the route reads again and retries, or tells the leader).
 *
 * @example
 * const id = await workshops.create(db, { institutionId, unitId: null, level: 'institution', title,
 *   instrumentKey, instrumentVersion, leaderId, agenda: defaultAgenda(instrument),
 *   groups: defaultGroups(instrument), askNames: false });
 * const w = await workshops.getInInstitution(db, institutionId, id);
 * const r = applyCommand(w.state, { type: 'open_joining' }, w.agenda, Date.now());
 * if (r.ok) await workshops.saveState(db, id, r.state, w.revision);
 * const { code } = await workshops.issueJoinCode(db, id);
 */
import type { Kysely } from 'kysely';
import type { Database, WorkshopTable } from '$lib/server/db/schema';
import { isJoiningOpen, newWorkshopState, type Agenda, type WorkshopState } from '$lib/workshop/workshop';
import type { TableGroup } from '$lib/workshop/table-groups';
import { JOIN_CODE_POLICY, newJoinCode } from '$lib/workshop/join-code';
import { hashToken, newToken } from '$lib/accounts/server/data/sessions';
import { now } from '$lib/server/db/ids';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import * as audit from '$lib/audit/server/data/audit';
import { inTransaction } from '$lib/server/db/transaction';
import { createWithPlan, scopeColumns, toScoped, type ScopeInput, type Scoped } from '$lib/plan/server/data/plan-owners';

export interface Workshop extends Scoped {
	leaderId: string;
	agenda: Agenda;
	state: WorkshopState;
	groups: TableGroup[];
	/** Per category, the group whose agreed scores the action plan takes, when the leader chose one. */
	planGroups: Record<string, string>;
	/** Whether participants are asked for a display name (off by default: anonymous). */
	askNames: boolean;
	/** Canonical form; null until joining is first opened. */
	joinCode: string | null;
	joinCodeExpiresAt: string | null;
	/** Whether a read-only result link exists (the token itself is only known when it is made). */
	shared: boolean;
	/** Goes up with every change; the `expectedRevision` of the next write. */
	revision: number;
	closedAt: string | null;
}

export interface WorkshopSummary extends Workshop {
	participants: number;
}

export interface NewWorkshop extends ScopeInput {
	leaderId: string;
	agenda: Agenda;
	groups: TableGroup[];
	askNames: boolean;
}

/** Creates a workshop (preparing, joining not open) and its empty action plan in one transaction. */
export function create(db: Kysely<Database>, input: NewWorkshop): Promise<string> {
	return createWithPlan(db, 'workshop', input, (trx, shared) =>
		trx
			.insertInto('workshop')
			.values({
				...shared,
				leader_id: input.leaderId,
				agenda: JSON.stringify(input.agenda),
				state: JSON.stringify(newWorkshopState(input.agenda)),
				groups: JSON.stringify(input.groups),
				plan_groups: '{}',
				ask_names: input.askNames ? 1 : 0,
				join_code: null,
				join_code_expires_at: null,
				share_token_hash: null,
				closed_at: null
			})
			.execute()
	);
}

function baseQuery(db: Kysely<Database>) {
	return db
		.selectFrom('workshop')
		.leftJoin('unit', 'unit.id', 'workshop.unit_id')
		.select([
			...scopeColumns('workshop'),
			'workshop.leader_id',
			'workshop.agenda',
			'workshop.state',
			'workshop.groups',
			'workshop.plan_groups',
			'workshop.ask_names',
			'workshop.join_code',
			'workshop.join_code_expires_at',
			'workshop.share_token_hash',
			'workshop.revision',
			'workshop.closed_at'
		]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

// The JSON columns are written only from the domain's typed values (create, saveState, setAgenda,
// setGroups), so they are read back as those types.
const toWorkshop = (r: Row): Workshop => ({
	...toScoped(r),
	leaderId: r.leader_id,
	agenda: JSON.parse(r.agenda) as Agenda,
	state: JSON.parse(r.state) as WorkshopState,
	groups: JSON.parse(r.groups) as TableGroup[],
	planGroups: JSON.parse(r.plan_groups) as Record<string, string>,
	askNames: r.ask_names === 1,
	joinCode: r.join_code,
	joinCodeExpiresAt: r.join_code_expires_at,
	shared: r.share_token_hash !== null,
	revision: Number(r.revision),
	closedAt: r.closed_at
});

/** A workshop, only when it belongs to the given institution: the door through which leaders' routes read workshops. */
export async function getInInstitution(
	db: Kysely<Database>,
	institutionId: string,
	id: string
): Promise<Workshop | undefined> {
	const r = await baseQuery(db).where('workshop.id', '=', id).where('workshop.institution_id', '=', institutionId).executeTakeFirst();
	return r && toWorkshop(r);
}

/**
 * A workshop by id, for participant routes: pass only the `workshopId` of the participant found
 * by their token (`participants.byToken`), never an id taken from the URL.
 */
export async function getById(db: Kysely<Database>, id: string): Promise<Workshop | undefined> {
	const r = await baseQuery(db).where('workshop.id', '=', id).executeTakeFirst();
	return r && toWorkshop(r);
}

/** The institution's workshops, newest first, with how many people joined each. */
export async function listForInstitution(db: Kysely<Database>, institutionId: string): Promise<WorkshopSummary[]> {
	const rows = await baseQuery(db)
		.select((eb) =>
			eb
				.selectFrom('participant')
				.select((e) => e.fn.countAll().as('n'))
				.whereRef('participant.workshop_id', '=', 'workshop.id')
				.as('participants')
		)
		.where('workshop.institution_id', '=', institutionId)
		.orderBy('workshop.created_at', 'desc')
		.orderBy('workshop.id')
		.execute();
	return rows.map((r) => ({ ...toWorkshop(r), participants: Number(r.participants ?? 0) }));
}

/**
 * The workshop a join code lets people into right now: the code (canonical form, see
 * `normaliseJoinCode`) is not expired, the leader has joining open and the workshop is not closed.
 * Anything else is undefined, the same as a code that never existed, so the answer tells a
 * guesser nothing.
 */
export async function findByJoinCode(db: Kysely<Database>, code: string, at: Date = new Date()): Promise<Workshop | undefined> {
	const r = await baseQuery(db)
		.where('workshop.join_code', '=', code)
		.where('workshop.join_code_expires_at', '>', at.toISOString())
		.where('workshop.closed_at', 'is', null)
		.executeTakeFirst();
	if (!r) return undefined;
	const workshop = toWorkshop(r);
	return isJoiningOpen(workshop.state) ? workshop : undefined;
}

/**
 * Gives the workshop a new join code, valid for the policy's lifetime from `at` (issue it when
 * joining opens: join-code.ts explains why the code's length depends on that). A code already in
 * use is drawn again; the unique index is the last word.
 */
export async function issueJoinCode(
	db: Kysely<Database>,
	id: string,
	at: Date = new Date(),
	generate: () => string = newJoinCode
): Promise<{ code: string; expiresAt: string }> {
	const expiresAt = new Date(at.getTime() + JOIN_CODE_POLICY.lifetimeHours * 3600 * 1000).toISOString();
	for (let attempt = 0; attempt < 5; attempt++) {
		const code = generate();
		const taken = await db.selectFrom('workshop').select('id').where('join_code', '=', code).executeTakeFirst();
		if (taken) continue;
		await change(db, id, { join_code: code, join_code_expires_at: expiresAt });
		return { code, expiresAt };
	}
	throw new Error('no unused join code found in 5 attempts');
}

/**
 * Stores the state `applyCommand` returned. The first time the state is closed, `closed_at` is
 * set; it never changes after. Returns the new revision, or undefined when there is no such
 * workshop or `expectedRevision` is not the current one (nothing changed then). The audit
 * trail names the change 'state' (a leader's step, clock or joining), coalesced per minute.
 */
export async function saveState(
	db: Kysely<Database>,
	id: string,
	state: WorkshopState,
	expectedRevision?: number
): Promise<number | undefined> {
	const at = now();
	return inTransaction(db, async (trx) => {
		const row = await trx
			.updateTable('workshop')
			.set((eb) => ({
				state: JSON.stringify(state),
				updated_at: at,
				revision: eb('revision', '+', 1),
				...(state.phase === 'closed' ? { closed_at: eb.fn.coalesce('closed_at', eb.val(at)) } : {})
			}))
			.where('id', '=', id)
			.$if(expectedRevision !== undefined, (qb) => qb.where('revision', '=', expectedRevision as number))
			.returning(['revision', 'institution_id'])
			.executeTakeFirst();
		if (!row) return undefined;
		await audit.record(trx, { institutionId: row.institution_id, action: 'update', objectKind: 'workshop', objectId: id, fields: ['state'] });
		return Number(row.revision);
	});
}

/** Stores an agenda checked with `validateAgenda` or `withMinutes`; see `saveState` for the result. */
export function setAgenda(db: Kysely<Database>, id: string, agenda: Agenda, expectedRevision?: number): Promise<number | undefined> {
	return change(db, id, { agenda: JSON.stringify(agenda) }, expectedRevision);
}

/** Stores groups checked with `checkGroups`; see `saveState` for the result. */
export function setGroups(
	db: Kysely<Database>,
	id: string,
	groups: readonly TableGroup[],
	expectedRevision?: number
): Promise<number | undefined> {
	return change(db, id, { groups: JSON.stringify(groups) }, expectedRevision);
}

/** Records whose agreed scores the action plan takes for a category; the caller checked the group analyses it. */
export function setPlanGroup(db: Kysely<Database>, workshop: Pick<Workshop, 'id' | 'planGroups'>, categoryKey: string, groupKey: string): Promise<number | undefined> {
	return change(db, workshop.id, { plan_groups: JSON.stringify({ ...workshop.planGroups, [categoryKey]: groupKey }) });
}

export function setAskNames(db: Kysely<Database>, id: string, askNames: boolean, expectedRevision?: number): Promise<number | undefined> {
	return change(db, id, { ask_names: askNames ? 1 : 0 }, expectedRevision);
}

export function rename(db: Kysely<Database>, id: string, title: string, expectedRevision?: number): Promise<number | undefined> {
	return change(db, id, { title }, expectedRevision);
}

/**
 * Makes a new read-only result link and returns its token (for the URL; only its hash is
 * stored). A link made before stops working.
 */
export async function share(db: Kysely<Database>, id: string): Promise<string> {
	const token = newToken();
	await change(db, id, { share_token_hash: hashToken(token) });
	return token;
}

/** Ends the read-only result link. */
export async function unshare(db: Kysely<Database>, id: string): Promise<void> {
	await change(db, id, { share_token_hash: null });
}

/** The workshop a read-only result link shows; undefined for an unknown or withdrawn token. */
export async function findByShareToken(db: Kysely<Database>, token: string): Promise<Workshop | undefined> {
	const r = await baseQuery(db).where('workshop.share_token_hash', '=', hashToken(token)).executeTakeFirst();
	return r && toWorkshop(r);
}

/**
 * Deletes a workshop of this institution with everything it holds (participants, scores, sheets,
 * reflections) and its action plan, in one transaction; false when it has no such workshop.
 */
export function remove(db: Kysely<Database>, institutionId: string, id: string): Promise<boolean> {
	return actionPlans.removeWithOwner(db, 'workshop', institutionId, id);
}

type Change = Partial<Pick<WorkshopTable, 'agenda' | 'groups' | 'plan_groups' | 'ask_names' | 'title' | 'join_code' | 'join_code_expires_at' | 'share_token_hash'>>;

/** Writes `values` and records their names in the audit trail, in one transaction. */
async function change(db: Kysely<Database>, id: string, values: Change, expectedRevision?: number): Promise<number | undefined> {
	return inTransaction(db, async (trx) => {
		const row = await trx
			.updateTable('workshop')
			.set((eb) => ({ ...values, updated_at: now(), revision: eb('revision', '+', 1) }))
			.where('id', '=', id)
			.$if(expectedRevision !== undefined, (qb) => qb.where('revision', '=', expectedRevision as number))
			.returning(['revision', 'institution_id'])
			.executeTakeFirst();
		if (!row) return undefined;
		await audit.record(trx, { institutionId: row.institution_id, action: 'update', objectKind: 'workshop', objectId: id, fields: Object.keys(values) });
		return Number(row.revision);
	});
}
