/**
 * Opens the database: an embedded SQLite file by default, PostgreSQL when DATABASE_URL says so.
 * Both go through one Kysely instance so every query is written once
 * (docs/decisions/0002-sqlite-and-postgresql.md).
 */
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './schema';
import { migrationProviderFor } from './migrations';
import { countQuery, queryCountEnabled } from './query-count';
import { cachingStatements } from './statement-cache';
import { enableGroupCommit } from './group-commit';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
	db: Kysely<Database>;
	dialect: Dialect;
	/** PostgreSQL only: the schema the app's tables live in. */
	schema?: string;
	close(): Promise<void>;
}

export interface ConnectOptions {
	/** `postgres://…` for PostgreSQL; otherwise a SQLite file path (or `:memory:`). */
	url: string;
	/** PostgreSQL only: the schema to use (tests give each run its own). */
	schema?: string;
}

/** The durability settings every SQLite connection must have; checked, not assumed. */
const SQLITE_PRAGMAS = {
	journal_mode: 'wal',
	synchronous: 2, // FULL: an acknowledged answer survives power loss (quality.md)
	foreign_keys: 1,
	busy_timeout: 5000
} as const;

/**
 * Where better-sqlite3's compiled part comes from: its own build in node_modules, or the file
 * BLENDWIJZER_SQLITE_BINDING names, built for another Node's ABI (scripts/node-lts.sh, decision
 * record 0050), so one node_modules serves the unit tests on every Node LTS.
 */
export const sqliteOptions = (): SQLite.Options => (process.env.BLENDWIJZER_SQLITE_BINDING ? { nativeBinding: process.env.BLENDWIJZER_SQLITE_BINDING } : {});

function openSqlite(file: string): SQLite.Database {
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const database = new SQLite(file, sqliteOptions());
	database.pragma('journal_mode = WAL');
	database.pragma('synchronous = FULL');
	database.pragma('foreign_keys = ON');
	database.pragma(`busy_timeout = ${SQLITE_PRAGMAS.busy_timeout}`);
	assertSqlitePragmas(database, file === ':memory:');
	return database;
}

/** Throws when a connection is not set up as promised (better-sqlite3 reopens WAL files with synchronous=NORMAL). */
export function assertSqlitePragmas(database: SQLite.Database, inMemory = false): void {
	const read = (name: string) => database.pragma(name, { simple: true });
	const journal = String(read('journal_mode')).toLowerCase();
	const problems: string[] = [];
	if (!inMemory && journal !== SQLITE_PRAGMAS.journal_mode) problems.push(`journal_mode=${journal}`);
	if (read('synchronous') !== SQLITE_PRAGMAS.synchronous) problems.push(`synchronous=${read('synchronous')}`);
	if (read('foreign_keys') !== SQLITE_PRAGMAS.foreign_keys) problems.push(`foreign_keys=${read('foreign_keys')}`);
	if (read('busy_timeout') !== SQLITE_PRAGMAS.busy_timeout) problems.push(`busy_timeout=${read('busy_timeout')}`);
	if (problems.length > 0) throw new Error(`SQLite connection is not durable: ${problems.join(', ')}`);
}

export function isPostgresUrl(url: string): boolean {
	return /^postgres(ql)?:\/\//.test(url);
}

/** Counts statements per request when DEBUG_QUERY_COUNT=1 (bench only). */
const debugLog = queryCountEnabled ? { log: countQuery } : {};

export function connect(options: ConnectOptions): Db {
	if (isPostgresUrl(options.url)) {
		const pool = new pg.Pool({
			connectionString: options.url,
			max: 10,
			...(options.schema ? { options: `-c search_path=${quoteIdent(options.schema)}` } : {})
		});
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...debugLog });
		return { db, dialect: 'postgres', schema: options.schema ?? 'public', close: () => db.destroy() };
	}
	const database = openSqlite(options.url);
	const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(database) }), ...debugLog });
	// Writes of requests that arrive together share one commit (decision record 0058).
	enableGroupCommit(db);
	return { db, dialect: 'sqlite', close: () => db.destroy() };
}

function quoteIdent(name: string): string {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid schema name: ${name}`);
	return name;
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrate(handle: Db): Promise<void> {
	// Name the schema: Kysely looks for its migration tables in every schema otherwise, and a
	// second install (or test run) in the same database would make it skip creating its own.
	const migrator = new Migrator({
		db: handle.db,
		provider: migrationProviderFor(handle.dialect),
		...(handle.schema ? { migrationTableSchema: handle.schema } : {})
	});
	const { error, results } = await migrator.migrateToLatest();
	if (error) {
		const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/** Creates a PostgreSQL schema (for a test run or a tenant-separated install). */
export async function createSchema(url: string, schema: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(`create schema if not exists ${quoteIdent(schema)}`);
	} finally {
		await client.end();
	}
}

export async function dropSchema(url: string, schema: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(`drop schema if exists ${quoteIdent(schema)} cascade`);
	} finally {
		await client.end();
	}
}

/** PostgreSQL returns count/sum as strings, SQLite as numbers: convert in one place. */
export function toNumber(value: string | number | bigint | null | undefined): number {
	if (value === null || value === undefined) return 0;
	return typeof value === 'number' ? value : Number(value);
}

export async function ping(handle: Db): Promise<void> {
	await sql`select 1`.execute(handle.db);
}
