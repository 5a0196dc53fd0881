/** A design's intended learning outcomes, in their order. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import { matchOutcomes, type Outcome } from '$lib/blend/design';

export async function list(db: Kysely<Database>, designId: string): Promise<Outcome[]> {
	const rows = await db.selectFrom('design_outcome').select(['id', 'text']).where('design_id', '=', designId).orderBy('position').execute();
	return rows.map((r) => ({ id: r.id, text: r.text }));
}

/** Sets the outcomes to `texts`, in order, keeping ids as `matchOutcomes` says. */
export async function replace(db: Kysely<Database>, designId: string, texts: readonly string[]): Promise<Outcome[]> {
	const current = await list(db, designId);
	const next = matchOutcomes(current, texts, newId);
	const gone = current.filter((o) => !next.some((n) => n.id === o.id)).map((o) => o.id);
	if (gone.length > 0) await db.deleteFrom('design_outcome').where('id', 'in', gone).execute();
	for (const [position, outcome] of next.entries()) {
		if (current.some((o) => o.id === outcome.id))
			await db.updateTable('design_outcome').set({ position, text: outcome.text }).where('id', '=', outcome.id).execute();
		else await db.insertInto('design_outcome').values({ id: outcome.id, design_id: designId, position, text: outcome.text }).execute();
	}
	return next;
}
