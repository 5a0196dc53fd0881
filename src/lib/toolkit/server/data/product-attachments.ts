/** Files and links an institution attached to toolkit products. The file bytes live in DATA_DIR (attachment-files.ts). */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';

export type Attachment =
	| { id: string; productKey: string; kind: 'link'; title: string; url: string; createdAt: string }
	| { id: string; productKey: string; kind: 'file'; title: string; fileName: string; contentType: string; size: number; createdAt: string };

type Row = Database['product_attachment'];

function toAttachment(row: Row): Attachment {
	if (row.kind === 'link') return { id: row.id, productKey: row.product_key, kind: 'link', title: row.title, url: row.url ?? '', createdAt: row.created_at };
	return {
		id: row.id,
		productKey: row.product_key,
		kind: 'file',
		title: row.title,
		fileName: row.file_name ?? '',
		contentType: row.content_type ?? 'application/octet-stream',
		size: Number(row.size ?? 0),
		createdAt: row.created_at
	};
}

/** Records a file whose bytes the caller has stored under the returned id, or a link. */
export async function create(
	db: Kysely<Database>,
	institutionId: string,
	productKey: string,
	input: { kind: 'link'; title: string; url: string } | { kind: 'file'; title: string; fileName: string; contentType: string; size: number },
	id = newId()
): Promise<string> {
	await db
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
			created_at: now()
		})
		.execute();
	return id;
}

export async function listForProduct(db: Kysely<Database>, institutionId: string, productKey: string): Promise<Attachment[]> {
	const rows = await db
		.selectFrom('product_attachment')
		.selectAll()
		.where('institution_id', '=', institutionId)
		.where('product_key', '=', productKey)
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
	const result = await db.deleteFrom('product_attachment').where('id', '=', id).where('institution_id', '=', institutionId).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
