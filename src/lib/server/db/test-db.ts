/**
 * Real databases for tests, one fresh database per suite: a temporary SQLite file, and a
 * PostgreSQL schema of its own at 127.0.0.1:5432 (TEST_DATABASE_URL to point elsewhere).
 * No mocks of our own storage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { connect, createSchema, dropSchema, migrate, type Db, type Dialect } from './connect';

const ALL_DIALECTS: Dialect[] = ['sqlite', 'postgres'];
/**
 * The databases the storage suites run on: both, or those TEST_DIALECTS names (comma-separated).
 * The unit tests on the other Node LTS lines run on SQLite only (decision record 0050).
 */
export const DIALECTS: Dialect[] = process.env.TEST_DIALECTS ? ALL_DIALECTS.filter((d) => process.env.TEST_DIALECTS!.split(',').includes(d)) : ALL_DIALECTS;
export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb extends Db {
	destroy(): Promise<void>;
}

export async function openTestDb(dialect: Dialect): Promise<TestDb> {
	if (dialect === 'postgres') {
		const schema = `t_${randomBytes(6).toString('hex')}`;
		await createSchema(TEST_POSTGRES_URL, schema);
		const handle = connect({ url: TEST_POSTGRES_URL, schema });
		await migrateWithRetry(handle);
		return {
			...handle,
			async destroy() {
				await handle.close();
				await dropSchema(TEST_POSTGRES_URL, schema);
			}
		};
	}
	const dir = mkdtempSync(join(tmpdir(), 'bw-test-'));
	const handle = connect({ url: join(dir, 'test.db') });
	await migrate(handle);
	return {
		...handle,
		async destroy() {
			await handle.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/**
 * Kysely's migrator lists the tables of every schema in the database; when a parallel test run
 * drops its own schema at that moment, PostgreSQL reports that schema missing. That is a quirk
 * of many schemas sharing one test database, not of ours: try again.
 */
async function migrateWithRetry(handle: Db, attempts = 3): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			await migrate(handle);
			return;
		} catch (error) {
			if (attempt >= attempts || !/does not exist/.test(String(error))) throw error;
		}
	}
}
