/** An institution's own hint rules and principles for the blend designer, each kind one JSON document. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';

export type BlendContentKind = 'hint-rules' | 'principles';

export async function get(db: Kysely<Database>, institutionId: string, kind: BlendContentKind): Promise<unknown | undefined> {
	const r = await db.selectFrom('blend_content').select('document').where('institution_id', '=', institutionId).where('kind', '=', kind).executeTakeFirst();
	return r ? (JSON.parse(r.document) as unknown) : undefined;
}

export async function put(db: Kysely<Database>, institutionId: string, kind: BlendContentKind, document: unknown): Promise<void> {
	const values = { institution_id: institutionId, kind, document: JSON.stringify(document), updated_at: now() };
	await db
		.insertInto('blend_content')
		.values(values)
		.onConflict((oc) => oc.columns(['institution_id', 'kind']).doUpdateSet({ document: values.document, updated_at: values.updated_at }))
		.execute();
}

export async function remove(db: Kysely<Database>, institutionId: string, kind: BlendContentKind): Promise<void> {
	await db.deleteFrom('blend_content').where('institution_id', '=', institutionId).where('kind', '=', kind).execute();
}
