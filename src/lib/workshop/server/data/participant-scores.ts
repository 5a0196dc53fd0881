/**
 * Each participant's own scores in step 3 (current and desired phase per factor of their group's
 * categories), before the group agrees on the sheet. The group sees only their spread (`spread` in
 * group-sheet.ts), never who scored what.
 *
 * Every write carries a client-generated id. A row remembers the id of the write that set it, so a
 * retry of that write (the acknowledgement was lost) changes nothing and says so. The client sends
 * one write per factor at a time, newest value last (its outbox keeps only the latest unsent value
 * of a factor): then a retry can never bring back an older value.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { FactorAnswer } from '$lib/scan/scan';
import { now } from '$lib/server/db/ids';
import { fromColumns, toColumns } from '$lib/server/db/phase-columns';

export type Score = Pick<FactorAnswer, 'factorKey' | 'current' | 'desired'>;

export interface ParticipantScore extends Score {
	participantId: string;
}

/** `duplicate`: this client id was the last write of the factor already; nothing changed. */
export type SaveOutcome = 'saved' | 'duplicate';


/**
 * Saves one participant's score of one factor (insert or replace), idempotent by `clientId`. The
 * participant must belong to the workshop: the database refuses a score filed under another one.
 */
export async function save(
	db: Kysely<Database>,
	workshopId: string,
	participantId: string,
	score: Score,
	clientId: string
): Promise<SaveOutcome> {
	const current = toColumns(score.current);
	const desired = toColumns(score.desired);
	const values = {
		current_phase: current.phase,
		current_unknown: current.unknown,
		desired_phase: desired.phase,
		desired_unknown: desired.unknown,
		client_id: clientId,
		updated_at: now()
	};
	// One statement: the update happens only when the stored row came from another write, and
	// `returning` gives a row only when something was written.
	const row = await db
		.insertInto('participant_score')
		.values({ workshop_id: workshopId, participant_id: participantId, factor_key: score.factorKey, ...values })
		.onConflict((oc) =>
			oc
				.columns(['participant_id', 'factor_key'])
				.doUpdateSet(values)
				.where('participant_score.client_id', '<>', clientId)
		)
		.returning('participant_id')
		.executeTakeFirst();
	return row ? 'saved' : 'duplicate';
}

function scoresOf(db: Kysely<Database>, workshopId: string) {
	return db
		.selectFrom('participant_score')
		.innerJoin('participant', (join) =>
			join
				.onRef('participant.id', '=', 'participant_score.participant_id')
				.onRef('participant.workshop_id', '=', 'participant_score.workshop_id')
		)
		.select([
			'participant_score.participant_id',
			'participant_score.factor_key',
			'participant_score.current_phase',
			'participant_score.current_unknown',
			'participant_score.desired_phase',
			'participant_score.desired_unknown'
		])
		.where('participant_score.workshop_id', '=', workshopId)
		.orderBy('participant_score.participant_id')
		.orderBy('participant_score.factor_key');
}

type Row = Awaited<ReturnType<ReturnType<typeof scoresOf>['execute']>>[number];

const toScore = (r: Row): ParticipantScore => ({
	participantId: r.participant_id,
	factorKey: r.factor_key,
	current: fromColumns(r.current_phase, r.current_unknown),
	desired: fromColumns(r.desired_phase, r.desired_unknown)
});

/** The scores of everyone now seated at the group, for its spread; a member who moved takes their scores along. */
export async function listForGroup(db: Kysely<Database>, workshopId: string, groupKey: string): Promise<ParticipantScore[]> {
	const rows = await scoresOf(db, workshopId).where('participant.group_key', '=', groupKey).execute();
	return rows.map(toScore);
}

/** One participant's own scores (their screen after a reload). */
export async function listForParticipant(db: Kysely<Database>, workshopId: string, participantId: string): Promise<ParticipantScore[]> {
	const rows = await scoresOf(db, workshopId).where('participant_score.participant_id', '=', participantId).execute();
	return rows.map(toScore);
}

/** Every score of the workshop (for the projector's spread per category). */
export async function listForWorkshop(db: Kysely<Database>, workshopId: string): Promise<ParticipantScore[]> {
	const rows = await scoresOf(db, workshopId).execute();
	return rows.map(toScore);
}
