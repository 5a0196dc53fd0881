/**
 * Step 5, "En nu?": the room's answers to the look-back and look-ahead questions
 * (`LOOK_BACK_QUESTION_KEYS`, `LOOK_AHEAD_QUESTION_KEYS`), one text per question, including who
 * takes the action plan forward. The leader records them; the route checks the key and the text.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';

export interface Reflection {
	questionKey: string;
	text: string;
	updatedAt: string;
}

/** Sets (or replaces) the answer to one question of this workshop. */
export async function save(db: Kysely<Database>, workshopId: string, questionKey: string, text: string): Promise<void> {
	const at = now();
	await db
		.insertInto('reflection')
		.values({ workshop_id: workshopId, question_key: questionKey, text, updated_at: at })
		.onConflict((oc) => oc.columns(['workshop_id', 'question_key']).doUpdateSet({ text, updated_at: at }))
		.execute();
}

/** The workshop's answers, by question key. */
export async function list(db: Kysely<Database>, workshopId: string): Promise<Reflection[]> {
	const rows = await db
		.selectFrom('reflection')
		.select(['question_key', 'text', 'updated_at'])
		.where('workshop_id', '=', workshopId)
		.orderBy('question_key')
		.execute();
	return rows.map((r) => ({ questionKey: r.question_key, text: r.text, updatedAt: r.updated_at }));
}
