/**
 * The busiest form actions through the start script (server.js), which answers a scan's autosave
 * and a survey's submission on Node's own response and hands everything else to SvelteKit
 * (decision record 0061). Each request is sent twice: once as browsers send it (with its length,
 * which the start script may answer) and once in chunks (which it always leaves to SvelteKit). Both
 * answers must be the same, byte for byte but the date; the app's log says which path each took.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, createInstitutionDirect, createScan, setupFirstAdmin, signIn, startAppWithDb, type App } from './http';
import * as users from '$lib/accounts/server/data/users';
import * as surveys from '$lib/survey/server/data/surveys';
import instrumentData from '$lib/instrument/data/zelfscan-blended-leren.v1.json';

const FACTORS = instrumentData.categories.flatMap((c) => c.factors.map((f) => f.key));

let app: App;
let admin: Client;
let outsider: Client;
let scan: string;
let code: string;
let surveyId: string;

beforeAll(async () => {
	app = await startAppWithDb({ LOG_LEVEL: 'info' });
	admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Stroom', name: 'Ada', email: 'ada@example.nl', password: 'een lange zin als wachtwoord' });
	await createInstitutionDirect(app.db, { institution: 'Universiteit Elders', name: 'Cas', email: 'cas@example.nl', password: 'een derde lange zin als wachtwoord' });
	outsider = await signIn(app.url, 'cas@example.nl', 'een derde lange zin als wachtwoord');
	scan = await createScan(admin, { title: 'Stroom', level: 'institution' });
	const ada = (await app.db.selectFrom('app_user').select('id').where('email', '=', 'ada@example.nl').executeTakeFirstOrThrow()).id;
	const user = (await users.get(app.db, ada))!;
	const week = 7 * 86_400_000;
	const survey = await surveys.create(app.db, {
		institutionId: user.institutionId,
		unitId: null,
		level: 'institution',
		title: 'Peiling',
		instrumentKey: 'zelfscan-blended-leren',
		instrumentVersion: 1,
		opensAt: new Date(Date.now() - week).toISOString(),
		closesAt: new Date(Date.now() + week).toISOString(),
		roles: ['medewerker'],
		askUnit: false,
		minGroupSize: 5,
		message: '',
		createdBy: ada
	});
	surveyId = survey.id;
	code = survey.code;
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
	/** Whether the start script answered it itself, as the app's log line for it says. */
	servedDirectly: boolean;
}

/** The app's log lines for requests from `mark` on. */
function loggedSince(mark: number): { route?: string | null; status?: number; direct?: boolean }[] {
	return app
		.output()
		.slice(mark)
		.split('\n')
		.filter((line) => line.includes('"msg":"request"') && line.endsWith('}'))
		.map((line) => JSON.parse(line) as { route?: string | null; status?: number; direct?: boolean });
}

/** One raw HTTP request; `chunked` sends the body in two chunks, without a Content-Length. */
function raw(method: string, path: string, headers: Record<string, string>, body: string, chunked: boolean): Promise<Omit<Answer, 'servedDirectly'>> {
	return new Promise((resolve, reject) => {
		const url = new URL(path, app.url);
		const req = httpRequest(url, { method, headers: chunked ? { ...headers, 'transfer-encoding': 'chunked' } : { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
		});
		req.on('error', reject);
		if (chunked) {
			const half = Math.floor(body.length / 2);
			req.write(body.slice(0, half));
			req.end(body.slice(half));
		} else req.end(body);
	});
}

/** The path of the marker request: no route has it, so its log line is the only one with route null and 404. */
const MARKER = '/direct-actions-test-marker';
const isMarker = (line: { route?: string | null; status?: number }) => line.route === null && line.status === 404;

/**
 * One post, with a Content-Length or chunked (which only SvelteKit answers), and the app's log
 * lines for it. The log reaches the test through a pipe and may come after the answer; the app
 * writes a request's line before it answers the next one, so the lines before a marker request's
 * own line are this post's.
 */
async function send(path: string, headers: Record<string, string>, body: string, chunked: boolean): Promise<Answer & { lines: number }> {
	const mark = app.output().length;
	const answer = await raw('POST', path, headers, body, chunked);
	await raw('GET', MARKER, {}, '', false);
	await expect.poll(() => loggedSince(mark).some(isMarker)).toBe(true);
	const lines = loggedSince(mark);
	const own = lines.slice(0, lines.findIndex(isMarker));
	return { ...answer, lines: own.length, servedDirectly: own.some((line) => line.direct === true) };
}

/** Headers that may differ between two answers to the same request: the time, and the connection's own. */
function comparable(headers: Answer['headers']): Answer['headers'] {
	const { date: _date, connection: _connection, 'keep-alive': _keepAlive, 'transfer-encoding': _te, ...rest } = headers;
	return rest;
}

/** Sends the request both ways; `make` builds a fresh one each time (e.g. with its own submission id). */
async function bothWays(path: string, make: () => { headers: Record<string, string>; body: string }, logged = true) {
	const first = make();
	const direct = await send(path, first.headers, first.body, false);
	const second = make();
	const viaSvelteKit = await send(path, second.headers, second.body, true);
	expect(viaSvelteKit.servedDirectly).toBe(false);
	// One log line per request; none for a cross-site form post, which SvelteKit refuses before the hook.
	expect([direct.lines, viaSvelteKit.lines]).toEqual(logged ? [1, 1] : [0, 0]);
	return { direct, viaSvelteKit, servedDirectly: direct.servedDirectly };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const origin = () => new URL(app.url).origin;
const json = { accept: 'application/json', 'x-sveltekit-action': 'true', 'content-type': 'application/x-www-form-urlencoded' };
const page = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'content-type': 'application/x-www-form-urlencoded' };

let seq = 1;
const autosave = (client: Client, fields: Record<string, string>, headers: Record<string, string> = json) => () => ({
	headers: { ...headers, origin: origin(), cookie: client.cookieHeader() },
	body: form({ seq: String(seq++), ...fields })
});

/** A complete submission from a new device (its own respondent token and submission id). */
const submission = (headers: Record<string, string>, change: (fields: Record<string, string>) => void = () => {}, token?: string) => () => {
	const cookie = token ?? `bw_respondent=${randomBytes(32).toString('base64url')}`;
	const fields: Record<string, string> = { role: 'medewerker', submission: randomUUID() };
	FACTORS.forEach((factor, i) => {
		fields[`current.${factor}`] = String((i % 3) + 1);
		fields[`desired.${factor}`] = '3';
		fields[`needed.${factor}`] = i === 0 ? 'Tijd & <ruimte>' : '';
	});
	change(fields);
	return { headers: { ...headers, origin: origin(), ...(cookie ? { cookie } : {}) }, body: form(fields) };
};

describe("a scan's autosave", () => {
	it('is answered directly, exactly as SvelteKit answers it, and stored', async () => {
		const { direct, viaSvelteKit, servedDirectly } = await bothWays(`/scans/${scan}?/answer`, autosave(admin, { factor: FACTORS[0]!, current: '2', desired: '3', needed: 'Meer tijd' }));
		expect(servedDirectly).toBe(true);
		expect(direct.status).toBe(200);
		expect(JSON.parse(direct.body)).toMatchObject({ type: 'success', status: 200 });
		expect(direct.body).toBe(viaSvelteKit.body);
		expect(comparable(direct.headers)).toEqual(comparable(viaSvelteKit.headers));
		const stored = await app.db.selectFrom('scan_answer').select(['current_phase', 'needed']).where('scan_id', '=', scan).where('factor_key', '=', FACTORS[0]!).executeTakeFirstOrThrow();
		expect(stored).toEqual({ current_phase: 2, needed: 'Meer tijd' });
	});

	it('refuses an unknown factor, a phase of 9 and an unknown field with the same messages, in English too', async () => {
		for (const [fields, language] of [
			[{ factor: 'bestaat-niet', current: '2', desired: '3', needed: '' }, 'nl'],
			[{ factor: FACTORS[1]!, current: '9', desired: '3', needed: 'x'.repeat(5000) }, 'en'],
			[{ factor: FACTORS[1]!, current: '2', desired: '3', needed: '', extra: 'nee' }, 'nl']
		] as const) {
			const before = await app.db.selectFrom('scan_answer').selectAll().where('scan_id', '=', scan).orderBy('factor_key').execute();
			const make = autosave(admin, fields, { ...json });
			const withLanguage = () => {
				const r = make();
				return { ...r, headers: { ...r.headers, cookie: `${r.headers.cookie}; bw_lang=${language}` } };
			};
			const { direct, viaSvelteKit, servedDirectly } = await bothWays(`/scans/${scan}?/answer`, withLanguage);
			expect(servedDirectly).toBe(true);
			expect(JSON.parse(direct.body)).toMatchObject({ type: 'failure', status: 400 });
			expect(direct.body).toBe(viaSvelteKit.body);
			expect(comparable(direct.headers)).toEqual(comparable(viaSvelteKit.headers));
			if (language === 'en') expect(direct.body).toMatch(/[Pp]hase|characters/);
			expect(await app.db.selectFrom('scan_answer').selectAll().where('scan_id', '=', scan).orderBy('factor_key').execute()).toEqual(before);
		}
	});

	it("leaves another institution's post, a post without session, a cross-site post and a plain form to SvelteKit, which answers as before", async () => {
		const cases: [string, () => { headers: Record<string, string>; body: string }, number][] = [
			['another institution', autosave(outsider, { factor: FACTORS[2]!, current: '1', desired: '2', needed: '' }), 404],
			['no session', autosave(new Client(app.url), { factor: FACTORS[2]!, current: '1', desired: '2', needed: '' }), 200],
			[
				'cross-site',
				() => {
					const r = autosave(admin, { factor: FACTORS[2]!, current: '1', desired: '2', needed: '' })();
					return { ...r, headers: { ...r.headers, origin: 'https://elders.example' } };
				},
				403
			],
			['plain form', autosave(admin, { factor: FACTORS[2]!, current: '1', desired: '2', needed: '' }, page), 200]
		];
		for (const [label, make, status] of cases) {
			const { direct, viaSvelteKit, servedDirectly } = await bothWays(`/scans/${scan}?/answer`, make, label !== 'cross-site');
			expect(servedDirectly, label).toBe(false);
			expect(direct.status, label).toBe(status);
			expect(viaSvelteKit.status, label).toBe(status);
			if (label === 'another institution' || label === 'no session' || label === 'cross-site') expect(direct.body, label).toBe(viaSvelteKit.body);
		}
		const written = await app.db.selectFrom('scan_answer').select('factor_key').where('scan_id', '=', scan).where('factor_key', '=', FACTORS[2]!).execute();
		// Only the admin's own plain form post (twice) wrote this factor.
		expect(written).toHaveLength(1);
	});
});

describe("a survey's submission", () => {
	const responses = async () => Number((await app.db.selectFrom('survey_response').select((eb) => eb.fn.countAll().as('n')).where('survey_id', '=', surveyId).executeTakeFirstOrThrow()).n);

	it('with JavaScript: answered directly with the redirect to the thank-you page, as SvelteKit does, and stored', async () => {
		const before = await responses();
		const { direct, viaSvelteKit, servedDirectly } = await bothWays(`/r/${code}?/submit`, submission(json));
		expect(servedDirectly).toBe(true);
		expect(JSON.parse(direct.body)).toEqual({ type: 'redirect', status: 303, location: `/r/${code}/thanks` });
		expect(direct.body).toBe(viaSvelteKit.body);
		expect(comparable(direct.headers)).toEqual(comparable(viaSvelteKit.headers));
		expect(await responses()).toBe(before + 2);
	});

	it('without JavaScript: answered directly with a 303 to the thank-you page, as SvelteKit does', async () => {
		const before = await responses();
		const { direct, viaSvelteKit, servedDirectly } = await bothWays(`/r/${code}?/submit`, submission(page));
		expect(servedDirectly).toBe(true);
		expect(direct.status).toBe(303);
		expect(direct.headers.location).toBe(`/r/${code}/thanks`);
		expect(comparable(direct.headers)).toEqual(comparable(viaSvelteKit.headers));
		expect(await responses()).toBe(before + 2);
	});

	it('refuses missing answers: with JavaScript directly, without it the page with its messages from SvelteKit; nothing is stored', async () => {
		const before = await responses();
		const missing = (fields: Record<string, string>) => {
			delete fields[`current.${FACTORS[4]}`];
		};
		const scripted = await bothWays(`/r/${code}?/submit`, submission(json, missing));
		expect(scripted.servedDirectly).toBe(true);
		expect(JSON.parse(scripted.direct.body)).toMatchObject({ type: 'failure', status: 400 });
		expect(scripted.direct.body).toBe(scripted.viaSvelteKit.body);
		const plain = await bothWays(`/r/${code}?/submit`, submission(page, missing));
		// The action ran, did not redirect, and SvelteKit showed the page: its log line is not direct.
		expect(plain.servedDirectly).toBe(false);
		expect(plain.direct.status).toBe(400);
		expect(plain.viaSvelteKit.status).toBe(400);
		expect(plain.direct.body).toContain('role="alert"');
		expect(await responses()).toBe(before);
	});

	it('refuses a submission id sent twice directly, and leaves a device without its token to SvelteKit (which sets it)', async () => {
		const id = randomUUID();
		const cookie = `bw_respondent=${randomBytes(32).toString('base64url')}`;
		const once = submission(json, (f) => (f.submission = id), cookie);
		const first = await send(`/r/${code}?/submit`, once().headers, once().body, false);
		expect(first.servedDirectly).toBe(true);
		expect(JSON.parse(first.body)).toMatchObject({ type: 'redirect' });
		const again = await bothWays(`/r/${code}?/submit`, submission(json, (f) => (f.submission = id)));
		expect(again.servedDirectly).toBe(true);
		expect(JSON.parse(again.direct.body)).toMatchObject({ type: 'failure', status: 409 });
		expect(again.direct.body).toBe(again.viaSvelteKit.body);

		const fresh = await bothWays(`/r/${code}?/submit`, submission(json, () => {}, ''));
		expect(fresh.servedDirectly).toBe(false);
		expect(JSON.parse(fresh.direct.body)).toMatchObject({ type: 'redirect' });
		expect(String(fresh.direct.headers['set-cookie'])).toMatch(/^bw_respondent=[\w-]{43}; Max-Age=15552000; Path=\/r\//);
	});
});
