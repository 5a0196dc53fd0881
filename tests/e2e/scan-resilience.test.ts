import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { firstAdminWithScan, launch, newContext } from './browser';
import { startApp, startPostgresApp } from './global-setup';

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
			for (let i = 0; i < n; i++) await expect.poll(() => factors.nth(i).locator('.save-status').textContent()).toBe('Opgeslagen');
			const live = await page.locator('.progress-block p').textContent();
			await page.reload();
			expect(await page.locator('.progress-block p').textContent()).toBe(live);
		}
		expect(await page.locator('.progress-block p').textContent()).toBe('15 van 15 factoren beantwoord');
	});

	it('keeps an answer given offline on screen as not yet saved, and sends it when the connection returns', async () => {
		await page.goto(`${scanUrl}?c=strategie`);
		const beleid = page.locator('#factor-beleid');
		await setOffline(true);
		await page.getByRole('radiogroup', { name: 'Beleid: waar willen we heen?' }).getByRole('radio', { name: 'Fase 1' }).check();
		await beleid.locator('textarea').fill('Geschreven zonder verbinding');
		await beleid.locator('textarea').blur();
		await expect.poll(() => beleid.locator('.save-status').textContent()).toBe('Nog niet opgeslagen');
		expect(await beleid.locator('textarea').inputValue()).toBe('Geschreven zonder verbinding');
		await setOffline(false);
		await expect.poll(() => beleid.locator('.save-status').textContent(), { timeout: 10_000 }).toBe('Opgeslagen');
		await page.reload();
		expect(await page.getByRole('radiogroup', { name: 'Beleid: waar willen we heen?' }).getByRole('radio', { name: 'Fase 1' }).isChecked()).toBe(true);
		expect(await page.locator('#factor-beleid textarea').inputValue()).toBe('Geschreven zonder verbinding');
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
		await page.getByRole('radiogroup', { name: 'Modellen: waar staan we nu?' }).getByRole('radio', { name: 'Fase 2' }).check();
		await page.getByRole('radiogroup', { name: 'Modellen: waar willen we heen?' }).getByRole('radio', { name: 'Weet ik niet' }).check();
		await page.locator('#factor-modellen textarea').fill('Modellen verkennen');
		await page.locator('#factor-modellen').getByRole('button', { name: /^Antwoord opslaan/ }).click();
		await page.waitForLoadState();
		expect(await page.locator('#factor-modellen .save-status').textContent()).toBe('Opgeslagen');
		expect(await page.getByRole('heading', { level: 2, name: /Structuur/ }).count()).toBe(1);
		await page.goto(`${scanUrl}?c=structuur`);
		expect(await page.getByRole('radiogroup', { name: 'Modellen: waar willen we heen?' }).getByRole('radio', { name: 'Weet ik niet' }).isChecked()).toBe(true);
		expect(await page.locator('.progress-block p').textContent()).toBe('1 van 15 factoren beantwoord');
	});

	it('shows a clear message for an invalid date and adds the action point once it is right', async () => {
		await page.goto(`${scanUrl}/result`);
		const add = page.getByRole('group', { name: 'Actiepunt toevoegen aan Structuur' });
		await add.getByLabel('Actiepunt', { exact: true }).fill('Modellen in kaart brengen');
		await add.getByLabel('Streefdatum').evaluate((el) => el.setAttribute('type', 'text'));
		await add.getByLabel('Streefdatum').fill('2027-02-30');
		await add.getByRole('button', { name: /^Actiepunt toevoegen/ }).click();
		await page.waitForLoadState();
		expect(await page.getByText('Vul een geldige datum in (jjjj-mm-dd).').count()).toBe(1);
		expect(await page.getByRole('group', { name: /^Actiepunt 1 in Structuur$/ }).count()).toBe(0);
		const retry = page.getByRole('group', { name: 'Actiepunt toevoegen aan Structuur' });
		expect(await retry.getByLabel('Actiepunt', { exact: true }).inputValue()).toBe('Modellen in kaart brengen');
		await retry.getByLabel('Streefdatum').fill('2027-02-28');
		await retry.getByRole('button', { name: /^Actiepunt toevoegen/ }).click();
		await page.waitForLoadState();
		const point = page.getByRole('group', { name: 'Actiepunt 1 in Structuur' });
		expect(await point.getByLabel('Streefdatum').inputValue()).toBe('2027-02-28');
	});
});
