/**
 * Group commit for SQLite (decision record 0058): the write transactions of requests that arrive
 * together share one SQLite transaction, and so one commit and one fsync, and each request is
 * answered only after that commit.
 *
 * Why: better-sqlite3 works on the main thread, and a commit with `synchronous=FULL` waits for the
 * disk's fsync (0.2 to 5 ms on the machines we measured), during which no other request moves.
 * With 20 people saving at once, one fsync per write was most of a write's time.
 *
 * How: `writeTransaction(db, work)` queues `work` and, on the next turn of the event loop (so that
 * every request read in this turn joins), runs the queued works one after the other inside one
 * transaction, each within a savepoint of its own, then commits once. A work that throws is rolled
 * back to its savepoint and only its caller gets the error; the others still commit. If the commit
 * itself fails, every caller of the batch gets that error and nothing of the batch is stored. No
 * caller's promise settles before the commit has returned, so an answer never precedes its fsync.
 *
 * A work sees the changes of the works before it in its batch, exactly as if they had committed
 * just before it: one writer at a time, as SQLite always has. On PostgreSQL (and on a Kysely that
 * was not set up for it, or inside a caller's transaction) `writeTransaction` is an ordinary
 * transaction: PostgreSQL has many connections, and flushes concurrent commits together itself.
 */
import { AsyncResource } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** Works per batch at most, so that one batch's wait stays short under a flood of writes. */
export const GROUP_COMMIT_LIMIT = 64;

interface Queued {
	work: (trx: Transaction<Database>) => Promise<unknown>;
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const committers = new WeakMap<Kysely<Database>, GroupCommit>();

class GroupCommit {
	readonly #db: Kysely<Database>;
	readonly #limit: number;
	#queue: Queued[] = [];
	#scheduled = false;
	#running = false;

	constructor(db: Kysely<Database>, limit: number) {
		this.#db = db;
		this.#limit = limit;
	}

	add<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			// The work runs in its caller's async context, not in the batch's: who is acting (the audit
			// trail's actor) and the request's statement count are the caller's.
			// (A resource of our own: AsyncResource.bind wraps every call in a deprecation check.)
			const context = new AsyncResource('GroupCommitWork');
			this.#queue.push({ work: (trx) => context.runInAsyncScope(work, undefined, trx), resolve: resolve as (value: unknown) => void, reject });
			this.#schedule();
		});
	}

	#schedule(): void {
		if (this.#scheduled || this.#running) return;
		this.#scheduled = true;
		setImmediate(() => {
			this.#scheduled = false;
			void this.#flush();
		});
	}

	async #flush(): Promise<void> {
		this.#running = true;
		const batch = this.#queue.splice(0, this.#limit);
		try {
			await this.#commit(batch);
		} finally {
			this.#running = false;
			if (this.#queue.length > 0) this.#schedule();
		}
	}

	async #commit(batch: Queued[]): Promise<void> {
		let outcomes: Outcome[];
		try {
			outcomes = batch.length === 1 ? await this.#alone(batch[0]!) : await this.#together(batch);
		} catch (error) {
			// The transaction as a whole failed (begin or commit): nothing of the batch is stored.
			for (const item of batch) item.reject(error);
			return;
		}
		batch.forEach((item, i) => {
			const outcome = outcomes[i]!;
			if (outcome.ok) item.resolve(outcome.value);
			else item.reject(outcome.error);
		});
	}

	/** One work: its own transaction, no savepoint needed; its error rolls back and is its caller's. */
	async #alone(item: Queued): Promise<Outcome[]> {
		try {
			return [{ ok: true, value: await this.#db.transaction().execute(item.work) }];
		} catch (error) {
			// A failed commit lands here too; for a batch of one it is this caller's error alike.
			return [{ ok: false, error }];
		}
	}

	async #together(batch: Queued[]): Promise<Outcome[]> {
		const trx = await this.#db.startTransaction().execute();
		const outcomes: Outcome[] = [];
		try {
			for (const item of batch) {
				const inside = await trx.savepoint('group_commit_work').execute();
				try {
					const value = await item.work(inside);
					await inside.releaseSavepoint('group_commit_work').execute();
					outcomes.push({ ok: true, value });
				} catch (error) {
					await inside.rollbackToSavepoint('group_commit_work').execute();
					await inside.releaseSavepoint('group_commit_work').execute();
					outcomes.push({ ok: false, error });
				}
			}
			await trx.commit().execute();
		} catch (error) {
			await trx.rollback().execute().catch(() => undefined);
			throw error;
		}
		return outcomes;
	}
}

/** Lets `writeTransaction` group the writes on `db` (one SQLite connection); called where it is opened. */
export function enableGroupCommit(db: Kysely<Database>, limit = GROUP_COMMIT_LIMIT): void {
	committers.set(db, new GroupCommit(db, limit));
}

/**
 * Runs `work` in a transaction whose commit may be shared with other requests' writes (SQLite),
 * and resolves only after that commit. Inside a caller's transaction it runs in that one.
 *
 * @example
 * const saved = await writeTransaction(db, async (trx) => {
 *   await trx.insertInto('scan_answer').values(row).execute();
 *   return true;
 * });
 */
export function writeTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
	if (db.isTransaction) return work(db as Transaction<Database>);
	const committer = committers.get(db);
	return committer ? committer.add(work) : db.transaction().execute(work);
}
