/**
 * The event bus behind every live view: code that writes publishes an event, every open stream of
 * that channel receives it. One interface, two implementations: `InProcessBus` for one server
 * (SQLite or PostgreSQL), `PostgresBus` (postgres-bus.ts) for several servers on one PostgreSQL.
 *
 * Design: the database is the bus. An event is a row of the `event` table, so its id survives a
 * restart and doubles as the SSE `Last-Event-ID`. A wake-up carries no event, only "channel X has
 * something new"; each channel's subscribers then read `id > last delivered` from the table. That
 * makes delivery ordered and free of gaps and duplicates whatever order wake-ups arrive in, and
 * lets a lost wake-up be repaired by any later one (a reconnecting listener simply wakes all).
 *
 * Atomic writes: `bus.transaction(async (trx, publish) => …)` runs the caller's change and its
 * events in one transaction and wakes subscribers only after the commit, so an answer and its
 * event are both there or neither. The parts are public for code that runs its own transaction:
 * `bus.publishIn(trx, …)` inside it, then `bus.notify(channel)` after the commit (on PostgreSQL
 * other servers are woken by the commit itself, through a transactional NOTIFY).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { Db } from '../db/connect';
import { log } from '../log';
import { writeTransaction } from '../db/group-commit';
import { append, assertChannel, since, DEFAULT_SINCE_LIMIT, type BusEvent } from './store';

export type { BusEvent };

export type Publish = (channel: string, type: string, data: unknown) => Promise<BusEvent>;

export interface EventBus {
	/** Stores the event (committed) and then wakes every subscriber of the channel, on this server and (PostgreSQL) on every other server. */
	publish(channel: string, type: string, data: unknown): Promise<BusEvent>;
	/**
	 * Stores the event inside the caller's transaction `trx` and returns it; nothing is delivered
	 * unless that transaction commits. Call `notify(channel)` after the commit (or use `transaction`).
	 */
	publishIn(trx: Kysely<Database>, channel: string, type: string, data: unknown): Promise<BusEvent>;
	/** Wakes this server's subscribers of the channel; cheap, and harmless when nothing is new. */
	notify(channel: string): void;
	/**
	 * Runs `work` in one transaction; events published through `publish` are stored with the
	 * work's changes and delivered after the commit, or never when it throws.
	 *
	 * @example
	 * await bus.transaction(async (trx, publish) => {
	 *   await answers.save(trx, workshopId, answer);
	 *   await publish(`workshop:${workshopId}`, 'answer', { factorKey: answer.factorKey });
	 * });
	 */
	transaction<T>(work: (trx: Transaction<Database>, publish: Publish) => Promise<T>): Promise<T>;
	/** Events of a channel with id > afterId, in order (for catch-up with Last-Event-ID). */
	since(channel: string, afterId: number, limit?: number): Promise<BusEvent[]>;
	/** Calls listener for every new event of the channel, in id order, without gaps or duplicates. Returns an unsubscribe function. */
	subscribe(channel: string, afterId: number, listener: (event: BusEvent) => void): () => void;
	/** Open subscriptions, of one channel or of all. */
	subscriberCount(channel?: string): number;
	/** Ends subscriptions and timers (and PostgreSQL's listener); does not close the database. */
	close(): Promise<void>;
}

export interface BusOptions {
	/** After a failed read, try again this much later (ms). */
	retryMs?: number;
}

interface Subscriber {
	last: number;
	listener: (event: BusEvent) => void;
	active: boolean;
}

/** A channel's subscribers share one reader: one query per wake-up and channel, not per subscriber. */
interface Feed {
	subscribers: Set<Subscriber>;
	reading: boolean;
	/** Woken while reading: read once more, the event may have committed after our query began. */
	again: boolean;
	retry?: ReturnType<typeof setTimeout>;
}

export class InProcessBus implements EventBus {
	protected readonly handle: Db;
	protected closed = false;
	readonly #feeds = new Map<string, Feed>();
	readonly #retryMs: number;

	constructor(handle: Db, options: BusOptions = {}) {
		this.handle = handle;
		this.#retryMs = options.retryMs ?? 1000;
	}

	async publish(channel: string, type: string, data: unknown): Promise<BusEvent> {
		const event = await writeTransaction(this.handle.db, (trx) => this.publishIn(trx, channel, type, data));
		this.notify(channel);
		return event;
	}

	publishIn(trx: Kysely<Database>, channel: string, type: string, data: unknown): Promise<BusEvent> {
		return append(trx, this.handle.dialect, channel, type, data);
	}

	async transaction<T>(work: (trx: Transaction<Database>, publish: Publish) => Promise<T>): Promise<T> {
		const channels = new Set<string>();
		// On SQLite the commit may be shared with other requests' writes (decision record 0058); the
		// subscribers are woken after it, like the caller.
		const result = await writeTransaction(this.handle.db, (trx) =>
			work(trx, async (channel, type, data) => {
				const event = await this.publishIn(trx, channel, type, data);
				channels.add(channel);
				return event;
			})
		);
		for (const channel of channels) this.notify(channel);
		return result;
	}

	since(channel: string, afterId: number, limit = DEFAULT_SINCE_LIMIT): Promise<BusEvent[]> {
		return since(this.handle.db, channel, afterId, limit);
	}

	subscribe(channel: string, afterId: number, listener: (event: BusEvent) => void): () => void {
		if (this.closed) throw new Error('the event bus is closed');
		assertChannel(channel);
		if (!Number.isSafeInteger(afterId) || afterId < 0) throw new TypeError('afterId must be a non-negative integer');
		let feed = this.#feeds.get(channel);
		if (!feed) {
			feed = { subscribers: new Set(), reading: false, again: false };
			this.#feeds.set(channel, feed);
		}
		const subscriber: Subscriber = { last: afterId, listener, active: true };
		feed.subscribers.add(subscriber);
		// Catch up at once: whatever was stored after afterId, then everything new.
		this.notify(channel);
		return () => {
			if (!subscriber.active) return;
			subscriber.active = false;
			const current = this.#feeds.get(channel);
			if (!current) return;
			current.subscribers.delete(subscriber);
			this.#dropIfIdle(channel, current);
		};
	}

	notify(channel: string): void {
		const feed = this.#feeds.get(channel);
		if (!feed || this.closed) return;
		if (feed.reading) {
			feed.again = true;
			return;
		}
		void this.#read(channel, feed);
	}

	subscriberCount(channel?: string): number {
		if (channel !== undefined) return this.#feeds.get(channel)?.subscribers.size ?? 0;
		let count = 0;
		for (const feed of this.#feeds.values()) count += feed.subscribers.size;
		return count;
	}

	async close(): Promise<void> {
		this.closed = true;
		for (const feed of this.#feeds.values()) {
			clearTimeout(feed.retry);
			for (const subscriber of feed.subscribers) subscriber.active = false;
			feed.subscribers.clear();
		}
		this.#feeds.clear();
	}

	/** Wakes every channel with subscribers: after a lost connection, anything may have been missed. */
	protected notifyAll(): void {
		for (const channel of [...this.#feeds.keys()]) this.notify(channel);
	}

	async #read(channel: string, feed: Feed): Promise<void> {
		feed.reading = true;
		clearTimeout(feed.retry);
		feed.retry = undefined;
		try {
			do {
				feed.again = false;
				let full = true;
				while (full && feed.subscribers.size > 0 && !this.closed) {
					// From the subscriber furthest behind; the others skip what they already have.
					let from = Number.MAX_SAFE_INTEGER;
					for (const subscriber of feed.subscribers) from = Math.min(from, subscriber.last);
					const batch = await since(this.handle.db, channel, from, DEFAULT_SINCE_LIMIT);
					for (const event of batch) {
						for (const subscriber of [...feed.subscribers]) {
							if (!subscriber.active || event.id <= subscriber.last) continue;
							subscriber.last = event.id;
							try {
								subscriber.listener(event);
							} catch (error) {
								log.error({ err: error, channel, eventId: event.id }, 'event listener failed');
							}
						}
					}
					full = batch.length === DEFAULT_SINCE_LIMIT;
				}
			} while (feed.again && feed.subscribers.size > 0 && !this.closed);
		} catch (error) {
			// The database is away for a moment: try again later rather than lose the wake-up.
			log.warn({ err: error, channel }, 'reading events failed; retrying');
			if (!this.closed) feed.retry = setTimeout(() => this.notify(channel), this.#retryMs);
		} finally {
			feed.reading = false;
			this.#dropIfIdle(channel, feed);
		}
	}

	#dropIfIdle(channel: string, feed: Feed): void {
		if (feed.subscribers.size > 0 || feed.reading) return;
		clearTimeout(feed.retry);
		if (this.#feeds.get(channel) === feed) this.#feeds.delete(channel);
	}
}
