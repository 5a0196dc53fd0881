import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECTS } from '$lib/server/db/test-db';
import { useWorkshopSuite, instrument } from '$lib/workshop/server/test-workshop';
import { runCommand, workshopChannel } from '$lib/workshop/server/live';
import { newParticipantToken } from '$lib/workshop/join-code';
import * as participants from '$lib/workshop/server/data/participants';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import * as sessions from '$lib/accounts/server/data/sessions';
import * as surveys from '$lib/survey/server/data/surveys';
import { surveyChannel } from '$lib/survey/server/access';
import * as designs from '$lib/blend/server/designs';
import { EVENT_STREAMS } from './event-streams';
import { serveEventStream, streamEndpoint } from './events/endpoints';
import { cookiesFromHeader } from './http/cookies';
import type { RequestEvent } from '@sveltejs/kit';
import type { BusEvent } from './events/bus';

const exactFrame = (e: BusEvent) => `id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`;
const RETRY = 'retry: 2000\n\n';

/** An open stream as a client reads it. */
interface Stream {
	status: number;
	headers: IncomingMessage['headers'];
	text(): string;
	until(done: (text: string) => boolean): Promise<string>;
	close(): void;
}

for (const dialect of DIALECTS) {
	describe(`event streams on Node's own response, on ${dialect}`, () => {
		const s = useWorkshopSuite(dialect);
		let server: Server;
		let origin: string;
		/** Requests the streams did not serve, as the start script would hand them to SvelteKit. */
		const passedOn: string[] = [];
		let leaderCookie: string;
		let colleagueCookie: string;
		let outsiderCookie: string;

		beforeAll(async () => {
			server = createServer(async (req, res) => {
				if (await serveEventStream(EVENT_STREAMS, req, res, origin, { db: async () => s.t, bus: async () => s.bus })) return;
				passedOn.push(`${req.method} ${req.url}`);
				res.writeHead(299).end();
			});
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			// localhost: the cookies carry their __Host- names, as on https.
			origin = `http://localhost:${(server.address() as AddressInfo).port}`;
			const session = async (userId: string) => `__Host-bw_session=${(await sessions.create(s.t.db, userId)).token}`;
			leaderCookie = await session(s.leaderId);
			const colleague = await users.create(s.t.db, { institutionId: s.institutionId, email: 'c@example.nl', name: 'Collega', passwordHash: 'x', role: 'facilitator' });
			colleagueCookie = await session(colleague.id);
			const elsewhere = (await institutions.create(s.t.db, 'Elders')).id;
			const outsider = await users.create(s.t.db, { institutionId: elsewhere, email: 'o@example.nl', name: 'Buiten', passwordHash: 'x', role: 'admin' });
			outsiderCookie = await session(outsider.id);
		});
		afterAll(async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		});

		function open(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Stream> {
			return new Promise((resolve, reject) => {
				const req = request(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { method, headers }, (res) => {
					res.setEncoding('utf8');
					let text = '';
					const waiting = new Set<() => void>();
					res.on('data', (chunk: string) => {
						text += chunk;
						for (const check of [...waiting]) check();
					});
					res.on('end', () => {
						for (const check of [...waiting]) check();
					});
					res.on('error', () => {});
					resolve({
						status: res.statusCode!,
						headers: res.headers,
						text: () => text,
						until: (done) =>
							new Promise((resolve, reject) => {
								const timer = setTimeout(() => reject(new Error(`not within 3 s; got ${JSON.stringify(text)}`)), 3000);
								const check = () => {
									if (!done(text)) return;
									clearTimeout(timer);
									waiting.delete(check);
									resolve(text);
								};
								waiting.add(check);
								check();
							}),
						close: () => req.destroy()
					});
				});
				req.on('error', reject);
				req.end();
			});
		}

		const workshopOf = async () => {
			const w = await s.newWorkshop();
			await runCommand(s.t.db, s.bus, w.id, { type: 'open_joining' }, { instrument });
			return w;
		};

		it('serves the leader’s stream with the routes’ headers: the stored events after Last-Event-ID, then live ones', async () => {
			const w = await workshopOf();
			const channel = workshopChannel(w.id);
			const seen = await s.bus.publish(channel, 'state', { n: 1 });
			const missed = await s.bus.publish(channel, 'sheet', { n: 2 });
			const stream = await open(`/workshops/${w.id}/events?lastEventId=0`, { cookie: leaderCookie, 'last-event-id': String(seen.id) });
			expect(stream.status).toBe(200);
			expect(stream.headers).toMatchObject({ 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'x-accel-buffering': 'no', connection: 'keep-alive' });
			expect(stream.headers['content-encoding']).toBeUndefined();
			await stream.until((text) => text.endsWith(exactFrame(missed)));
			const live = await s.bus.publish(channel, 'state', { n: 3 });
			await stream.until((text) => text.endsWith(exactFrame(live)));
			expect(stream.text()).toBe(RETRY + exactFrame(missed) + exactFrame(live));
			stream.close();
		});

		it('resumes from the page’s lastEventId parameter when no Last-Event-ID header comes', async () => {
			const w = await workshopOf();
			const channel = workshopChannel(w.id);
			const first = await s.bus.publish(channel, 'state', { n: 1 });
			const second = await s.bus.publish(channel, 'state', { n: 2 });
			const stream = await open(`/workshops/${w.id}/events?lastEventId=${first.id}`, { cookie: leaderCookie });
			await stream.until((text) => text.endsWith(exactFrame(second)));
			expect(stream.text()).toBe(RETRY + exactFrame(second));
			stream.close();
		});

		it('serves a participant the channel of their own workshop, found by their cookie', async () => {
			const mine = await workshopOf();
			const other = await workshopOf();
			const token = newParticipantToken();
			expect((await participants.join(s.t.db, mine.id, { token, displayName: '', preference: null })).ok).toBe(true);
			const stream = await open('/w/events', { cookie: `bw_lang=en; __Host-bw_participant=${token}` });
			expect(stream.status).toBe(200);
			const elsewhere = await s.bus.publish(workshopChannel(other.id), 'state', { other: true });
			const own = await s.bus.publish(workshopChannel(mine.id), 'state', { own: true });
			await stream.until((text) => text.includes(`id: ${own.id}\n`));
			expect(stream.text()).not.toContain(`id: ${elsewhere.id}\n`);
			stream.close();
		});

		it('serves the survey and design streams to signed-in users of their institution', async () => {
			const leader = (await users.get(s.t.db, s.leaderId))!;
			const survey = await surveys.create(s.t.db, { institutionId: s.institutionId, unitId: null, level: 'institution', title: 'Peiling', instrumentKey: instrument.key, instrumentVersion: instrument.version, opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), roles: ['medewerker'], askUnit: false, minGroupSize: 5, message: '', createdBy: s.leaderId });
			const counter = await open(`/surveys/${survey.id}/events`, { cookie: leaderCookie });
			expect(counter.status).toBe(200);
			const response = await s.bus.publish(surveyChannel(survey.id), 'response', { role: 'medewerker' });
			await counter.until((text) => text.endsWith(exactFrame(response)));
			counter.close();

			const designId = await designs.create(s.t.db, leader, { title: 'Ontwerp', period: '', studyLoad: { unit: 'ec', amount: 5 }, weeks: 8, outcomes: [], unitId: null });
			const design = await open(`/designs/${designId}/events`, { cookie: leaderCookie });
			expect(design.status).toBe(200);
			await design.until((text) => text.includes('event: presence\n'));
			design.close();
		});

		it('passes on, writing nothing, every stream the routes refuse: no session, no participant, another institution, not the leader', async () => {
			const w = await workshopOf();
			const survey = await surveys.create(s.t.db, { institutionId: s.institutionId, unitId: null, level: 'institution', title: 'Peiling', instrumentKey: instrument.key, instrumentVersion: instrument.version, opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), roles: ['medewerker'], askUnit: false, minGroupSize: 5, message: '', createdBy: s.leaderId });
			const refused = [
				[`/workshops/${w.id}/events`, ''],
				[`/workshops/${w.id}/events`, 'bw_session=not-the-secure-name'],
				[`/workshops/${w.id}/events`, '__Host-bw_session=made-up'],
				[`/workshops/${w.id}/events`, outsiderCookie],
				[`/workshops/${w.id}/events`, colleagueCookie],
				['/workshops/no-such-workshop/events', leaderCookie],
				['/w/events', ''],
				['/w/events', leaderCookie],
				['/w/events', `__Host-bw_participant=${newParticipantToken()}`],
				[`/surveys/${survey.id}/events`, ''],
				[`/surveys/${survey.id}/events`, outsiderCookie],
				['/designs/no-such-design/events', leaderCookie],
				['/designs/no-such-design/events', '']
			];
			// The streams of the tests before have gone; their ends reach the server a moment later.
			await vi.waitFor(() => expect(s.bus.subscriberCount()).toBe(0));
			for (const [path, cookie] of refused) {
				passedOn.length = 0;
				const reply = await open(path!, { cookie: cookie! });
				expect(reply.status, `${path} ${cookie}`).toBe(299);
				expect(passedOn, path).toEqual([`GET ${path}`]);
			}
			expect(s.bus.subscriberCount()).toBe(0);
		});

		it('answers an allowed HEAD with the stream’s headers and ends it at once, without following the channel', async () => {
			const w = await workshopOf();
			passedOn.length = 0;
			// The answer ends by itself: this resolves on its end, not on the client giving up.
			const reply = await new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>((resolve, reject) => {
				const req = request(`http://127.0.0.1:${(server.address() as AddressInfo).port}/workshops/${w.id}/events`, { method: 'HEAD', headers: { cookie: leaderCookie } }, (res) => {
					let body = '';
					res.on('data', (chunk: Buffer) => (body += chunk.toString()));
					res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
				});
				req.on('error', reject);
				req.end();
			});
			expect(reply.status).toBe(200);
			expect(reply.headers).toMatchObject({ 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
			expect(reply.body).toBe('');
			expect(passedOn).toEqual([]);
			expect(s.bus.subscriberCount()).toBe(0);
		});

		it('passes on what is not a stream’s GET or HEAD: other paths, other methods, a trailing slash, an encoded id', async () => {
			const w = await workshopOf();
			for (const [method, path] of [
				['POST', `/workshops/${w.id}/events`],
				['GET', `/workshops/${w.id}/events/`],
				['GET', `/workshops/${w.id}`],
				['GET', `/workshops/%20${w.id}/events`],
				['GET', `/workshops//events`],
				['GET', `/w/events/extra`]
			]) {
				passedOn.length = 0;
				const reply = await open(path!, { cookie: leaderCookie }, method);
				expect(reply.status, `${method} ${path}`).toBe(299);
				expect(passedOn).toEqual([`${method} ${path}`]);
			}
		});

		it('answers the same stream as a route’s web Response (the dev server), ending the design’s presence with the request', async () => {
			const leader = (await users.get(s.t.db, s.leaderId))!;
			const designId = await designs.create(s.t.db, leader, { title: 'Ontwerp', period: '', studyLoad: { unit: 'ec', amount: 5 }, weeks: 8, outcomes: [], unitId: null });
			const channel = designs.designChannel(designId);
			const abort = new AbortController();
			const url = new URL(`${origin}/designs/${designId}/events`);
			const event = { locals: { user: leader, language: 'nl', sessionToken: null }, cookies: cookiesFromHeader(''), url, params: { id: designId }, request: new Request(url, { signal: abort.signal }) };
			const response = await streamEndpoint(EVENT_STREAMS['/designs/[id]/events']!, event as unknown as RequestEvent, { db: async () => s.t, bus: async () => s.bus });
			expect(Object.fromEntries(response.headers)).toMatchObject({ 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
			const reader = response.body!.getReader();
			let text = '';
			while (!text.includes('event: presence\n')) text += new TextDecoder().decode((await reader.read()).value);
			expect(text.startsWith(RETRY)).toBe(true);
			expect(s.bus.subscriberCount(channel)).toBe(1);
			const here = () => s.t.db.selectFrom('design_presence').select('id').where('design_id', '=', designId).execute();
			expect(await here()).toHaveLength(1);
			abort.abort();
			expect(s.bus.subscriberCount(channel)).toBe(0);
			await vi.waitFor(async () => expect(await here()).toHaveLength(0));
			await expect(streamEndpoint(EVENT_STREAMS['/designs/[id]/events']!, { ...event, locals: { user: null, language: 'nl', sessionToken: null } } as unknown as RequestEvent, { db: async () => s.t, bus: async () => s.bus })).rejects.toMatchObject({ status: 401 });
		});

		it('frees a stream’s subscription when its client goes away, and the design’s presence with it', async () => {
			const w = await workshopOf();
			const channel = workshopChannel(w.id);
			const streams = await Promise.all([1, 2, 3].map(() => open(`/workshops/${w.id}/events`, { cookie: leaderCookie })));
			await Promise.all(streams.map((stream) => stream.until((text) => text.startsWith(RETRY))));
			expect(s.bus.subscriberCount(channel)).toBe(3);
			streams[0]!.close();
			await vi.waitFor(() => expect(s.bus.subscriberCount(channel)).toBe(2));
			for (const stream of streams.slice(1)) stream.close();
			await vi.waitFor(() => expect(s.bus.subscriberCount(channel)).toBe(0));

			const leader = (await users.get(s.t.db, s.leaderId))!;
			const designId = await designs.create(s.t.db, leader, { title: 'Ontwerp', period: '', studyLoad: { unit: 'ec', amount: 5 }, weeks: 8, outcomes: [], unitId: null });
			const here = () => s.t.db.selectFrom('design_presence').select('id').where('design_id', '=', designId).execute();
			const design = await open(`/designs/${designId}/events`, { cookie: leaderCookie });
			await design.until((text) => text.includes('event: presence\n'));
			expect(await here()).toHaveLength(1);
			design.close();
			await vi.waitFor(async () => expect(await here()).toHaveLength(0));
			await vi.waitFor(() => expect(s.bus.subscriberCount(designs.designChannel(designId))).toBe(0));
		});
	});
}

describe('the list of event streams', () => {
	it('names every route that answers with an event stream, with the access its route uses', () => {
		const routes = join(process.cwd(), 'src/routes');
		const found: Record<string, string> = {};
		for (const file of readdirSync(routes, { recursive: true, encoding: 'utf8' })) {
			if (!file.endsWith('+server.ts')) continue;
			const source = readFileSync(join(routes, file), 'utf8');
			if (!/streamEndpoint|sseResponse|text\/event-stream/.test(source)) continue;
			const access = /streamEndpoint\((\w+), event\)/.exec(source)?.[1] ?? '(not through streamEndpoint)';
			found[`/${file.replace(/\/?\+server\.ts$/, '')}`] = access;
		}
		expect(found).toEqual(Object.fromEntries(Object.entries(EVENT_STREAMS).map(([id, access]) => [id, access.name])));
	});
});
