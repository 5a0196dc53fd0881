/**
 * An institution's own versions of an instrument: published versions are rows that are never
 * updated (a scan shows the version it was run with), plus at most one draft per instrument that
 * the admin edits until it is published. Documents are JSON text validated by `instrumentSchema`.
 *
 * And an institution's changes to the toolkit content, one row per changed thing (a product's
 * texts, a hidden product, a route, a factor's help), applied over the shipped defaults.
 */
import { sql, type Kysely, type Migration } from 'kysely';

const text = 'text' as const;

export const institutionContent: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('instrument_version')
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('instrument_key', text, (c) => c.notNull())
			.addColumn('version', 'integer', (c) => c.notNull())
			.addColumn('document', text, (c) => c.notNull())
			.addColumn('published_by', text, (c) => c.references('app_user.id').onDelete('set null'))
			.addColumn('published_at', text, (c) => c.notNull())
			.addPrimaryKeyConstraint('instrument_version_pk', ['institution_id', 'instrument_key', 'version'])
			.execute();

		await db.schema
			.createTable('instrument_draft')
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('instrument_key', text, (c) => c.notNull())
			/** The version the draft started from: what its changes are shown against. */
			.addColumn('based_on_version', 'integer', (c) => c.notNull())
			.addColumn('document', text, (c) => c.notNull())
			.addColumn('updated_at', text, (c) => c.notNull())
			.addPrimaryKeyConstraint('instrument_draft_pk', ['institution_id', 'instrument_key'])
			.execute();

		await db.schema
			.createTable('content_override')
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('kind', text, (c) => c.notNull().check(sql`kind in ('product-texts', 'hidden', 'route', 'mapping')`))
			/** The product key, route audience or factor key. */
			.addColumn('target', text, (c) => c.notNull())
			.addColumn('document', text, (c) => c.notNull())
			.addColumn('updated_at', text, (c) => c.notNull())
			.addPrimaryKeyConstraint('content_override_pk', ['institution_id', 'kind', 'target'])
			.execute();

		await db.schema
			.createTable('product_attachment')
			.addColumn('id', text, (c) => c.primaryKey())
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('product_key', text, (c) => c.notNull())
			.addColumn('kind', text, (c) => c.notNull().check(sql`kind in ('file', 'link')`))
			.addColumn('title', text, (c) => c.notNull())
			/** For a link: the http(s) address. */
			.addColumn('url', text)
			/** For a file: the download name, our content type, and its size; the bytes are in DATA_DIR. */
			.addColumn('file_name', text)
			.addColumn('content_type', text)
			.addColumn('size', 'integer')
			.addColumn('created_at', text, (c) => c.notNull())
			.execute();
		await db.schema.createIndex('product_attachment_product').on('product_attachment').columns(['institution_id', 'product_key']).execute();
	}
};
