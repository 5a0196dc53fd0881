import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { DIALECTS, openTestDb, type TestDb } from './test-db';
import { prepared, preparedRows } from './prepared';
import type { Database } from './schema';

interface Probe {
	probe: { id: number; name: string; note: string | null; n: number };
}

// The probe table is made by hand in each suite's own database; the queries are typed against it.
const asProbe = (db: Kysely<Database>) => db as unknown as Kysely<Probe>;

const byName = prepared((db, p: { name: string; min: number }) =>
	asProbe(db).selectFrom('probe').select(['id', 'note']).where('name', '=', p.name).where('n', '>=', p.min).orderBy('id').limit(10)
);
const insertOne = prepared((db, p: { id: number; name: string; note: string | null }) => asProbe(db).insertInto('probe').values({ id: p.id, name: p.name, note: p.note, n: 1 }));
const insertMany = preparedRows((db, rows: { id: number; note: string | null }[], p: { name: string }) =>
	asProbe(db).insertInto('probe').values(rows.map((r) => ({ id: r.id, name: p.name, note: r.note, n: 2 })))
);
const renamed = prepared((db, p: { id: number; name: string }) => asProbe(db).updateTable('probe').set({ name: p.name }).where('id', '=', p.id).returning(['id', 'name']));

describe.each(DIALECTS)('prepared queries (%s)', (dialect) => {
	let handle: TestDb;
	beforeAll(async () => {
		handle = await openTestDb(dialect);
		await sql`create table probe (id integer primary key, name text not null, note text, n integer not null)`.execute(handle.db);
	});
	afterAll(() => handle.destroy());

	it('runs one compiled query with each call’s values, keeping the constants written in the query', async () => {
		await insertOne(handle.db, { id: 1, name: 'a', note: null });
		await insertOne(handle.db, { id: 2, name: 'b', note: 'x' });
		expect((await byName(handle.db, { name: 'a', min: 1 })).rows).toEqual([{ id: 1, note: null }]);
		expect((await byName(handle.db, { name: 'b', min: 1 })).rows).toEqual([{ id: 2, note: 'x' }]);
		expect((await byName(handle.db, { name: 'b', min: 2 })).rows).toEqual([]);
	});

	it('inserts n rows at once with a query per n, each row with its own values', async () => {
		await insertMany(handle.db, [{ id: 10, note: 'p' }, { id: 11, note: null }], { name: 'many' });
		await insertMany(handle.db, [{ id: 12, note: 'q' }], { name: 'many' });
		await insertMany(handle.db, [{ id: 13, note: 'r' }, { id: 14, note: 's' }], { name: 'many' });
		expect((await byName(handle.db, { name: 'many', min: 2 })).rows).toEqual([
			{ id: 10, note: 'p' },
			{ id: 11, note: null },
			{ id: 12, note: 'q' },
			{ id: 13, note: 'r' },
			{ id: 14, note: 's' }
		]);
	});

	it('runs in a transaction, and returns what a write returns', async () => {
		await handle.db.transaction().execute(async (trx) => {
			expect((await renamed(trx, { id: 2, name: 'c' })).rows).toEqual([{ id: 2, name: 'c' }]);
			expect((await renamed(trx, { id: 99, name: 'c' })).rows).toEqual([]);
		});
		expect((await byName(handle.db, { name: 'c', min: 0 })).rows).toEqual([{ id: 2, note: 'x' }]);
	});

	it('refuses a call that leaves a value out, instead of running another query', async () => {
		await expect(insertOne(handle.db, { id: 3, name: 'd' } as unknown as { id: number; name: string; note: string | null })).rejects.toThrow(/no value for note/);
		expect((await byName(handle.db, { name: 'd', min: 0 })).rows).toEqual([]);
	});
});

describe('prepared queries, written wrongly', () => {
	it('refuses a query that would take a value into its SQL text', async () => {
		const handle = await openTestDb('sqlite');
		const literal = prepared((db, p: { name: string }) => asProbe(db).selectFrom('probe').select('id').where(sql.lit(p.name as unknown as string), '=', 'x'));
		await expect(literal(handle.db, { name: 'a' })).rejects.toThrow(/took a parameter into its SQL text|invalid immediate value/);
		await handle.destroy();
	});
});

describe('prepared queries, spread', () => {
	it('refuses parameters spread into a query, which would leave their columns out', async () => {
		const handle = await openTestDb('sqlite');
		const spread = prepared((db, p: { id: number; name: string; note: string | null; n: number }) => asProbe(db).insertInto('probe').values({ ...p }));
		await expect(spread(handle.db, { id: 1, name: 'a', note: null, n: 1 })).rejects.toThrow(/cannot spread/);
		await handle.destroy();
	});
});
