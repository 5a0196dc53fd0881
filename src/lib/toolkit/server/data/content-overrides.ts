/** An institution's changes to the toolkit content: one row per changed product, route or factor. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';

export const OVERRIDE_KINDS = ['product-texts', 'hidden', 'route', 'mapping'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

export interface StoredOverride {
	kind: OverrideKind;
	target: string;
	/** JSON text, validated before it was stored. */
	document: string;
}

export async function list(db: Kysely<Database>, institutionId: string): Promise<StoredOverride[]> {
	const rows = await db
		.selectFrom('content_override')
		.select(['kind', 'target', 'document'])
		.where('institution_id', '=', institutionId)
		.orderBy('kind')
		.orderBy('target')
		.execute();
	return rows.map((row) => ({ kind: row.kind as OverrideKind, target: row.target, document: row.document }));
}

/** Stores (or replaces) one change. */
export async function put(db: Kysely<Database>, institutionId: string, kind: OverrideKind, target: string, document: string): Promise<void> {
	const at = now();
	await db
		.insertInto('content_override')
		.values({ institution_id: institutionId, kind, target, document, updated_at: at })
		.onConflict((conflict) => conflict.columns(['institution_id', 'kind', 'target']).doUpdateSet({ document, updated_at: at }))
		.execute();
}

/** Goes back to the default for one thing; says whether there was a change to remove. */
export async function remove(db: Kysely<Database>, institutionId: string, kind: OverrideKind, target: string): Promise<boolean> {
	const result = await db
		.deleteFrom('content_override')
		.where('institution_id', '=', institutionId)
		.where('kind', '=', kind)
		.where('target', '=', target)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
