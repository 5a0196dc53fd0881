/** Files and links an institution attached to toolkit products. The file bytes live in DATA_DIR (attachment-files.ts). */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';
import { inTransaction } from '$lib/server/db/transaction';
import * as audit from '$lib/audit/server/data/audit';

/** Who may see an attachment (decision record 0038): anyone in the public toolkit, or the institution's signed-in users. */
export const VISIBILITIES = ['signed-in', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export type Attachment = { id: string; productKey: string; title: string; visibility: Visibility; createdAt: string } & (
	| { kind: 'link'; url: string }
	| { kind: 'file'; fileName: string; contentType: string; size: number }
);

type Row = Selectable<Database['product_attachment']>;

function toAttachment(row: Row): Attachment {
	// Anything but an explicit 'public' is treated as signed-in only: the safe reading.
	const common = { id: row.id, productKey: row.product_key, title: row.title, visibility: row.visibility === 'public' ? ('public' as const) : ('signed-in' as const), createdAt: row.created_at };
	if (row.kind === 'link') return { ...common, kind: 'link', url: row.url ?? '' };
	return { ...common, kind: 'file', fileName: row.file_name ?? '', contentType: row.content_type ?? 'application/octet-stream', size: Number(row.size ?? 0) };
}

/** Records a file whose bytes the caller has stored under the returned id, or a link. */
export async function create(
	db: Kysely<Database>,
	institutionId: string,
	productKey: string,
	input: ({ kind: 'link'; url: string } | { kind: 'file'; fileName: string; contentType: string; size: number }) & { title: string; visibility: Visibility },
	id = newId()
): Promise<string> {
	await inTransaction(db, async (trx) => {
		await trx
			.insertInto('product_attachment')
			.values({
				id,
				institution_id: institutionId,
				product_key: productKey,
				kind: input.kind,
				title: input.title,
				url: input.kind === 'link' ? input.url : null,
				file_name: input.kind === 'file' ? input.fileName : null,
				content_type: input.kind === 'file' ? input.contentType : null,
				size: input.kind === 'file' ? input.size : null,
				visibility: input.visibility,
				created_at: now()
			})
			.execute();
		await audit.record(trx, { institutionId, action: 'create', objectKind: 'attachment', objectId: id });
	});
	return id;
}

/** A product's attachments; `publicOnly` for a visitor without a session. */
export async function listForProduct(db: Kysely<Database>, institutionId: string, productKey: string, { publicOnly = false } = {}): Promise<Attachment[]> {
	let query = db.selectFrom('product_attachment').selectAll().where('institution_id', '=', institutionId).where('product_key', '=', productKey);
	if (publicOnly) query = query.where('visibility', '=', 'public');
	const rows = await query
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map(toAttachment);
}

/** An attachment, only when it belongs to this institution and product. */
export async function getInInstitution(db: Kysely<Database>, institutionId: string, productKey: string, id: string): Promise<Attachment | undefined> {
	const row = await db
		.selectFrom('product_attachment')
		.selectAll()
		.where('id', '=', id)
		.where('institution_id', '=', institutionId)
		.where('product_key', '=', productKey)
		.executeTakeFirst();
	return row && toAttachment(row);
}

export async function setVisibility(db: Kysely<Database>, institutionId: string, productKey: string, id: string, visibility: Visibility): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const before = await trx.selectFrom('product_attachment').select('visibility').where('id', '=', id).where('institution_id', '=', institutionId).where('product_key', '=', productKey).executeTakeFirst();
		if (!before) return false;
		await trx.updateTable('product_attachment').set({ visibility }).where('id', '=', id).execute();
		if (before.visibility !== visibility) await audit.record(trx, { institutionId, action: 'update', objectKind: 'attachment', objectId: id, fields: ['visibility'] });
		return true;
	});
}

export async function countByProduct(db: Kysely<Database>, institutionId: string): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom('product_attachment')
		.select(['product_key', (eb) => eb.fn.countAll<number | string>().as('count')])
		.where('institution_id', '=', institutionId)
		.groupBy('product_key')
		.execute();
	return new Map(rows.map((row) => [row.product_key, Number(row.count)]));
}

export async function remove(db: Kysely<Database>, institutionId: string, id: string): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const result = await trx.deleteFrom('product_attachment').where('id', '=', id).where('institution_id', '=', institutionId).executeTakeFirst();
		if (Number(result.numDeletedRows) === 0) return false;
		await audit.record(trx, { institutionId, action: 'delete', objectKind: 'attachment', objectId: id });
		return true;
	});
}
