/**
 * Who may see and change what, over plain HTTP against the built app: two institutions (the
 * second written straight into the database, as the UI only creates one), anonymous visitors,
 * a facilitator on the admin pages, the session cookie, cross-site posts, security headers and
 * invitation links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n';
import { hashToken } from '$lib/accounts/server/data/sessions';
import {
	Client,
	SESSION_COOKIE,
	acceptInvite,
	addAction,
	answer,
	createInstitutionDirect,
	createInvite,
	createScan,
	createUnit,
	decodeEntities,
	dumpDb,
	parseSetCookie,
	readActionPoints,
	readScanAnswersCount,
	setPriority,
	setupFirstAdmin,
	signIn,
	signOut,
	startAppWithDb,
	visibleText,
	type App,
	type Reply
} from './http';

const nl = messages('nl');
const PASSWORD_A = 'een lange zin als wachtwoord';
const FACILITATOR_A = { name: 'Fien Facilitator', email: 'fien@a.example', password: 'nog een lange zin hoor' };
const USER_B = { institution: 'Hogeschool B', name: 'Bob Beheer', email: 'bob@b.example', password: 'bob zijn lange zin', role: 'admin' as const };
/** Every text A wrote contains this word: no response to anyone else may. */
const SECRET = 'geheimvanA';
const EXPORTS = ['pdf', 'docx', 'xlsx', 'csv'] as const;

let app: App;
let adminA: Client;
let facilitatorA: Client;
let userB: Client;
let scanA = '';
let scanB = '';
let pointA = '';
let unitA = '';

beforeAll(async () => {
	app = await startAppWithDb();
	adminA = await setupFirstAdmin(app.url, { institution: 'Hogeschool A', name: 'Ada Admin', email: 'ada@a.example', password: PASSWORD_A });
	unitA = await createUnit(adminA, `Faculteit ${SECRET}`, 'sector');
	const accepted = await acceptInvite(await createInvite(adminA), FACILITATOR_A);
	expect(accepted.reply.status).toBe(303);
	facilitatorA = accepted.client;
	scanA = await createScan(facilitatorA, { title: `Scan ${SECRET}`, level: 'sector', unit: unitA });
	expect((await answer(facilitatorA, scanA, { factor: 'beleid', current: '1', desired: '3', needed: `nodig ${SECRET}` })).status).toBe(200);
	expect((await setPriority(facilitatorA, scanA, { category: 'strategie', factor: 'beleid', reason: `reden ${SECRET}` })).status).toBe(200);
	expect((await addAction(facilitatorA, scanA, { category: 'strategie', text: `actie ${SECRET}`, owner: `eigenaar ${SECRET}`, dueDate: '2026-06-01', status: 'open', factors: ['beleid'] })).status).toBe(200);
	pointA = (await readActionPoints(app.db, scanA))[0]!.id;

	await createInstitutionDirect(app.db, USER_B);
	userB = await signIn(app.url, USER_B.email, USER_B.password);
	scanB = await createScan(userB, { title: 'Scan van B', level: 'institution' });
});
afterAll(async () => {
	await app?.stop();
});

/** Every POST action of a scan, with a form that A's own facilitator could send. */
const scanActions = (): Array<{ name: string; path: string; fields: Record<string, string> }> => [
	{ name: 'answer', path: `/scans/${scanA}?/answer`, fields: { factor: 'beleid', current: '3', desired: '3', needed: 'overschreven' } },
	{ name: 'priority', path: `/scans/${scanA}/result?/priority`, fields: { category: 'strategie', factor: 'definitie', reason: 'overschreven' } },
	{ name: 'addAction', path: `/scans/${scanA}/result?/addAction`, fields: { category: 'strategie', text: 'ingevoegd', owner: '', dueDate: '', status: 'open' } },
	{ name: 'updateAction', path: `/scans/${scanA}/result?/updateAction`, fields: { id: pointA, category: 'strategie', text: 'overschreven', owner: '', dueDate: '', status: 'done' } },
	{ name: 'deleteAction', path: `/scans/${scanA}/result?/deleteAction`, fields: { id: pointA } }
];

const scanPages = () => [
	`/scans/${scanA}`,
	`/scans/${scanA}/result`,
	...EXPORTS.flatMap((format) => [`/scans/${scanA}/export/${format}`, `/scans/${scanA}/export/${format}?lang=en`])
];

const expectNoLeak = (reply: Reply, what: string) => {
	expect(reply.text, `${what} leaks A's text`).not.toContain(SECRET);
	expect(reply.text, `${what} leaks A's scan id`).not.toContain(`"${scanA}"`);
};

describe('one institution cannot reach another institution’s scans', () => {
	it('lets user B open their own scan, as a control that B is signed in', async () => {
		expect((await userB.get(`/scans/${scanB}`)).status).toBe(200);
		expect((await userB.get(`/scans/${scanB}/export/csv`)).status).toBe(200);
		expect((await facilitatorA.get(`/scans/${scanA}/export/csv`)).text).toContain(SECRET);
	});

	it('gives user B a 404 on the scan page, the result page and every export of A’s scan, without any of A’s text', async () => {
		for (const path of scanPages()) {
			const reply = await userB.get(path);
			expect(reply.status, path).toBe(404);
			expectNoLeak(reply, path);
		}
		expect((await userB.get('/')).text).not.toContain(SECRET);
	});

	it('gives user B a 404 on every action of A’s scan, as a form post and as JSON, and changes nothing of A’s', async () => {
		const before = await dumpDb(app.db);
		for (const action of scanActions()) {
			const reply = await userB.post(action.path, action.fields);
			expect(reply.status, action.name).toBe(404);
			expectNoLeak(reply, action.name);
			const json = await userB.action(action.path, action.fields);
			expect([json.status, json.type], `${action.name} as JSON`).toEqual([404, 'error']);
			expectNoLeak(json, `${action.name} as JSON`);
		}
		expect(await dumpDb(app.db)).toBe(before);
		expect(await readScanAnswersCount(app.db, scanA)).toBe(1);
		expect((await readActionPoints(app.db, scanA)).map((p) => [p.text, p.status])).toEqual([[`actie ${SECRET}`, 'open']]);
	});

	it('does not let user B reach A’s action point, unit or invitation through an id in B’s own forms', async () => {
		const inviteOfA = await createInvite(adminA);
		const inviteId = (await app.db.selectFrom('invite').select('id').where('token_hash', '=', hashToken(new URL(inviteOfA).pathname.split('/').pop()!)).executeTakeFirstOrThrow()).id;
		const before = await dumpDb(app.db);
		const update = await userB.post(`/scans/${scanB}/result?/updateAction`, { id: pointA, category: 'strategie', text: 'overschreven', owner: '', dueDate: '', status: 'done' });
		expect(update.status).toBe(404);
		expect(decodeEntities(update.text)).toContain(nl.plan.errors.actionUnknown);
		expect((await userB.post(`/scans/${scanB}/result?/deleteAction`, { id: pointA })).status).toBe(404);
		const scan = await userB.post('/scans/new', { title: 'Met A’s onderdeel', level: 'sector', unit: unitA });
		expect(scan.status).toBe(400);
		expect(decodeEntities(scan.text)).toContain(nl.plan.errors.unitInvalid);
		expectNoLeak(scan, 'new scan with A’s unit');
		// B is an administrator, but of B: A's unit and A's invitations are not B's to delete.
		expect((await userB.post('/admin?/deleteUnit', { id: unitA })).status).toBe(404);
		expect((await userB.post('/admin?/revoke', { id: inviteId })).status).toBe(404);
		const adminPage = await userB.get('/admin');
		expect(adminPage.status).toBe(200);
		expectNoLeak(adminPage, 'B’s admin page');
		expect(adminPage.text).not.toContain(FACILITATOR_A.email);
		expect(adminPage.text).not.toContain(inviteId);
		expect(await dumpDb(app.db)).toBe(before);
		// A's invitation still works: B's revoke did nothing.
		expect((await acceptInvite(inviteOfA, { name: 'Nieuw A', email: 'nieuw@a.example', password: PASSWORD_A })).reply.status).toBe(303);
	});
});

describe('anonymous visitors', () => {
	it('are sent to /login from every page and export of a scan, and see none of its text', async () => {
		const anonymous = new Client(app.url);
		for (const path of [...scanPages(), '/', '/scans/new', '/admin']) {
			const reply = await anonymous.get(path);
			expect(reply.status, path).toBe(303);
			const asked = new URL(path, app.url);
			expect(reply.location, path).toBe(`/login?next=${encodeURIComponent(asked.pathname + asked.search)}`);
			expectNoLeak(reply, path);
		}
	});

	it('come back after signing in to the page they asked for, query and all, but not to a form action', async () => {
		const anonymous = new Client(app.url);
		const page = await anonymous.get('/admin/instruments?instrument=van-doel-naar-tool');
		expect(page.location).toBe(`/login?next=${encodeURIComponent('/admin/instruments?instrument=van-doel-naar-tool')}`);
		const action = await anonymous.post('/admin/instruments?/start&instrument=van-doel-naar-tool', {});
		expect(action.location).toBe(`/login?next=${encodeURIComponent('/admin/instruments?instrument=van-doel-naar-tool')}`);
	});

	it('are sent to /login from every action of a scan, and nothing is stored', async () => {
		const anonymous = new Client(app.url);
		const before = await dumpDb(app.db);
		for (const action of scanActions()) {
			const reply = await anonymous.post(action.path, action.fields);
			expect(reply.status, action.name).toBe(303);
			expect(reply.location, action.name).toMatch(/^\/login\?next=/);
			expectNoLeak(reply, action.name);
		}
		for (const action of ['rename', 'addUnit', 'deleteUnit', 'invite', 'revoke']) {
			const reply = await anonymous.post(`/admin?/${action}`, { name: 'x' });
			expect(reply.status, action).toBe(303);
			expect(reply.location, action).toBe('/login?next=%2Fadmin');
		}
		expect(await dumpDb(app.db)).toBe(before);
	});
});

describe('a facilitator and the admin pages', () => {
	it('gives a facilitator a 403 on /admin and on each of its actions, and changes nothing', async () => {
		const page = await facilitatorA.get('/admin');
		expect(page.status).toBe(403);
		expect(visibleText(page.text)).toContain(nl.common.forbidden);
		const before = await dumpDb(app.db);
		const forms: Record<string, Record<string, string>> = {
			rename: { name: 'Overgenomen' },
			addUnit: { name: 'Nieuw onderdeel', kind: 'sector' },
			deleteUnit: { id: unitA },
			invite: { role: 'admin' },
			revoke: { id: 'x' }
		};
		for (const [action, fields] of Object.entries(forms)) {
			const reply = await facilitatorA.post(`/admin?/${action}`, fields);
			expect(reply.status, action).toBe(403);
			expect(reply.text, action).not.toMatch(/\/invite\/[A-Za-z0-9_-]{43}/);
			const json = await facilitatorA.action(`/admin?/${action}`, fields);
			expect([json.status, json.type], `${action} as JSON`).toEqual([403, 'error']);
		}
		expect(await dumpDb(app.db)).toBe(before);
	});
});

describe('the session cookie', () => {
	it('is __Host-bw_session, HttpOnly, SameSite=Lax, Secure, Path=/ and has no Domain', async () => {
		const client = new Client(app.url);
		const reply = await client.post('/login', { email: FACILITATOR_A.email, password: FACILITATOR_A.password });
		expect(reply.status).toBe(303);
		expect(new URL(app.url).hostname).toBe('localhost');
		const cookies = reply.setCookies.map(parseSetCookie);
		// Besides the session, the known-device cookie (decision 45) that spares this browser the waits a guesser causes.
		expect(cookies.map((c) => c.name).sort()).toEqual(['__Host-bw_device', SESSION_COOKIE]);
		const device = cookies.find((c) => c.name === '__Host-bw_device')!;
		expect(device.attributes).toHaveProperty('httponly');
		expect(device.attributes).toHaveProperty('secure');
		expect(device.attributes.samesite?.toLowerCase()).toBe('lax');
		expect(device.attributes.path).toBe('/');
		expect(device.attributes).not.toHaveProperty('domain');
		const { value, attributes } = cookies.find((c) => c.name === SESSION_COOKIE)!;
		expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(attributes).toHaveProperty('httponly');
		expect(attributes).toHaveProperty('secure');
		expect(attributes.samesite?.toLowerCase()).toBe('lax');
		expect(attributes.path).toBe('/');
		expect(attributes).not.toHaveProperty('domain');
		// The database holds only a hash of the token.
		expect(await app.db.selectFrom('session').select('id').where('id', '=', value).execute()).toEqual([]);
	});

	it('no longer works after signing out: the old cookie replayed is sent to /login and can store nothing', async () => {
		const client = await signIn(app.url, FACILITATOR_A.email, FACILITATOR_A.password);
		const token = client.cookies.get(SESSION_COOKIE)!;
		expect((await client.get(`/scans/${scanA}`)).status).toBe(200);
		const out = await signOut(client);
		expect(out.status).toBe(303);
		expect(out.location).toBe('/login');
		const cleared = out.setCookies.map(parseSetCookie).find((c) => c.name === SESSION_COOKIE);
		expect(cleared?.value).toBe('');
		expect(client.cookies.has(SESSION_COOKIE)).toBe(false);

		const replay = new Client(app.url);
		replay.cookies.set(SESSION_COOKIE, token);
		const page = await replay.get(`/scans/${scanA}`);
		expect(page.status).toBe(303);
		expect(page.location).toMatch(/^\/login\?next=/);
		expectNoLeak(page, 'replayed cookie');
		expect((await replay.get(`/scans/${scanA}/export/csv`)).status).toBe(303);
		const before = await readScanAnswersCount(app.db, scanA);
		const write = await answer(replay, scanA, { factor: 'modellen', current: '1', desired: '2', needed: '' });
		expect(write.status).toBe(303);
		expect(await readScanAnswersCount(app.db, scanA)).toBe(before);
	});

	it('is new after signing in: a token planted before sign-in is neither kept nor valid (no session fixation)', async () => {
		const planted = 'A'.repeat(43);
		const client = new Client(app.url);
		client.cookies.set(SESSION_COOKIE, planted);
		await signIn(app.url, FACILITATOR_A.email, FACILITATOR_A.password, client);
		const issued = client.cookies.get(SESSION_COOKIE);
		expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(issued).not.toBe(planted);
		const attacker = new Client(app.url);
		attacker.cookies.set(SESSION_COOKIE, planted);
		expect((await attacker.get('/')).status).toBe(303);

		// Signing in again while signed in also replaces the token, and ends the old one.
		await signIn(app.url, FACILITATOR_A.email, FACILITATOR_A.password, client);
		const second = client.cookies.get(SESSION_COOKIE);
		expect(second).not.toBe(issued);
		const old = new Client(app.url);
		old.cookies.set(SESSION_COOKIE, issued!);
		expect((await old.get('/')).status).toBe(303);
		expect((await client.get('/')).status).toBe(200);
	});
});

describe('cross-site requests', () => {
	/**
	 * SvelteKit's own CSRF check answers form posts before our hook does (in English, its text);
	 * our hook answers everything else, in the user's language. Either way: 403, nothing stored.
	 */
	const REFUSALS = [nl.common.crossSiteRefused, 'Cross-site POST form submissions are forbidden'];
	const posts = () => [
		'/setup',
		'/login',
		'/logout',
		'/language',
		`/invite/${'A'.repeat(43)}`,
		'/admin?/rename',
		'/admin?/addUnit',
		'/admin?/deleteUnit',
		'/admin?/invite',
		'/admin?/revoke',
		'/scans/new',
		...scanActions().map((a) => a.path)
	];
	const fieldsFor = (path: string): Record<string, string> =>
		scanActions().find((a) => a.path === path)?.fields ?? { name: 'Overgenomen', kind: 'sector', id: unitA, role: 'admin', title: 'x', level: 'institution', to: 'en' };

	it('refuses a POST from another site to every action with a 403, and stores nothing', async () => {
		const before = await dumpDb(app.db);
		for (const client of [adminA, facilitatorA]) {
			for (const path of posts()) {
				for (const headers of [{ origin: 'https://evil.example' }, { origin: 'null' }, { origin: app.url.replace('localhost', '127.0.0.1') }]) {
					const reply = await client.post(path, fieldsFor(path), { origin: headers.origin });
					expect(reply.status, `${path} from ${headers.origin}`).toBe(403);
					expect(REFUSALS, path).toContain(reply.text);
					expect(reply.setCookies, path).toEqual([]);
				}
				// Not a form (SvelteKit's own check covers only forms): our hook refuses it, in the user's language.
				const json = await client.send('POST', path, { origin: 'https://evil.example', contentType: 'application/json', body: JSON.stringify(fieldsFor(path)) });
				expect(json.status, `${path} as JSON`).toBe(403);
				expect(json.text, `${path} as JSON`).toBe(nl.common.crossSiteRefused);
				const sameSiteOnly = await client.post(path, fieldsFor(path), { origin: null, headers: { 'sec-fetch-site': 'cross-site' } });
				expect(sameSiteOnly.status, `${path} with Sec-Fetch-Site: cross-site`).toBe(403);
			}
		}
		expect(await dumpDb(app.db)).toBe(before);
		// The cross-site logout did not end the session.
		expect((await facilitatorA.get(`/scans/${scanA}`)).status).toBe(200);
	});

	it('refuses a POST with neither Origin nor Sec-Fetch-Site with a 403, and lets Sec-Fetch-Site: same-origin through', async () => {
		const before = await dumpDb(app.db);
		for (const path of posts()) {
			const reply = await facilitatorA.post(path, fieldsFor(path), { origin: null });
			expect(reply.status, path).toBe(403);
			expect(REFUSALS, path).toContain(reply.text);
			const json = await facilitatorA.send('POST', path, { origin: null, contentType: 'application/json', body: '{}' });
			expect([json.status, json.text], `${path} as JSON`).toEqual([403, nl.common.crossSiteRefused]);
		}
		expect(await dumpDb(app.db)).toBe(before);
		// The hook lets Sec-Fetch-Site: same-origin through without an Origin (SvelteKit's own check
		// still wants an Origin on form posts, which every browser sends): a sign-out shows it.
		const session = await signIn(app.url, FACILITATOR_A.email, FACILITATOR_A.password);
		const out = await session.send('POST', '/logout', { origin: null, headers: { 'sec-fetch-site': 'same-origin' } });
		expect([out.status, out.location]).toEqual([303, '/login']);
		expect(session.cookies.has(SESSION_COOKIE)).toBe(false);
	});
});

describe('security headers', () => {
	it('are on every kind of response: page, redirect, 404, 403, refused POST, export and static file', async () => {
		const anonymous = new Client(app.url);
		const responses: Array<[string, Reply]> = [
			['scan page', await facilitatorA.get(`/scans/${scanA}`)],
			['result page', await facilitatorA.get(`/scans/${scanA}/result`)],
			['login page', await anonymous.get('/login')],
			['redirect', await anonymous.get('/')],
			['404 page', await facilitatorA.get('/scans/00000000-0000-4000-8000-000000000000')],
			['404 for an unknown path', await anonymous.get('/no/such/page')],
			['403 page', await facilitatorA.get('/admin')],
			['refused cross-site POST', await facilitatorA.post(`/scans/${scanA}?/answer`, {}, { origin: 'https://evil.example' })],
			['action failure', await facilitatorA.post(`/scans/${scanA}?/answer`, { factor: 'x' })],
			['JSON action answer', await facilitatorA.action(`/scans/${scanA}?/answer`, { factor: 'x' })],
			...(await Promise.all(EXPORTS.map(async (f) => [`${f} export`, await facilitatorA.get(`/scans/${scanA}/export/${f}`)] as [string, Reply]))),
			['static file', await anonymous.get('/favicon.svg')],
			['missing static file', await anonymous.get('/favicon-missing.png')]
		];
		for (const [what, reply] of responses) {
			expect(reply.headers.get('x-content-type-options'), what).toBe('nosniff');
			expect(reply.headers.get('content-security-policy'), what).toContain("frame-ancestors 'none'");
			expect(reply.headers.get('referrer-policy'), what).toBeTruthy();
			expect(reply.headers.get('referrer-policy'), what).not.toBe('unsafe-url');
		}
		const statuses = Object.fromEntries(responses.map(([what, r]) => [what, r.status]));
		expect(statuses).toMatchObject({ 'scan page': 200, redirect: 303, '404 page': 404, '403 page': 403, 'refused cross-site POST': 403, 'csv export': 200, 'static file': 200 });
		expect(responses.find(([w]) => w === 'static file')![1].headers.get('content-type')).toMatch(/^image\/svg\+xml/);

		for (const [what, reply] of responses.filter(([, r]) => (r.headers.get('content-type') ?? '').startsWith('text/html'))) {
			const csp = reply.headers.get('content-security-policy')!;
			const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
			expect(scriptSrc, what).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
			expect(scriptSrc, what).not.toContain('unsafe-inline');
			expect(scriptSrc, what).not.toContain('unsafe-eval');
			// Every inline script on the page carries that nonce.
			const nonce = scriptSrc.match(/'nonce-([^']+)'/)![1];
			const scripts = [...reply.text.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
			expect(scripts.length, what).toBeGreaterThan(0);
			for (const attributes of scripts) expect(attributes, what).toContain(`nonce="${nonce}"`);
		}
		// Pages carry a fresh nonce each time.
		const nonces = await Promise.all([1, 2].map(async () => (await anonymous.get('/login')).headers.get('content-security-policy')!.match(/'nonce-([^']+)'/)![1]));
		expect(nonces[0]).not.toBe(nonces[1]);
	});
});

describe('invitation links', () => {
	it('work once: the second use says the invitation was used and creates nobody', async () => {
		const link = await createInvite(adminA);
		const first = await acceptInvite(link, { name: 'Eerste', email: 'eerste@a.example', password: PASSWORD_A });
		expect(first.reply.status).toBe(303);
		expect(first.reply.location).toBe('/');
		expect((await first.client.get('/')).status).toBe(200);

		const before = await dumpDb(app.db);
		const again = await acceptInvite(link, { name: 'Tweede', email: 'tweede@a.example', password: PASSWORD_A });
		expect(again.reply.status).toBe(410);
		expect(visibleText(again.reply.text)).toContain(nl.auth.inviteInvalid);
		expect(again.client.cookies.has(SESSION_COOKIE)).toBe(false);
		const page = await new Client(app.url).get(new URL(link).pathname);
		expect(page.status).toBe(200);
		expect(visibleText(page.text)).toContain(nl.auth.inviteInvalid);
		expect(await dumpDb(app.db)).toBe(before);
	});

	it('say so when expired, and create nobody', async () => {
		const link = await createInvite(adminA);
		const page = await new Client(app.url).get(new URL(link).pathname);
		expect(visibleText(page.text)).not.toContain(nl.auth.inviteInvalid);
		await app.db.updateTable('invite').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('used_at', 'is', null).execute();
		const expiredPage = await new Client(app.url).get(new URL(link).pathname);
		expect(visibleText(expiredPage.text)).toContain(nl.auth.inviteInvalid);
		const users = await app.db.selectFrom('app_user').select('id').execute();
		const reply = await acceptInvite(link, { name: 'Te laat', email: 'laat@a.example', password: PASSWORD_A });
		expect(reply.reply.status).toBe(410);
		expect(visibleText(reply.reply.text)).toContain(nl.auth.inviteInvalid);
		expect(await app.db.selectFrom('app_user').select('id').execute()).toEqual(users);
	});

	it('say so when revoked, in English too, and create nobody', async () => {
		const link = await createInvite(adminA);
		const token = new URL(link).pathname;
		const open = await app.db.selectFrom('invite').select('id').where('used_at', 'is', null).where('expires_at', '>', new Date().toISOString()).execute();
		expect(open).toHaveLength(1);
		expect((await adminA.post('/admin?/revoke', { id: open[0]!.id })).status).toBe(200);
		const visitor = new Client(app.url);
		visitor.cookies.set('bw_lang', 'en');
		expect(visibleText((await visitor.get(token)).text)).toContain(messages('en').auth.inviteInvalid);
		const reply = await visitor.post(token, { name: 'Ingetrokken', email: 'ingetrokken@a.example', password: PASSWORD_A, passwordRepeat: PASSWORD_A });
		expect(reply.status).toBe(410);
		expect(visibleText(reply.text)).toContain(messages('en').auth.inviteInvalid);
		expect(await app.db.selectFrom('app_user').select('id').where('email', '=', 'ingetrokken@a.example').execute()).toEqual([]);
	});
});

describe('the sign-in form', () => {
	it('answers a wrong password and an unknown e-mail address with the same status and the same page', async () => {
		const wrong = await new Client(app.url).post('/login', { email: FACILITATOR_A.email, password: 'niet het wachtwoord' });
		const unknown = await new Client(app.url).post('/login', { email: 'niemand@a.example', password: 'niet het wachtwoord' });
		expect(wrong.status).toBe(400);
		expect(unknown.status).toBe(400);
		expect(visibleText(wrong.text)).toContain(nl.auth.loginFailed);
		// The pages differ only in the e-mail address typed back into the field.
		const strip = (html: string, email: string) => visibleText(html.replaceAll(email, 'EMAIL')).replace(/\s+/g, ' ');
		expect(strip(wrong.text, FACILITATOR_A.email)).toBe(strip(unknown.text, 'niemand@a.example'));
		expect(wrong.setCookies).toEqual([]);
		expect(unknown.setCookies).toEqual([]);
	});
});
