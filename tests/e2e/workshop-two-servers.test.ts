/**
 * Several app servers on one PostgreSQL: the event bus goes through LISTEN/NOTIFY, so an answer
 * given on one server reaches a projector served by the other. And a participant whose phone
 * loses the connection in the middle of the analysis loses nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createSchema, dropSchema, connect, type Db } from '../../src/lib/server/db/connect';
import { TEST_POSTGRES_URL } from '../../src/lib/server/db/test-db';
import { startApp } from './global-setup';
import { format, messages } from '$lib/i18n';
import { axeViolations, launch, newContext, textPattern } from './browser';
import { setupFirstAdmin } from './http';
import { STEP, command, createWorkshop, openJoining } from './workshop-http';

const m = messages('nl');
const schema = `e2e_two_${randomBytes(5).toString('hex')}`;
let serverA: { url: string; stop: () => Promise<void> };
let serverB: { url: string; stop: () => Promise<void> };
let db: Db;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	await createSchema(TEST_POSTGRES_URL, schema);
	const env = { DATABASE_URL: TEST_POSTGRES_URL, DATABASE_SCHEMA: schema };
	// One after the other: the first migrates the schema, the second finds it done.
	serverA = await startApp(env);
	serverB = await startApp(env);
	db = connect({ url: TEST_POSTGRES_URL, schema });
	browser = await launch();
}, 90_000);

afterAll(async () => {
	for (const c of contexts) await c.close();
	await browser?.close();
	await db?.close();
	await serverA?.stop();
	await serverB?.stop();
	await dropSchema(TEST_POSTGRES_URL, schema);
});

async function page(url: string, mobile = false): Promise<Page> {
	const made = await newContext(browser, url);
	contexts.push(made.context);
	const p = await made.context.newPage();
	if (mobile) await p.setViewportSize({ width: 360, height: 740 });
	return p;
}

describe('a workshop across two servers on one PostgreSQL', () => {
	it('shows an answer given on server A on the projector of server B, also after the phone was offline', async () => {
		// The leader prepares on server A (over HTTP), and signs in on server B's projector in a browser.
		const leader = await setupFirstAdmin(serverA.url, { institution: 'Universiteit Tweeluik', name: 'Ada', email: 'ada@example.nl', password: 'een lange zin als wachtwoord' });
		const id = await createWorkshop(leader, 'Twee servers');
		const code = await openJoining(leader, id);

		const phone = await page(serverA.url, true);
		// The QR code's link: the code is in it, the phone only confirms (and states a preference).
		await phone.goto(`/join?code=${code.replace(/-/g, '')}`);
		await phone.getByLabel('Strategie').check();
		await phone.getByRole('button', { name: m.workshopUi.joinButton }).click();
		await phone.waitForURL('**/w');

		await leader.action(`/workshops/${id}?/distribute`, {});
		await command(leader, id, 'start');
		await command(leader, id, 'move_to', { step: String(STEP.analyse) });

		const projector = await page(serverB.url);
		await projector.goto('/login');
		await projector.getByLabel(m.auth.email).fill('ada@example.nl');
		await projector.getByLabel(m.auth.password).fill('een lange zin als wachtwoord');
		await projector.getByRole('button', { name: m.auth.loginButton }).click();
		await projector.waitForURL((u) => !u.pathname.startsWith('/login'));
		await projector.goto(`/workshops/${id}/projector`);
		// The first table's line under its bar: "0 van 1 gescoord · 0 actiepunten".
		const progress = async () => (await projector.locator('.progress .progress-figures').first().textContent())?.replace(/\s+/g, ' ').trim();
		const figures = (scored: number, points: number) => textPattern(m.workshopConsole.tableProgress, { scored, members: 1, points });
		expect(await progress()).toMatch(figures(0, 0));

		// An answer on A reaches B's projector.
		await phone.getByText(format(m.workshop.stepOf, { n: 3, total: 5 })).waitFor();
		await phone.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereNow}`) }).first().getByLabel(format(m.plan.phaseOption, { n: 1 })).check();
		await expect.poll(progress, { timeout: 8000 }).toMatch(figures(1, 0));

		await phone.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereTo}`) }).first().getByLabel(format(m.plan.phaseOption, { n: 3 })).check();
		// The action points are on their own card (one card at a time on a phone).
		for (let n = 2; (await phone.getByRole('button', { name: m.workshop.sheet.addActionPoint }).count()) === 0 && n < 12; n++) await phone.goto(`/w?card=${n}`);

		// The phone loses its connection: what is written stays on screen as not yet saved.
		await phone.context().setOffline(true);
		await phone.getByRole('button', { name: m.workshop.sheet.addActionPoint }).click();
		await phone.getByLabel(format(m.workshopUi.pointN, { n: 1 }), { exact: true }).fill('Offline geschreven actiepunt');
		await phone.getByLabel(format(m.workshopUi.pointN, { n: 1 }), { exact: true }).blur();
		await phone.getByText(textPattern(m.workshopUi.unsentCount, { n: /\d/ })).waitFor();
		expect(await axeViolations(phone)).toEqual([]);
		await phone.waitForTimeout(3000);
		const stored = await db.db.selectFrom('group_sheet').select('sheet').where('workshop_id', '=', id).execute();
		expect(stored.map((r) => r.sheet).join()).not.toContain('Offline geschreven actiepunt');

		// Back online: everything arrives, once, and B's projector shows it.
		await phone.context().setOffline(false);
		await expect.poll(() => phone.getByText(textPattern(m.workshop.sheet.notSaved)).count(), { timeout: 15_000 }).toBe(0);
		await expect.poll(progress, { timeout: 8000 }).toMatch(figures(1, 1));
		const scores = await db.db.selectFrom('participant_score').selectAll().where('workshop_id', '=', id).execute();
		expect(scores).toHaveLength(1);
		expect([scores[0]!.current_phase, scores[0]!.desired_phase]).toEqual([1, 3]);
		const sheet = await db.db.selectFrom('group_sheet').select('sheet').where('workshop_id', '=', id).executeTakeFirstOrThrow();
		expect(sheet.sheet.match(/Offline geschreven actiepunt/g)).toHaveLength(1);

		// A reload lands on the current step with the table's state.
		await phone.reload();
		expect(await phone.getByLabel(format(m.workshopUi.pointN, { n: 1 }), { exact: true }).inputValue()).toBe('Offline geschreven actiepunt');

		// The leader's next step on A moves B's projector and the phone.
		await command(leader, id, 'move_to', { step: String(STEP['discuss:strategie']) });
		await projector.getByText(format(m.workshop.steps.discuss.title, { category: 'Strategie' })).first().waitFor({ timeout: 8000 });
		await phone.getByText(format(m.workshop.steps.discuss.title, { category: 'Strategie' })).first().waitFor({ timeout: 8000 });
	});
});
