import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { connect, type Db } from '../db/connect';
import { openTestDb, TEST_POSTGRES_URL, type TestDb } from '../db/test-db';
import { PostgresBus } from './postgres-bus';
import type { BusEvent } from './bus';

const WAIT = { timeout: 5000, interval: 5 };
const newChannel = () => `workshop:${randomUUID()}`;

async function terminate(pid: number): Promise<void> {
	const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
	await admin.connect();
	try {
		const { rows } = await admin.query<{ ok: boolean }>('select pg_terminate_backend($1) as ok', [pid]);
		expect(rows[0]?.ok).toBe(true);
	} finally {
		await admin.end();
	}
}

// Two "app servers": two Db handles (two pools) and two buses on one PostgreSQL schema.
describe('LISTEN/NOTIFY event bus across two servers on postgres', () => {
	let t: TestDb;
	let serverB: Db;
	let busA: PostgresBus;
	let busB: PostgresBus;

	beforeAll(async () => {
		t = await openTestDb('postgres');
		serverB = connect({ url: TEST_POSTGRES_URL, schema: t.schema });
		busA = new PostgresBus(t, { connectionString: TEST_POSTGRES_URL });
		// Slow to reconnect, so the test can publish while B's listener is surely down.
		busB = new PostgresBus(serverB, { connectionString: TEST_POSTGRES_URL, reconnectMs: 300 });
		await Promise.all([busA.whenListening(), busB.whenListening()]);
	});
	afterAll(async () => {
		await Promise.all([busA.close(), busB.close()]);
		await serverB.close();
		await t.destroy();
	});

	it('delivers an event published on one server to a subscriber on the other', async () => {
		const channel = newChannel();
		const received: BusEvent[] = [];
		const earlier = await busA.publish(channel, 'step', { step: 1 });
		const unsubscribe = busB.subscribe(channel, 0, (e) => received.push(e));
		await vi.waitFor(() => expect(received).toEqual([earlier]), WAIT);
		// B has caught up and nothing else wakes it: only its LISTEN can bring the next event.
		const event = await busA.publish(channel, 'answer', { factorKey: 'visie' });
		await vi.waitFor(() => expect(received).toEqual([earlier, event]), WAIT);
		unsubscribe();
	});

	it('delivers publishes racing on both servers to subscribers on both, in order, without gaps or duplicates', async () => {
		const channel = newChannel();
		const onA: BusEvent[] = [];
		const onB: BusEvent[] = [];
		const stopA = busA.subscribe(channel, 0, (e) => onA.push(e));
		const stopB = busB.subscribe(channel, 0, (e) => onB.push(e));
		await Promise.all(
			Array.from({ length: 50 }, (_, i) => [
				busA.publish(channel, 'answer', { from: 'A', i }),
				busB.publish(channel, 'answer', { from: 'B', i })
			]).flat()
		);
		await vi.waitFor(() => expect(onA.length).toBeGreaterThanOrEqual(100), WAIT);
		await vi.waitFor(() => expect(onB.length).toBeGreaterThanOrEqual(100), WAIT);
		const last = await busA.publish(channel, 'sentinel', null);
		await vi.waitFor(() => expect([onA.at(-1)?.id, onB.at(-1)?.id]).toEqual([last.id, last.id]), WAIT);

		const stored = (await busA.since(channel, 0, 1000)).map((e) => e.id);
		expect(stored).toHaveLength(101);
		expect(onA.map((e) => e.id)).toEqual(stored);
		expect(onB.map((e) => e.id)).toEqual(stored);
		stopA();
		stopB();
	});

	it('reconnects a killed listener, delivers what was published while it was down, and what comes after', async () => {
		const channel = newChannel();
		const received: BusEvent[] = [];
		const unsubscribe = busB.subscribe(channel, 0, (e) => received.push(e));
		await busB.whenListening();
		const pid = busB.listenerPid!;

		await terminate(pid);
		await vi.waitFor(() => expect(busB.listening).toBe(false), WAIT);
		const whileDown = await busA.publish(channel, 'answer', { when: 'down' });
		// Its NOTIFY reached nobody on B: only the wake-up after reconnecting can deliver it.
		await vi.waitFor(() => expect(received).toEqual([whileDown]), WAIT);
		expect(busB.listening).toBe(true);
		expect(busB.listenerPid).not.toBe(pid);

		const after = await busA.publish(channel, 'answer', { when: 'after' });
		await vi.waitFor(() => expect(received).toEqual([whileDown, after]), WAIT);
		unsubscribe();
	});

	it('wakes no other server for an event whose transaction rolled back', async () => {
		const channel = newChannel();
		const received: BusEvent[] = [];
		const unsubscribe = busB.subscribe(channel, 0, (e) => received.push(e));
		await expect(
			busA.transaction(async (_trx, publish) => {
				await publish(channel, 'answer', { n: 1 });
				throw new Error('rolled back');
			})
		).rejects.toThrow('rolled back');
		const later = await busA.publish(channel, 'answer', { n: 2 });
		await vi.waitFor(() => expect(received).toEqual([later]), WAIT);
		expect(await busB.since(channel, 0)).toEqual([later]);
		unsubscribe();
	});
});

describe('PostgresBus', () => {
	it('gives up waiting for its listener when closed', async () => {
		const handle = connect({ url: TEST_POSTGRES_URL });
		// Nothing listens on port 1: the listener keeps retrying until the bus closes.
		const bus = new PostgresBus(handle, { connectionString: 'postgres://postgres@127.0.0.1:1/test', reconnectMs: 50 });
		const waiting = expect(bus.whenListening()).rejects.toThrow(/closed/);
		await bus.close();
		await waiting;
		expect(bus.listening).toBe(false);
		await handle.close();
	});

	it('refuses a SQLite database', async () => {
		const t = await openTestDb('sqlite');
		try {
			expect(() => new PostgresBus(t, { connectionString: TEST_POSTGRES_URL })).toThrow(/PostgreSQL/);
		} finally {
			await t.destroy();
		}
	});
});
