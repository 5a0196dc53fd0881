/**
 * The tool catalogue (toolkit product 12, decision record 0054): one row per digital tool an
 * institution knows. Choices are stored as their stable codes (`src/lib/tools/tool.ts`), learning
 * types as a `|`-separated list of codes, yes/no as 0/1 (SQLite binds no booleans). A catalogue
 * holds one tool per name: `name_key` is the name without case or extra spaces, unique per
 * institution, which is also what an import matches on. The contact person is text, not a user:
 * it is often someone at the supplier. Tools go with their institution; their scores are the
 * rating feature's rows and are deleted with the tool, in its transaction.
 */
import type { Kysely, Migration } from 'kysely';

const text = 'text' as const;

export const tools: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('tool')
			.addColumn('id', text, (c) => c.primaryKey())
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('name', text, (c) => c.notNull())
			.addColumn('name_key', text, (c) => c.notNull())
			.addColumn('url', text, (c) => c.notNull())
			.addColumn('description', text, (c) => c.notNull().defaultTo(''))
			.addColumn('learning_types', text, (c) => c.notNull())
			.addColumn('synchrony', text, (c) => c.notNull())
			.addColumn('group_min', 'integer')
			.addColumn('group_max', 'integer')
			.addColumn('works_on_phone', 'integer', (c) => c.notNull())
			.addColumn('licence', text, (c) => c.notNull())
			.addColumn('availability', text, (c) => c.notNull())
			.addColumn('privacy', text, (c) => c.notNull())
			.addColumn('accessibility', text, (c) => c.notNull())
			.addColumn('accessibility_url', text, (c) => c.notNull().defaultTo(''))
			.addColumn('contact_name', text, (c) => c.notNull().defaultTo(''))
			.addColumn('contact_email', text, (c) => c.notNull().defaultTo(''))
			.addColumn('notes', text, (c) => c.notNull().defaultTo(''))
			.addColumn('created_at', text, (c) => c.notNull())
			.addColumn('updated_at', text, (c) => c.notNull())
			.execute();
		await db.schema.createIndex('tool_name_unique').unique().on('tool').columns(['institution_id', 'name_key']).execute();
	}
};
