import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { DIALECTS, openTestDb, TEST_POSTGRES_URL, type TestDb } from '../db/test-db';
import { createEventBus } from './index';
import type { BusEvent, EventBus } from './bus';
import { frame, lastEventIdFrom, parseEventId, sseResponse } from './sse';

const newChannel = () => `workshop:${randomUUID()}`;
const RETRY = 'retry: 2000\n\n';

/** Reads a Response body as a client would, chunk by chunk, into one string. */
function open(response: Response) {
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	let text = '';
	const next = async (ms: number) => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`no more data within ${ms} ms; got ${JSON.stringify(text)}`)), ms);
		});
		try {
			return await Promise.race([reader.read(), timeout]);
		} finally {
			clearTimeout(timer);
		}
	};
	return {
		get text() {
			return text;
		},
		/** Reads until the text so far satisfies `done`. */
		async until(done: (text: string) => boolean, ms = 3000): Promise<string> {
			while (!done(text)) {
				const chunk = await next(ms);
				if (chunk.done) throw new Error(`stream ended; got ${JSON.stringify(text)}`);
				text += decoder.decode(chunk.value, { stream: true });
			}
			return text;
		},
		/** Reads until the stream ends; returns what came after the text read so far. */
		async end(ms = 3000): Promise<string> {
			const before = text.length;
			for (;;) {
				const chunk = await next(ms);
				if (chunk.done) return text.slice(before);
				text += decoder.decode(chunk.value, { stream: true });
			}
		},
		cancel: () => reader.cancel()
	};
}

const exactFrame = (e: BusEvent) => `id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`;

for (const dialect of DIALECTS) {
	describe(`event stream on ${dialect}`, () => {
		let t: TestDb;
		let bus: EventBus;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			bus = createEventBus(t, { connectionString: TEST_POSTGRES_URL });
		});
		afterAll(async () => {
			await bus.close();
			await t.destroy();
		});

		it('sends a retry line, the stored events after lastEventId as exact frames, then live ones', async () => {
			const channel = newChannel();
			const e1 = await bus.publish(channel, 'answer', { n: 1 });
			const e2 = await bus.publish(channel, 'answer', { text: 'twee\nregels', n: 2 });
			const e3 = await bus.publish(channel, 'step.changed', { step: 3 });
			await bus.publish(newChannel(), 'answer', { elsewhere: true });

			const response = sseResponse({ bus, channel, lastEventId: e1.id, heartbeatMs: 60_000 });
			expect(response.status).toBe(200);
			expect(Object.fromEntries(response.headers)).toMatchObject({
				'content-type': 'text/event-stream',
				'cache-control': 'no-store',
				'x-accel-buffering': 'no',
				connection: 'keep-alive'
			});
			const stream = open(response);
			await stream.until((s) => s.includes(`id: ${e3.id}\n`) && s.endsWith('\n\n'));
			expect(stream.text).toBe(
				RETRY +
					`id: ${e2.id}\nevent: answer\ndata: {"text":"twee\\nregels","n":2}\n\n` +
					`id: ${e3.id}\nevent: step.changed\ndata: {"step":3}\n\n`
			);

			const e4 = await bus.publish(channel, 'answer', { n: 4 });
			await stream.until((s) => s.includes(`id: ${e4.id}\n`) && s.endsWith('\n\n'));
			expect(stream.text).toBe(RETRY + exactFrame(e2) + exactFrame(e3) + `id: ${e4.id}\nevent: answer\ndata: {"n":4}\n\n`);
			await stream.cancel();
		});

		it('resumes a reconnecting client after its Last-Event-ID, sending each missed event once', async () => {
			const channel = newChannel();
			const e1 = await bus.publish(channel, 'answer', { n: 1 });
			const first = open(sseResponse({ bus, channel, heartbeatMs: 60_000 }));
			await first.until((s) => s.endsWith(exactFrame(e1)));
			await first.cancel();

			// Missed while disconnected.
			const e2 = await bus.publish(channel, 'answer', { n: 2 });
			const e3 = await bus.publish(channel, 'answer', { n: 3 });
			const request = new Request(`http://localhost/workshops/x/events?lastEventId=0`, {
				headers: { 'last-event-id': String(e1.id) }
			});
			const again = open(sseResponse({ bus, channel, lastEventId: lastEventIdFrom(request), heartbeatMs: 60_000 }));
			await again.until((s) => s.endsWith(exactFrame(e3)));
			const e4 = await bus.publish(channel, 'answer', { n: 4 });
			await again.until((s) => s.endsWith(exactFrame(e4)));
			expect(again.text).toBe(RETRY + exactFrame(e2) + exactFrame(e3) + exactFrame(e4));
			await again.cancel();
		});

		it('sends the initial snapshot first, without an id, then the events after it', async () => {
			const channel = newChannel();
			const seen = await bus.publish(channel, 'answer', { n: 1 });
			const stream = open(
				sseResponse({
					bus,
					channel,
					lastEventId: seen.id,
					heartbeatMs: 60_000,
					initial: { type: 'snapshot', data: { step: 1, answers: 1 } }
				})
			);
			const next = await bus.publish(channel, 'answer', { n: 2 });
			await stream.until((s) => s.endsWith(exactFrame(next)));
			expect(stream.text).toBe(RETRY + 'event: snapshot\ndata: {"step":1,"answers":1}\n\n' + exactFrame(next));
			await stream.cancel();
		});

		it('sends a heartbeat comment every heartbeatMs', async () => {
			const stream = open(sseResponse({ bus, channel: newChannel(), heartbeatMs: 20 }));
			await stream.until((s) => s.split(': ping\n\n').length > 2);
			expect(stream.text).toBe(RETRY + ': ping\n\n'.repeat(stream.text.split(': ping\n\n').length - 1));
			await stream.cancel();
		});

		it('closes the stream and unsubscribes when the request is aborted', async () => {
			const channel = newChannel();
			const abort = new AbortController();
			const stream = open(sseResponse({ bus, channel, heartbeatMs: 60_000, signal: abort.signal }));
			await stream.until((s) => s === RETRY);
			expect(bus.subscriberCount(channel)).toBe(1);
			abort.abort();
			expect(await stream.end()).toBe('');
			expect(bus.subscriberCount(channel)).toBe(0);
			await bus.publish(channel, 'answer', null); // nobody left to deliver to: must not throw
		});

		it('unsubscribes when the client cancels the stream', async () => {
			const channel = newChannel();
			const stream = open(sseResponse({ bus, channel, heartbeatMs: 60_000 }));
			await stream.until((s) => s === RETRY);
			expect(bus.subscriberCount(channel)).toBe(1);
			await stream.cancel();
			expect(bus.subscriberCount(channel)).toBe(0);
		});

		it('sends nothing and subscribes to nothing when the request was aborted before it began', async () => {
			const channel = newChannel();
			const abort = new AbortController();
			abort.abort();
			const stream = open(sseResponse({ bus, channel, signal: abort.signal }));
			expect(await stream.end()).toBe('');
			expect(bus.subscriberCount(channel)).toBe(0);
		});
	});
}

describe('event stream timers', () => {
	let t: TestDb;
	beforeAll(async () => {
		t = await openTestDb('sqlite');
	});
	afterAll(async () => {
		await t.destroy();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('beats every 15 s by default and clears its timer when the client goes away', async () => {
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		const bus = createEventBus(t);
		const abort = new AbortController();
		const stream = open(sseResponse({ bus, channel: newChannel(), signal: abort.signal }));
		await stream.until((s) => s === RETRY);
		expect(vi.getTimerCount()).toBe(1);
		vi.advanceTimersByTime(14_999);
		vi.advanceTimersByTime(1);
		await stream.until((s) => s === RETRY + ': ping\n\n');
		abort.abort();
		await stream.end();
		expect(vi.getTimerCount()).toBe(0);
		await bus.close();
	});

	it('beats a thousand open streams from one timer, which stops when the last of them ends', async () => {
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		const bus = createEventBus(t);
		const channel = newChannel();
		const aborts = Array.from({ length: 1000 }, () => new AbortController());
		const streams = aborts.map((abort) => open(sseResponse({ bus, channel, signal: abort.signal })));
		await Promise.all(streams.map((stream) => stream.until((s) => s === RETRY)));
		expect(vi.getTimerCount()).toBe(1);
		vi.advanceTimersByTime(15_000);
		await Promise.all(streams.map((stream) => stream.until((s) => s === RETRY + ': ping\n\n')));
		for (const abort of aborts.slice(1)) abort.abort();
		expect(vi.getTimerCount()).toBe(1);
		aborts[0]!.abort();
		expect(vi.getTimerCount()).toBe(0);
		await bus.close();
	});
});

describe('event stream arguments', () => {
	it('refuses a bad channel, id or initial type before it answers', async () => {
		const t = await openTestDb('sqlite');
		const bus = createEventBus(t);
		try {
			expect(() => sseResponse({ bus, channel: 'bad channel' })).toThrow(/channel/);
			expect(() => sseResponse({ bus, channel: newChannel(), lastEventId: -1 })).toThrow(/lastEventId/);
			expect(() => sseResponse({ bus, channel: newChannel(), lastEventId: Number.NaN })).toThrow(/lastEventId/);
			expect(() => sseResponse({ bus, channel: newChannel(), initial: { type: 'a\nb', data: null } })).toThrow(/type/);
			expect(bus.subscriberCount()).toBe(0);
		} finally {
			await bus.close();
			await t.destroy();
		}
	});
});

describe('Last-Event-ID parsing', () => {
	it('accepts only a non-negative integer in plain digits, else starts from 0', () => {
		expect(parseEventId('42')).toBe(42);
		expect(parseEventId('0')).toBe(0);
		expect(parseEventId('007')).toBe(7);
		for (const bad of [null, undefined, '', '-1', '1.5', '1e3', ' 12', '12 ', '0x10', 'abc', '12abc', '99999999999999999']) {
			expect(parseEventId(bad), String(bad)).toBe(0);
		}
	});

	it('prefers the Last-Event-ID header of a reconnect over the query parameter of the first request', () => {
		const url = 'http://localhost/workshops/x/events?lastEventId=5';
		expect(lastEventIdFrom(new Request(url, { headers: { 'last-event-id': '9' } }))).toBe(9);
		expect(lastEventIdFrom(new Request(url))).toBe(5);
		expect(lastEventIdFrom(new Request(url, { headers: { 'last-event-id': 'x' } }))).toBe(0);
		expect(lastEventIdFrom(new Request('http://localhost/events?after=3'), 'after')).toBe(3);
	});

	it('frames data on one line, whatever line breaks the text holds', () => {
		const text = frame({ id: 7, channel: 'c', type: 'note', data: { text: 'a\nb\rc\u2028d' }, createdAt: '' });
		expect(text).toBe('id: 7\nevent: note\ndata: {"text":"a\\nb\\rc\u2028d"}\n\n');
		expect(text.slice(0, -2).split(/\r\n|\r|\n/)).toHaveLength(3);
	});
});
