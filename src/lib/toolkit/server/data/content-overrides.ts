/** An institution's changes to the toolkit content: one row per changed product, route or factor. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';
import { inTransaction } from '$lib/server/db/transaction';
import { documentFields } from '$lib/audit/audit';
import * as audit from '$lib/audit/server/data/audit';

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

/** The audit trail's id of one change: its kind and what it changes (`product-texts:<product key>`). */
export const auditId = (kind: OverrideKind, target: string) => `${kind}:${target}`;

/** Stores (or replaces) one change, and records it (with the document's fields that changed) in the audit trail. */
export async function put(db: Kysely<Database>, institutionId: string, kind: OverrideKind, target: string, document: string): Promise<void> {
	const at = now();
	await inTransaction(db, async (trx) => {
		const before = await trx
			.selectFrom('content_override')
			.select('document')
			.where('institution_id', '=', institutionId)
			.where('kind', '=', kind)
			.where('target', '=', target)
			.executeTakeFirst();
		await trx
			.insertInto('content_override')
			.values({ institution_id: institutionId, kind, target, document, updated_at: at })
			.onConflict((conflict) => conflict.columns(['institution_id', 'kind', 'target']).doUpdateSet({ document, updated_at: at }))
			.execute();
		if (!before) await audit.record(trx, { institutionId, action: 'create', objectKind: 'content', objectId: auditId(kind, target) });
		else {
			const fields = documentFields(before.document, document);
			if (fields.length > 0) await audit.record(trx, { institutionId, action: 'update', objectKind: 'content', objectId: auditId(kind, target), fields });
		}
	});
}

/** Goes back to the default for one thing; says whether there was a change to remove. */
export async function remove(db: Kysely<Database>, institutionId: string, kind: OverrideKind, target: string): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const result = await trx
			.deleteFrom('content_override')
			.where('institution_id', '=', institutionId)
			.where('kind', '=', kind)
			.where('target', '=', target)
			.executeTakeFirst();
		if (Number(result.numDeletedRows) === 0) return false;
		await audit.record(trx, { institutionId, action: 'delete', objectKind: 'content', objectId: auditId(kind, target) });
		return true;
	});
}
