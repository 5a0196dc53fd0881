/**
 * Debian's Chromium driven by playwright-core (no browser downloads are possible here), and
 * axe-core for WCAG 2.1 A/AA checks.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';

const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

export async function launch(): Promise<Browser> {
	if (!CHROMIUM) throw new Error('Chromium is not installed: run `npm run test:prereqs` (apt-get install chromium)');
	return chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
	});
}

/**
 * A fresh context (own cookies) that records every request leaving for another host and every
 * Content-Security-Policy violation or script error a page reports.
 */
export async function newContext(
	browser: Browser,
	baseURL: string
): Promise<{ context: BrowserContext; foreignRequests: string[]; pageProblems: string[] }> {
	const context = await browser.newContext({ baseURL, acceptDownloads: true, locale: 'nl-NL' });
	const foreignRequests: string[] = [];
	const pageProblems: string[] = [];
	context.on('page', (page) => {
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) pageProblems.push(message.text());
		});
		page.on('pageerror', (error) => pageProblems.push(error.message));
	});
	const origin = new URL(baseURL).origin;
	context.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
	});
	return { context, foreignRequests, pageProblems };
}

/** Runs axe-core on the page and returns the WCAG 2.1 A/AA violations, readable in a failing assertion. */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Signs up the first administrator of a fresh app and starts an institution-level scan. */
export async function firstAdminWithScan(page: Page, title: string, institution = 'Hogeschool Veerkracht'): Promise<string> {
	await page.goto('/setup');
	await page.getByLabel('Naam van de instelling').fill(institution);
	await page.getByLabel('Je naam').fill('Ada');
	await page.getByLabel('E-mailadres').fill('ada@example.nl');
	await page.getByLabel('Wachtwoord', { exact: true }).fill('een lange zin als wachtwoord');
	await page.getByLabel('Herhaal het wachtwoord').fill('een lange zin als wachtwoord');
	await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
	await page.waitForURL('**/admin');
	await page.goto('/scans/new');
	await page.getByLabel('Titel van de scan').fill(title);
	await page.getByRole('button', { name: 'Scan starten' }).click();
	await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
	return page.url();
}
