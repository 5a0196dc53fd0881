import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { format, messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import { formatDate } from '$lib/i18n/format';
import { launch, newContext, axeViolations, pluralPattern, startsWith, textPattern } from './browser';

const m = messages('nl');
const en = messages('en');

function pdfText(pdf: Buffer): string {
	const file = join(mkdtempSync(join(tmpdir(), 'bw-pdf-')), 'plan.pdf');
	writeFileSync(file, pdf);
	return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function docxText(docx: Buffer): Promise<string> {
	const zip = await JSZip.loadAsync(docx);
	return (await zip.file('word/document.xml')!.async('string'));
}

const DATABASES = [
	{ name: 'SQLite', url: inject('baseURL') },
	{ name: 'PostgreSQL', url: inject('postgresURL') }
];
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe.each(DATABASES)('a new administrator runs a self-scan to an exported action plan on $name', ({ url: baseURL }) => {
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
		await page.getByLabel(m.auth.institutionName).fill('Hogeschool Voorbeeld');
		await page.getByLabel(m.auth.yourName).fill('Ada Admin');
		await page.getByLabel(m.auth.email).fill('ada@example.nl');
		await page.getByLabel(m.auth.password, { exact: true }).fill('kort');
		await page.getByLabel(m.auth.passwordRepeat).fill('kort');
		await page.getByRole('button', { name: m.auth.createAdmin }).click();
		await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(pluralPattern(m.common.formErrors, { count: /\d+/ }));
		expect(await page.getByText(format(m.auth.errors.passwordShort, { min: 12 })).isVisible()).toBe(true);
		await page.getByLabel(m.auth.password, { exact: true }).fill('een lange zin als wachtwoord');
		await page.getByLabel(m.auth.passwordRepeat).fill('een lange zin als wachtwoord');
		await page.getByRole('button', { name: m.auth.createAdmin }).click();
		await page.waitForURL('**/admin');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(m.admin.title);
	});

	it('lets the administrator add units and create a one-time invitation link', async () => {
		await page.getByLabel(m.admin.unitName).fill(`Faculteit ${HOSTILE}`);
		await page.getByLabel(m.admin.unitKind).selectOption('sector');
		await page.getByRole('button', { name: m.admin.addUnit }).click();
		await expect.poll(() => page.getByText(`Faculteit ${HOSTILE}`).count()).toBe(1);
		await page.getByLabel(m.admin.unitName).fill('Faculteit Gezondheid');
		await page.getByRole('button', { name: m.admin.addUnit }).click();
		await expect.poll(() => page.getByText('Faculteit Gezondheid').count()).toBe(1);
		await page.getByRole('button', { name: m.admin.createInvite }).click();
		const link = await page.getByLabel(m.admin.inviteLink, { exact: true }).inputValue();
		expect(link).toMatch(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));
		expect(await axeViolations(page)).toEqual([]);

		const other = await newContext(browser, baseURL);
		const invited = await other.context.newPage();
		await invited.goto(link!);
		await invited.getByLabel(m.auth.yourName).fill('Fien Facilitator');
		await invited.getByLabel(m.auth.email).fill('fien@example.nl');
		await invited.getByLabel(m.auth.password, { exact: true }).fill('nog een lange zin hoor');
		await invited.getByLabel(m.auth.passwordRepeat).fill('nog een lange zin hoor');
		await invited.getByRole('button', { name: m.auth.createAccount }).click();
		await invited.waitForURL(`${baseURL}/`);
		expect(await invited.getByText(format(m.common.signedInAs, { name: 'Fien Facilitator' })).isVisible()).toBe(true);
		// The link works once.
		const third = await newContext(browser, baseURL);
		const again = await third.context.newPage();
		await again.goto(link!);
		expect(await again.getByRole('alert').textContent()).toContain(m.auth.inviteInvalid);
		await other.context.close();
		await third.context.close();
	});

	it('starts a scan for a unit and answers every factor, saved as it is given', async () => {
		await page.goto('/');
		await page.getByRole('link', { name: m.scan.newScan }).click();
		await page.getByLabel(m.scan.scanTitle).fill(`Scan ${HOSTILE}`);
		await page.getByRole('radio', { name: m.plan.levels.sector }).check();
		await page.getByLabel(m.plan.unit).selectOption({ label: `Faculteit Gezondheid (${m.admin.unitKinds.sector})` });
		await page.getByRole('button', { name: m.scan.startScan }).click();
		await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
		expect(await axeViolations(page)).toEqual([]);

		const now = page.getByRole('radiogroup', { name: format(m.scan.groupNow, { factor: 'Doelstellingen blended leren' }) });
		await now.getByRole('radio', { name: format(m.plan.phaseOption, { n: 1 }) }).check();
		await expect.poll(() => page.locator('#factor-doelstellingen .save-status').textContent()).toBe(m.common.saved);
		const to = page.getByRole('radiogroup', { name: format(m.scan.groupTo, { factor: 'Doelstellingen blended leren' }) });
		await to.getByRole('radio', { name: format(m.plan.phaseOption, { n: 3 }) }).check();
		await page.locator('#factor-doelstellingen-needed').fill(`Visie ${HOSTILE}`);
		await page.locator('#factor-doelstellingen-needed').blur();
		await expect.poll(() => page.locator('#factor-doelstellingen .save-status').textContent()).toBe(m.common.saved);
		await expect.poll(() => page.locator('.progress-block p').textContent()).toBe(format(m.scan.progressText, { answered: 1, total: 15 }));

		// Leave and come back: the answers are there.
		await page.goto('/');
		await page.getByRole('link', { name: textPattern(m.scan.continueScan) }).click();
		expect(await page.getByRole('radiogroup', { name: format(m.scan.groupNow, { factor: 'Doelstellingen blended leren' }) }).getByRole('radio', { name: format(m.plan.phaseOption, { n: 1 }) }).isChecked()).toBe(true);
		expect(await page.locator('#factor-doelstellingen-needed').inputValue()).toBe(`Visie ${HOSTILE}`);
	});

	it('answers the remaining factors by keyboard and by mouse, with "weet ik niet"', async () => {
		// Strategie by keyboard only: Tab to the group, arrow keys choose the phase, Space is not needed.
		const strategie = ['belangenbehartiging', 'definitie', 'beleid', 'implementatie'];
		for (const key of strategie) {
			const first = page.locator(`#factor-${key} input[name="current"]`).first();
			await first.focus();
			await page.keyboard.press('ArrowRight'); // phase 2
			await page.keyboard.press('Tab'); // to the "desired" group
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight'); // phase 3
			await expect.poll(() => page.locator(`#factor-${key} .save-status`).textContent()).toBe(m.common.saved);
			// Autosaving never moves the keyboard focus out of the group the user is in.
			expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('desired');
		}
		await page.reload();
		for (const key of strategie) {
			expect(await page.locator(`#factor-${key} input[name="desired"][value="3"]`).isChecked()).toBe(true);
		}
		await page.getByRole('link', { name: textPattern(`${m.scan.nextCategory}: Structuur`) }).click();
		await page.waitForURL(/\?c=structuur/);
		const structuur = page.locator('article.factor');
		expect(await structuur.count()).toBe(6);
		for (let i = 0; i < 6; i++) {
			const name = (await structuur.nth(i).locator('h3').textContent())!;
			const now = page.getByRole('radiogroup', { name: format(m.scan.groupNow, { factor: name }) });
			const to = page.getByRole('radiogroup', { name: format(m.scan.groupTo, { factor: name }) });
			if (i === 5) await now.getByRole('radio', { name: m.plan.unknownOption }).check();
			else await now.getByRole('radio', { name: format(m.plan.phaseOption, { n: 1 }) }).check();
			await to.getByRole('radio', { name: format(m.plan.phaseOption, { n: i % 2 === 0 ? 3 : 2 }) }).check();
			await expect.poll(() => structuur.nth(i).locator('.save-status').textContent()).toBe(m.common.saved);
		}
		await page.getByRole('link', { name: textPattern(`${m.scan.nextCategory}: Support`) }).click();
		await page.waitForURL(/\?c=support/);
		const support = page.locator('article.factor');
		for (let i = 0; i < 4; i++) {
			const name = (await support.nth(i).locator('h3').textContent())!;
			await page.getByRole('radiogroup', { name: format(m.scan.groupNow, { factor: name }) }).getByRole('radio', { name: format(m.plan.phaseOption, { n: 2 }) }).check();
			await page.getByRole('radiogroup', { name: format(m.scan.groupTo, { factor: name }) }).getByRole('radio', { name: format(m.plan.phaseOption, { n: 2 }) }).check();
			await expect.poll(() => support.nth(i).locator('.save-status').textContent()).toBe(m.common.saved);
		}
		await expect.poll(() => page.locator('.progress-block p').textContent(), { timeout: 10_000 }).toBe(format(m.scan.progressText, { answered: 15, total: 15 }));
		expect(await axeViolations(page)).toEqual([]);
	});

	it('shows the gap as a chart with a text alternative and as a table sorted by gap', async () => {
		await page.getByRole('link', { name: textPattern(m.scan.toResult) }).click();
		await page.waitForURL(/\/result$/);
		const chart = page.getByRole('img', { name: /./ }).first();
		expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
		const description = await page.locator('.chart svg desc').textContent();
		expect(description).toContain('Doelstellingen blended leren');
		expect(description).toContain('Stimuleringsstructuur');
		const rows = page.locator('table tbody tr');
		expect(await rows.count()).toBe(15);
		// Doelstellingen (1→3) and Belangenbehartiging (2→3)…: the largest gap (2) comes first.
		expect(await rows.first().locator('th').textContent()).toBe('Doelstellingen blended leren');
		expect(await rows.first().locator('td').nth(3).textContent()).toBe('2');
		expect(await page.locator('table').textContent()).toContain(m.plan.unknown);
		// The participant's text is shown literally, never as markup.
		expect(await page.getByText(`Visie ${HOSTILE}`).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('records a priority per category and confirms it, and action points as readable rows, nudging towards three', async () => {
		const strategie = page.getByRole('region', { name: 'Strategie' });
		await page.getByLabel(format(m.plan.priorityFactor, { category: 'Strategie' })).selectOption({ value: 'beleid' });
		await page.getByLabel(format(m.plan.priorityReason, { category: 'Strategie' })).fill(`Zonder beleid geen richting ${HOSTILE}`);
		await strategie.getByRole('button', { name: startsWith(m.plan.savePriority) }).click();
		// Saving is confirmed where it was done, in a status region a screen reader announces.
		await expect.poll(() => strategie.getByRole('status').filter({ hasText: format(m.plan.prioritySaved, { factor: 'Beleid', category: 'Strategie' }) }).count()).toBe(1);
		expect(await page.getByLabel(format(m.plan.priorityFactor, { category: 'Strategie' })).inputValue()).toBe('beleid');
		expect(await page.getByText(plural(m.plan.actionsNudge, 3, 'nl', { category: 'Strategie' })).count()).toBe(1);

		const add = page.getByRole('group', { name: format(m.plan.addActionIn, { category: 'Strategie' }) });
		const points = [`Beleidsnotitie schrijven ${HOSTILE}`, 'Definitie vaststellen', '=HYPERLINK("http://x")'];
		for (const [i, text] of points.entries()) {
			await add.getByLabel(m.plan.actionText, { exact: true }).fill(text);
			if (i === 0) {
				await add.getByRole('checkbox', { name: 'Beleid' }).check();
				await add.getByLabel(m.plan.actionOwner).fill('Teamleider onderwijs');
				await add.getByLabel(m.plan.actionDue).fill('2027-03-01');
				await add.getByLabel(m.plan.actionStatus).selectOption('in_progress');
				await add.getByLabel(startsWith(m.plan.actionSuccess)).fill('Notitie vastgesteld door het MT');
			}
			await add.getByRole('button', { name: startsWith(m.plan.addAction) }).click();
			await expect.poll(() => page.getByRole('group', { name: textPattern(m.plan.editAction, { n: /\d/, category: 'Strategie' }, { start: true, end: true }) }).count()).toBe(i + 1);
			await expect.poll(() => strategie.getByRole('status').filter({ hasText: format(m.plan.actionAdded, { n: i + 1, category: 'Strategie' }) }).count()).toBe(1);
			if (i === 1) expect(await page.getByText(plural(m.plan.actionsNudge, 1, 'nl', { category: 'Strategie' })).count()).toBe(1);
		}
		expect(await page.getByText(plural(m.plan.actionsEnough, 3, 'nl', { category: 'Strategie' })).count()).toBe(1);
		expect(await page.getByText(plural(m.plan.actionsNudge, 3, 'nl', { category: 'Structuur' })).count()).toBe(1);
		// A saved point reads as a row, not as an open form: what, owner, date as people write it, status, success criterion.
		const first = page.getByRole('group', { name: format(m.plan.editAction, { n: 1, category: 'Strategie' }) });
		expect(await first.getByRole('textbox').count()).toBe(0);
		const row = (await first.textContent())!;
		for (const text of [points[0]!, 'Teamleider onderwijs', formatDate('2027-03-01', 'nl'), m.plan.status.in_progress, 'Beleid', 'Notitie vastgesteld door het MT']) expect(row).toContain(text);

		// Edit one: "Bewerken" opens its form in place, with the focus in it; saving shows the row again.
		const second = page.getByRole('group', { name: format(m.plan.editAction, { n: 2, category: 'Strategie' }) });
		await second.getByRole('button', { name: startsWith(m.plan.editActionButton) }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^ap-.+-text$/);
		expect(await second.getByLabel(m.plan.actionText, { exact: true }).inputValue()).toBe(points[1]);
		await second.getByLabel(m.plan.actionOwner).fill('Directeur');
		await Promise.all([
			page.waitForResponse((r) => r.url().includes('/updateAction') && r.status() === 200),
			page.waitForResponse((r) => r.url().includes('/__data.json')),
			second.getByRole('button', { name: startsWith(m.plan.saveAction) }).click()
		]);
		await expect.poll(() => second.getByRole('textbox').count()).toBe(0);
		expect(await second.textContent()).toContain('Directeur');
		expect(await strategie.getByRole('status').filter({ hasText: format(m.plan.actionSaved, { n: 2, category: 'Strategie' }) }).count()).toBe(1);
		// The keyboard focus lands on the row's own "Bewerken", not at the top of the page.
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(startsWith(m.plan.editActionButton));
		const support = page.getByRole('group', { name: format(m.plan.addActionIn, { category: 'Support' }) });
		await support.getByLabel(m.plan.actionText, { exact: true }).fill('Incentives verkennen');
		await support.getByRole('button', { name: startsWith(m.plan.addAction) }).click();
		await expect.poll(() => page.getByRole('group', { name: format(m.plan.editAction, { n: 1, category: 'Support' }) }).count()).toBe(1);
		// After adding, the emptied form is ready for the next point.
		await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('new-support-text');
		expect(await support.getByLabel(m.plan.actionText, { exact: true }).inputValue()).toBe('');
		await page.reload();
		expect(await page.getByRole('group', { name: format(m.plan.editAction, { n: 2, category: 'Strategie' }) }).textContent()).toContain('Directeur');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('downloads the action plan as PDF, Word, Excel and CSV with what the page shows', async () => {
		const files: Record<string, Buffer> = {};
		for (const kind of ['pdf', 'docx', 'xlsx', 'csv'] as const) {
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: m.export.downloads[kind] }).click()]);
			const path = await download.path();
			files[kind] = readFileSync(path!);
			expect(download.suggestedFilename()).toMatch(new RegExp(`${startsWith(m.export.fileNames.plan).source}-scan-.*\\.(pdf|docx|xlsx|csv)$`));
		}
		const pdf = pdfText(files['pdf']!);
		for (const text of ['Doelstellingen blended leren', 'Beleid', 'Teamleider onderwijs', 'Incentives verkennen', HOSTILE.slice(0, 25), 'Zonder beleid geen richting', format(m.plan.actionSuccessShort, { criterion: 'Notitie vastgesteld door het MT' })])
			expect(pdf).toContain(text);
		const docx = await docxText(files['docx']!);
		expect(docx).toContain('Beleidsnotitie schrijven &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(docx).toContain('Directeur');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(files['xlsx']! as unknown as ArrayBuffer);
		const sheetNames = workbook.worksheets.map((w) => w.name);
		expect(sheetNames).toContain(m.export.sheets.answers);
		expect(sheetNames).toContain(m.export.sheets.actionPoints);
		const actions = workbook.getWorksheet(m.export.sheets.actionPoints)!;
		const cells: unknown[] = [];
		actions.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
		expect(cells).toContain(`'=HYPERLINK("http://x")`);
		expect(cells).toContain('Notitie vastgesteld door het MT');
		const csv = files['csv']!.toString('utf8');
		expect(csv).toContain(`"${m.export.columns.successCriterion}"`);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toContain('Incentives verkennen');
		expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
	});

	it('switches to English on the same page, and exports in English', async () => {
		await page.getByRole('button', { name: m.common.switchLanguageLabel }).click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(en.scan.resultTitle);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('table tbody tr').first().locator('th').textContent()).toBe('Goals of blended learning');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: en.export.downloads.pdf }).click()]);
		const pdf = pdfText(readFileSync((await download.path())!));
		expect(download.suggestedFilename()).toMatch(startsWith(`${en.export.fileNames.plan}-`));
		expect(pdf).toContain('Goals of blended learning');
		expect(pdf).toContain('Teamleider onderwijs');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: en.common.switchLanguageLabel }).click();
		await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
	});

	it('passes axe on the overview, the new-scan form, a missing page, sign-in and a used invitation', async () => {
		await page.goto('/');
		expect(await page.getByRole('link', { name: textPattern(m.scan.continueScan) }).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.goto('/scans/new');
		await page.getByLabel(m.scan.scanTitle).fill('   ');
		await page.getByRole('button', { name: m.scan.startScan }).click();
		await expect.poll(() => page.getByText(m.plan.errors.titleRequired).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		const missing = await page.goto('/scans/00000000-0000-0000-0000-000000000000');
		expect(missing?.status()).toBe(404);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: m.common.signOut }).click();
		await page.waitForURL('**/login');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel(m.auth.email).fill('ada@example.nl');
		await page.getByLabel(m.auth.password).fill('niet het wachtwoord');
		await page.getByRole('button', { name: m.auth.loginButton }).click();
		await expect.poll(() => page.getByText(m.auth.loginFailed).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel(m.auth.password).fill('een lange zin als wachtwoord');
		await page.getByRole('button', { name: m.auth.loginButton }).click();
		await page.waitForURL(`${baseURL}/`);
		await page.goto('/invite/not-a-real-token');
		expect(await page.getByRole('alert').textContent()).toContain(m.auth.inviteInvalid);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('deletes the scan only after a page that says what goes, and the overview says it is gone', async () => {
		await page.goto('/');
		await page.getByRole('heading', { name: `Scan ${HOSTILE}` }).getByRole('link').click();
		await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
		const scanUrl = page.url();
		await page.getByRole('link', { name: m.removal.link.scan }).click();
		await page.waitForURL(/\/delete$/);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(m.removal.title.scan);
		expect(await page.getByText(plural(m.removal.parts.scanAnswers, 15, 'nl')).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('link', { name: m.removal.keep }).click();
		await page.waitForURL(scanUrl);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Scan ${HOSTILE}`);
		await page.getByRole('link', { name: m.removal.link.scan }).click();
		await page.waitForURL(/\/delete$/);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(m.removal.title.scan);
		await page.getByRole('button', { name: m.removal.confirm }).click();
		await page.waitForURL(/\/\?deleted=/);
		await expect.poll(() => page.getByRole('status').filter({ hasText: format(m.removal.done.scan, { title: `Scan ${HOSTILE}` }) }).textContent()).toBe(format(m.removal.done.scan, { title: `Scan ${HOSTILE}` }));
		expect(await page.getByRole('heading', { name: `Scan ${HOSTILE}` }).count()).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		expect((await page.goto(scanUrl))?.status()).toBe(404);
	});

	it('made no request to another host, ran no injected script and broke no CSP rule', () => {
		expect(foreign).toEqual([]);
		expect(problems).toEqual([]);
		expect(dialogs).toEqual([]);
	});
});
