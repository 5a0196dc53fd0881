/**
 * The accessibility check every browser test relies on finds what it must find: a page with an
 * image without a text alternative and a field without a label fails, the same page fixed passes,
 * and a check after navigating to another page checks that page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch } from './browser';

describe('axeViolations', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('names each violation, and finds none once the page is fixed, on the same page and after a new one is loaded', async () => {
		const page = await browser.newPage();
		const html = (body: string) => `<!doctype html><html lang="nl"><head><title>Controle</title></head><body><main><h1>Controle</h1>${body}</main></body></html>`;
		await page.setContent(html('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text">'));
		const violations = await axeViolations(page);
		expect(violations.map((v) => v.split(':')[0]).sort()).toEqual(['image-alt', 'label']);
		expect(violations.join('\n')).toContain('img');
		await page.evaluate(() => {
			document.querySelector('img')!.alt = 'Een stip';
			document.querySelector('input')!.setAttribute('aria-label', 'Naam');
		});
		expect(await axeViolations(page)).toEqual([]);
		await page.setContent(html('<input type="checkbox">'));
		expect((await axeViolations(page)).map((v) => v.split(':')[0])).toEqual(['label']);
		await page.close();
	});
});
