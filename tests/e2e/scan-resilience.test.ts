import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { format, messages } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { firstAdminWithScan, launch, newContext, startsWith, textPattern } from './browser';
import { startApp, startPostgresApp } from './global-setup';

const m = messages('nl');

describe('answers survive fast clicking and a lost connection (PostgreSQL)', () => {
	let browser: Browser;
	let page: Page;
	let scanUrl: string;
	let setOffline: (offline: boolean) => Promise<void>;
	let stop: () => Promise<void>;

	beforeAll(async () => {
		const app = await startPostgresApp();
		stop = app.stop;
		browser = await launch();
		const { context } = await newContext(browser, app.url);
		setOffline = (offline) => context.setOffline(offline);
		page = await context.newPage();
		scanUrl = await firstAdminWithScan(page, 'Veerkracht');
	});
	afterAll(async () => {
		await browser?.close();
		await stop?.();
	});

	it('counts progress live exactly as stored when every factor is clicked in quick succession', async () => {
		for (const category of ['strategie', 'structuur', 'support']) {
			await page.goto(`${scanUrl}?c=${category}`);
			const factors = page.locator('article.factor');
			const n = await factors.count();
			for (let i = 0; i < n; i++) {
				await factors.nth(i).locator('input[name="current"]').nth(i % 3).check();
				await factors.nth(i).locator('input[name="desired"]').nth(2).check();
			}
			for (let i = 0; i < n; i++) await expect.poll(() => factors.nth(i).locator('.save-status').textContent()).toBe(m.common.saved);
			const live = await page.locator('.progress-block p').textContent();
			await page.reload();
			expect(await page.locator('.progress-block p').textContent()).toBe(live);
		}
		expect(await page.locator('.progress-block p').textContent()).toBe(format(m.scan.progressText, { answered: 15, total: 15 }));
	});

	it('keeps an answer given offline on screen as not yet saved, and sends it when the connection returns', async () => {
		await page.goto(`${scanUrl}?c=strategie`);
		const beleid = page.locator('#factor-beleid');
		await setOffline(true);
		await page.getByRole('radiogroup', { name: format(m.scan.groupTo, { factor: 'Beleid' }) }).getByRole('radio', { name: format(m.plan.phaseOption, { n: 1 }) }).check();
		await beleid.locator('textarea').fill('Geschreven zonder verbinding');
		await beleid.locator('textarea').blur();
		await expect.poll(() => beleid.locator('.save-status').textContent()).toBe(m.common.notSaved);
		expect(await beleid.locator('textarea').inputValue()).toBe('Geschreven zonder verbinding');
		await setOffline(false);
		await expect.poll(() => beleid.locator('.save-status').textContent(), { timeout: 10_000 }).toBe(m.common.saved);
		await page.reload();
		expect(await page.getByRole('radiogroup', { name: format(m.scan.groupTo, { factor: 'Beleid' }) }).getByRole('radio', { name: format(m.plan.phaseOption, { n: 1 }) }).isChecked()).toBe(true);
		expect(await page.locator('#factor-beleid textarea').inputValue()).toBe('Geschreven zonder verbinding');
	});

	it('keeps the page on screen when the connection drops while its data reloads, and reloads once it is back', async () => {
		await page.goto(`${scanUrl}/result`);
		// This is about the enhanced page, whose saves reload its data in place.
		await page.locator('html[data-hydrated]').waitFor();
		// A mark on this document: a full page load (SvelteKit's fallback, or the browser's offline page) would lose it.
		await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		let reloads = 0;
		const isDataReload = (url: URL) => url.pathname.endsWith('/__data.json');
		await page.route(isDataReload, async (route) => {
			if (reloads++ > 0) return route.continue();
			await held;
			await route.abort('internetdisconnected');
		});
		const add = page.getByRole('group', { name: format(m.plan.addActionIn, { category: 'Structuur' }) });
		await add.getByLabel(m.plan.actionText, { exact: true }).fill('Toegevoegd terwijl de verbinding wegviel');
		await add.getByRole('button', { name: startsWith(m.plan.addAction) }).click();
		// The point is stored; the data reload after it is under way when the Wi-Fi drops.
		await expect.poll(() => reloads, { timeout: 30_000 }).toBe(1);
		await setOffline(true);
		release();
		await expect.poll(() => reloads, { timeout: 30_000 }).toBeGreaterThan(1);
		await setOffline(false);
		await page.getByRole('group', { name: format(m.plan.editAction, { n: 1, category: 'Structuur' }) }).waitFor();
		expect(await page.getByRole('group', { name: format(m.plan.editAction, { n: 1, category: 'Structuur' }) }).textContent()).toContain('Toegevoegd terwijl de verbinding wegviel');
		expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
		await page.unroute(isDataReload);
	});

	it('keeps what was typed and chosen while the page was still loading, and saves it', async () => {
		// Hold the app's JavaScript back, as slow campus Wi-Fi would, while the user already answers.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const isAppStart = (url: URL) => url.pathname.startsWith('/_app/immutable/entry/');
		await page.route(isAppStart, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${scanUrl}?c=support`, { waitUntil: 'domcontentloaded' });
		const factor = page.locator('article.factor').first();
		await factor.locator('textarea').fill('Getypt terwijl de pagina laadde');
		await factor.locator('input[name="desired"][value="1"]').check();
		release();
		await expect.poll(() => factor.locator('.save-status').textContent(), { timeout: 10_000 }).toBe(m.common.saved);
		expect(await factor.locator('textarea').inputValue()).toBe('Getypt terwijl de pagina laadde');
		await page.unroute(isAppStart);
		await page.reload();
		expect(await factor.locator('textarea').inputValue()).toBe('Getypt terwijl de pagina laadde');
		expect(await factor.locator('input[name="desired"][value="1"]').isChecked()).toBe(true);
	});

	it('leaves the focus and the view where the user went on while an earlier save was on its way', async () => {
		await page.goto(`${scanUrl}/result`);
		const add = page.getByRole('group', { name: format(m.plan.addActionIn, { category: 'Strategie' }) });
		await add.getByLabel(m.plan.actionText, { exact: true }).fill('Eerste punt');
		await add.getByRole('button', { name: startsWith(m.plan.addAction) }).click();
		const first = page.getByRole('group', { name: format(m.plan.editAction, { n: 1, category: 'Strategie' }) });
		await expect.poll(() => first.count()).toBe(1);

		// Hold the save back until the user is busy further down the page.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const isSave = (url: URL) => url.search.includes('updateAction');
		await page.route(isSave, async (route) => {
			await held;
			await route.continue();
		});
		await first.getByRole('button', { name: startsWith(m.plan.editActionButton) }).click();
		await first.getByLabel(m.plan.actionOwner).fill('Teamleider');
		await first.getByRole('button', { name: startsWith(m.plan.saveAction) }).click();
		const next = page.getByRole('group', { name: format(m.plan.addActionIn, { category: 'Support' }) }).getByLabel(m.plan.actionText, { exact: true });
		await next.fill('Verder getypt');
		const scrolled = await page.evaluate(() => window.scrollY);
		// SvelteKit focuses the body after the save; note where the focus goes next.
		await page.evaluate(() => {
			const w = window as unknown as { refocused?: string };
			let reset = false;
			document.body.addEventListener('focus', () => (reset = true));
			document.addEventListener('focusin', (event) => {
				if (reset && event.target instanceof HTMLElement && event.target !== document.body) w.refocused ??= event.target.id || event.target.textContent || '?';
			});
		});
		release();
		const refocused = await page.waitForFunction(() => (window as unknown as { refocused?: string }).refocused);
		expect(await refocused.jsonValue()).toBe('new-support-text');
		expect(await next.inputValue()).toBe('Verder getypt');
		expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
		// The user went on elsewhere, so the saved point's form stays open rather than shift the page under them.
		expect(await first.getByLabel(m.plan.actionOwner).inputValue()).toBe('Teamleider');
		await page.reload();
		expect(await first.textContent()).toContain('Teamleider');
		await page.unroute(isSave);
	});
});

describe('the scan and the action plan work without JavaScript', () => {
	let browser: Browser;
	let page: Page;
	let stop: () => Promise<void>;
	let scanUrl: string;

	beforeAll(async () => {
		const app = await startApp();
		stop = app.stop;
		browser = await launch();
		const context = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false, locale: 'nl-NL' });
		page = await context.newPage();
		scanUrl = await firstAdminWithScan(page, 'Zonder JavaScript');
	});
	afterAll(async () => {
		await browser?.close();
		await stop?.();
	});

	it('saves an answer with the button and stays on the same category', async () => {
		await page.goto(`${scanUrl}?c=structuur`);
		await page.getByRole('radiogroup', { name: format(m.scan.groupNow, { factor: 'Modellen' }) }).getByRole('radio', { name: format(m.plan.phaseOption, { n: 2 }) }).check();
		await page.getByRole('radiogroup', { name: format(m.scan.groupTo, { factor: 'Modellen' }) }).getByRole('radio', { name: m.plan.unknownOption }).check();
		await page.locator('#factor-modellen textarea').fill('Modellen verkennen');
		await page.locator('#factor-modellen').getByRole('button', { name: startsWith(m.scan.saveAnswer) }).click();
		await page.waitForLoadState();
		expect(await page.locator('#factor-modellen .save-status').textContent()).toBe(m.common.saved);
		expect(await page.getByRole('heading', { level: 2, name: /Structuur/ }).count()).toBe(1);
		await page.goto(`${scanUrl}?c=structuur`);
		expect(await page.getByRole('radiogroup', { name: format(m.scan.groupTo, { factor: 'Modellen' }) }).getByRole('radio', { name: m.plan.unknownOption }).isChecked()).toBe(true);
		expect(await page.locator('.progress-block p').textContent()).toBe(format(m.scan.progressText, { answered: 1, total: 15 }));
	});

	it('shows a clear message for an invalid date and adds the action point once it is right', async () => {
		await page.goto(`${scanUrl}/result`);
		const add = page.getByRole('group', { name: format(m.plan.addActionIn, { category: 'Structuur' }) });
		await add.getByLabel(m.plan.actionText, { exact: true }).fill('Modellen in kaart brengen');
		await add.getByLabel(m.plan.actionDue).evaluate((el) => el.setAttribute('type', 'text'));
		await add.getByLabel(m.plan.actionDue).fill('2027-02-30');
		await add.getByRole('button', { name: startsWith(m.plan.addAction) }).click();
		await page.waitForLoadState();
		expect(await page.getByText(m.plan.errors.dueDate).count()).toBe(1);
		expect(await page.getByRole('group', { name: textPattern(m.plan.editAction, { n: 1, category: 'Structuur' }, { start: true, end: true }) }).count()).toBe(0);
		const retry = page.getByRole('group', { name: format(m.plan.addActionIn, { category: 'Structuur' }) });
		expect(await retry.getByLabel(m.plan.actionText, { exact: true }).inputValue()).toBe('Modellen in kaart brengen');
		await retry.getByLabel(m.plan.actionDue).fill('2027-02-28');
		await retry.getByRole('button', { name: startsWith(m.plan.addAction) }).click();
		await page.waitForLoadState();
		const point = page.getByRole('group', { name: format(m.plan.editAction, { n: 1, category: 'Structuur' }) });
		expect(await point.textContent()).toContain(formatDate('2027-02-28', 'nl'));
	});
});
