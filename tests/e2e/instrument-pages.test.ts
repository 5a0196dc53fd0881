/**
 * The instruments' pages in a real browser: a visitor goes from toolkit product 12 to the rubric's
 * criteria and sources, in Dutch and English; an admin opens the tool rubric from the overview,
 * renames a criterion in a draft and publishes it, and then reads the own version on the criteria
 * page. Axe runs on every page on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, firstAdmin, launch, newContext } from './browser';
import { startApp } from './global-setup';
import { ROOM_INSTRUMENT_KEY, TOOL_RUBRIC_KEY, latestInstrument } from '$lib/instrument';
import { instrumentWording } from '$lib/instrument/wording';
import { format, messages } from '$lib/i18n';
import { defaultContent } from '$lib/toolkit';

const m = messages('nl');
const t = instrumentWording('nl', TOOL_RUBRIC_KEY);
const tools = latestInstrument(TOOL_RUBRIC_KEY)!;
const criterion = tools.categories[1]!.factors[0]!;

let app: { url: string; stop: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let foreign: string[];
let problems: string[];

beforeAll(async () => {
	app = await startApp();
	browser = await launch();
	({ context, foreignRequests: foreign, pageProblems: problems } = await newContext(browser, app.url));
	page = await context.newPage();
});
afterAll(async () => {
	expect(foreign).toEqual([]);
	expect(problems).toEqual([]);
	await browser?.close();
	await app?.stop();
});

async function expectAxeClean(what: string) {
	expect(await axeViolations(page), what).toEqual([]);
}

describe('the criteria and sources of an instrument', () => {
	it('are one link away from toolkit product 12, with every source, in Dutch and English', async () => {
		const twelve = defaultContent().products.find((product) => product.number === 12)!;
		await page.goto(`/toolkit/product/${twelve.key}`);
		await expectAxeClean('product 12 for a visitor');
		await page.getByRole('link', { name: m.navigator.opens['tool-criteria'] }).click();
		await page.waitForURL(`**/toolkit/instruments/${TOOL_RUBRIC_KEY}`);
		await expectAxeClean('criteria page');
		const sources = page.getByRole('region', { name: t.criteria.sourcesTitle });
		expect(await sources.getByRole('listitem').allTextContents()).toEqual(tools.notes.map((note) => note.nl));
		expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(tools.categories.flatMap((c) => c.factors.map((f) => f.name.nl)));

		await page.getByRole('button', { name: m.common.switchLanguageLabel }).click();
		await page.waitForLoadState();
		const en = instrumentWording('en', TOOL_RUBRIC_KEY);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(tools.title.en);
		expect(await page.getByRole('region', { name: en.criteria.sourcesTitle }).getByRole('listitem').allTextContents()).toEqual(tools.notes.map((note) => note.en));
		await expectAxeClean('criteria page in English');
		await page.goto(`/toolkit/instruments/${ROOM_INSTRUMENT_KEY}`);
		await expectAxeClean('room criteria page in English');
		await context.addCookies([{ name: 'bw_lang', value: 'nl', url: app.url }]);
	});
});

describe('an admin adapts the tool rubric in the browser', () => {
	it('opens it from the overview, renames a criterion in a draft, publishes, and reads the own version on the criteria page', async () => {
		await firstAdmin(page, 'Hogeschool Rubriek');
		await page.getByRole('link', { name: m.instruments.adminLink }).click();
		await page.waitForURL('**/admin/instruments');
		await expectAxeClean('instruments overview');
		await page.getByRole('link', { name: tools.title.nl, exact: true }).click();
		await page.waitForURL(`**/admin/instruments?instrument=${TOOL_RUBRIC_KEY}`);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(t.title);
		await page.getByRole('button', { name: t.startDraft }).click();
		await page.getByRole('link', { name: t.editDraft }).click();
		await page.waitForURL(`**/admin/instruments/draft?instrument=${TOOL_RUBRIC_KEY}`);
		await expectAxeClean('rubric draft editor');
		expect(await page.getByRole('heading', { name: t.questionsTitle }).count()).toBe(0);

		await page.getByLabel(format(m.common.inDutch, { label: format(t.factorName, { name: criterion.name.nl }) })).fill('Makkelijk in gebruik');
		await page.getByRole('button', { name: t.saveTexts }).click();
		await expect.poll(() => page.getByRole('status').first().textContent()).toContain(t.textsSaved);
		await page.getByRole('link', { name: t.backToVersions }).click();
		await page.waitForURL(`**/admin/instruments?instrument=${TOOL_RUBRIC_KEY}`);
		expect(await page.locator('main').textContent()).toContain(format(t.changeRenamed, { from: criterion.name.nl, to: 'Makkelijk in gebruik' }));
		await page.getByRole('button', { name: format(t.publish, { version: 2 }) }).click();
		await expect.poll(() => page.getByRole('status').first().textContent()).toContain(format(t.published, { version: 2 }));
		await expectAxeClean('rubric page after publishing');

		await page.getByRole('link', { name: `${t.overviewCriteria}: ${tools.title.nl}` }).click();
		await page.waitForURL(`**/toolkit/instruments/${TOOL_RUBRIC_KEY}`);
		expect(await page.locator('main').textContent()).toContain(format(t.criteria.own, { version: 2, institution: 'Hogeschool Rubriek' }));
		expect(await page.getByRole('heading', { level: 3, name: 'Makkelijk in gebruik' }).count()).toBe(1);
		await expectAxeClean('criteria page of the own version');
	});
});
