/**
 * Each participant's answers to the institution's own questions in a workshop (table
 * `workshop_own_answer`, migration 0016). One row per participant and question; saving the same
 * answer again changes nothing but the time, so a form posted twice is harmless. An empty answer
 * removes the row: "no answer" is not stored as an answer. The participant must belong to the
 * workshop: the database refuses an answer filed under another one.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';
import { fromColumns, toColumns } from '$lib/server/db/phase-columns';
import { isAnswered, type OwnAnswer } from '$lib/workshop/own-questions';

export interface StoredOwnAnswer extends OwnAnswer {
	participantId: string;
}

/** Saves (or, when empty, removes) one participant's answers, one row per question. */
export async function save(db: Kysely<Database>, workshopId: string, participantId: string, answers: readonly OwnAnswer[]): Promise<void> {
	const at = now();
	for (const answer of answers) {
		if (!isAnswered(answer)) {
			await db
				.deleteFrom('workshop_own_answer')
				.where('workshop_id', '=', workshopId)
				.where('participant_id', '=', participantId)
				.where('question_key', '=', answer.questionKey)
				.execute();
			continue;
		}
		const { phase, unknown } = toColumns(answer.phase);
		const values = { phase, unknown, text: answer.text, updated_at: at };
		await db
			.insertInto('workshop_own_answer')
			.values({ workshop_id: workshopId, participant_id: participantId, question_key: answer.questionKey, ...values })
			.onConflict((oc) => oc.columns(['workshop_id', 'participant_id', 'question_key']).doUpdateSet(values))
			.execute();
	}
}

type Row = { participant_id: string; question_key: string; phase: number | null; unknown: number; text: string };
const fromRow = (r: Row): StoredOwnAnswer => ({ participantId: r.participant_id, questionKey: r.question_key, phase: fromColumns(r.phase, r.unknown), text: r.text });

/** One participant's answers (their phone shows them back). */
export async function listForParticipant(db: Kysely<Database>, workshopId: string, participantId: string): Promise<StoredOwnAnswer[]> {
	const rows = await db
		.selectFrom('workshop_own_answer')
		.select(['participant_id', 'question_key', 'phase', 'unknown', 'text'])
		.where('workshop_id', '=', workshopId)
		.where('participant_id', '=', participantId)
		.orderBy('question_key')
		.execute();
	return rows.map(fromRow);
}

/** Everyone's answers in the workshop, in the order they were last changed (the result lists text answers so). */
export async function listForWorkshop(db: Kysely<Database>, workshopId: string): Promise<StoredOwnAnswer[]> {
	const rows = await db
		.selectFrom('workshop_own_answer')
		.select(['participant_id', 'question_key', 'phase', 'unknown', 'text'])
		.where('workshop_id', '=', workshopId)
		.orderBy('updated_at')
		.orderBy('participant_id')
		.execute();
	return rows.map(fromRow);
}
