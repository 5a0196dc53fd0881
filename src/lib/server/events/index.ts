/**
 * The app's event bus: in-process on SQLite, LISTEN/NOTIFY on PostgreSQL (so several app servers
 * can share one database). Opened lazily, like the database.
 */
import { isPostgresUrl, type Db } from '../db/connect';
import { databaseUrl, getDb } from '../db';
import { InProcessBus, type EventBus } from './bus';
import { PostgresBus } from './postgres-bus';

export type { BusEvent, EventBus, Publish } from './bus';
export { InProcessBus } from './bus';
export { PostgresBus } from './postgres-bus';

export interface CreateEventBusOptions {
	/** PostgreSQL: the URL `handle` was opened with (the listener needs its own connection); defaults to the app's database URL. */
	connectionString?: string;
}

/** Picks the implementation by dialect. */
export function createEventBus(handle: Db, options: CreateEventBusOptions = {}): EventBus {
	if (handle.dialect !== 'postgres') return new InProcessBus(handle);
	const connectionString = options.connectionString ?? databaseUrl();
	if (!isPostgresUrl(connectionString)) {
		throw new Error('the PostgreSQL event bus needs the database URL (DATABASE_URL or connectionString)');
	}
	return new PostgresBus(handle, { connectionString });
}

let opening: Promise<EventBus> | undefined;

export function getEventBus(): Promise<EventBus> {
	opening ??= getDb().then((handle) => createEventBus(handle));
	return opening;
}

export async function closeEventBus(): Promise<void> {
	if (!opening) return;
	const bus = await opening;
	opening = undefined;
	await bus.close();
}
