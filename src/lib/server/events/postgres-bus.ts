/**
 * The event bus for several app servers on one PostgreSQL: events are stored as in
 * `InProcessBus`, and every publish also sends `NOTIFY bw_events, '<channel>'` inside its
 * transaction — PostgreSQL delivers it only when, and just after, the transaction commits. Each
 * process keeps one dedicated connection (not from the pool) that LISTENs and wakes its local
 * subscribers of that channel. When that connection drops, notifications sent meanwhile are lost,
 * so it reconnects with back-off and then wakes every subscriber: they read what they missed
 * from the table. A notification is only a hint; the table is the truth.
 *
 * NOTIFY reaches every database session, whatever its schema: installs or test runs sharing one
 * database may wake each other for a channel name they share, which costs one empty read.
 */
import pg from 'pg';
import { sql, type Kysely } from 'kysely';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { log } from '../log';
import { InProcessBus, type BusOptions } from './bus';
import type { BusEvent } from './store';

export const NOTIFY_CHANNEL = 'bw_events';

export interface PostgresBusOptions extends BusOptions {
	/** The database to LISTEN on: the same one `handle` is connected to. */
	connectionString: string;
	/** First wait before reconnecting the listener (ms); doubles up to `maxReconnectMs`. */
	reconnectMs?: number;
	maxReconnectMs?: number;
}

type ListenerState = 'idle' | 'connecting' | 'listening' | 'down' | 'closed';

export class PostgresBus extends InProcessBus {
	readonly #options: Required<Omit<PostgresBusOptions, keyof BusOptions>>;
	#client: pg.Client | undefined;
	#state: ListenerState = 'idle';
	#pid: number | undefined;
	#delay: number;
	#reconnect: ReturnType<typeof setTimeout> | undefined;
	#waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];

	constructor(handle: Db, options: PostgresBusOptions) {
		if (handle.dialect !== 'postgres') throw new Error('PostgresBus needs a PostgreSQL database');
		super(handle, options);
		this.#options = {
			connectionString: options.connectionString,
			reconnectMs: options.reconnectMs ?? 100,
			maxReconnectMs: options.maxReconnectMs ?? 5000
		};
		this.#delay = this.#options.reconnectMs;
	}

	override async publishIn(trx: Kysely<Database>, channel: string, type: string, data: unknown): Promise<BusEvent> {
		const event = await super.publishIn(trx, channel, type, data);
		await sql`select pg_notify(${NOTIFY_CHANNEL}, ${channel})`.execute(trx);
		return event;
	}

	override subscribe(channel: string, afterId: number, listener: (event: BusEvent) => void): () => void {
		const unsubscribe = super.subscribe(channel, afterId, listener);
		// A process that only publishes needs no listener; start it with the first subscriber.
		if (this.#state === 'idle') void this.#listen();
		return unsubscribe;
	}

	/** The backend pid of the LISTEN connection while it is up (tests terminate it). */
	get listenerPid(): number | undefined {
		return this.#state === 'listening' ? this.#pid : undefined;
	}

	get listening(): boolean {
		return this.#state === 'listening';
	}

	/** Resolves once the listener is (again) listening; starts it if nobody has subscribed yet. */
	whenListening(): Promise<void> {
		if (this.#state === 'listening') return Promise.resolve();
		if (this.#state === 'closed') return Promise.reject(new Error('the event bus is closed'));
		if (this.#state === 'idle') void this.#listen();
		return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
	}

	override async close(): Promise<void> {
		this.#state = 'closed';
		clearTimeout(this.#reconnect);
		const client = this.#client;
		this.#client = undefined;
		for (const waiter of this.#waiting.splice(0)) waiter.reject(new Error('the event bus is closed'));
		await super.close();
		if (client) await client.end().catch(() => undefined);
	}

	async #listen(): Promise<void> {
		this.#state = 'connecting';
		const client = new pg.Client({
			connectionString: this.#options.connectionString,
			application_name: 'blendwijzer-events',
			// Notice a silently dead connection (a NAT or firewall dropping it) without traffic of our own.
			keepAlive: true,
			keepAliveInitialDelayMillis: 10_000,
			connectionTimeoutMillis: 5000
		});
		this.#client = client;
		client.on('notification', (message) => {
			if (message.channel === NOTIFY_CHANNEL && message.payload) this.notify(message.payload);
		});
		client.on('error', (error) => this.#dropped(client, error));
		client.on('end', () => this.#dropped(client));
		try {
			await client.connect();
			await client.query(`listen ${NOTIFY_CHANNEL}`);
			const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
			if (this.#client !== client) return; // closed or dropped meanwhile
			this.#pid = rows[0]?.pid;
			this.#state = 'listening';
			this.#delay = this.#options.reconnectMs;
			// Events may have been stored while nobody listened (before the first connect, or
			// while the connection was down): let every subscriber read what it has not seen.
			this.notifyAll();
			for (const waiter of this.#waiting.splice(0)) waiter.resolve();
		} catch (error) {
			this.#dropped(client, error);
		}
	}

	#dropped(client: pg.Client, error?: unknown): void {
		if (this.#client !== client || this.#state === 'closed') return;
		this.#client = undefined;
		this.#pid = undefined;
		this.#state = 'down';
		client.end().catch(() => undefined);
		log.warn({ err: error, retryInMs: this.#delay }, 'event listener connection lost; reconnecting');
		this.#reconnect = setTimeout(() => void this.#listen(), this.#delay);
		this.#delay = Math.min(this.#delay * 2, this.#options.maxReconnectMs);
	}
}
