import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql, type KyselyPlugin, type QueryId } from 'kysely';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect, type Db } from '../db/connect';
import { DIALECTS, openTestDb, TEST_POSTGRES_URL, type TestDb } from '../db/test-db';
import { InProcessBus, type BusEvent, type EventBus } from './bus';
import { PostgresBus } from './postgres-bus';
import { createEventBus } from './index';

const WAIT = { timeout: 5000, interval: 5 };

const newChannel = () => `workshop:${randomUUID()}`;

/** Publishes a last event and waits for it: anything delivered twice would have come before it. */
async function settle(bus: EventBus, channel: string, received: BusEvent[]): Promise<BusEvent> {
	const last = await bus.publish(channel, 'sentinel', null);
	await vi.waitFor(() => expect(received.at(-1)?.id).toBe(last.id), WAIT);
	return last;
}

/**
 * Holds back the results of SELECTs (already executed) until opened: lets a test make a wake-up
 * arrive while the bus's read is in flight. The database stays real; only the answer is late.
 */
function heldReads() {
	const selects = new WeakSet<QueryId>();
	let open = true;
	let release = (): void => {};
	let released = Promise.resolve();
	let started = (): void => {};
	const plugin: KyselyPlugin = {
		transformQuery({ queryId, node }) {
			if (node.kind === 'SelectQueryNode') selects.add(queryId);
			return node;
		},
		async transformResult({ queryId, result }) {
			if (!open && selects.has(queryId)) {
				started();
				await released;
			}
			return result;
		}
	};
	return {
		plugin,
		/** Holds the next reads; resolves once one has executed and is being held. */
		hold(): Promise<void> {
			open = false;
			released = new Promise((resolve) => (release = resolve));
			return new Promise((resolve) => (started = resolve));
		},
		open() {
			open = true;
			release();
		}
	};
}

/** A second connection to the same database: another server, or another SQLite connection. */
async function secondHandle(t: Db): Promise<Db> {
	if (t.dialect === 'postgres') return connect({ url: TEST_POSTGRES_URL, schema: t.schema });
	const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(t.db);
	return connect({ url: rows.find((r) => r.name === 'main')!.file });
}

const buses: Record<string, { name: string; make: (handle: Db) => EventBus }[]> = {
	sqlite: [{ name: 'in-process', make: (handle) => new InProcessBus(handle) }],
	postgres: [
		{ name: 'in-process', make: (handle) => new InProcessBus(handle) },
		{ name: 'LISTEN/NOTIFY', make: (handle) => new PostgresBus(handle, { connectionString: TEST_POSTGRES_URL }) }
	]
};

for (const dialect of DIALECTS) {
	for (const { name, make } of buses[dialect]!) {
		describe(`${name} event bus on ${dialect}`, () => {
			let t: TestDb;
			let bus: EventBus;

			beforeAll(async () => {
				t = await openTestDb(dialect);
				bus = make(t);
			});
			afterAll(async () => {
				await bus.close();
				await t.destroy();
			});

			it('catches a new subscriber up from its id, then delivers live events', async () => {
				const channel = newChannel();
				const before = [];
				for (let i = 0; i < 3; i++) before.push(await bus.publish(channel, 'step', { i }));
				const received: BusEvent[] = [];
				const unsubscribe = bus.subscribe(channel, before[0]!.id, (e) => received.push(e));
				await vi.waitFor(() => expect(received).toHaveLength(2), WAIT);
				const live = await bus.publish(channel, 'step', { i: 3 });
				await vi.waitFor(() => expect(received).toHaveLength(3), WAIT);
				expect(received).toEqual([before[1], before[2], live]);
				unsubscribe();
			});

			it('delivers each event once and in order under 200 concurrent publishes, also to a subscriber that joins midway', async () => {
				const channel = newChannel();
				const early: BusEvent[] = [];
				const late: BusEvent[] = [];
				const stopEarly = bus.subscribe(channel, 0, (e) => early.push(e));
				const first = Array.from({ length: 100 }, (_, i) => bus.publish(channel, 'answer', { i }));
				const stopLate = bus.subscribe(channel, 0, (e) => late.push(e));
				const second = Array.from({ length: 100 }, (_, i) => bus.publish(channel, 'answer', { i: 100 + i }));
				const published = await Promise.all([...first, ...second]);
				// All 200 must arrive from their own wake-ups (none may be lost while a read is running)…
				await vi.waitFor(() => expect(early.length).toBeGreaterThanOrEqual(200), WAIT);
				await vi.waitFor(() => expect(late.length).toBeGreaterThanOrEqual(200), WAIT);
				// …and none twice.
				await settle(bus, channel, early);
				await vi.waitFor(() => expect(late.at(-1)?.type).toBe('sentinel'), WAIT);

				const stored = (await bus.since(channel, 0, 1000)).map((e) => e.id);
				expect(stored).toHaveLength(201);
				expect(new Set(published.map((e) => e.id))).toEqual(new Set(stored.slice(0, 200)));
				expect(early.map((e) => e.id)).toEqual(stored);
				expect(late.map((e) => e.id)).toEqual(stored);
				stopEarly();
				stopLate();
			});

			it('does not skip an event whose transaction commits after a later publish has begun', async () => {
				const channel = newChannel();
				const received: BusEvent[] = [];
				const unsubscribe = bus.subscribe(channel, 0, (e) => received.push(e));
				let inserted!: () => void;
				let commit!: () => void;
				const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
				const commitSignal = new Promise<void>((resolve) => (commit = resolve));
				const slow = bus.transaction(async (_trx, publish) => {
					const event = await publish(channel, 'slow', null);
					inserted();
					await commitSignal;
					return event;
				});
				await insertedSignal;
				// Without per-channel ordering this one would take a higher id and commit first,
				// the subscriber would read it, move past the slow one's id and never see it.
				const fast = bus.publish(channel, 'fast', null);
				await sleep(100);
				bus.notify(channel);
				await sleep(20);
				commit();
				const [slowEvent, fastEvent] = await Promise.all([slow, fast]);
				expect(fastEvent.id).toBeGreaterThan(slowEvent.id);
				await settle(bus, channel, received);
				expect(received.map((e) => e.type)).toEqual(['slow', 'fast', 'sentinel']);
				unsubscribe();
			});

			it('stores and delivers nothing from a rolled-back transaction, and keeps its change out too', async () => {
				const channel = newChannel();
				const key = `answer:${randomUUID()}`;
				const received: BusEvent[] = [];
				const unsubscribe = bus.subscribe(channel, 0, (e) => received.push(e));

				await expect(
					bus.transaction(async (trx, publish) => {
						await trx.insertInto('app_setting').values({ key, value: 'given' }).execute();
						await publish(channel, 'answer', { key });
						throw new Error('rolled back');
					})
				).rejects.toThrow('rolled back');
				await expect(
					t.db.transaction().execute(async (trx) => {
						await bus.publishIn(trx, channel, 'answer', { key });
						throw new Error('rolled back too');
					})
				).rejects.toThrow('rolled back too');
				bus.notify(channel);

				expect(await bus.since(channel, 0)).toEqual([]);
				expect(await t.db.selectFrom('app_setting').selectAll().where('key', '=', key).execute()).toEqual([]);
				const later = await settle(bus, channel, received);
				expect(received).toEqual([later]);
				unsubscribe();
			});

			it('writes a change and its event together and delivers the event after the commit', async () => {
				const channel = newChannel();
				const key = `answer:${randomUUID()}`;
				const received: BusEvent[] = [];
				const unsubscribe = bus.subscribe(channel, 0, (e) => received.push(e));
				const event = await bus.transaction(async (trx, publish) => {
					await trx.insertInto('app_setting').values({ key, value: 'given' }).execute();
					return publish(channel, 'answer', { key });
				});
				await vi.waitFor(() => expect(received).toEqual([event]), WAIT);
				expect(await t.db.selectFrom('app_setting').select('value').where('key', '=', key).execute()).toEqual([
					{ value: 'given' }
				]);

				// The manual way: publishIn in one's own transaction, notify after the commit.
				const manual = await t.db.transaction().execute((trx) => bus.publishIn(trx, channel, 'answer', { n: 2 }));
				bus.notify(channel);
				await vi.waitFor(() => expect(received).toEqual([event, manual]), WAIT);
				unsubscribe();
			});

			it('stops delivering after unsubscribe and keeps no subscription behind', async () => {
				const channel = newChannel();
				const received: BusEvent[] = [];
				const kept: BusEvent[] = [];
				const unsubscribe = bus.subscribe(channel, 0, (e) => received.push(e));
				const stopKept = bus.subscribe(channel, 0, (e) => kept.push(e));
				expect(bus.subscriberCount(channel)).toBe(2);
				const first = await bus.publish(channel, 'step', null);
				await vi.waitFor(() => expect(received).toEqual([first]), WAIT);
				unsubscribe();
				unsubscribe();
				expect(bus.subscriberCount(channel)).toBe(1);
				await settle(bus, channel, kept);
				expect(received).toEqual([first]);
				stopKept();
				expect(bus.subscriberCount(channel)).toBe(0);
			});

			it('keeps delivering to other subscribers when one listener throws', async () => {
				const channel = newChannel();
				const received: BusEvent[] = [];
				const stopBad = bus.subscribe(channel, 0, () => {
					throw new Error('listener bug');
				});
				const stopGood = bus.subscribe(channel, 0, (e) => received.push(e));
				const a = await bus.publish(channel, 'step', null);
				const b = await settle(bus, channel, received);
				expect(received).toEqual([a, b]);
				stopBad();
				stopGood();
			});

			it('reads again when woken during a read, so an event committed meanwhile is not left waiting', async () => {
				const reads = heldReads();
				const held = make({ ...t, db: t.db.withPlugin(reads.plugin) });
				// Publish through another connection: the held read keeps SQLite's one connection busy.
				const other = await secondHandle(t);
				const channel = newChannel();
				const received: BusEvent[] = [];
				try {
					const holding = reads.hold();
					held.subscribe(channel, 0, (e) => received.push(e));
					await holding; // the catch-up read has run (and found nothing) but not returned yet
					const event = await other.db.transaction().execute((trx) => held.publishIn(trx, channel, 'step', null));
					held.notify(channel);
					reads.open();
					await vi.waitFor(() => expect(received).toEqual([event]), { timeout: 1000, interval: 5 });
				} finally {
					reads.open();
					await held.close();
					await other.close();
				}
			});

			it('refuses a negative or fractional starting id', () => {
				expect(() => bus.subscribe(newChannel(), -1, () => {})).toThrow(/afterId/);
				expect(() => bus.subscribe(newChannel(), 1.5, () => {})).toThrow(/afterId/);
			});
		});
	}

	it(`picks the ${dialect === 'postgres' ? 'LISTEN/NOTIFY' : 'in-process'} bus for ${dialect}`, async () => {
		// Neither bus touches the database before it is used: an unmigrated handle will do.
		const handle = connect({ url: dialect === 'postgres' ? TEST_POSTGRES_URL : ':memory:' });
		try {
			const bus = createEventBus(handle, { connectionString: TEST_POSTGRES_URL });
			expect(bus).toBeInstanceOf(dialect === 'postgres' ? PostgresBus : InProcessBus);
			await bus.close();
			expect(() => bus.subscribe(newChannel(), 0, () => {})).toThrow(/closed/);
		} finally {
			await handle.close();
		}
	});
}
