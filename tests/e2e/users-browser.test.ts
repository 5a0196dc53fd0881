/**
 * The pages of decision record 0043 in Chromium, on a 360 px phone and a laptop: the
 * administrator's list of users and the page that asks before one is removed, and a scan, its
 * result and a survey as a colleague who may only read them. Each is axe-clean and fits the
 * phone's width; changing a role and adding a co-editor work by keyboard and mouse alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { format, messages } from '$lib/i18n';
import { type App, acceptInvite, addAction, answer, createInvite, createScan, setupFirstAdmin, signIn, startAppWithDb } from './http';
import { axeViolations, launch, newContext } from './browser';

const nl = messages('nl');
const PASSWORD = 'een lang genoeg wachtwoord';

describe('user management and read-only pages in the browser', () => {
	let app: App;
	let browser: Browser;
	let scan = '';
	let survey = '';
	let makerId = '';

	beforeAll(async () => {
		app = await startAppWithDb();
		const admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Breed', name: 'Ada Admin', email: 'ada@a.example', password: PASSWORD });
		const maker = (await acceptInvite(await createInvite(admin), { name: 'Mia Maker met een heel lange achternaam', email: 'mia.maker.met.een.lang.adres@faculteit.a.example', password: PASSWORD })).client;
		await acceptInvite(await createInvite(admin), { name: 'Cas Collega', email: 'cas@a.example', password: PASSWORD });
		scan = await createScan(maker, { title: 'Scan van Mia', level: 'institution' });
		await answer(maker, scan, { factor: 'beleid', current: '1', desired: '3', needed: 'Meer tijd' });
		await addAction(maker, scan, { category: 'strategie', text: 'Visie schrijven', owner: 'Mia', dueDate: '', status: 'open' });
		const today = new Date().toISOString().slice(0, 10);
		const created = await maker.post('/surveys/new', { title: 'Brede scan van Mia', level: 'institution', unit: '', opensAt: today, closesAt: new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10), minGroupSize: '5', message: '', roles: ['medewerker'] });
		survey = created.location!.split('/').pop()!;
		makerId = (await app.db.selectFrom('app_user').select('id').where('email', 'like', 'mia%').executeTakeFirstOrThrow()).id;
		await signIn(app.url, 'cas@a.example', PASSWORD);
		browser = await launch();
	}, 60_000);
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	async function signedIn(email: string, width: number, height: number): Promise<Page> {
		const { context } = await newContext(browser, app.url);
		const page = await context.newPage();
		await page.setViewportSize({ width, height });
		await page.goto('/login');
		await page.getByLabel(nl.auth.email).fill(email);
		await page.getByLabel(nl.auth.password, { exact: true }).fill(PASSWORD);
		await page.getByRole('button', { name: nl.auth.loginButton }).click();
		await page.waitForURL((url) => url.pathname !== '/login');
		return page;
	}

	async function check(page: Page, path: string, shot: string): Promise<void> {
		await page.goto(path);
		expect(await axeViolations(page), path).toEqual([]);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
		if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${shot}.png`, fullPage: true });
	}

	it('shows an administrator every user and the removal page, axe-clean and within a phone’s width', async () => {
		for (const [width, height, name] of [[360, 740, 'phone'], [1366, 768, 'laptop']] as const) {
			const page = await signedIn('ada@a.example', width, height);
			await check(page, '/admin/users', `users-${name}`);
			await check(page, `/admin/users/${makerId}/remove`, `remove-${name}`);
			await page.context().close();
		}
	});

	it('changes a role with the page’s own form and says so', async () => {
		const page = await signedIn('ada@a.example', 360, 740);
		await page.goto('/admin/users');
		await page.getByLabel(format(nl.users.changeRole, { name: 'Cas Collega' })).selectOption('admin');
		await page.getByRole('button', { name: `${nl.users.saveRole}: Cas Collega` }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe(format(nl.users.done.role, { name: 'Cas Collega' }));
		expect(await page.getByLabel(format(nl.users.changeRole, { name: 'Cas Collega' })).inputValue()).toBe('admin');
		// Back to facilitator: the next test needs Cas as a colleague who may only read.
		await page.getByLabel(format(nl.users.changeRole, { name: 'Cas Collega' })).selectOption('facilitator');
		await page.getByRole('button', { name: `${nl.users.saveRole}: Cas Collega` }).click();
		await expect.poll(() => page.getByLabel(format(nl.users.changeRole, { name: 'Cas Collega' })).inputValue()).toBe('facilitator');
		await page.context().close();
	});

	it('shows a colleague who may only read the scan, its result and the survey read-only, axe-clean', async () => {
		for (const [width, height, name] of [[360, 740, 'phone'], [1366, 768, 'laptop']] as const) {
			const page = await signedIn('mia.maker.met.een.lang.adres@faculteit.a.example', width, height);
			await page.goto(`/scans/${scan}`);
			await page.getByLabel(nl.editors.colleague).selectOption({ label: 'Cas Collega (cas@a.example)' });
			await page.getByRole('button', { name: nl.editors.add }).click();
			await expect.poll(() => page.getByRole('status').filter({ hasText: nl.editors.added }).count()).toBe(1);
			await check(page, `/scans/${scan}`, `scan-maker-${name}`);
			await page.getByRole('button', { name: format(nl.editors.removeLabel, { name: 'Cas Collega' }) }).click();
			await expect.poll(() => page.getByRole('status').filter({ hasText: nl.editors.removed }).count()).toBe(1);
			await page.context().close();

			const reader = await signedIn('cas@a.example', width, height);
			await check(reader, `/scans/${scan}`, `scan-reader-${name}`);
			expect(await reader.getByRole('radio').first().isDisabled()).toBe(true);
			await check(reader, `/scans/${scan}/result`, `result-reader-${name}`);
			await check(reader, `/surveys/${survey}`, `survey-reader-${name}`);
			await reader.context().close();
		}
	});
});
