import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newContext, axeViolations } from './browser';

const baseURL = inject('baseURL');
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('a new administrator runs a self-scan to an exported action plan', () => {
	let browser: Browser;
	let context: BrowserContext;
	let foreign: string[];
	let problems: string[];
	let page: Page;
	const dialogs: string[] = [];

	beforeAll(async () => {
		browser = await launch();
		({ context, foreignRequests: foreign, pageProblems: problems } = await newContext(browser, baseURL));
		page = await context.newPage();
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('asks for the first administrator on the first visit', async () => {
		await page.goto('/');
		await expect.poll(() => page.url()).toContain('/setup');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Naam van de instelling').fill('Hogeschool Voorbeeld');
		await page.getByLabel('Je naam').fill('Ada Admin');
		await page.getByLabel('E-mailadres').fill('ada@example.nl');
		await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
		await page.getByLabel('Herhaal het wachtwoord').fill('kort');
		await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
		await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Controleer het formulier');
		expect(await page.getByText('Het wachtwoord moet minstens 12 tekens hebben.').isVisible()).toBe(true);
		await page.getByLabel('Wachtwoord', { exact: true }).fill('een lange zin als wachtwoord');
		await page.getByLabel('Herhaal het wachtwoord').fill('een lange zin als wachtwoord');
		await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
		await page.waitForURL('**/admin');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Beheer');
	});

	it('lets the administrator add units and create a one-time invitation link', async () => {
		await page.getByLabel('Naam van het onderdeel').fill(`Faculteit ${HOSTILE}`);
		await page.getByLabel('Soort').selectOption('sector');
		await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
		await expect.poll(() => page.getByText(`Faculteit ${HOSTILE}`).count()).toBe(1);
		await page.getByLabel('Naam van het onderdeel').fill('Faculteit Gezondheid');
		await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
		await expect.poll(() => page.getByText('Faculteit Gezondheid').count()).toBe(1);
		await page.getByRole('button', { name: 'Uitnodigingslink maken' }).click();
		const link = await page.locator('.invite-link').textContent();
		expect(link).toMatch(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));
		expect(await axeViolations(page)).toEqual([]);

		const other = await newContext(browser, baseURL);
		const invited = await other.context.newPage();
		await invited.goto(link!);
		await invited.getByLabel('Je naam').fill('Fien Facilitator');
		await invited.getByLabel('E-mailadres').fill('fien@example.nl');
		await invited.getByLabel('Wachtwoord', { exact: true }).fill('nog een lange zin hoor');
		await invited.getByLabel('Herhaal het wachtwoord').fill('nog een lange zin hoor');
		await invited.getByRole('button', { name: 'Account aanmaken' }).click();
		await invited.waitForURL(`${baseURL}/`);
		expect(await invited.getByText('Ingelogd als Fien Facilitator').isVisible()).toBe(true);
		// The link works once.
		const third = await newContext(browser, baseURL);
		const again = await third.context.newPage();
		await again.goto(link!);
		expect(await again.getByRole('alert').textContent()).toContain('al gebruikt');
		await other.context.close();
		await third.context.close();
	});

	it('starts a scan for a unit and answers every factor, saved as it is given', async () => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Nieuwe scan' }).click();
		await page.getByLabel('Titel van de scan').fill(`Scan ${HOSTILE}`);
		await page.getByRole('radio', { name: 'Sector/faculteit/domein' }).check();
		await page.getByLabel('Onderdeel').selectOption({ label: 'Faculteit Gezondheid (Sector/faculteit/domein)' });
		await page.getByRole('button', { name: 'Scan starten' }).click();
		await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
		expect(await axeViolations(page)).toEqual([]);

		const now = page.getByRole('radiogroup', { name: 'Doelstellingen blended leren: waar staan we nu?' });
		await now.getByRole('radio', { name: 'Fase 1' }).check();
		await expect.poll(() => page.locator('#factor-doelstellingen .save-status').textContent()).toBe('Opgeslagen');
		const to = page.getByRole('radiogroup', { name: 'Doelstellingen blended leren: waar willen we heen?' });
		await to.getByRole('radio', { name: 'Fase 3' }).check();
		await page.locator('#factor-doelstellingen-needed').fill(`Visie ${HOSTILE}`);
		await page.locator('#factor-doelstellingen-needed').blur();
		await expect.poll(() => page.locator('#factor-doelstellingen .save-status').textContent()).toBe('Opgeslagen');
		await expect.poll(() => page.locator('.progress-block p').textContent()).toBe('1 van 15 factoren beantwoord');

		// Leave and come back: the answers are there.
		await page.goto('/');
		await page.getByRole('link', { name: /Verder met de scan/ }).click();
		expect(await page.getByRole('radiogroup', { name: 'Doelstellingen blended leren: waar staan we nu?' }).getByRole('radio', { name: 'Fase 1' }).isChecked()).toBe(true);
		expect(await page.locator('#factor-doelstellingen-needed').inputValue()).toBe(`Visie ${HOSTILE}`);
	});

	it('made no request to another host, ran no injected script and broke no CSP rule', () => {
		expect(foreign).toEqual([]);
		expect(problems).toEqual([]);
		expect(dialogs).toEqual([]);
	});
});
