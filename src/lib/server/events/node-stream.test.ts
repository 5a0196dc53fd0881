import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createServer, request, type ClientRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DIALECTS, openTestDb, TEST_POSTGRES_URL, type TestDb } from '../db/test-db';
import { createEventBus } from './index';
import type { EventBus } from './bus';
import { sseOnNode } from './node-stream';
import { MAX_QUEUED_FRAMES, type SseOptions } from './sse';

const newChannel = () => `workshop:${randomUUID()}`;

for (const dialect of DIALECTS) {
	describe(`an event stream on Node's response, on ${dialect}`, () => {
		let t: TestDb;
		let bus: EventBus;
		let server: Server;
		/** What the next request is answered with; `ended` hears when its stream has ended. */
		let next: { options: Omit<SseOptions, 'signal' | 'bus'>; ended: () => void };

		beforeAll(async () => {
			t = await openTestDb(dialect);
			bus = createEventBus(t, { connectionString: TEST_POSTGRES_URL });
			server = createServer((_req: IncomingMessage, res: ServerResponse) => sseOnNode(res, { bus, ...next.options }, next.ended));
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		});
		afterAll(async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
			await bus.close();
			await t.destroy();
		});

		function connect(): Promise<{ req: ClientRequest; res: IncomingMessage }> {
			return new Promise((resolve, reject) => {
				const req = request(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, (res) => resolve({ req, res }));
				req.on('error', reject);
				req.end();
			});
		}

		it('ends the stream of a client too slow to take its frames, and frees its subscription at once', async () => {
			const channel = newChannel();
			const ended = vi.fn();
			// A heartbeat every millisecond: a thousand frames come quickly once the buffers are full.
			next = { options: { channel, heartbeatMs: 1 }, ended };
			const { res } = await connect();
			res.pause(); // takes nothing more: the kernel's buffers fill, then Node's, then the frames queue up
			expect(bus.subscriberCount(channel)).toBe(1);
			// Some 6 MB: more than a loopback connection's kernel buffers take from a client that does not read (about 4 MB here).
			const big = 'x'.repeat(64 * 1024);
			for (let n = 0; n < 96; n++) await bus.publish(channel, 'note', { big });
			await vi.waitFor(() => expect(bus.subscriberCount(channel)).toBe(0), 10_000);
			// What was queued still arrives, and then the response ends: the client reconnects and catches up.
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk));
			res.resume();
			await new Promise((resolve) => res.on('end', resolve));
			expect(text.startsWith('retry: 2000\n\n')).toBe(true);
			// Frames (events and heartbeats) were queued up to the limit before it ended, not sooner.
			expect(text.split('\n\n').length - 1).toBeGreaterThan(MAX_QUEUED_FRAMES);
			expect(text.endsWith('\n\n')).toBe(true);
			// The stream's own end (a design's "gone") comes with the response's close.
			await vi.waitFor(() => expect(ended).toHaveBeenCalledTimes(1));
		});

		it('frees its subscription and calls its end once when the client goes away', async () => {
			const channel = newChannel();
			const ended = vi.fn();
			next = { options: { channel, heartbeatMs: 60_000 }, ended };
			const { req, res } = await connect();
			await new Promise((resolve) => res.once('data', resolve));
			expect(bus.subscriberCount(channel)).toBe(1);
			req.destroy();
			await vi.waitFor(() => expect(bus.subscriberCount(channel)).toBe(0));
			expect(ended).toHaveBeenCalledTimes(1);
			await bus.publish(channel, 'note', null); // nobody to deliver to: must not throw
		});
	});
}
