import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { connect, createSchema, dropSchema, migrate, type Db, type Dialect } from '../db/connect';
import { DIALECTS, openTestDb, TEST_POSTGRES_URL, type TestDb } from '../db/test-db';
import { append, since } from './store';

/** A database that can be closed and opened again: a SQLite file, or a PostgreSQL schema. */
async function reopenable(dialect: Dialect): Promise<{ open(): Promise<Db>; remove(): Promise<void> }> {
	if (dialect === 'postgres') {
		const schema = `t_${randomBytes(6).toString('hex')}`;
		await createSchema(TEST_POSTGRES_URL, schema);
		return {
			async open() {
				const handle = connect({ url: TEST_POSTGRES_URL, schema });
				await migrate(handle);
				return handle;
			},
			remove: () => dropSchema(TEST_POSTGRES_URL, schema)
		};
	}
	const dir = mkdtempSync(join(tmpdir(), 'bw-events-'));
	return {
		async open() {
			const handle = connect({ url: join(dir, 'app.db') });
			await migrate(handle);
			return handle;
		},
		remove: async () => rmSync(dir, { recursive: true, force: true })
	};
}

function add(handle: Db, channel: string, type: string, data: unknown) {
	return handle.db.transaction().execute((trx) => append(trx, handle.dialect, channel, type, data));
}

for (const dialect of DIALECTS) {
	describe(`event storage on ${dialect}`, () => {
		let t: TestDb;

		beforeAll(async () => {
			t = await openTestDb(dialect);
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('gives increasing ids that survive closing and reopening the database, and never reuses one', async () => {
			const place = await reopenable(dialect);
			try {
				let handle = await place.open();
				const first = [];
				for (let i = 0; i < 3; i++) first.push(await add(handle, 'workshop:a', 'step', { i }));
				expect(first.map((e) => e.id)).toEqual([...first.map((e) => e.id)].sort((a, b) => a - b));
				expect(new Set(first.map((e) => e.id)).size).toBe(3);
				// Even with the newest rows gone, a reopened database must not hand out their ids again.
				await handle.db.deleteFrom('event').execute();
				await handle.close();

				handle = await place.open();
				const after = await add(handle, 'workshop:a', 'step', { i: 3 });
				expect(after.id).toBeGreaterThan(first[2]!.id);
				expect(typeof after.id).toBe('number');
				await handle.close();
			} finally {
				await place.remove();
			}
		});

		it('returns exactly the events of a channel after an id, in order', async () => {
			const channel = `workshop:${randomUUID()}`;
			const other = `workshop:${randomUUID()}`;
			const mine = [];
			for (let i = 0; i < 5; i++) {
				mine.push(await add(t, channel, 'answer', { i }));
				await add(t, other, 'answer', { i });
			}
			const after = await since(t.db, channel, mine[1]!.id);
			expect(after.map((e) => e.id)).toEqual(mine.slice(2).map((e) => e.id));
			expect(after.map((e) => e.data)).toEqual([{ i: 2 }, { i: 3 }, { i: 4 }]);
			expect(after.every((e) => e.channel === channel && e.type === 'answer')).toBe(true);
			expect(after[0]).toEqual(mine[2]);
			expect((await since(t.db, channel, 0, 2)).map((e) => e.id)).toEqual(mine.slice(0, 2).map((e) => e.id));
			expect(await since(t.db, channel, mine[4]!.id)).toEqual([]);
		});

		it('keeps event data as written, line breaks and all, and stores undefined as null', async () => {
			const channel = `workshop:${randomUUID()}`;
			const data = { text: 'regel 1\nregel 2\r\n<script>alert(1)</script> — é', n: [1, 2.5], nested: { ok: true } };
			await add(t, channel, 'note', data);
			await add(t, channel, 'empty', undefined);
			const stored = await since(t.db, channel, 0);
			expect(stored.map((e) => e.data)).toEqual([data, null]);
		});

		it('refuses channel and type names that could break a stream frame', async () => {
			await expect(add(t, 'workshop:a', 'bad\ntype', {})).rejects.toThrow(/event type/);
			await expect(add(t, 'workshop a', 'step', {})).rejects.toThrow(/event channel/);
			await expect(add(t, '', 'step', {})).rejects.toThrow(/event channel/);
			await expect(add(t, 'workshop:a', 'x'.repeat(101), {})).rejects.toThrow(/event type/);
		});
	});
}
