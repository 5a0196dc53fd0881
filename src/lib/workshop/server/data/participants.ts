/**
 * The people in a workshop's room. A participant has no account: their device holds a random
 * token in an HttpOnly cookie (`newParticipantToken`), and this table holds only its SHA-256, so a
 * leaked database lets nobody act as a participant. The functions take the token and hash it
 * themselves; no caller ever handles a hash, and no raw token can be stored by mistake.
 *
 * @example
 * const token = newParticipantToken();
 * const joined = await participants.join(db, workshop.id, { token, displayName: '', preference: 'strategie' });
 * // later, on every request:
 * const me = await participants.byToken(db, cookies.get('participant'));
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { isJoiningOpen, type WorkshopState } from '$lib/workshop/workshop';
import { hashToken } from '$lib/accounts/server/data/sessions';
import { newId } from '$lib/server/db/ids';
import { inTransaction, isPostgres } from '$lib/server/db/transaction';

/** Far above the seed's 6–15 people: a cap on what a leaked join code can fill the database with. */
export const MAX_PARTICIPANTS_PER_WORKSHOP = 200;

/** `touch` writes at most this often per participant (every request would otherwise be a write). */
export const TOUCH_INTERVAL_MS = 60_000;

export interface Participant {
	id: string;
	workshopId: string;
	/** '' when anonymous. */
	displayName: string;
	/** The category the participant would like to analyse, or null. */
	preference: string | null;
	/** Their table group; null until seated. */
	groupKey: string | null;
	joinedAt: string;
	lastSeenAt: string;
}

export interface JoinInput {
	/** The participant's new token (`newParticipantToken`); only its hash is stored. */
	token: string;
	/** Checked by the route; '' when anonymous. */
	displayName: string;
	preference: string | null;
}

export type JoinResult =
	| { ok: true; participant: Participant }
	/** Joining was closed, the code expired or the workshop closed since the code was looked up. */
	| { ok: false; problem: 'not_open' }
	| { ok: false; problem: 'full' };

const columns = ['id', 'workshop_id', 'display_name', 'preference', 'group_key', 'joined_at', 'last_seen_at'] as const;

type Row = { id: string; workshop_id: string; display_name: string; preference: string | null; group_key: string | null; joined_at: string; last_seen_at: string };

const toParticipant = (r: Row): Participant => ({
	id: r.id,
	workshopId: r.workshop_id,
	displayName: r.display_name,
	preference: r.preference,
	groupKey: r.group_key,
	joinedAt: r.joined_at,
	lastSeenAt: r.last_seen_at
});

/**
 * Adds a participant to a workshop found by its join code. Whether joining is still open is
 * checked again in the same transaction as the insert (on PostgreSQL with the workshop row locked),
 * so nobody gets in after the leader closes joining and the cap holds under a rush of joins.
 */
export async function join(db: Kysely<Database>, workshopId: string, input: JoinInput, at: Date = new Date()): Promise<JoinResult> {
	return inTransaction(db, async (trx) => {
		const workshop = await trx
			.selectFrom('workshop')
			.select(['state', 'join_code_expires_at', 'closed_at'])
			.where('id', '=', workshopId)
			.$if(isPostgres(trx), (qb) => qb.forUpdate())
			.executeTakeFirst();
		const iso = at.toISOString();
		if (
			!workshop ||
			workshop.closed_at !== null ||
			workshop.join_code_expires_at === null ||
			workshop.join_code_expires_at <= iso ||
			!isJoiningOpen(JSON.parse(workshop.state) as WorkshopState)
		) {
			return { ok: false, problem: 'not_open' } as const;
		}
		const count = await trx
			.selectFrom('participant')
			.select((eb) => eb.fn.countAll().as('n'))
			.where('workshop_id', '=', workshopId)
			.executeTakeFirstOrThrow();
		if (Number(count.n) >= MAX_PARTICIPANTS_PER_WORKSHOP) return { ok: false, problem: 'full' } as const;
		const row: Row = {
			id: newId(),
			workshop_id: workshopId,
			display_name: input.displayName,
			preference: input.preference,
			group_key: null,
			joined_at: iso,
			last_seen_at: iso
		};
		await trx
			.insertInto('participant')
			.values({ ...row, token_hash: hashToken(input.token) })
			.execute();
		return { ok: true, participant: toParticipant(row) } as const;
	});
}

/** The participant whose device holds this token, with their workshop id; undefined for an unknown token. */
export async function byToken(db: Kysely<Database>, token: string): Promise<Participant | undefined> {
	const r = await db.selectFrom('participant').select(columns).where('token_hash', '=', hashToken(token)).executeTakeFirst();
	return r && toParticipant(r);
}

/** One participant of this workshop (for the leader moving someone); undefined when the workshop has no such participant. */
export async function getInWorkshop(db: Kysely<Database>, workshopId: string, id: string): Promise<Participant | undefined> {
	const r = await db.selectFrom('participant').select(columns).where('workshop_id', '=', workshopId).where('id', '=', id).executeTakeFirst();
	return r && toParticipant(r);
}

/** Everyone in the workshop, in the order they joined. */
export async function listForWorkshop(db: Kysely<Database>, workshopId: string): Promise<Participant[]> {
	const rows = await db
		.selectFrom('participant')
		.select(columns)
		.where('workshop_id', '=', workshopId)
		.orderBy('joined_at')
		.orderBy('id')
		.execute();
	return rows.map(toParticipant);
}

/** The participants seated at one group, in the order they joined. */
export async function listAtTable(db: Kysely<Database>, workshopId: string, groupKey: string): Promise<Participant[]> {
	const rows = await db
		.selectFrom('participant')
		.select(columns)
		.where('workshop_id', '=', workshopId)
		.where('group_key', '=', groupKey)
		.orderBy('joined_at')
		.orderBy('id')
		.execute();
	return rows.map(toParticipant);
}

/** Seats one participant of this workshop at a group (null: unseated); false when the workshop has no such participant. */
export async function assign(db: Kysely<Database>, workshopId: string, participantId: string, groupKey: string | null): Promise<boolean> {
	const result = await db
		.updateTable('participant')
		.set({ group_key: groupKey })
		.where('workshop_id', '=', workshopId)
		.where('id', '=', participantId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/**
 * Stores a whole distribution (`assignBalanced`, `assignLateJoiner`: participant id → group key)
 * in one transaction. Ids that are not participants of this workshop are skipped; returns how
 * many were seated.
 */
export async function assignAll(db: Kysely<Database>, workshopId: string, assignments: ReadonlyMap<string, string>): Promise<number> {
	return inTransaction(db, async (trx) => {
		let seated = 0;
		for (const [participantId, groupKey] of assignments) {
			if (await assign(trx, workshopId, participantId, groupKey)) seated++;
		}
		return seated;
	});
}

/** Notes that the participant is still here; writes only when the last note is older than TOUCH_INTERVAL_MS. */
export async function touch(db: Kysely<Database>, workshopId: string, participantId: string, at: Date = new Date()): Promise<void> {
	await db
		.updateTable('participant')
		.set({ last_seen_at: at.toISOString() })
		.where('workshop_id', '=', workshopId)
		.where('id', '=', participantId)
		.where('last_seen_at', '<', new Date(at.getTime() - TOUCH_INTERVAL_MS).toISOString())
		.execute();
}

/** The category the participant would like to analyse (null: no preference). */
export async function setPreference(db: Kysely<Database>, workshopId: string, participantId: string, preference: string | null): Promise<boolean> {
	const result = await db
		.updateTable('participant')
		.set({ preference })
		.where('workshop_id', '=', workshopId)
		.where('id', '=', participantId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
