import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { assertSqlitePragmas, connect, migrate, sqliteOptions, toNumber } from './connect';
import { openTestDb } from './test-db';

describe('database connections', () => {
	it('reopens a SQLite file with synchronous=FULL, WAL and foreign keys on', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bw-connect-'));
		try {
			for (let i = 0; i < 2; i++) {
				const handle = connect({ url: join(dir, 'app.db') });
				await migrate(handle);
				await handle.close();
			}
			const handle = connect({ url: join(dir, 'app.db') });
			const tables = await handle.db.introspection.getTables();
			expect(tables.map((t) => t.name)).toContain('scan_answer');
			await handle.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('refuses a SQLite connection that is not durable', () => {
		const database = new SQLite(':memory:', sqliteOptions());
		database.pragma('synchronous = NORMAL');
		expect(() => assertSqlitePragmas(database, true)).toThrow(/synchronous=1/);
		database.close();
	});

	it('migrates two PostgreSQL schemas of one database side by side', async () => {
		const [a, b] = await Promise.all([openTestDb('postgres'), openTestDb('postgres')]);
		try {
			for (const t of [a, b]) {
				const tables = await t.db.introspection.getTables();
				expect(tables.filter((table) => table.name === 'scan').length).toBeGreaterThanOrEqual(1);
				await t.db.selectFrom('scan').select('id').execute();
			}
		} finally {
			await Promise.all([a.destroy(), b.destroy()]);
		}
	});

	it('reads counts the same from both databases', () => {
		expect(toNumber('12')).toBe(12);
		expect(toNumber(12)).toBe(12);
		expect(toNumber(12n)).toBe(12);
		expect(toNumber(null)).toBe(0);
	});
});
