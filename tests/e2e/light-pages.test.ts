/**
 * Light pages for phones (decision record 0046), over plain HTTP: pages are compressed as the
 * browser accepts, with the security headers kept; live event streams are not, and each event
 * arrives as it is written, nor are the pages of a signed-in session; the respondent's, join and toolkit pages ship no SvelteKit script;
 * a submission answers with a redirect to a short thank-you page. Weights and times are printed by
 * `npm run bench:pages`, not tested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import { Client, setupFirstAdmin, startAppWithDb, visibleText, type App } from './http';
import { messages } from '$lib/i18n';
import { command, createWorkshop, join, openJoining } from './workshop-http';

const factors = factorsOf(loadInstrument('zelfscan-blended-leren', 1)!).map(({ factor }) => factor);
const s = messages('nl').survey;

/** A GET with exactly these headers, its body as sent (Node's http: no decompression on the way). */
function raw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	return new Promise((resolve, reject) => {
		request(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

/** The src of every script element of a page. */
const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => /\bsrc="([^"]*)"/.exec(m[0])?.[1] ?? 'inline');

describe('light pages for phones', () => {
	let app: App;
	let admin: Client;
	let surveyId: string;
	let code: string;

	beforeAll(async () => {
		app = await startAppWithDb();
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Licht', name: 'Lies', email: 'lies@example.nl', password: 'een lange zin om te testen' });
		const today = new Date().toISOString().slice(0, 10);
		const reply = await admin.post('/surveys/new', {
			title: 'Lichte scan',
			level: 'institution',
			unit: '',
			opensAt: today,
			closesAt: new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10),
			minGroupSize: '5',
			message: '',
			roles: ['medewerker']
		});
		surveyId = reply.location!.split('/').pop()!;
		code = /\/r\/([A-Za-z0-9_-]{22})/.exec((await admin.get(reply.location!)).text)![1]!;
	});
	afterAll(async () => {
		await app?.stop();
	});

	it('sends a page brotli- or gzip-compressed as the browser accepts, the same page as uncompressed, with Vary and the security headers', async () => {
		const plain = await raw(`${app.url}/toolkit`, { 'accept-encoding': 'identity' });
		expect(plain.headers['content-encoding']).toBeUndefined();
		const page = plain.body.toString('utf8');
		// The page's nonce differs per response; the rest is the same page.
		const withoutNonce = (html: string) => html.replace(/nonce="[^"]*"/g, '');
		for (const [accept, encoding, decode] of [
			['br, gzip, deflate', 'br', brotliDecompressSync],
			['gzip, deflate', 'gzip', gunzipSync]
		] as const) {
			const reply = await raw(`${app.url}/toolkit`, { 'accept-encoding': accept });
			expect(reply.status).toBe(200);
			expect(reply.headers['content-encoding'], accept).toBe(encoding);
			expect(String(reply.headers.vary)).toMatch(/accept-encoding/i);
			expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
			expect(reply.headers['x-content-type-options']).toBe('nosniff');
			expect(reply.headers['x-frame-options']).toBe('DENY');
			expect(reply.body.length).toBeLessThan(plain.body.length / 3);
			expect(withoutNonce(decode(reply.body).toString('utf8'))).toBe(withoutNonce(page));
		}
	});

	it('never compresses a live event stream: each event arrives on the open stream as it is written', async () => {
		// A phone's stream (a participant, no session): the kind of request whose pages are compressed.
		const workshopId = await createWorkshop(admin, 'Lichte workshop');
		const phone = await join(app.url, await openJoining(admin, workshopId));
		const controller = new AbortController();
		const stream = await fetch(`${app.url}/w/events`, {
			headers: { cookie: phone.cookieHeader(), accept: 'text/event-stream', 'accept-encoding': 'br, gzip' },
			signal: controller.signal
		});
		expect(stream.status).toBe(200);
		expect(stream.headers.get('content-type')).toContain('text/event-stream');
		expect(stream.headers.get('content-encoding')).toBeNull();
		const reader = stream.body!.getReader();
		// The leader starts the workshop while the stream is open: its event comes at once.
		await command(admin, workshopId, 'start');
		let received = '';
		while (!received.includes('event: state')) {
			const { value, done } = await reader.read();
			expect(done).toBe(false);
			received += new TextDecoder().decode(value);
		}
		controller.abort();
	});

	it('does not compress the pages of a signed-in session, which hold secrets beside text from the request (BREACH)', async () => {
		const reply = await raw(`${app.url}/surveys/${surveyId}?x=1`, { cookie: admin.cookieHeader(), 'accept-encoding': 'br, gzip' });
		expect(reply.status).toBe(200);
		expect(reply.headers['content-encoding']).toBeUndefined();
	});

	it('ships no SvelteKit script on the respondent’s, join and toolkit pages: only the small static scripts where a control needs one', async () => {
		expect(scripts((await new Client(app.url).get(`/r/${code}`)).text)).toEqual(['/respondent-form.js']);
		expect(scripts((await new Client(app.url).get('/join')).text)).toEqual([]);
		for (const path of ['/toolkit', '/toolkit/routes', '/toolkit/routes/own', '/toolkit/knowledge', '/toolkit/product/gedeelde-taal', '/toolkit/instruments/van-doel-naar-tool']) {
			expect(scripts((await new Client(app.url).get(path)).text), path).toEqual([]);
		}
		expect(scripts((await new Client(app.url).get('/toolkit/routes/own/view?p=voorbeelden')).text)).toEqual(['/copy-link.js']);
		// A page that does need the app's script still has it.
		expect(scripts((await admin.get(`/surveys/${surveyId}`)).text)).toContain('inline');
	});

	it('after a submission shows a short thank-you page, and sends a device that did not answer to the form', async () => {
		const respondent = new Client(app.url);
		await respondent.get(`/r/${code}`);
		const fields: Record<string, string> = { role: 'medewerker', submission: crypto.randomUUID() };
		for (const f of factors) Object.assign(fields, { [`current.${f.key}`]: '2', [`desired.${f.key}`]: '3' });
		const sent = await respondent.post(`/r/${code}?/submit`, fields);
		expect(sent.status).toBe(303);
		expect(sent.location).toBe(`/r/${code}/thanks`);
		const thanks = await respondent.get(sent.location!);
		expect(visibleText(thanks.text)).toContain(s.respondent.thanks);
		expect(visibleText(thanks.text)).toContain('Lichte scan');
		expect(thanks.text).not.toContain('<form id="answers"');
		// The form itself now says this device answered.
		expect(visibleText((await respondent.get(`/r/${code}`)).text)).toContain(s.respondent.alreadyAnswered);

		const stranger = new Client(app.url);
		const away = await stranger.get(`/r/${code}/thanks`);
		expect(away.status).toBe(303);
		expect(away.location).toBe(`/r/${code}`);
		expect((await stranger.get('/r/AAAAAAAAAAAAAAAAAAAAAA/thanks')).status).toBe(404);
	});
});
