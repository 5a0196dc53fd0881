/**
 * Two helpers for data functions that must run in one transaction and also compose inside a
 * caller's transaction (the event bus's `bus.transaction(async (trx, publish) => …)`): Kysely
 * refuses to open a transaction inside a transaction, so we join the caller's when there is one.
 */
import { PostgresAdapter, type Kysely } from 'kysely';
import type { Database } from './schema';

/** Runs `work` in the caller's transaction when `db` is one, otherwise in a new one. */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
	return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/**
 * Whether `db` talks to PostgreSQL: row locks (`for update`, `for share`) exist there and are a
 * syntax error in SQLite, which needs none because it has one writer at a time.
 */
export function isPostgres(db: Kysely<Database>): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}
