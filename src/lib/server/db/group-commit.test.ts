import { afterEach, describe, expect, it } from 'vitest';
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type LogEvent } from 'kysely';
import { enableGroupCommit, writeTransaction } from './group-commit';
import { sqliteOptions } from './connect';
import { cachingStatements } from './statement-cache';
import type { Database } from './schema';

interface Tables {
	note: { id: number; text: string };
	child: { id: number; note_id: number };
}

const opened: { db: Kysely<Tables>; dir: string }[] = [];

/** A SQLite file as the app opens it (WAL, synchronous=FULL), its statements logged in `log`. */
async function open(limit?: number) {
	const dir = mkdtempSync(join(tmpdir(), 'bw-group-commit-'));
	const file = join(dir, 'test.db');
	const database = new SQLite(file, sqliteOptions());
	database.pragma('journal_mode = WAL');
	database.pragma('synchronous = FULL');
	database.pragma('foreign_keys = ON');
	const log: string[] = [];
	const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: cachingStatements(database) }), log: (event: LogEvent) => void log.push(event.query.sql) });
	await sql`create table note (id integer primary key, text text not null check (length(text) < 10))`.execute(db);
	// Checked only at the commit: the one way a work can make the shared commit itself fail.
	await sql`create table child (id integer primary key, note_id integer not null references note (id) deferrable initially deferred)`.execute(db);
	enableGroupCommit(db as unknown as Kysely<Database>, limit);
	log.length = 0;
	opened.push({ db, dir });
	/** What another connection sees: only what is committed. */
	const committed = () => {
		const reader = new SQLite(file, { ...sqliteOptions(), readonly: true });
		try {
			return (reader.prepare('select id from note order by id').all() as { id: number }[]).map((r) => r.id);
		} finally {
			reader.close();
		}
	};
	return { db, log, committed };
}

afterEach(async () => {
	for (const { db, dir } of opened.splice(0)) {
		await db.destroy();
		rmSync(dir, { recursive: true, force: true });
	}
});

const write = (db: Kysely<Tables>, work: (trx: Kysely<Tables>) => Promise<unknown>) =>
	writeTransaction(db as unknown as Kysely<Database>, (trx) => work(trx as unknown as Kysely<Tables>));
const insertNote = (id: number, text = `n${id}`) => (trx: Kysely<Tables>) => trx.insertInto('note').values({ id, text }).execute().then(() => id);
const commits = (log: string[]) => log.filter((s) => s === 'commit').length;

describe('group commit on SQLite', () => {
	it('stores twenty writes sent at once with one commit, and answers each only when another connection can read it', async () => {
		const { db, log, committed } = await open();
		const seenAtAnswer: boolean[] = [];
		await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				write(db, insertNote(i + 1)).then((id) => {
					seenAtAnswer.push(committed().includes(id as number));
				})
			)
		);
		expect(seenAtAnswer).toEqual(Array(20).fill(true));
		expect(committed()).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
		expect(commits(log)).toBe(1);
	});

	it('gives a failing write its own error and still stores the others of its batch, without anything of the failed one', async () => {
		const { db, committed } = await open();
		const results = await Promise.allSettled([
			write(db, insertNote(1)),
			// Its first row is written, its second breaks a check: neither may stay.
			write(db, async (trx) => {
				await insertNote(2)(trx);
				await insertNote(3, 'far too long a text')(trx);
			}),
			write(db, insertNote(4)),
			write(db, async () => {
				throw new Error('refused by the work itself');
			}),
			write(db, insertNote(5))
		]);
		expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
		expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/CHECK constraint/);
		expect(String((results[3] as PromiseRejectedResult).reason)).toMatch(/refused by the work itself/);
		expect(committed()).toEqual([1, 4, 5]);
	});

	it('rejects every write of a batch whose commit fails, and stores none of them', async () => {
		const { db, committed } = await open();
		const results = await Promise.allSettled([
			write(db, insertNote(1)),
			// A child of a note that does not exist: refused only at the commit (deferred key).
			write(db, (trx) => trx.insertInto('child').values({ id: 1, note_id: 99 }).execute()),
			write(db, insertNote(2))
		]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
		expect(committed()).toEqual([]);
		// The connection is usable again afterwards.
		await write(db, insertNote(3));
		expect(committed()).toEqual([3]);
	});

	it('lets a write see the writes before it in its batch, as if they had committed just before it', async () => {
		const { db } = await open();
		const [, second] = await Promise.all([
			write(db, insertNote(1)),
			write(db, async (trx) => (await trx.selectFrom('note').select('id').where('id', '=', 1).executeTakeFirst()) ? 'seen' : 'not seen')
		]);
		expect(second).toBe('seen');
	});

	it('splits a flood of writes into batches of at most the limit', async () => {
		const { db, log, committed } = await open(2);
		await Promise.all([1, 2, 3, 4, 5].map((id) => write(db, insertNote(id))));
		expect(committed()).toEqual([1, 2, 3, 4, 5]);
		expect(commits(log)).toBe(3);
	});

	it('takes the writes that arrive while a batch commits into the next batch', async () => {
		const { db, log, committed } = await open();
		const later: Promise<unknown>[] = [];
		await Promise.all([
			write(db, async (trx) => {
				// Sent while this batch is being written: must not join a transaction already under way.
				later.push(write(db, insertNote(2)), write(db, insertNote(3)));
				return insertNote(1)(trx);
			})
		]);
		expect(committed()).toEqual([1]);
		await Promise.all(later);
		expect(committed()).toEqual([1, 2, 3]);
		expect(commits(log)).toBe(2);
	});

	it("runs each write in its caller's async context (who is acting), not in the batch's", async () => {
		const { db, log } = await open();
		const caller = new AsyncLocalStorage<string>();
		const seen = await Promise.all(
			['ann', 'bob', 'cas'].map((name, i) =>
				caller.run(name, () =>
					write(db, async (trx) => {
						await insertNote(i + 1)(trx);
						return caller.getStore();
					})
				)
			)
		);
		expect(seen).toEqual(['ann', 'bob', 'cas']);
		expect(commits(log)).toBe(1);
	});

	it("runs inside a caller's transaction when given one, and commits with it", async () => {
		const { db, log, committed } = await open();
		await db.transaction().execute(async (trx) => {
			await write(trx, insertNote(1));
			expect(committed()).toEqual([]);
		});
		expect(committed()).toEqual([1]);
		expect(commits(log)).toBe(1);
	});

	it('is an ordinary transaction on a database not set up for it', async () => {
		const database = new SQLite(':memory:', sqliteOptions());
		const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
		await sql`create table note (id integer primary key, text text not null)`.execute(db);
		await Promise.all([1, 2].map((id) => write(db, insertNote(id))));
		expect((await db.selectFrom('note').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual([1, 2]);
		await db.destroy();
	});
});
