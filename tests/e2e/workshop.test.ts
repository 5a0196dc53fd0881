/**
 * The live workshop in a real browser: one leader and nine participants, each in their own
 * browser context (own cookies, some on a 360 px phone screen), run the seed's workshop from
 * joining to a downloaded action plan. Every screen must follow the leader within a few seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { format, messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import { downloadLabel } from '$lib/export/formats';
import { axeViolations, launch, newContext, startsWith, textPattern } from './browser';
import { startAppWithDb, type App } from './http';
import { parseCsv } from '$lib/server/export/csv-reader';

let app: App;
let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];
const foreign: string[] = [];
const downloads = mkdtempSync(join(tmpdir(), 'bw-workshop-dl-'));
const m = messages('nl');

async function context(mobile = false): Promise<Page> {
	const made = await newContext(browser, app.url);
	contexts.push(made.context);
	if (mobile) await made.context.newPage().then((p) => p.close());
	const page = await made.context.newPage();
	if (mobile) await page.setViewportSize({ width: 360, height: 740 });
	// Collected once at the end: pages of all contexts must have no CSP reports, script errors or foreign requests.
	page.on('close', () => {
		problems.push(...made.pageProblems);
		foreign.push(...made.foreignRequests);
	});
	return page;
}

/** Until the page shows `text` (the stream brought the change and the page reloaded its data). */
async function sees(page: Page, text: string | RegExp, timeout = 5000): Promise<void> {
	try {
		await page.getByText(text).first().waitFor({ state: 'visible', timeout });
	} catch (e) {
		await page.screenshot({ path: `/tmp/sees-failed.png`, fullPage: true });
		throw e;
	}
}

beforeAll(async () => {
	app = await startAppWithDb();
	browser = await launch();
}, 60_000);

afterAll(async () => {
	for (const c of contexts) await c.close();
	await browser?.close();
	await app?.stop();
	rmSync(downloads, { recursive: true, force: true });
});

describe('the live workshop', () => {
	let leader: Page;
	let leaderUrl = '';
	let code = '';
	const people: Page[] = [];

	it('lets a signed-in leader prepare a workshop, adjust the times and print the handout', async () => {
		leader = await context();
		await leader.goto('/setup');
		await leader.getByLabel(m.auth.institutionName).fill('Hogeschool Veerkracht');
		await leader.getByLabel(m.auth.yourName).fill('Ada');
		await leader.getByLabel(m.auth.email).fill('ada@example.nl');
		await leader.getByLabel(m.auth.password, { exact: true }).fill('een lange zin als wachtwoord');
		await leader.getByLabel(m.auth.passwordRepeat).fill('een lange zin als wachtwoord');
		await leader.getByRole('button', { name: m.auth.createAdmin }).click();
		await leader.waitForURL('**/admin');
		await leader.getByRole('link', { name: m.workshopUi.navLink }).click();
		await leader.getByRole('link', { name: m.workshopUi.newWorkshop }).click();
		await leader.getByLabel(m.workshopUi.workshopTitle).fill('Workshop <b>blended</b> maart');
		await leader.getByRole('button', { name: m.workshopUi.create }).click();
		await leader.waitForURL(/\/workshops\/[0-9a-f-]{36}$/);
		leaderUrl = leader.url();
		expect((await leader.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe('Workshop <b>blended</b> maart');

		expect(await axeViolations(leader)).toEqual([]);
		// The seed's times, adjustable: the analysis from 45 to 40 minutes.
		expect(await leader.getByLabel(`3. ${m.workshop.steps.analyse.title}`).inputValue()).toBe('45');
		// The times are folded away; opened, they save as they are changed (no button with JavaScript).
		await leader.getByText(format(m.workshopConsole.timesSummary, { minutes: 155 })).click();
		expect(await leader.getByRole('button', { name: m.workshopUi.saveTimes }).isVisible()).toBe(false);
		await leader.getByLabel(`3. ${m.workshop.steps.analyse.title}`).fill('40');
		await leader.getByLabel(`3. ${m.workshop.steps.analyse.title}`).press('Tab');
		await leader.getByText(format(m.workshop.agenda.total, { minutes: 150 })).first().waitFor({ timeout: 5000 });

		const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('link', { name: m.workshopUi.handout }).click()]);
		const file = join(downloads, 'handout.pdf');
		await download.saveAs(file);
		// The worksheet: every factor with its three phase descriptors (several pages), to score on paper by the criteria.
		expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Pages:\s+[2-9]\n/);
		const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
		expect(text).toContain(m.workshopUi.handoutWorksheet);
		expect(text).toContain('Onderwijsruimtes');
		expect(text).toContain(m.workshop.explanation.gapAnalysis.split(' ').slice(1, 3).join(' '));
	});

	it('lets nine people join with the code, on phones and by keyboard, anonymously', async () => {
		await leader.getByRole('button', { name: m.workshop.control.openJoining }).click();
		const shown = (await leader.locator('.join-code').textContent())?.trim() ?? '';
		expect(shown).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/);
		code = shown;

		for (let i = 0; i < 9; i++) {
			const page = await context(i % 3 === 0);
			people.push(page);
			await page.goto('/join');
			if (i === 0) {
				expect(await axeViolations(page)).toEqual([]);
				// By keyboard alone: type the code in lower case without dashes, press Enter.
				await page.getByLabel(m.workshop.joining.codeLabel).focus();
				await page.keyboard.type(code.replace(/-/g, '').toLowerCase());
				await page.keyboard.press('Enter');
			} else {
				await page.getByLabel(m.workshop.joining.codeLabel).fill(code);
				await page.getByRole('button', { name: m.workshopUi.next }).click();
			}
			await page.getByRole('button', { name: m.workshopUi.joinButton }).waitFor();
			if (i === 0) expect(await axeViolations(page)).toEqual([]);
			// Three people state a preference; the others leave it to the leader.
			if (i < 3) await page.getByLabel(['Strategie', 'Structuur', 'Support'][i]!).check();
			await page.getByRole('button', { name: m.workshopUi.joinButton }).click();
			await page.waitForURL('**/w');
			await sees(page, m.workshopUi.waitingTitle);
		}
		await sees(leader, plural(m.workshopUi.participantCount, 9, 'nl'));
		// The join token is in an HttpOnly cookie, never in a URL.
		const cookies = await people[0]!.context().cookies();
		const token = cookies.find((c) => c.name.endsWith('bw_participant'));
		expect(token?.httpOnly).toBe(true);
		expect(people[0]!.url()).not.toContain(token!.value);
	});

	it('seats everyone in three balanced tables and moves every screen through the steps', async () => {
		const tableSize = (n: number) => textPattern(`${format(m.workshop.groups.name, { n })}: ${plural(m.workshop.groups.size, 3, 'nl')}`);
		await leader.getByRole('button', { name: m.workshop.groups.distribute }).click();
		await sees(leader, tableSize(1));
		await leader.getByText(tableSize(2)).first().waitFor({ timeout: 5000 });
		await leader.getByText(tableSize(3)).first().waitFor({ timeout: 5000 });

		await leader.getByRole('button', { name: m.workshop.control.start }).click();
		for (const page of people) await sees(page, format(m.workshop.stepOf, { n: 1, total: 5 }));
		expect((await people[0]!.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(m.workshop.steps.read.title);
		await people[0]!.getByText(textPattern(m.workshop.explanation.gapAnalysis)).waitFor();
		expect(await axeViolations(people[0]!)).toEqual([]);
		expect(await axeViolations(leader)).toEqual([]);

		await nextStep(leader, m.workshop.steps.explain.title);
		for (const page of people) await sees(page, textPattern(m.workshopUi.yourTable, { group: textPattern(m.workshop.groups.name, { n: /\d/ }) }));
		// The three who stated a preference sit at the table of their category.
		await sees(people[0]!, format(m.workshopUi.yourTable, { group: format(m.workshop.groups.nameWithCategories, { n: 1, categories: 'Strategie' }) }));
		await sees(people[1]!, format(m.workshopUi.yourTable, { group: format(m.workshop.groups.nameWithCategories, { n: 2, categories: 'Structuur' }) }));
		await sees(people[2]!, format(m.workshopUi.yourTable, { group: format(m.workshop.groups.nameWithCategories, { n: 3, categories: 'Support' }) }));

		await nextStep(leader, m.workshop.steps.analyse.title);
		for (const page of people) await sees(page, format(m.workshop.stepOf, { n: 3, total: 5 }));
	});

	it('lets a table score on their own, see the spread, and fill in the shared sheet together', async () => {
		// Everyone scores the first factor of their own category on their own.
		for (const page of people) {
			const own = page.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereNow}`) }).first();
			await own.getByLabel(format(m.plan.phaseOption, { n: 2 })).check();
			const want = page.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereTo}`) }).first();
			await want.getByLabel(format(m.plan.phaseOption, { n: 3 })).check();
		}
		const strategie = people[0]!;
		// The spread of the three members at table 1.
		await sees(strategie, textPattern(m.workshop.sheet.spreadCounts, { one: 0, two: 3, three: 0, unknown: /.*/ }), 8000);
		expect(await axeViolations(strategie)).toEqual([]);

		// The group agrees: Beleid now 1, wants 3, and what that takes (Beleid is the fourth card).
		await toCard(strategie, strategie.getByRole('radiogroup', { name: `Beleid (${m.workshopUi.asGroup}): ${m.plan.whereNow}` }));
		await strategie.getByRole('radiogroup', { name: `Beleid (${m.workshopUi.asGroup}): ${m.plan.whereNow}` }).getByLabel(format(m.plan.phaseOption, { n: 1 })).check();
		await strategie.getByRole('radiogroup', { name: `Beleid (${m.workshopUi.asGroup}): ${m.plan.whereTo}` }).getByLabel(format(m.plan.phaseOption, { n: 3 })).check();
		await strategie.getByLabel(new RegExp(`${startsWith(m.plan.whatNeeded).source}\\s*\\(Beleid\\)`)).fill('Een <script>alert(1)</script> beleidsnotitie');
		await toCard(strategie, strategie.getByLabel(m.workshopUi.priorityFactor));
		await strategie.getByLabel(m.workshopUi.priorityFactor).selectOption({ label: 'Beleid' });
		await strategie.getByLabel(m.workshopUi.priorityReason).fill('Zonder beleid geen richting');
		for (const [n, text] of ['Beleidsnotitie schrijven', 'Visie =SUM(A1) delen', 'Werkgroep instellen'].entries()) {
			await strategie.getByRole('button', { name: m.workshop.sheet.addActionPoint }).click();
			await strategie.getByLabel(format(m.workshopUi.pointN, { n: n + 1 }), { exact: true }).fill(text);
		}
		await strategie.getByLabel(format(m.workshopUi.pointN, { n: 3 }), { exact: true }).blur();
		// A table mate sees it all arrive.
		const mate = (await tableOf(people, format(m.workshop.groups.name, { n: 1 }))).find((p) => p !== strategie)!;
		await toCard(mate, mate.getByLabel(new RegExp(`${startsWith(m.plan.whatNeeded).source}\\s*\\(Beleid\\)`)));
		await expect.poll(() => mate.getByLabel(new RegExp(`${startsWith(m.plan.whatNeeded).source}\\s*\\(Beleid\\)`)).inputValue(), { timeout: 8000 }).toBe('Een <script>alert(1)</script> beleidsnotitie');
		await toCard(mate, mate.getByLabel(m.workshopUi.priorityFactor));
		await expect.poll(() => mate.getByLabel(format(m.workshopUi.pointN, { n: 3 }), { exact: true }).inputValue(), { timeout: 8000 }).toBe('Werkgroep instellen');
		await expect.poll(() => strategie.getByText(m.workshop.sheet.notSaved).count(), { timeout: 8000 }).toBe(0);

		// The other two tables each write three points too.
		for (const [table, words] of [[format(m.workshop.groups.name, { n: 2 }), 'Roosters'], [format(m.workshop.groups.name, { n: 3 }), 'Helpdesk']] as const) {
			const member = (await tableOf(people, table))[0]!;
			await toCard(member, member.getByRole('button', { name: m.workshop.sheet.addActionPoint }));
			for (const n of [1, 2, 3]) {
				await member.getByRole('button', { name: m.workshop.sheet.addActionPoint }).click();
				await member.getByLabel(format(m.workshopUi.pointN, { n }), { exact: true }).fill(`${words} ${n}`);
			}
			await member.getByLabel(format(m.workshopUi.pointN, { n: 3 }), { exact: true }).blur();
			await expect.poll(() => member.getByText(m.workshop.sheet.notSaved).count(), { timeout: 8000 }).toBe(0);
		}
		// The phones (360 px) show the whole sheet without scrolling sideways.
		for (const phone of [people[0]!, people[3]!, people[6]!]) expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});

	it('keeps both versions when two members change the same field at once, and lets the group choose', async () => {
		const [a, b] = await tableOf(people, format(m.workshop.groups.name, { n: 2 }));
		// Both on the first factor's card (one of them wrote the action points on the last).
		for (const p of [a!, b!]) await p.goto('/w?card=1');
		const field = (p: Page) => p.getByLabel(new RegExp(`${startsWith(m.plan.whatNeeded).source}\\s*\\(`)).first();
		// b goes offline so both edit the same version; a's edit lands first, then b's arrives.
		await b!.context().setOffline(true);
		await field(a!).fill('Versie van A');
		await field(a!).blur();
		await expect.poll(() => a!.getByText(m.workshop.sheet.notSaved).count(), { timeout: 8000 }).toBe(0);
		await field(b!).fill('Versie van B');
		await field(b!).blur();
		await sees(b!, textPattern(m.workshop.sheet.notSaved));
		await b!.context().setOffline(false);
		await sees(a!, m.workshop.sheet.conflictTitle, 10_000);
		await sees(b!, m.workshop.sheet.conflictTitle, 10_000);
		await a!.locator('.conflicts').screenshot({ path: '/tmp/conflict.png' });
		await a!.getByRole('button', { name: new RegExp(`${startsWith(m.workshop.sheet.keepThis).source}\\s*:\\s*${textPattern(m.workshop.sheet.conflictAlternative, { name: /.*/ }).source}`) }).click();
		await expect.poll(() => b!.getByText(m.workshop.sheet.conflictTitle).count(), { timeout: 8000 }).toBe(0);
		await expect.poll(() => field(b!).inputValue(), { timeout: 8000 }).toBe('Versie van B');
	});

	it('shows each category in plenary on the projector while the leader refines the points', async () => {
		const projector = await leader.context().newPage();
		await projector.goto(`${leaderUrl}/projector`);
		expect(await axeViolations(projector)).toEqual([]);
		await leader.bringToFront();
		await nextStep(leader, m.workshop.steps.break.title);
		await nextStep(leader, format(m.workshop.steps.discuss.title, { category: 'Strategie' }));
		await sees(projector, format(m.workshop.steps.discuss.title, { category: 'Strategie' }));
		await sees(projector, 'Beleidsnotitie schrijven');
		await projector.getByText('Zonder beleid geen richting').first().waitFor({ timeout: 5000 });
		// Participant text is shown as text, never run (what is needed is on the leader's page; the projector shows the chart).
		await leader.getByText('Een <script>alert(1)</script> beleidsnotitie').first().waitFor({ timeout: 5000 });
		expect(await axeViolations(projector)).toEqual([]);
		for (const page of people) await sees(page, format(m.workshop.steps.discuss.title, { category: 'Strategie' }));

		// The gap the table found (Beleid: 1 → 3) leads to what helps close it.
		const help = leader.getByRole('region', { name: m.navigator.helpTitle });
		await help.getByRole('heading', { name: /Beleid/ }).waitFor({ timeout: 5000 });
		// Folded per factor: the links show once the leader opens the factor.
		expect(await help.getByRole('link').count()).toBe(0);
		await help.getByRole('heading', { name: /Beleid/ }).click();
		expect(await help.getByRole('link').count()).toBeGreaterThan(0);

		// The leader adds an owner and how we will know it worked, and merges two points; the projector follows.
		const plan = leader.getByRole('region', { name: 'Strategie' });
		await plan.getByRole('button', { name: startsWith(m.plan.editActionButton) }).first().click();
		await plan.getByLabel(m.plan.actionOwner).first().fill('Directie');
		await plan.getByLabel(startsWith(m.plan.actionSuccess)).first().fill('Notitie ligt bij het MT');
		await plan.getByRole('button', { name: startsWith(m.plan.saveAction) }).first().click();
		await sees(projector, 'Directie');
		await sees(projector, format(m.plan.actionSuccessShort, { criterion: 'Notitie ligt bij het MT' }));
		expect(await axeViolations(leader)).toEqual([]);
		expect(await axeViolations(people[4]!)).toEqual([]);
		await plan.getByLabel(format(m.workshopUi.mergeInto, { n: 3 })).selectOption({ index: 1 });
		await plan.getByRole('button', { name: new RegExp(`${startsWith(m.workshopUi.merge).source}\\s*:.*3`) }).click();
		await expect.poll(() => projector.locator('.points li').count(), { timeout: 5000 }).toBe(2);

		// Each category has its presentation, then its discussion, each with its own clock.
		await nextStep(leader, m.workshop.parts.discussion);
		await sees(projector, m.workshop.parts.discussion);
		await nextStep(leader, format(m.workshop.steps.discuss.title, { category: 'Structuur' }));
		await sees(projector, format(m.workshop.steps.discuss.title, { category: 'Structuur' }));
		await nextStep(leader, m.workshop.parts.discussion);
		await nextStep(leader, format(m.workshop.steps.discuss.title, { category: 'Support' }));
		await sees(projector, format(m.workshop.steps.discuss.title, { category: 'Support' }));
		await sees(projector, 'Helpdesk 1');
		await projector.close();
	});

	it('records the look back and look ahead, closes the workshop and hands over the action plan', async () => {
		await nextStep(leader, m.workshop.parts.discussion);
		await nextStep(leader, m.workshop.steps.next.title);
		for (const page of people) await sees(page, m.workshop.steps.next.title);
		const answers = [
			{ question: m.workshop.lookBack.questions.experience, answer: 'Intensief maar nuttig' },
			{ question: m.workshop.lookAhead.questions.actionPlan, answer: 'Ja: de onderwijsdirecteur' }
		];
		// The answers save as the leader types them: no button to press.
		for (const { question, answer } of answers) {
			await leader.getByLabel(question).fill(answer);
			await leader.getByLabel(question).press('Tab');
			for (const page of people) await sees(page, answer);
		}

		// From the look back the leader moves on to the look ahead; closing is offered there, on the last part.
		await nextStep(leader, m.workshop.parts.lookAhead);
		await leader.getByLabel(textPattern(m.workshopUi.closeConfirm)).check();
		await leader.getByRole('button', { name: m.workshop.control.close }).click();
		for (const page of people) await sees(page, m.workshopUi.closedTitle);

		// Once closed the leader reads the final plan and step 5's answers as text, nothing that looks editable.
		await sees(leader, m.workshopUi.closedLeader);
		await sees(leader, 'Intensief maar nuttig');
		expect(await leader.locator('textarea').count()).toBe(0);
		expect(await axeViolations(leader)).toEqual([]);
		const screen = await planOnScreen(leader);
		const strategie = screen.points.filter((p) => p.category === 'Strategie');
		// The merge left two points, the refined one with its owner's success criterion; no original came back.
		expect(strategie, JSON.stringify(screen.points)).toHaveLength(2);
		expect(strategie.flatMap((p) => p.text.split('\n')).sort()).toEqual(['Beleidsnotitie schrijven', 'Visie =SUM(A1) delen', 'Werkgroep instellen'].sort());
		expect(strategie.filter((p) => p.text.split('\n').length === 2)).toHaveLength(1);
		expect(strategie.map((p) => p.success)).toContain(format(m.plan.actionSuccessShort, { criterion: 'Notitie ligt bij het MT' }));
		expect(screen.points.map((p) => p.text)).toEqual(expect.arrayContaining(['Roosters 1', 'Roosters 2', 'Roosters 3', 'Helpdesk 1', 'Helpdesk 2', 'Helpdesk 3']));
		expect(screen.points).toHaveLength(8);
		expect(screen.reflections).toEqual(
			answers.map(({ question, answer }) => ({ part: question === answers[0]!.question ? m.workshop.lookBack.title : m.workshop.lookAhead.title, question, answer }))
		);

		const download = async (fmt: 'pdf' | 'docx' | 'xlsx' | 'csv') => {
			const [file] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('link', { name: downloadLabel(fmt, 'nl') }).click()]);
			const path = join(downloads, `plan.${fmt}`);
			await file.saveAs(path);
			return path;
		};
		const criterion = (success: string) => (success ? success.slice(format(m.plan.actionSuccessShort, { criterion: '' }).length) : '');

		// Excel: the action points sheet and the step-5 sheet, row for row.
		const book = new ExcelJS.Workbook();
		await book.xlsx.readFile(await download('xlsx'));
		const sheetRows = (name: string, columns: number) => {
			const sheet = book.getWorksheet(name)!;
			return Array.from({ length: sheet.rowCount - 1 }, (_, i) => Array.from({ length: columns }, (_, c) => String(sheet.getRow(i + 2).getCell(c + 1).value ?? '')));
		};
		expect(sheetRows(m.export.sheets.actionPoints, 7).map((r) => [r[0], r[1], r[6]])).toEqual(screen.points.map((p) => [p.category, p.text, criterion(p.success)]));
		expect(sheetRows(m.export.sheets.reflections, 3)).toEqual(screen.reflections.map((r) => [r.part, r.question, r.answer]));

		// CSV: the action point records and the step-5 records, row for row, each value under its own header.
		const records = parseCsv(readFileSync(await download('csv'), 'utf8').replace(/^\uFEFF/, ''));
		const c = m.export.columns;
		const cell = (record: string[], header: string) => record[records[0]!.indexOf(header)]!;
		expect(records.filter((r) => r[0] === m.export.csvSections.actionPoint).map((r) => [cell(r, c.category), cell(r, c.text), cell(r, c.successCriterion)])).toEqual(
			screen.points.map((p) => [p.category, p.text, criterion(p.success)])
		);
		const parts = [m.workshop.lookBack.title, m.workshop.lookAhead.title];
		expect(records.filter((r) => parts.includes(r[0]!)).map((r) => [r[0], cell(r, c.question), cell(r, c.answer)])).toEqual(screen.reflections.map((r) => [r.part, r.question, r.answer]));

		// Word: the action point tables' rows (text with its success criterion) and step 5 after its heading.
		const docx = await (await JSZip.loadAsync(readFileSync(await download('docx')))).file('word/document.xml')!.async('string');
		// The details' action point tables come after the last "Actiepunten" heading (the summary before it lists the points in short).
		const tables = docxTables(docx.slice(docx.lastIndexOf(`>${m.export.sections.actionPoints}</w:t>`)));
		const pointRows = tables.flatMap((table) => table.slice(1).map((row) => row[0]));
		expect(pointRows).toEqual(screen.points.map((p) => (p.success ? `${p.text}\n${p.success}` : p.text)));
		const paragraphs = docxParagraphs(docx);
		const step5 = paragraphs.slice(paragraphs.indexOf(m.export.sections.reflections) + 1);
		expect(step5).toEqual(parts.flatMap((part) => { const of = screen.reflections.filter((r) => r.part === part); return of.length ? [part, ...of.flatMap((r) => [r.question, r.answer])] : []; }));

		// PDF: every line of every point in the screen's order, each as often as on screen (no original back), then step 5.
		const pdf = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', await download('pdf'), '-']).toString().replace(/\s+/g, ' ');
		const pointLines = screen.points.flatMap((p) => p.text.split('\n'));
		// The details start at the last "Actiepunten" heading (the summary before it lists the points in short).
		let from = pdf.lastIndexOf(m.export.sections.actionPoints);
		const details = pdf.slice(from, pdf.indexOf(m.export.sections.reflections, from));
		for (const line of pointLines) {
			const at = pdf.indexOf(line, from);
			expect(at, line).toBeGreaterThanOrEqual(from);
			from = at + line.length;
			expect(details.split(line).length - 1, line).toBe(pointLines.filter((l) => l.includes(line)).length);
		}
		from = pdf.indexOf(m.export.sections.reflections, from);
		expect(from).toBeGreaterThan(0);
		for (const line of screen.reflections.flatMap((r) => [r.part, r.question, r.answer])) {
			const at = pdf.indexOf(line.replace(/\s+/g, ' '), from);
			expect(at, line).toBeGreaterThanOrEqual(from);
			from = at + line.length;
		}

		// A read-only link shows the same plan, row for row, to someone without an account.
		await leader.getByRole('button', { name: m.workshopUi.share }).click();
		await leader.getByRole('status').filter({ hasText: m.workshopUi.shareMade }).waitFor();
		const link = await leader.getByLabel(m.workshopUi.shareTitle, { exact: true }).inputValue();
		const reader = await context();
		await reader.goto(link!);
		await sees(reader, 'Helpdesk 2');
		expect(await planOnScreen(reader)).toEqual(screen);
		expect(await axeViolations(reader)).toEqual([]);
	});

	it('made no request to another host and no page reported a script error or CSP violation', async () => {
		for (const c of contexts) for (const p of c.pages()) await p.close();
		expect(foreign).toEqual([]);
		expect(problems).toEqual([]);
	});
});

/** The leader moves on, and waits until their own page shows the step (as a leader would before clicking again). */
/** The leader's "Volgende: …" button, which names where it goes, then the console shows `title`. */
async function nextStep(leader: Page, title: string): Promise<void> {
	await leader.getByRole('button', { name: textPattern(m.workshopConsole.nextAction, { title: /.+/ }) }).click();
	try {
		await leader.locator('.current-step', { hasText: title }).waitFor({ timeout: 5000 });
	} catch (e) {
		await leader.screenshot({ path: '/tmp/next-failed.png', fullPage: true });
		throw e;
	}
}

/**
 * A phone in step 3 shows one card at a time (`/w?card=N`): it opens the next card until `target`
 * is on screen. (Walking with the "Volgende" link is tested in workshop-phones.test.ts.)
 */
async function toCard(page: Page, target: Locator): Promise<void> {
	for (let n = 1; n <= 12; n++) {
		if ((await target.count()) > 0) return;
		await page.goto(`/w?card=${n + 1}`);
		await page.locator('.pager-place').waitFor();
	}
	throw new Error('no card shows it');
}

/** The participants' pages seated at a table, by what their header says. */
async function tableOf(pages: Page[], table: string): Promise<Page[]> {
	const found: Page[] = [];
	for (const page of pages) {
		const header = (await page.locator('.room-header').textContent()) ?? '';
		if (header.includes(`${table}:`)) found.push(page);
	}
	return found;
}

/** The final plan as a result page shows it (the leader's once closed, the read-only link): points per category in order, and step 5. */
async function planOnScreen(page: Page) {
	const points = await page.locator('[data-plan-category]').evaluateAll((sections) =>
		sections.flatMap((section) =>
			[...section.querySelectorAll('[data-plan-point]')].map((li) => ({
				category: section.querySelector('h2')?.textContent?.trim() ?? '',
				text: li.querySelector('[data-point-text]')?.textContent ?? '',
				success: li.querySelector('[data-point-success]')?.textContent ?? ''
			}))
		)
	);
	const reflections = await page.locator('[data-reflection]').evaluateAll((answers) =>
		answers.map((dd) => ({ part: dd.closest('dl')?.previousElementSibling?.textContent?.trim() ?? '', question: dd.previousElementSibling?.textContent?.trim() ?? '', answer: dd.textContent ?? '' }))
	);
	return { points, reflections };
}

const decodeXml = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!);

/** A Word document's paragraphs as text (line breaks as "\n"), in order. */
function docxParagraphs(xml: string): string[] {
	return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, body]) =>
		[...body!.matchAll(/<w:br\/>|<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map(([tag, text]) => (tag === '<w:br/>' ? '\n' : decodeXml(text ?? ''))).join('')
	);
}

/** A Word document's tables as rows of cell texts. */
function docxTables(xml: string): string[][][] {
	return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) =>
		[...table!.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map(([, row]) => [...row!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => docxParagraphs(cell!).join('\n')))
	);
}
