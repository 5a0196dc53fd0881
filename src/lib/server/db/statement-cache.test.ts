import { describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { cachingStatements } from './statement-cache';
import { sqliteOptions } from './connect';

interface Table {
	item: { id: number; name: string };
}

function open(limit?: number) {
	const database = new SQLite(':memory:', sqliteOptions());
	const cached = cachingStatements(database, limit);
	const db = new Kysely<Table>({ dialect: new SqliteDialect({ database: cached }) });
	return { database, cached, db };
}

describe('SQLite statements prepared once per SQL text', () => {
	it('gives the same statement for the same SQL text and a new one for another text', () => {
		const { cached, database } = open();
		expect(cached.prepare('select 1 as one')).toBe(cached.prepare('select 1 as one'));
		expect(cached.prepare('select 2 as two')).not.toBe(cached.prepare('select 1 as one'));
		database.close();
	});

	it('runs writes, reads and writes that return rows through Kysely with the right results, again and again', async () => {
		const { db } = open();
		await db.schema.createTable('item').addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('name', 'text', (c) => c.notNull()).execute();
		for (let i = 1; i <= 3; i++) {
			const inserted = await db.insertInto('item').values({ id: i, name: `n${i}` }).returning('id').executeTakeFirstOrThrow();
			expect(inserted.id).toBe(i);
			const updated = await db.updateTable('item').set({ name: `m${i}` }).where('id', '=', i).executeTakeFirst();
			expect(updated.numUpdatedRows).toBe(1n);
			expect(await db.selectFrom('item').select('name').where('id', '=', i).executeTakeFirst()).toEqual({ name: `m${i}` });
		}
		expect((await db.selectFrom('item').select('id').execute()).map((r) => r.id)).toEqual([1, 2, 3]);
		await db.destroy();
	});

	it('keeps a transaction that fails rolled back when its statements are reused', async () => {
		const { db } = open();
		await sql`create table item (id integer primary key, name text not null)`.execute(db);
		for (let round = 0; round < 2; round++) {
			await expect(
				db.transaction().execute(async (trx) => {
					await trx.insertInto('item').values({ id: 10 + round, name: 'kept?' }).execute();
					await trx.insertInto('item').values({ id: 10 + round, name: 'twice' }).execute();
				})
			).rejects.toThrow(/UNIQUE/);
		}
		expect(await db.selectFrom('item').selectAll().execute()).toEqual([]);
		await db.destroy();
	});

	it('gives a query of its own to the same SQL text while a streamed read of it is not finished', async () => {
		const { cached, database } = open();
		database.exec('create table item (id integer primary key, name text not null); insert into item values (1, \'a\'), (2, \'b\')');
		const text = 'select id from item order by id';
		const streamed = cached.prepare(text).iterate([]);
		expect(streamed.next().value).toEqual({ id: 1 });
		expect(cached.prepare(text).all([])).toEqual([{ id: 1 }, { id: 2 }]);
		expect(streamed.next().value).toEqual({ id: 2 });
		expect(streamed.next().done).toBe(true);
		database.close();
	});

	it('reads a column added after the statement was first prepared, and keeps no schema change', async () => {
		const { cached, database } = open();
		database.exec('create table item (id integer primary key)');
		const text = 'select * from item';
		cached.prepare('insert into item (id) values (?)').run([1]);
		expect(cached.prepare(text).all([])).toEqual([{ id: 1 }]);
		const alter = 'alter table item add column name text default \'x\' not null';
		cached.prepare(alter).run([]);
		expect(cached.prepare(text).all([])).toEqual([{ id: 1, name: 'x' }]);
		const create = 'create table other (id integer)';
		expect(cached.prepare(create)).not.toBe(cached.prepare(create));
		database.close();
	});

	it('keeps at most `limit` statements, dropping the one used longest ago', () => {
		const { cached, database } = open(2);
		const a = cached.prepare('select 1');
		const b = cached.prepare('select 2');
		expect(cached.prepare('select 1')).toBe(a);
		cached.prepare('select 3');
		expect(cached.prepare('select 1')).toBe(a);
		expect(cached.prepare('select 2')).not.toBe(b);
		database.close();
	});
});
