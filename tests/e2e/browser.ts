/**
 * Debian's Chromium driven by playwright-core (no browser downloads are possible here), and
 * axe-core for WCAG 2.1 A/AA checks.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { messages } from '$lib/i18n';
import type { Plural } from '$lib/i18n/plural';

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

/** axe-core's script, read once: it is injected into a page only when that page does not have it yet. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The page's WCAG 2.1 A and AA violations, one line each, readable in a failing assertion. axe-core runs in the page as
 * @axe-core/playwright's legacy mode runs it (`axe.run` on the document; our pages have no
 * frames), but its half-megabyte script goes in once per page instead of on every check, and no
 * blank page is opened to finish the run: a check costs about a fifth of the time (decision record 0060).
 */
export async function axeViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
	}, AXE_TAGS);
	return violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

/**
 * A pattern for a dictionary text, for the few places a test needs a RegExp (a button name that
 * goes on after the text, one of several numbered groups): the text is matched literally, its
 * `{placeholders}` are filled from `values` (a RegExp value stands for any text it matches; an
 * unfilled placeholder stays literal, as with `format`), and `start`/`end` anchor the pattern.
 */
export function textPattern(text: string, values: Record<string, string | number | RegExp> = {}, { start = false, end = false } = {}): RegExp {
	const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	const body = text
		.split(/(\{\w+\})/)
		.map((part) => {
			const value = /^\{(\w+)\}$/.exec(part) ? values[part.slice(1, -1)] : undefined;
			if (value instanceof RegExp) return `(?:${value.source})`;
			return escape(value === undefined ? part : String(value));
		})
		.join('');
	return new RegExp(`${start ? '^' : ''}${body}${end ? '$' : ''}`);
}

/** A pattern for a text with plural forms (see $lib/i18n/plural), matching whichever form the count took. */
export function pluralPattern(text: Plural, values: Record<string, string | number | RegExp> = {}): RegExp {
	return new RegExp(`(?:${textPattern(text.one, values).source})|(?:${textPattern(text.other, values).source})`);
}

/** A pattern for any text that starts with the given dictionary text. */
export function startsWith(text: string, values: Record<string, string | number | RegExp> = {}): RegExp {
	return textPattern(text, values, { start: true });
}

/** Signs up the first administrator of a fresh app (Ada), who lands on /admin. */
export async function firstAdmin(page: Page, institution = 'Hogeschool Veerkracht'): Promise<void> {
	const m = messages('nl');
	await page.goto('/setup');
	await page.getByLabel(m.auth.institutionName).fill(institution);
	await page.getByLabel(m.auth.yourName).fill('Ada');
	await page.getByLabel(m.auth.email).fill('ada@example.nl');
	await page.getByLabel(m.auth.password, { exact: true }).fill('een lange zin als wachtwoord');
	await page.getByLabel(m.auth.passwordRepeat).fill('een lange zin als wachtwoord');
	await page.getByRole('button', { name: m.auth.createAdmin }).click();
	await page.waitForURL('**/admin');
}

/** Signs up the first administrator of a fresh app and starts an institution-level scan. */
export async function firstAdminWithScan(page: Page, title: string, institution = 'Hogeschool Veerkracht'): Promise<string> {
	const m = messages('nl');
	await firstAdmin(page, institution);
	await page.goto('/scans/new');
	await page.getByLabel(m.scan.scanTitle).fill(title);
	await page.getByRole('button', { name: m.scan.startScan }).click();
	await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
	return page.url();
}
