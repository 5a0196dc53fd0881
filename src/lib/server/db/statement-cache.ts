/**
 * better-sqlite3 for Kysely's SqliteDialect, with each SQL text prepared once. Kysely's SQLite
 * driver calls `database.prepare(sql)` for every query it runs, and compiling the same SQL again
 * each time took 8% of the app's busy CPU time under a stream of answer writes and survey
 * submissions (docs/decisions/0047-statement-cache-and-fewer-queries.md).
 *
 * What the driver relies on stays true of a cached statement: `reader` (whether it returns rows,
 * which picks `all` or `run`) belongs to the SQL text; parameters are bound anew by every `all`,
 * `run` and `iterate`; SQLite compiles a statement again by itself when the schema has changed.
 * Two things need care: a statement that is being iterated (a streamed select not yet read to
 * the end) cannot run again meanwhile, so the same text then gets a statement of its own; and a
 * statement that changes the schema is not kept, and empties the cache, so no statement compiled
 * against an older schema lingers.
 *
 * @example
 * new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(new SQLite(file)) }) });
 */
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import type SQLite from 'better-sqlite3';

/** Distinct SQL texts kept; a query with a list of n values (`in (?, ?, …)`) is a text per n. */
export const STATEMENT_CACHE_SIZE = 500;

const SCHEMA_CHANGE = /^\s*(create|drop|alter)\b/i;

export function cachingStatements(database: SQLite.Database, limit = STATEMENT_CACHE_SIZE): SqliteDatabase {
	const statements = new Map<string, SQLite.Statement>();
	return {
		close() {
			statements.clear();
			database.close();
		},
		prepare(sql: string): SqliteStatement {
			const cached = statements.get(sql);
			if (cached && !cached.busy) {
				// Least recently used first: a hit moves to the end.
				statements.delete(sql);
				statements.set(sql, cached);
				return cached;
			}
			const statement = database.prepare(sql);
			if (cached) return statement;
			if (SCHEMA_CHANGE.test(sql)) {
				statements.clear();
				return statement;
			}
			statements.set(sql, statement);
			if (statements.size > limit) statements.delete(statements.keys().next().value!);
			return statement;
		}
	};
}
