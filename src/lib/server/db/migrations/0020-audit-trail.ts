/**
 * The audit trail (decision record 0044): who created, changed or deleted which object, and when.
 * Frozen once shipped, like every migration: kinds and actions are spelled out here, not imported.
 *
 * - `id` is assigned by the database and increases, so "newest first" is a total order even when
 *   two events share a millisecond, and paging by id never skips or repeats a row.
 * - `institution_id` goes with its institution (erasing it erases its trail).
 * - `actor_user_id` has no foreign key: removing a user must not remove, or be blocked by, what the
 *   trail says they did. Null is nobody signed in (housekeeping, a first sign-in).
 * - `fields` holds the names of the changed fields, comma-separated, never their values.
 * - The two indexes serve the admin page (an institution's events newest first, or one kind of
 *   object's) and the hourly retention sweep (an institution's events before a moment).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../connect';

const text = 'text' as const;

export function auditTrail(dialect: Dialect): Migration {
	return {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('audit_event')
				.$call((table) =>
					dialect === 'postgres'
						? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
						: table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
				)
				.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
				.addColumn('at', text, (c) => c.notNull())
				.addColumn('actor_user_id', text)
				.addColumn('action', text, (c) => c.notNull().check(sql`action in ('create', 'update', 'delete')`))
				.addColumn('object_kind', text, (c) => c.notNull())
				.addColumn('object_id', text, (c) => c.notNull())
				.addColumn('fields', text, (c) => c.notNull().defaultTo(''))
				.addColumn('via', text, (c) => c.notNull().check(sql`via in ('page', 'api', 'import', 'system')`))
				.execute();
			await db.schema.createIndex('audit_event_institution_id').on('audit_event').columns(['institution_id', 'id']).execute();
			await db.schema.createIndex('audit_event_institution_at').on('audit_event').columns(['institution_id', 'at']).execute();
			await db.schema.createIndex('audit_event_object').on('audit_event').columns(['institution_id', 'object_kind', 'object_id', 'id']).execute();
		}
	};
}
