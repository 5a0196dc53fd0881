/**
 * Each product attachment says who may see it: 'public' (the public toolkit, anyone) or
 * 'signed-in' (signed-in users of the institution only). Existing attachments were made when only
 * signed-in users could see them, so they start as 'signed-in': nothing becomes public without an
 * admin choosing it (decision record 0038).
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const publicAttachments: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.alterTable('product_attachment')
			.addColumn('visibility', 'text', (c) => c.notNull().defaultTo('signed-in').check(sql`visibility in ('public', 'signed-in')`))
			.execute();
	}
};
