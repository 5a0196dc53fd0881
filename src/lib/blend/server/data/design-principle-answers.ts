/** The team's answer, per principle, to how its design meets it. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';

export interface PrincipleAnswer {
	principleKey: string;
	text: string;
	revision: number;
}

export async function list(db: Kysely<Database>, designId: string): Promise<PrincipleAnswer[]> {
	const rows = await db.selectFrom('design_principle_answer').select(['principle_key', 'text', 'revision']).where('design_id', '=', designId).execute();
	return rows.map((r) => ({ principleKey: r.principle_key, text: r.text, revision: Number(r.revision) }));
}

/**
 * Saves an answer written against `revision` (0: there was none). When a colleague saved one in
 * between, both texts are kept, the colleague's first, marked by `joiner`, for the team to merge.
 */
export async function save(db: Kysely<Database>, designId: string, principleKey: string, revision: number, text: string, joiner: string): Promise<'saved' | 'clash'> {
	const current = await db
		.selectFrom('design_principle_answer')
		.select(['text', 'revision'])
		.where('design_id', '=', designId)
		.where('principle_key', '=', principleKey)
		.executeTakeFirst();
	if (!current) {
		const inserted = await db
			.insertInto('design_principle_answer')
			.values({ design_id: designId, principle_key: principleKey, text, updated_at: now() })
			.onConflict((oc) => oc.columns(['design_id', 'principle_key']).doNothing())
			.executeTakeFirst();
		// A colleague's first answer landed between our read and our write: save ours against it.
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return save(db, designId, principleKey, -1, text, joiner);
		return 'saved';
	}
	const clash = Number(current.revision) !== revision && current.text !== text;
	await db
		.updateTable('design_principle_answer')
		.set((eb) => ({ text: clash ? `${current.text}\n${joiner}\n${text}` : text, revision: eb('revision', '+', 1), updated_at: now() }))
		.where('design_id', '=', designId)
		.where('principle_key', '=', principleKey)
		.execute();
	return clash ? 'clash' : 'saved';
}
