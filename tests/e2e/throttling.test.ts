/**
 * Throttling that cannot be turned against users (decision 45), over HTTP against the built app.
 * Every request comes from 127.0.0.1: a campus behind one address, with a script on it. The
 * sign-in waits read a clock that stands still (BLENDWIJZER_TEST_CLOCK_MS), so the test sees
 * exactly the waits the numbers say, however busy the machine, and never sleeps; the waits ending
 * is tested with a moving clock in src/lib/accounts/login-throttle.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { Client, setupFirstAdmin, signIn, signOut, startAppWithDb, visibleText, type App } from './http';
import { createWorkshop, join, openJoining } from './workshop-http';
import { format, messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import { LOGIN_THROTTLE_POLICY } from '$lib/accounts/login-throttle';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newParticipantToken } from '$lib/workshop/join-code';
import * as participants from '$lib/workshop/server/data/participants';

const nl = messages('nl');
const en = messages('en');
const OWNER = { email: 'ada@example.nl', password: 'een lange zin als wachtwoord' };
let app: App;
let admin: Client;

beforeAll(async () => {
	app = await startAppWithDb({ NODE_ENV: 'test', BLENDWIJZER_TEST_CLOCK_MS: String(Date.UTC(2026, 11, 7, 9, 0, 0)) });
	admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Veerkracht', name: 'Ada', ...OWNER });
}, 60_000);

afterAll(async () => {
	await app?.stop();
});

const randomCode = () => Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[Math.floor(Math.random() * JOIN_CODE_ALPHABET.length)]).join('');

/** Posts random codes from three connections until told to stop; `guessed(n)` resolves once n have been answered. */
function guessCodes() {
	let guessing = true;
	const statuses: number[] = [];
	const waiting: { n: number; resolve: () => void }[] = [];
	const scripts = Array.from({ length: 3 }, async () => {
		const script = new Client(app.url);
		while (guessing) {
			statuses.push((await script.post('/join?/code', { code: randomCode() })).status);
			for (const w of waiting.filter((w) => statuses.length >= w.n)) w.resolve();
		}
	});
	return {
		guessed: (n: number) => new Promise<void>((resolve) => waiting.push({ n, resolve })),
		stop: async () => {
			guessing = false;
			await Promise.all(scripts);
			return statuses;
		}
	};
}

describe('joining while a script on the same address posts random codes', () => {
	it('lets a room of 150 in with the right code up to the workshop’s size, and tells the next one the size in Dutch and English', async () => {
		const id = await createWorkshop(admin, 'Hoorcollege met de hele opleiding');
		const code = await openJoining(admin, id);
		const size = participants.MAX_PARTICIPANTS_PER_WORKSHOP;
		// Earlier arrivals fill the seats the room of 150 does not need.
		for (let i = 0; i < size - 150; i++) await participants.join(app.db, id, { token: newParticipantToken(), displayName: '', preference: null });

		const script = guessCodes();
		await script.guessed(100); // far past any per-address limit on wrong codes
		for (let wave = 0; wave < 6; wave++) await Promise.all(Array.from({ length: 25 }, () => join(app.url, code))); // throws on any refusal
		const statuses = await script.stop();

		const inRoom = await sql<{ n: number }>`select count(*) as n from participant where workshop_id = ${id}`.execute(app.db);
		expect(Number(inRoom.rows[0]!.n)).toBe(size);
		expect(statuses.length).toBeGreaterThan(100);
		expect(new Set(statuses)).toEqual(new Set([400]));

		const late = new Client(app.url);
		const full = await late.post('/join?/join', { code });
		expect(full.status).toBe(409);
		expect(visibleText(full.text)).toContain(format(nl.workshopUi.workshopFull, { max: size }));
		late.cookies.set('bw_lang', 'en');
		expect(visibleText((await late.post('/join?/join', { code })).text)).toContain(format(en.workshopUi.workshopFull, { max: size }));
	}, 60_000);

	it('answers a wrong code as unknown however many came before it from the same address', async () => {
		const reply = await new Client(app.url).post('/join?/code', { code: randomCode() });
		expect(reply.status).toBe(400);
		expect(visibleText(reply.text)).toContain(nl.workshop.joining.errors.unknown);
	});
});

describe('signing in while a script on the same address guesses the owner’s password', () => {
	let ownLaptop: Client;

	it('tells the script to wait after a few wrong passwords, says how long, and checks nothing during the wait', async () => {
		ownLaptop = await signIn(app.url, OWNER.email, OWNER.password);
		await signOut(ownLaptop);
		const script = new Client(app.url);
		const replies = [];
		for (let i = 0; i < 40; i++) replies.push(await script.post('/login', { email: OWNER.email, password: `raden ${i} raden raden` }));
		const free = LOGIN_THROTTLE_POLICY.account.free;
		expect(replies.map((r) => r.status)).toEqual([...Array(free).fill(400), ...Array(40 - free).fill(429)]);
		expect(visibleText(replies[0]!.text)).toContain(nl.auth.loginFailed);
		expect(visibleText(replies.at(-1)!.text)).toContain(plural(nl.auth.waitSeconds, 1, 'nl'));
		// A new browser with the right password is told the same wait: the password is not checked.
		const newBrowser = await new Client(app.url).post('/login', OWNER);
		expect(newBrowser.status).toBe(429);
		expect(newBrowser.setCookies).toEqual([]);
		const english = new Client(app.url);
		english.cookies.set('bw_lang', 'en');
		expect(visibleText((await english.post('/login', OWNER)).text)).toContain(plural(en.auth.waitSeconds, 1, 'en'));
	});

	it('lets the owner in at once from the browser they signed in on before, while the script keeps hammering', async () => {
		const script = new Client(app.url);
		let hammering = true;
		const hammer = (async () => {
			while (hammering) await script.post('/login', { email: OWNER.email, password: 'nog een gok van het script' });
		})();
		const reply = await ownLaptop.post('/login', OWNER);
		hammering = false;
		await hammer;
		expect(reply.status).toBe(303);
		expect((await ownLaptop.get('/admin')).status).toBe(200);
		expect((await script.post('/login', OWNER)).status).toBe(429);
	});

	it('slows an address after a campus’s worth of failed sign-ins on many accounts, and still lets the owner in from their own browser', async () => {
		await signOut(ownLaptop);
		const script = new Client(app.url);
		const statuses: number[] = [];
		for (let i = 0; statuses.at(-1) !== 429 && i < 100; i++) statuses.push((await script.post('/login', { email: `student${i}@example.nl`, password: 'welkom op de campus' })).status);
		// The address had 5 failures from the first test (the refused tries did not count).
		expect(statuses).toEqual([...Array(LOGIN_THROTTLE_POLICY.address.free - 5).fill(400), 429]);
		expect((await new Client(app.url).post('/login', { email: 'docent@example.nl', password: 'een heel ander wachtwoord' })).status).toBe(429);
		expect((await ownLaptop.post('/login', OWNER)).status).toBe(303);
	});
});
