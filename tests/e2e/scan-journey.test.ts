import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { launch, newContext, axeViolations } from './browser';

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
			await expect.poll(() => page.locator(`#factor-${key} .save-status`).textContent()).toBe('Opgeslagen');
			// Autosaving never moves the keyboard focus out of the group the user is in.
			expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('desired');
		}
		await page.reload();
		for (const key of strategie) {
			expect(await page.locator(`#factor-${key} input[name="desired"][value="3"]`).isChecked()).toBe(true);
		}
		await page.getByRole('link', { name: /Volgende categorie: Structuur/ }).click();
		await page.waitForURL(/\?c=structuur/);
		const structuur = page.locator('article.factor');
		expect(await structuur.count()).toBe(6);
		for (let i = 0; i < 6; i++) {
			const name = (await structuur.nth(i).locator('h3').textContent())!;
			const now = page.getByRole('radiogroup', { name: `${name}: waar staan we nu?` });
			const to = page.getByRole('radiogroup', { name: `${name}: waar willen we heen?` });
			if (i === 5) await now.getByRole('radio', { name: 'Weet ik niet' }).check();
			else await now.getByRole('radio', { name: 'Fase 1' }).check();
			await to.getByRole('radio', { name: i % 2 === 0 ? 'Fase 3' : 'Fase 2' }).check();
			await expect.poll(() => structuur.nth(i).locator('.save-status').textContent()).toBe('Opgeslagen');
		}
		await page.getByRole('link', { name: /Volgende categorie: Support/ }).click();
		await page.waitForURL(/\?c=support/);
		const support = page.locator('article.factor');
		for (let i = 0; i < 4; i++) {
			const name = (await support.nth(i).locator('h3').textContent())!;
			await page.getByRole('radiogroup', { name: `${name}: waar staan we nu?` }).getByRole('radio', { name: 'Fase 2' }).check();
			await page.getByRole('radiogroup', { name: `${name}: waar willen we heen?` }).getByRole('radio', { name: 'Fase 2' }).check();
			await expect.poll(() => support.nth(i).locator('.save-status').textContent()).toBe('Opgeslagen');
		}
		await expect.poll(() => page.locator('.progress-block p').textContent(), { timeout: 10_000 }).toBe('15 van 15 factoren beantwoord');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('shows the gap as a chart with a text alternative and as a table sorted by gap', async () => {
		await page.getByRole('link', { name: /Naar resultaat en actieplan/ }).click();
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
		expect(await page.locator('table').textContent()).toContain('weet ik niet');
		// The participant's text is shown literally, never as markup.
		expect(await page.getByText(`Visie ${HOSTILE}`).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('records a priority per category and action points, nudging towards three', async () => {
		const strategie = page.getByRole('region', { name: 'Strategie' });
		await page.getByLabel('Factor met de hoogste prioriteit in Strategie').selectOption({ label: 'Beleid' });
		await page.getByLabel('Waarom deze factor in Strategie?').fill(`Zonder beleid geen richting ${HOSTILE}`);
		await strategie.getByRole('button', { name: /^Prioriteit opslaan/ }).click();
		await expect.poll(() => page.getByLabel('Factor met de hoogste prioriteit in Strategie').inputValue()).toBe('beleid');
		expect(await page.getByText('Strategie: nog 3 actiepunt(en) om aan de drie te komen.').count()).toBe(1);

		const add = page.getByRole('group', { name: 'Actiepunt toevoegen aan Strategie' });
		const points = [`Beleidsnotitie schrijven ${HOSTILE}`, 'Definitie vaststellen', '=HYPERLINK("http://x")'];
		for (const [i, text] of points.entries()) {
			await add.getByLabel('Actiepunt', { exact: true }).fill(text);
			if (i === 0) {
				await add.getByRole('checkbox', { name: 'Beleid' }).check();
				await add.getByLabel('Eigenaar').fill('Teamleider onderwijs');
				await add.getByLabel('Streefdatum').fill('2027-03-01');
				await add.getByLabel('Status').selectOption('in_progress');
				await add.getByLabel(/^Succescriterium/).fill('Notitie vastgesteld door het MT');
			}
			await add.getByRole('button', { name: /^Actiepunt toevoegen/ }).click();
			await expect.poll(() => page.getByRole('group', { name: /^Actiepunt \d in Strategie$/ }).count()).toBe(i + 1);
		}
		expect(await page.getByText('Strategie: 3 actiepunten.').count()).toBe(1);
		expect(await page.getByText('Structuur: nog 3 actiepunt(en) om aan de drie te komen.').count()).toBe(1);
		const first = page.getByRole('group', { name: 'Actiepunt 1 in Strategie' });
		expect(await first.getByLabel('Actiepunt', { exact: true }).inputValue()).toBe(points[0]);
		expect(await first.getByRole('checkbox', { name: 'Beleid' }).isChecked()).toBe(true);
		expect(await first.getByLabel('Streefdatum').inputValue()).toBe('2027-03-01');
		expect(await first.getByLabel(/^Succescriterium/).inputValue()).toBe('Notitie vastgesteld door het MT');

		// Edit one, delete one, add one to Support.
		const second = page.getByRole('group', { name: 'Actiepunt 2 in Strategie' });
		await second.getByLabel('Eigenaar').fill('Directeur');
		await Promise.all([
			page.waitForResponse((r) => r.url().includes('/updateAction') && r.status() === 200),
			page.waitForResponse((r) => r.url().includes('/__data.json')),
			second.getByRole('button', { name: /^Actiepunt opslaan/ }).click()
		]);
		// Saving keeps the keyboard focus on the button that was used, not at the top of the page.
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Actiepunt opslaan/);
		const support = page.getByRole('group', { name: 'Actiepunt toevoegen aan Support' });
		await support.getByLabel('Actiepunt', { exact: true }).fill('Incentives verkennen');
		await support.getByRole('button', { name: /^Actiepunt toevoegen/ }).click();
		await expect.poll(() => page.getByRole('group', { name: 'Actiepunt 1 in Support' }).count()).toBe(1);
		// After adding, the emptied form is ready for the next point.
		await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('new-support-text');
		expect(await support.getByLabel('Actiepunt', { exact: true }).inputValue()).toBe('');
		await page.reload();
		expect(await page.getByRole('group', { name: 'Actiepunt 2 in Strategie' }).getByLabel('Eigenaar').inputValue()).toBe('Directeur');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('downloads the action plan as PDF, Word, Excel and CSV with what the page shows', async () => {
		const files: Record<string, Buffer> = {};
		for (const format of ['PDF', 'Word (.docx)', 'Excel (.xlsx)', 'CSV']) {
			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Download als ${format}` }).click()]);
			const path = await download.path();
			files[format] = readFileSync(path!);
			expect(download.suggestedFilename()).toMatch(/^actieplan-scan-.*\.(pdf|docx|xlsx|csv)$/);
		}
		const pdf = pdfText(files['PDF']!);
		for (const text of ['Doelstellingen blended leren', 'Beleid', 'Teamleider onderwijs', 'Incentives verkennen', HOSTILE.slice(0, 25), 'Zonder beleid geen richting', 'Gelukt als: Notitie vastgesteld door het MT'])
			expect(pdf).toContain(text);
		const docx = await docxText(files['Word (.docx)']!);
		expect(docx).toContain('Beleidsnotitie schrijven &lt;script&gt;alert(1)&lt;/script&gt;');
		expect(docx).toContain('Directeur');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(files['Excel (.xlsx)']! as unknown as ArrayBuffer);
		const sheetNames = workbook.worksheets.map((w) => w.name);
		expect(sheetNames).toContain('Antwoorden');
		expect(sheetNames).toContain('Actiepunten');
		const actions = workbook.getWorksheet('Actiepunten')!;
		const cells: unknown[] = [];
		actions.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
		expect(cells).toContain(`'=HYPERLINK("http://x")`);
		expect(cells).toContain('Notitie vastgesteld door het MT');
		const csv = files['CSV']!.toString('utf8');
		expect(csv).toContain('"Succescriterium"');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toContain('Incentives verkennen');
		expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
	});

	it('switches to English on the same page, and exports in English', async () => {
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Result and action plan');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('table tbody tr').first().locator('th').textContent()).toBe('Goals of blended learning');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as PDF' }).click()]);
		const pdf = pdfText(readFileSync((await download.path())!));
		expect(download.suggestedFilename()).toMatch(/^action-plan-/);
		expect(pdf).toContain('Goals of blended learning');
		expect(pdf).toContain('Teamleider onderwijs');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
		await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
	});

	it('passes axe on the overview, the new-scan form, a missing page, sign-in and a used invitation', async () => {
		await page.goto('/');
		expect(await page.getByRole('link', { name: /Verder met de scan/ }).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.goto('/scans/new');
		await page.getByLabel('Titel van de scan').fill('   ');
		await page.getByRole('button', { name: 'Scan starten' }).click();
		await expect.poll(() => page.getByText('Geef de scan een titel.').count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		const missing = await page.goto('/scans/00000000-0000-0000-0000-000000000000');
		expect(missing?.status()).toBe(404);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await page.waitForURL('**/login');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('E-mailadres').fill('ada@example.nl');
		await page.getByLabel('Wachtwoord').fill('niet het wachtwoord');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await expect.poll(() => page.getByText('Dit e-mailadres en wachtwoord horen niet bij elkaar.').count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Wachtwoord').fill('een lange zin als wachtwoord');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await page.waitForURL(`${baseURL}/`);
		await page.goto('/invite/not-a-real-token');
		expect(await page.getByRole('alert').textContent()).toContain('verlopen');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('deletes the scan only after a page that says what goes, and the overview says it is gone', async () => {
		await page.goto('/');
		await page.getByRole('heading', { name: `Scan ${HOSTILE}` }).getByRole('link').click();
		await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
		const scanUrl = page.url();
		await page.getByRole('link', { name: 'Deze scan verwijderen' }).click();
		await page.waitForURL(/\/delete$/);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Scan verwijderen');
		expect(await page.getByText('de antwoorden op 15 factor(en), met wat daarvoor nodig is').count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('link', { name: 'Niet verwijderen, terug' }).click();
		await page.waitForURL(scanUrl);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Scan ${HOSTILE}`);
		await page.getByRole('link', { name: 'Deze scan verwijderen' }).click();
		await page.waitForURL(/\/delete$/);
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Scan verwijderen');
		await page.getByRole('button', { name: 'Definitief verwijderen' }).click();
		await page.waitForURL(/\/\?deleted=/);
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'is verwijderd' }).textContent()).toBe(`De scan "Scan ${HOSTILE}" is verwijderd.`);
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
