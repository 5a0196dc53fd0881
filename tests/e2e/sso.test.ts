/**
 * Single sign-on over plain HTTP against a real OpenID Connect provider (oidc-provider, see
 * oidc-provider.ts) with passwords still on: the first sign-in waits for an administrator, who
 * approves with a role or rejects; and every answer that must be refused is refused with a
 * message and stores nothing — another institution, a replayed answer, an answer from another
 * issuer, a tampered ID token, a provider that is down, a disabled account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { format, messages } from '$lib/i18n';
import { Client, SESSION_COOKIE, dumpDb, parseSetCookie, setupFirstAdmin, signOut, startAppWithDb, visibleText, type App } from './http';
import { CLIENT_ID, CLIENT_SECRET, startProviders, type TestProviders } from './oidc-provider';
import { startApp } from './global-setup';

const nl = messages('nl');
/** The cookie that binds a sign-in under way to its browser (localhost counts as a secure context). */
const SSO_COOKIE = '__Host-bw_sso';
const ADMIN = { institution: 'Hogeschool Arnhem en Nijmegen', name: 'Ada Admin', email: 'ada@han.nl', password: 'een lange zin als wachtwoord' };

/** The provider's side of a browser: its own cookies, following the provider's redirects. */
class ProviderBrowser {
	private readonly cookies = new Map<string, string>();

	async get(url: string): Promise<Response> {
		return this.send(url, { method: 'GET' });
	}

	async send(url: string, init: RequestInit): Promise<Response> {
		const headers = new Headers(init.headers);
		if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
		const response = await fetch(url, { ...init, headers, redirect: 'manual' });
		for (const line of response.headers.getSetCookie()) {
			const cookie = parseSetCookie(line);
			if (cookie.value === '' || cookie.attributes.expires?.includes('1970')) this.cookies.delete(cookie.name);
			else this.cookies.set(cookie.name, cookie.value);
		}
		return response;
	}

	/**
	 * From the app's redirect to the provider up to the provider's redirect back to the app:
	 * signs in as `account` when the provider asks. Returns the callback's path and query.
	 */
	async signIn(authorizationUrl: string, account: string, appOrigin: string): Promise<string> {
		let url = authorizationUrl;
		for (let hop = 0; hop < 10; hop++) {
			if (url.startsWith(appOrigin)) return url.slice(appOrigin.length);
			const response = await this.get(url);
			if (response.status === 200 && /\/interaction\/[\w-]+$/.test(new URL(url).pathname)) {
				const form = await this.send(`${url}/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ login: account }).toString() });
				expect(form.status).toBe(303);
				url = new URL(form.headers.get('location')!, url).href;
				continue;
			}
			expect([302, 303], `provider at ${url}: ${response.status}`).toContain(response.status);
			url = new URL(response.headers.get('location')!, url).href;
		}
		throw new Error('the provider did not send the browser back');
	}
}

describe('single sign-on over HTTP', () => {
	let app: App;
	let providers: TestProviders;
	let admin: Client;

	/** Starts signing in at the app and returns the callback address the provider sends back. */
	async function answerFor(client: Client, account: string, provider = new ProviderBrowser()): Promise<string> {
		const start = await client.get('/login/oidc');
		expect(start.status).toBe(303);
		expect(start.location).toMatch(new RegExp(`^${providers.issuer}/auth\\?`));
		const auth = new URL(start.location!);
		expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
		expect(auth.searchParams.get('state')).toBeTruthy();
		expect(auth.searchParams.get('nonce')).toBeTruthy();
		expect(auth.searchParams.get('redirect_uri')).toBe(`${app.url}/login/oidc/callback`);
		return provider.signIn(start.location!, account, app.url);
	}

	const count = async (table: 'sso_request' | 'sso_login' | 'session' | 'app_user') =>
		Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(app.db)).rows[0]!.n);

	/** Everything stored, the sign-ins under way included. */
	const everything = async () => `${await dumpDb(app.db)}\n${JSON.stringify((await sql`select * from sso_request order by id`.execute(app.db)).rows)}\n${await count('sso_login')}`;

	beforeAll(async () => {
		providers = await startProviders({
			bea: { schac_home_organization: 'han.nl', email: 'Bea@HAN.nl', email_verified: true, name: 'Bea Bakker' },
			dirk: { schac_home_organization: ['hanze.nl', 'han.nl'], email: 'dirk@han.nl', email_verified: true, given_name: 'Dirk', family_name: 'de Vries' },
			cas: { schac_home_organization: 'ru.nl', email: 'cas@ru.nl', email_verified: true, name: 'Cas van Radboud' },
			nemo: { email: 'nemo@example.nl', name: 'Nemo Zonder Instelling' },
			ada: { schac_home_organization: 'han.nl', email: 'ada@han.nl', email_verified: true, name: 'Ada Admin' }
		});
		app = await startAppWithDb({ OIDC_ISSUER: providers.issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET, OIDC_DISPLAY_NAME: 'SURFconext' });
		await providers.connect(app.url);
		admin = await setupFirstAdmin(app.url, ADMIN);
	}, 60_000);
	afterAll(async () => {
		await app?.stop();
		await providers?.stop();
	});

	it('refuses to start with a sign-in configuration that cannot work, rather than fail a user later', async () => {
		await expect(startApp({ PASSWORD_LOGIN: 'off' })).rejects.toThrow('app exited with 1');
		await expect(startApp({ OIDC_ISSUER: providers.issuer, OIDC_CLIENT_ID: CLIENT_ID })).rejects.toThrow('app exited with 1');
	});

	it('shows the button beside the password form while passwords are on, and links the institution by its claim value', async () => {
		const login = visibleText((await new Client(app.url).get('/login')).text);
		expect(login).toContain(format(nl.sso.signInWith, { name: 'SURFconext' }));
		expect(login).toContain(nl.auth.password);

		expect((await admin.get('/admin/sso')).status).toBe(200);
		const bad = await admin.post('/admin/sso?/value', { value: 'han nl' });
		expect(bad.status).toBe(400);
		expect(visibleText(bad.text)).toContain(nl.sso.admin.valueSpaces);
		expect((await admin.post('/admin/sso?/value', { value: ' HAN.nl ' })).status).toBe(200);
		expect((await app.db.selectFrom('institution').select('sso_value').executeTakeFirstOrThrow()).sso_value).toBe('han.nl');
	});

	it('makes a first sign-in wait for an administrator, who approves it with a role; then the person is signed in', async () => {
		const bea = new Client(app.url);
		const callback = await answerFor(bea, 'bea');
		const waiting = await bea.get(callback);
		expect(waiting.status).toBe(303);
		expect(waiting.location).toBe('/login/oidc/waiting');
		expect(bea.cookies.has(SESSION_COOKIE)).toBe(false);
		expect(visibleText((await bea.get('/login/oidc/waiting')).text)).toContain(nl.sso.waitingText);
		expect(await app.db.selectFrom('app_user').select('id').where('email', '=', 'bea@han.nl').executeTakeFirst()).toBeUndefined();

		const page = visibleText((await admin.get('/admin/sso')).text);
		expect(page).toContain('Bea Bakker');
		expect(page).toContain('bea@han.nl');
		const request = await app.db.selectFrom('sso_request').select(['id', 'oidc_issuer', 'oidc_subject']).executeTakeFirstOrThrow();
		expect(request).toMatchObject({ oidc_issuer: providers.issuer, oidc_subject: 'bea' });
		const approved = await admin.post('/admin/sso?/approve', { id: request.id, role: 'facilitator' });
		expect(approved.status).toBe(200);
		expect(visibleText(approved.text)).toContain(format(nl.sso.admin.approved, { name: 'Bea Bakker', role: nl.admin.roles.facilitator }));
		expect(await count('sso_request')).toBe(0);
		const account = await app.db.selectFrom('app_user').selectAll().where('email', '=', 'bea@han.nl').executeTakeFirstOrThrow();
		expect(account).toMatchObject({ role: 'facilitator', password_hash: '', oidc_issuer: providers.issuer, oidc_subject: 'bea', last_sign_in_at: null });
		// The account is in the audit trail as made by the administrator who approved it.
		const adminId = (await app.db.selectFrom('app_user').select('id').where('role', '=', 'admin').executeTakeFirstOrThrow()).id;
		expect(await app.db.selectFrom('audit_event').select(['action', 'actor_user_id']).where('object_kind', '=', 'user').where('object_id', '=', account.id).execute()).toEqual([
			{ action: 'create', actor_user_id: adminId }
		]);

		const signedIn = await bea.get(await answerFor(bea, 'bea'));
		expect(signedIn.status).toBe(303);
		expect(signedIn.location).toBe('/');
		expect(visibleText((await bea.get('/scans/new')).text)).toContain('Bea Bakker');
		expect((await app.db.selectFrom('app_user').select('last_sign_in_at').where('id', '=', account.id).executeTakeFirstOrThrow()).last_sign_in_at).not.toBeNull();
		expect((await bea.get('/admin')).status).toBe(403);

		// An account made by single sign-on has no password to guess.
		expect((await new Client(app.url).post('/login', { email: 'bea@han.nl', password: '' })).status).toBe(400);
	});

	it('tells a rejected person so when they sign in again, and lets the administrator approve after all', async () => {
		const dirk = new Client(app.url);
		expect((await dirk.get(await answerFor(dirk, 'dirk'))).location).toBe('/login/oidc/waiting');
		const request = await app.db.selectFrom('sso_request').select(['id', 'name']).where('oidc_subject', '=', 'dirk').executeTakeFirstOrThrow();
		expect(request.name).toBe('Dirk de Vries');
		const rejected = await admin.post('/admin/sso?/reject', { id: request.id });
		expect(visibleText(rejected.text)).toContain(format(nl.sso.admin.rejected, { name: 'Dirk de Vries' }));
		expect((await dirk.get(await answerFor(dirk, 'dirk'))).location).toBe('/login/oidc/waiting?rejected');
		expect(visibleText((await dirk.get('/login/oidc/waiting?rejected')).text)).toContain(nl.sso.rejectedText);
		expect(await app.db.selectFrom('app_user').select('id').where('oidc_subject', '=', 'dirk').executeTakeFirst()).toBeUndefined();

		expect(visibleText((await admin.get('/admin/sso')).text)).toContain(nl.sso.admin.rejectedTitle);
		expect((await admin.post('/admin/sso?/approve', { id: request.id, role: 'nobody' })).status).toBe(400);
		expect((await admin.post('/admin/sso?/approve', { id: request.id, role: 'admin' })).status).toBe(200);
		expect((await dirk.get(await answerFor(dirk, 'dirk'))).location).toBe('/');
		expect((await dirk.get('/admin/sso')).status).toBe(200);
	});

	it('links an administrator’s approval to the password account of the same institution with the same e-mail address', async () => {
		const ada = new Client(app.url);
		expect((await ada.get(await answerFor(ada, 'ada'))).location).toBe('/login/oidc/waiting');
		const request = await app.db.selectFrom('sso_request').select('id').where('oidc_subject', '=', 'ada').executeTakeFirstOrThrow();
		expect((await admin.post('/admin/sso?/approve', { id: request.id, role: 'admin' })).status).toBe(200);
		const accounts = await app.db.selectFrom('app_user').select(['oidc_subject', 'role']).where('email', '=', 'ada@han.nl').execute();
		expect(accounts).toEqual([{ oidc_subject: 'ada', role: 'admin' }]);
		expect((await ada.get(await answerFor(ada, 'ada'))).location).toBe('/');
	});

	it('refuses someone of an institution nobody linked, or without an institution, and stores nothing', async () => {
		const before = await everything();
		for (const [account, text] of [
			['cas', nl.sso.errors.unknownInstitution],
			['nemo', nl.sso.errors.noInstitution]
		] as const) {
			const client = new Client(app.url);
			const reply = await client.get(await answerFor(client, account));
			expect([400, 403]).toContain(reply.status);
			expect(visibleText(reply.text)).toContain(text);
			expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
		}
		expect(await everything()).toBe(before);
	});

	it('refuses a replayed answer, an answer without the browser that asked, and a made-up state', async () => {
		const bea = new Client(app.url);
		const callback = await answerFor(bea, 'bea');
		const binding = bea.cookies.get(SSO_COOKIE)!;
		expect(binding).toBeTruthy();
		expect((await bea.get(callback)).location).toBe('/');
		const sessions = await count('session');

		// The same answer again, even with the cookie put back: the sign-in it belonged to is used up.
		const attacker = new Client(app.url);
		attacker.cookies.set(SSO_COOKIE, binding);
		const replayed = await attacker.get(callback);
		expect(replayed.status).toBe(400);
		expect(visibleText(replayed.text)).toContain(nl.sso.errors.expired);
		expect(replayed.setCookies.some((line) => line.startsWith(`${SESSION_COOKIE}=`))).toBe(false);

		// A fresh answer taken to another browser (login CSRF): its cookie is missing.
		const victim = new Client(app.url);
		const stolen = await answerFor(new Client(app.url), 'bea');
		const refused = await victim.get(stolen);
		expect(refused.status).toBe(400);
		expect(visibleText(refused.text)).toContain(nl.sso.errors.expired);

		const madeUp = await new Client(app.url).get('/login/oidc/callback?code=abc&state=made-up');
		expect(madeUp.status).toBe(400);
		expect(await count('session')).toBe(sessions);
	});

	it('refuses an answer from another issuer than the configured one, and stores nothing', async () => {
		const before = await everything();
		providers.mode = 'other-issuer';
		try {
			const bea = new Client(app.url);
			const reply = await bea.get(await answerFor(bea, 'bea'));
			expect(reply.status).toBe(400);
			expect(visibleText(reply.text)).toContain(nl.sso.errors.wrongIssuer);
			expect(bea.cookies.has(SESSION_COOKIE)).toBe(false);
		} finally {
			providers.mode = 'pass';
		}
		expect(await everything()).toBe(before);
	});

	it('refuses a tampered ID token, and stores nothing', async () => {
		const before = await everything();
		providers.mode = 'tamper';
		try {
			const bea = new Client(app.url);
			const reply = await bea.get(await answerFor(bea, 'bea'));
			expect(reply.status).toBe(400);
			expect(visibleText(reply.text)).toContain(nl.sso.errors.invalidAnswer);
			expect(bea.cookies.has(SESSION_COOKIE)).toBe(false);
		} finally {
			providers.mode = 'pass';
		}
		expect(await everything()).toBe(before);
	});

	it('says so when the provider cannot be reached, in the person’s language, without a 5xx', async () => {
		const bea = new Client(app.url);
		bea.cookies.set('bw_lang', 'en');
		const callback = await answerFor(bea, 'bea');
		const before = await everything();
		providers.mode = 'down';
		try {
			const reply = await bea.get(callback);
			expect(reply.status).toBe(400);
			expect(visibleText(reply.text)).toContain(messages('en').sso.errors.providerDown);
		} finally {
			providers.mode = 'pass';
		}
		// The sign-in under way is used up; nothing else changed.
		expect((await everything()).replace(/\n\d+$/, '')).toBe(before.replace(/\n\d+$/, ''));
	});

	it('refuses a disabled account', async () => {
		await app.db.updateTable('app_user').set({ disabled_at: new Date().toISOString() }).where('oidc_subject', '=', 'bea').execute();
		try {
			const bea = new Client(app.url);
			const reply = await bea.get(await answerFor(bea, 'bea'));
			expect(reply.status).toBe(403);
			expect(visibleText(reply.text)).toContain(nl.sso.errors.disabled);
			expect(bea.cookies.has(SESSION_COOKIE)).toBe(false);
		} finally {
			await app.db.updateTable('app_user').set({ disabled_at: null }).where('oidc_subject', '=', 'bea').execute();
		}
	});

	it('signs out here and then at the provider, with nothing but the client and the way back', async () => {
		const bea = new Client(app.url);
		expect((await bea.get(await answerFor(bea, 'bea'))).location).toBe('/');
		const out = await signOut(bea);
		expect(out.location).toBe('/logout/sso');
		expect(bea.cookies.has(SESSION_COOKIE)).toBe(false);
		const page = await bea.get('/logout/sso');
		const target = /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(page.text)?.[1]?.replace(/&amp;/g, '&');
		expect(target).toBeDefined();
		const url = new URL(target!);
		expect(`${url.origin}${url.pathname}`).toBe(`${providers.issuer}/session/end`);
		expect(Object.fromEntries(url.searchParams)).toEqual({ client_id: CLIENT_ID, post_logout_redirect_uri: `${app.url}/login` });
	});
});
