/**
 * The app's four event streams through the start script (server.js), which serves an allowed
 * stream on Node's own response and passes every other request on to SvelteKit (decision record
 * 0059): each refusal keeps the status, text and headers its route gave before, each stream its
 * headers and frames, and a design's stream its presence.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Client, createInstitutionDirect, setupFirstAdmin, signIn, startAppWithDb, type App } from './http';
import { command, createWorkshop, join, openJoining } from './workshop-http';
import { messages } from '$lib/i18n';
import * as users from '$lib/accounts/server/data/users';
import * as surveys from '$lib/survey/server/data/surveys';
import * as designs from '$lib/blend/server/designs';

let app: App;
let admin: Client;
let outsider: Client;
let workshop: string;
let survey: string;
let design: string;
let phone: Client;

beforeAll(async () => {
	app = await startAppWithDb();
	admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Stroom', name: 'Ada', email: 'ada@example.nl', password: 'een lange zin als wachtwoord' });
	await createInstitutionDirect(app.db, { institution: 'Universiteit Elders', name: 'Cas', email: 'cas@example.nl', password: 'een derde lange zin als wachtwoord' });
	outsider = await signIn(app.url, 'cas@example.nl', 'een derde lange zin als wachtwoord');
	workshop = await createWorkshop(admin, 'Stromen');
	phone = await join(app.url, await openJoining(admin, workshop));
	const ada = (await app.db.selectFrom('app_user').select('id').where('email', '=', 'ada@example.nl').executeTakeFirstOrThrow()).id;
	const user = (await users.get(app.db, ada))!;
	const week = 7 * 86_400_000;
	survey = (
		await surveys.create(app.db, { institutionId: user.institutionId, unitId: null, level: 'institution', title: 'Peiling', instrumentKey: 'zelfscan-blended-leren', instrumentVersion: 1, opensAt: new Date(Date.now() - week).toISOString(), closesAt: new Date(Date.now() + week).toISOString(), roles: ['medewerker'], askUnit: false, minGroupSize: 5, message: '', createdBy: ada })
	).id;
	design = await designs.create(app.db, user, { title: 'Ontwerp', period: '', studyLoad: { unit: 'ec', amount: 5 }, weeks: 8, outcomes: [], unitId: null });
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

/** Opens a stream, reads until `done`, and closes it. */
async function read(client: Client, path: string, done: (text: string) => boolean): Promise<{ response: Response; text: string }> {
	const controller = new AbortController();
	const response = await fetch(new URL(path, app.url), { headers: { cookie: client.cookieHeader(), accept: 'text/event-stream', 'accept-encoding': 'br, gzip' }, signal: controller.signal });
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	let text = '';
	const timer = setTimeout(() => controller.abort(), 8000);
	try {
		while (!done(text)) {
			const { value, done: ended } = await reader.read();
			if (ended) break;
			text += decoder.decode(value, { stream: true });
		}
	} finally {
		clearTimeout(timer);
		controller.abort();
	}
	return { response, text };
}

describe('event streams through the start script', () => {
	it('refuses each stream as its route does: a sign-in redirect or 401 without a session, 404 for another institution', async () => {
		const nobody = new Client(app.url);
		const leaderStream = `/workshops/${workshop}/events`;
		const noSession = await nobody.get(leaderStream, { accept: 'text/event-stream' });
		expect(noSession.status).toBe(303);
		expect(noSession.location).toBe(`/login?next=${encodeURIComponent(leaderStream)}`);
		for (const path of [`/surveys/${survey}/events`, `/designs/${design}/events`]) {
			const reply = await nobody.get(path, { accept: 'text/event-stream' });
			expect(reply.status, path).toBe(401);
			expect(reply.text, path).toContain(messages('nl').common.notSignedIn);
		}
		const notJoined = await nobody.get('/w/events', { accept: 'application/json', headers: { cookie: 'bw_lang=en' } });
		expect(notJoined.status).toBe(401);
		expect(JSON.parse(notJoined.text)).toEqual({ message: messages('en').workshopUi.notJoined });
		for (const path of [leaderStream, `/surveys/${survey}/events`, `/designs/${design}/events`]) {
			const reply = await outsider.get(path, { accept: 'text/event-stream' });
			expect(reply.status, path).toBe(404);
			expect(reply.headers.get('content-type'), path).not.toContain('text/event-stream');
		}
		// The leader's session is no participant's cookie.
		expect((await admin.get('/w/events', { accept: 'text/event-stream' })).status).toBe(401);
	});

	it('serves every stream uncompressed with the stream headers and the security headers, the leader’s and the phone’s with the workshop’s events', async () => {
		const streams: [Client, string][] = [
			[admin, `/workshops/${workshop}/events`],
			[phone, '/w/events'],
			[admin, `/surveys/${survey}/events`],
			[admin, `/designs/${design}/events`]
		];
		for (const [client, path] of streams) {
			const { response, text } = await read(client, path, (t) => t.startsWith('retry: 2000\n\n'));
			expect(response.status, path).toBe(200);
			expect(Object.fromEntries(response.headers), path).toMatchObject({
				'content-type': 'text/event-stream',
				'cache-control': 'no-store',
				'x-accel-buffering': 'no',
				'x-content-type-options': 'nosniff',
				'x-frame-options': 'DENY',
				'content-security-policy': expect.stringContaining("default-src 'none'")
			});
			expect(response.headers.get('content-encoding'), path).toBeNull();
			expect(text.startsWith('retry: 2000\n\n'), path).toBe(true);
		}
		// As a page does: the stream resumes after the newest event the page has seen, so it hears the
		// start whether it is subscribed before or after the leader's command.
		const newest = await app.db.selectFrom('event').select((eb) => eb.fn.max('id').as('id')).where('channel', '=', `workshop:${workshop}`).executeTakeFirstOrThrow();
		const after = `lastEventId=${Number(newest.id)}`;
		const leader = read(admin, `/workshops/${workshop}/events?${after}`, (t) => t.includes('event: state\n'));
		const onPhone = read(phone, `/w/events?${after}`, (t) => t.includes('event: state\n'));
		await command(admin, workshop, 'start');
		for (const { text } of [await leader, await onPhone]) {
			expect(text).toContain('event: state\n');
			expect([...text.matchAll(/^id: (\d+)$/gm)].every((m) => Number(m[1]) > Number(newest.id))).toBe(true);
		}
	});

	it('counts a design’s open stream as someone here, and no longer once it is closed', async () => {
		const here = async () => (await app.db.selectFrom('design_presence').select('id').where('design_id', '=', design).execute()).length;
		// The streams of the tests before have closed; the server removes their presence a moment later.
		await vi.waitFor(async () => expect(await here()).toBe(0), { timeout: 5000 });
		const controller = new AbortController();
		const response = await fetch(new URL(`/designs/${design}/events`, app.url), { headers: { cookie: admin.cookieHeader(), accept: 'text/event-stream' }, signal: controller.signal });
		const reader = response.body!.getReader();
		await reader.read();
		expect(await here()).toBe(1);
		controller.abort();
		await vi.waitFor(async () => expect(await here()).toBe(0), { timeout: 5000 });
	});
});
