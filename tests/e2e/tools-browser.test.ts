/**
 * The tool catalogue in Chromium, as the people of issue 15 use it: support staff import 20 tools
 * from a CSV file (and see a bad file's problems); three colleagues score one tool and the page
 * shows the distribution and where they disagree; a teacher finds a tool from a goal, without
 * JavaScript, and reads why each fits and what the near misses lack, in the order the domain
 * ranks them; two tools side by side; the export read back and compared with the list on screen,
 * row for row. Every page axe-clean and no wider than a 360 px phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { format, messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import { factorsOf } from '$lib/instrument/schema';
import { loadInstrument, TOOL_RUBRIC_KEY } from '$lib/instrument';
import * as users from '$lib/accounts/server/data/users';
import { addKeeper } from '$lib/catalogue/server/keepers';
import { parseCsv } from '$lib/catalogue/csv';
import { listTools, rubricSummaries } from '$lib/tools/server/tools';
import { matchTools } from '$lib/tools/match';
import { type App, acceptInvite, createInvite, setupFirstAdmin, startAppWithDb, toolsCsvFile } from './http';
import { axeViolations, launch, newContext, startsWith } from './browser';

const nl = messages('nl');
const t = nl.tools;
const PASSWORD = 'een lang genoeg wachtwoord';
const rubric = loadInstrument(TOOL_RUBRIC_KEY, 1)!;
const [first, second] = factorsOf(rubric).map((r) => r.factor);

describe('the tool catalogue in the browser', () => {
	let app: App;
	let browser: Browser;
	const userByEmail = async (email: string) => users.get(app.db, (await app.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id);

	beforeAll(async () => {
		app = await startAppWithDb();
		const admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Gereedschap', name: 'Ada Admin', email: 'ada@a.example', password: PASSWORD });
		for (const [name, email] of [['Sanne Support', 'sanne@a.example'], ['Tim Docent', 'tim@a.example'], ['Uma Docent', 'uma@a.example'], ['Vera Docent', 'vera@a.example']]) {
			await acceptInvite(await createInvite(admin), { name: name!, email: email!, password: PASSWORD });
		}
		const ada = (await userByEmail('ada@a.example'))!;
		const sanne = (await userByEmail('sanne@a.example'))!;
		expect(await addKeeper(app.db, ada, 'tools', sanne.id)).toMatchObject({ ok: true });
		browser = await launch();
	}, 120_000);
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	async function signedIn(email: string, { width = 1366, height = 768, javaScript = true } = {}): Promise<{ page: Page; problems: string[]; foreign: string[] }> {
		const { context, pageProblems, foreignRequests } = await newContext(browser, app.url);
		const page = javaScript ? await context.newPage() : await (await browser.newContext({ baseURL: app.url, javaScriptEnabled: false, locale: 'nl-NL' })).newPage();
		await page.setViewportSize({ width, height });
		await page.goto('/login');
		await page.getByLabel(nl.auth.email).fill(email);
		await page.getByLabel(nl.auth.password, { exact: true }).fill(PASSWORD);
		await page.getByRole('button', { name: nl.auth.loginButton }).click();
		await page.waitForURL((url) => url.pathname !== '/login');
		return { page, problems: pageProblems, foreign: foreignRequests };
	}

	async function accessible(page: Page, what: string): Promise<void> {
		expect(await axeViolations(page), what).toEqual([]);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, `${what} is wider than the screen`).toBeLessThanOrEqual(0);
	}

	async function shoot(page: Page, name: string): Promise<void> {
		if (!process.env.SCREENSHOT_DIR) return;
		await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png`, fullPage: true });
		await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}-screen.png` });
	}

	const toolIdOf = async (name: string) => (await app.db.selectFrom('tool').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

	it('lets support staff import 20 tools from a CSV file, after a file with mistakes was refused whole', async () => {
		const { page, problems, foreign } = await signedIn('sanne@a.example');
		await page.getByRole('navigation', { name: nl.common.mainNav }).getByRole('link', { name: t.navLink }).click();
		await page.getByRole('link', { name: t.list.import }).click();
		await accessible(page, 'import page');

		const broken = toolsCsvFile(3).replace('https://tool2.example/', 'tool2.example').replace(';sync;', ';soms;');
		await page.getByLabel(t.import.file).setInputFiles({ name: 'tools.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
		await page.getByRole('button', { name: t.import.submit }).click();
		const alert = page.getByRole('alert');
		await expect.poll(() => alert.textContent()).toContain(t.import.failed);
		const items = alert.getByRole('listitem');
		expect(await items.count()).toBe(2);
		expect(await items.nth(0).textContent()).toMatch(startsWith(nl.catalogue.csv.at.cell, { line: 3, column: 'url', message: '' }));
		expect(await items.nth(1).textContent()).toMatch(startsWith(nl.catalogue.csv.at.cell, { line: 4, column: 'synchrony', message: '' }));
		await accessible(page, 'import errors');
		await shoot(page, 'tools-import-errors-1366');
		expect(await app.db.selectFrom('tool').select('id').execute()).toEqual([]);

		await page.getByLabel(t.import.file).setInputFiles({ name: 'tools.csv', mimeType: 'text/csv', buffer: Buffer.from(toolsCsvFile(20)) });
		await page.getByRole('button', { name: t.import.submit }).click();
		await page.waitForURL('**/tools?created=20&updated=0');
		await expect.poll(() => page.getByRole('status').first().textContent()).toBe(format(t.import.done, { created: 20, updated: 0 }));
		expect(await page.locator('.tool-card').count()).toBe(20);
		expect(problems).toEqual([]);
		expect(foreign).toEqual([]);
	});

	it('shows three colleagues’ scores of one tool as a distribution, with where they disagree', async () => {
		const id = await toolIdOf('Tool 3');
		const levels: Array<[string, 1 | 2 | 3, string]> = [
			['tim@a.example', 1, 'Werkt niet met onze LMS-koppeling.'],
			['uma@a.example', 3, ''],
			['vera@a.example', 2, '']
		];
		for (const [email, level, note] of levels) {
			const { page } = await signedIn(email, { width: 360, height: 740 });
			await page.goto(`/tools/${id}`);
			const criterion = page.getByRole('group', { name: new RegExp(first!.name.nl) });
			await criterion.getByRole('radio', { name: startsWith(format(nl.rating.form.level, { n: level })) }).check();
			await page.getByRole('group', { name: new RegExp(second!.name.nl) }).getByRole('radio', { name: startsWith(format(nl.rating.form.level, { n: 2 })) }).check();
			if (note) await criterion.getByLabel(nl.rating.form.note).fill(note);
			await page.getByRole('button', { name: nl.rating.form.save }).click();
			await page.waitForURL(`**/tools/${id}?scored=1#scores`);
			await expect.poll(() => page.getByRole('status').first().textContent()).toBe(t.page.scoreSaved);
		}
		const { page } = await signedIn('ada@a.example');
		await page.goto(`/tools/${id}`);
		const summary = page.locator('#scores');
		expect(await summary.getByTestId('raters').textContent()).toContain(plural(nl.rating.summary.raters, 3, 'nl'));
		const disagreed = summary.getByTestId(`criterion-${first!.key}`);
		expect(await disagreed.getByTestId('disagree').count()).toBe(1);
		for (const level of [1, 2, 3]) expect(await disagreed.getByRole('list', { name: nl.rating.summary.distribution }).textContent()).toContain(plural(nl.rating.summary.countAtLevel, 1, 'nl', { level }));
		expect(await disagreed.textContent()).toContain('Werkt niet met onze LMS-koppeling.');
		expect(await disagreed.textContent()).toContain('Tim Docent');
		const agreed = summary.getByTestId(`criterion-${second!.key}`);
		expect(await agreed.getByTestId('disagree').count()).toBe(0);
		expect(await agreed.textContent()).toContain(plural(nl.rating.summary.countAtLevel, 3, 'nl', { level: 2 }));
		await accessible(page, 'tool page with scores');
		await shoot(page, 'tools-tool-1366');
		await page.setViewportSize({ width: 360, height: 740 });
		await accessible(page, 'tool page with scores on a phone');
		await shoot(page, 'tools-tool-360');
	});

	it('finds tools for a teacher’s goal without JavaScript, best first, with why and what the near misses lack', async () => {
		const { page } = await signedIn('tim@a.example', { width: 360, height: 740, javaScript: false });
		await page.goto('/tools/find');
		await page.getByLabel(t.find.learningType).selectOption('discussion');
		await page.getByLabel(t.find.groupSize).fill('25');
		await page.getByRole('group', { name: t.find.synchrony }).getByRole('radio', { name: nl.tools.synchrony.async }).check();
		await page.getByRole('checkbox', { name: t.find.mustHave.agreement }).check();
		await page.getByRole('button', { name: t.find.submit }).click();
		await page.waitForURL('**/tools/find?**');

		const tim = (await userByEmail('tim@a.example'))!;
		const tools = await listTools(app.db, tim);
		const summaries = await rubricSummaries(app.db, tim.institutionId, rubric);
		const expected = matchTools(tools, { learningType: 'discussion', groupSize: 25, synchrony: 'async', mustHaves: ['approved', 'agreement'] }, new Map([...summaries].map(([k, s]) => [k, { mean: s.mean, raters: s.raters }])));
		expect(expected.fitting.length + expected.nearMisses.length).toBeGreaterThan(0);
		const fitting = page.locator('ol.match-list > li h3');
		expect(await fitting.allTextContents()).toEqual(expected.fitting.map((m, i) => format(t.find.rank, { rank: i + 1, name: m.tool.name })));
		const near = page.locator('ul.match-list > li');
		expect(await near.locator('h3').allTextContents()).toEqual(expected.nearMisses.map((m) => m.tool.name));
		if (expected.nearMisses.length > 0) {
			const lacks = await near.first().locator('.lacks li').allTextContents();
			expect(lacks).toHaveLength(expected.nearMisses[0]!.lacks.length);
		}
		if (expected.fitting.length > 0) expect(await page.locator('ol.match-list > li').first().locator('.reasons').textContent()).toContain(format(t.find.reason.learningType, { type: 'Discussiëren' }));
		// axe runs as a script: the same results in a page with JavaScript.
		const { page: checked } = await signedIn('tim@a.example', { width: 360, height: 740 });
		await checked.goto(page.url());
		expect(await checked.locator('ol.match-list > li h3').allTextContents()).toEqual(await fitting.allTextContents());
		await accessible(checked, 'find on a phone');
		await shoot(checked, 'tools-find-360');
		await checked.setViewportSize({ width: 1366, height: 768 });
		await shoot(checked, 'tools-find-1366');
	});

	it('compares the tools ticked in the list side by side, the rubric per criterion included', async () => {
		const { page } = await signedIn('vera@a.example');
		await page.goto('/tools');
		for (const name of ['Tool 3', 'Tool 4']) await page.getByRole('checkbox', { name: new RegExp(`^${t.list.compareOne}\\s*: ${name}$`) }).check();
		await page.getByRole('button', { name: t.list.compare }).click();
		await page.waitForURL('**/tools/compare?**');
		const facts = page.getByRole('table').first();
		expect(await facts.getByRole('columnheader').allTextContents()).toEqual([t.compare.field, 'Tool 3', 'Tool 4']);
		const rubricTable = page.getByRole('table').nth(1);
		const row = rubricTable.getByRole('row', { name: new RegExp(first!.name.nl) });
		expect(await row.textContent()).toContain(format(t.compare.median, { median: '2' }));
		expect(await row.textContent()).toContain(t.compare.disagree);
		expect(await row.textContent()).toContain(t.compare.notScored);
		await accessible(page, 'compare');
		await shoot(page, 'tools-compare-1366');
		await page.setViewportSize({ width: 360, height: 740 });
		await accessible(page, 'compare on a phone');
		await shoot(page, 'tools-compare-360');
	});

	it('exports what the list shows, row for row', async () => {
		const { page } = await signedIn('tim@a.example');
		await page.goto('/tools');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: t.list.export }).click()]);
		const parsed = parseCsv(new Uint8Array(readFileSync((await download.path())!)), 'nl');
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const column = (name: string) => parsed.header.indexOf(name);
		const cards = page.locator('.tool-card');
		expect(await cards.count()).toBe(parsed.rows.length);
		for (let i = 0; i < parsed.rows.length; i++) {
			const row = parsed.rows[i]!;
			const card = cards.nth(i);
			expect(await card.locator('h2').textContent()).toBe(row[column('name')]);
			const facts = await card.locator('dd').allTextContents();
			expect(facts.slice(1, 4), row[column('name')]).toEqual([
				t.privacy[row[column('privacy')] as keyof typeof t.privacy],
				t.availability[row[column('availability')] as keyof typeof t.availability],
				t.licence[row[column('licence')] as keyof typeof t.licence]
			]);
		}
		await accessible(page, 'list');
		await shoot(page, 'tools-list-1366');
		await page.setViewportSize({ width: 360, height: 740 });
		await accessible(page, 'list on a phone');
		await shoot(page, 'tools-list-360');
	});

	it('keeps the other pages accessible on a phone: import errors, a new tool, the find form', async () => {
		const { page } = await signedIn('sanne@a.example', { width: 360, height: 740 });
		await page.goto('/tools/import');
		await page.getByLabel(t.import.file).setInputFiles({ name: 'tools.csv', mimeType: 'text/csv', buffer: Buffer.from('naam;url\nX;y\n') });
		await page.getByRole('button', { name: t.import.submit }).click();
		await expect.poll(() => page.getByRole('alert').textContent()).toContain(t.import.failed);
		await accessible(page, 'import errors on a phone');
		await shoot(page, 'tools-import-errors-360');
		await page.goto('/tools/new');
		await page.getByRole('button', { name: t.form.save }).click();
		await accessible(page, 'new tool');
		await page.goto('/tools/find');
		await accessible(page, 'find form');
	});
});
