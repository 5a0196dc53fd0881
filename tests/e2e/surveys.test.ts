/**
 * An institution-wide scan end to end: a facilitator creates it, 30 respondents in several roles
 * and units answer over plain HTTP (as browsers without JavaScript would), the facilitator's
 * counter grows live in Chromium, and the report shows the figures computed here by hand from
 * what was sent — while a unit of four never appears anywhere. Bad input stores nothing. It runs
 * on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import { Client, createUnit, linkField, setupFirstAdmin, startAppWithDb, visibleText, type App, type Fields } from './http';
import { format, messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import { axeViolations, launch, newContext, startsWith, textPattern } from './browser';
import { REVIEW_STEP } from '$lib/survey/survey-form';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const factors = factorsOf(instrument).map(({ factor }) => factor);
const HOSTILE = '=HYPERLINK("http://x")<script>alert(1)</script>';
const PASSWORD = 'een lange zin als wachtwoord';
const m = messages('nl');
const s = m.survey;

type Role = 'bestuurder' | 'medewerker' | 'student';
type Phase = '1' | '2' | '3' | 'unknown';
interface Respondent {
	role: Role;
	unit: 'A' | 'B' | 'C' | 'D';
	current: Phase;
	desired: Phase;
}

/**
 * 30 respondents. Units: A 12, B 8, C 4, D 6. C is below the minimum of 5; as it would be the
 * only hidden unit, the next smallest (D, 6) is hidden with it. A and B are shown.
 */
function respondents(): Respondent[] {
	const list: Respondent[] = [];
	const add = (n: number, r: Omit<Respondent, 'current'> & { current: (i: number) => Phase }) => {
		for (let i = 0; i < n; i++) list.push({ role: r.role, unit: r.unit, desired: r.desired, current: r.current(i) });
	};
	add(4, { role: 'bestuurder', unit: 'A', current: () => '2', desired: '3' });
	add(8, { role: 'medewerker', unit: 'A', current: (i) => (i % 4 === 0 ? 'unknown' : '1'), desired: '2' });
	add(8, { role: 'student', unit: 'B', current: (i) => (i < 5 ? '3' : '2'), desired: '3' });
	add(4, { role: 'medewerker', unit: 'C', current: () => '3', desired: '1' });
	add(2, { role: 'bestuurder', unit: 'D', current: () => '2', desired: '2' });
	add(4, { role: 'medewerker', unit: 'D', current: () => '1', desired: '3' });
	return list;
}

/**
 * Issue 11's "Evaluatie" case, answered by the first 25 respondents for that factor only; the
 * other 5 answer "weet ik niet" twice. 8 are at phase 1, 12 want phase 3, and the medians are 2
 * and 2: GAP 0 — while 13 of the 25 want to go further.
 */
const EVALUATIE: [Phase, Phase][] = [
	...Array.from({ length: 5 }, (): [Phase, Phase] => ['1', '3']),
	...Array.from({ length: 3 }, (): [Phase, Phase] => ['1', '2']),
	...Array.from({ length: 5 }, (): [Phase, Phase] => ['2', '3']),
	...Array.from({ length: 5 }, (): [Phase, Phase] => ['2', '2']),
	...Array.from({ length: 2 }, (): [Phase, Phase] => ['3', '3']),
	...Array.from({ length: 5 }, (): [Phase, Phase] => ['3', '2']),
	...Array.from({ length: 5 }, (): [Phase, Phase] => ['unknown', 'unknown'])
];

/** A mean as the report writes it in Dutch: one decimal, signed, "+1" rather than "+1,0". */
function signedText(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	const text = String(Math.abs(rounded)).replace('.', ',');
	return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : '0';
}

/** The median as the report writes it, computed here independently: sort the phases, take the middle. */
function medianText(values: Phase[]): string {
	const phases = values.filter((v) => v !== 'unknown').map(Number).sort((a, b) => a - b);
	if (phases.length === 0) return '–';
	const mid = phases.length / 2;
	const m = phases.length % 2 === 1 ? phases[Math.floor(mid)]! : (phases[mid - 1]! + phases[mid]!) / 2;
	return String(m).replace('.', ',');
}

function spreadText(values: Phase[]): string {
	const phases = values.filter((v) => v !== 'unknown');
	const counts = ['1', '2', '3'].map((p) => phases.filter((v) => v === p).length);
	return `${Math.round((1 - Math.max(...counts) / phases.length) * 100)}%`;
}

function pdfText(pdf: Buffer): string {
	const file = join(mkdtempSync(join(tmpdir(), 'bw-pdf-')), 'report.pdf');
	writeFileSync(file, pdf);
	return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe.each([
	{ name: 'SQLite', database: 'sqlite' as const },
	{ name: 'PostgreSQL', database: 'postgres' as const }
])('an institution-wide scan with 30 respondents on $name', ({ database }) => {
	let app: App;
	let admin: Client;
	let units: Record<'A' | 'B' | 'C' | 'D', string>;
	let surveyId: string;
	let code: string;
	let browser: Browser;
	let context: BrowserContext;
	let foreign: string[];
	let problems: string[];
	let page: Page;
	const sent = respondents();

	const count = async (table: 'survey_response' | 'survey_answer' | 'survey_draft') =>
		Number((await app.db.selectFrom(table).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
	const stored = async () => [await count('survey_response'), await count('survey_answer'), await count('survey_draft')];

	/** A respondent's full form: the same phases for every factor, but "Evaluatie" as in EVALUATIE for the index-th respondent. */
	function answers(r: Pick<Respondent, 'role' | 'current' | 'desired'>, unitId: string, needed = '', index?: number): Record<string, string> {
		const fields: Record<string, string> = { role: r.role, unit: unitId };
		for (const f of factors) {
			const evaluatie = index !== undefined && f.key === 'evaluatie' ? EVALUATIE[index] : undefined;
			fields[`current.${f.key}`] = evaluatie?.[0] ?? r.current;
			fields[`desired.${f.key}`] = evaluatie?.[1] ?? r.desired;
			fields[`needed.${f.key}`] = needed;
		}
		return fields;
	}

	/** Opens the link as a new device and returns the client and the submission id its review page (the page that sends) carries. */
	async function openLink(): Promise<{ client: Client; submission: string }> {
		const client = new Client(app.url);
		const reply = await client.get(`/r/${code}?step=${REVIEW_STEP}`);
		expect(reply.status).toBe(200);
		const submission = reply.text.match(/name="submission" value="([0-9a-f-]{36})"/)?.[1];
		expect(submission).toBeDefined();
		return { client, submission: submission! };
	}

	beforeAll(async () => {
		app = await startAppWithDb({}, database);
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Breed', name: 'Fien', email: 'fien@example.nl', password: PASSWORD });
		units = {
			A: await createUnit(admin, 'Faculteit Alfa', 'sector'),
			B: await createUnit(admin, 'Faculteit Beta', 'sector'),
			C: await createUnit(admin, 'Faculteit Klein', 'sector'),
			D: await createUnit(admin, 'Faculteit Delta', 'sector')
		};
		browser = await launch();
		({ context, foreignRequests: foreign, pageProblems: problems } = await newContext(browser, app.url));
		page = await context.newPage();
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('lets a facilitator create the scan and find its link and QR code', async () => {
		const today = new Date().toISOString().slice(0, 10);
		const bad = await admin.post('/surveys/new', { title: '', level: 'institution', unit: '', opensAt: today, closesAt: '2000-01-01', minGroupSize: '1', message: '', roles: [] });
		expect(bad.status).toBe(400);
		expect(await app.db.selectFrom('survey').selectAll().execute()).toEqual([]);

		const reply = await admin.post('/surveys/new', {
			title: 'Brede zelfscan 2026',
			level: 'institution',
			unit: '',
			opensAt: today,
			closesAt: new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10),
			askUnit: 'on',
			minGroupSize: '5',
			message: `Doe mee! ${HOSTILE}`,
			roles: ['bestuurder', 'medewerker', 'student']
		});
		expect(reply.status).toBe(303);
		surveyId = reply.location!.match(/^\/surveys\/([0-9a-f-]{36})$/)![1]!;
		const surveyPage = await admin.get(`/surveys/${surveyId}`);
		const link = linkField(surveyPage.text, 'respondent-link')!;
		code = link.match(/\/r\/([A-Za-z0-9_-]{22})$/)![1]!;
		const qr = await admin.get(`/surveys/${surveyId}/qr.svg`);
		expect(qr.headers.get('content-type')).toBe('image/svg+xml');
		expect(qr.text).toContain('<svg');
		// The QR code belongs to the facilitator's institution only.
		expect((await new Client(app.url).get(`/surveys/${surveyId}/qr.svg`)).status).toBe(303);
	});

	it('shows the respondent page without an account, accessible and usable on a 360 px phone', async () => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/r/${code}`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Brede zelfscan 2026');
		// The message is shown as text, never as markup.
		expect(await page.getByText(`Doe mee! ${HOSTILE}`).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(360);
		await page.screenshot({ path: join(tmpdir(), 'bw-survey-respondent-360.png'), fullPage: false });
	});

	it('lets a respondent pause and continue later on the same device, by keyboard', async () => {
		const phone = await browser.newContext({ baseURL: app.url, locale: 'nl-NL', viewport: { width: 360, height: 740 } });
		const p = await phone.newPage();
		await p.goto(`/r/${code}`);
		await p.getByRole('radio', { name: s.roles.medewerker }).check();
		await p.getByLabel(s.respondent.unit).selectOption({ label: 'Faculteit Alfa' });
		const first = factors[0]!;
		await p.locator(`input[name="current.${first.key}"][value="2"]`).focus();
		await p.keyboard.press('Space');
		expect(await p.getByText(s.respondent.unsaved).isVisible()).toBe(true);
		await p.getByRole('button', { name: s.respondent.saveDraft }).click();
		await expect.poll(() => p.getByText(s.respondent.draftSaved).isVisible()).toBe(true);
		expect(await count('survey_draft')).toBe(1);
		await p.goto('about:blank');
		await p.goto(`/r/${code}`);
		expect(await p.locator(`input[name="current.${first.key}"][value="2"]`).isChecked()).toBe(true);
		expect(await p.getByLabel(s.respondent.unit).inputValue()).toBe(units.A);
		// Moving on with questions still open is refused with a summary of them, and nothing is counted.
		await p.getByRole('button', { name: startsWith(s.form.next) }).click();
		await expect.poll(() => p.locator('.error-summary').isVisible()).toBe(true);
		expect(await p.locator('.error-summary a').first().textContent()).toBe(format(s.form.missingDesired, { factor: first.name.nl }));
		expect(await count('survey_response')).toBe(0);
		expect(await axeViolations(p)).toEqual([]);
		// Offline: sending fails, the page says so and keeps every answer on screen.
		await phone.setOffline(true);
		await p.locator(`input[name="desired.${first.key}"][value="3"]`).check();
		await p.getByRole('button', { name: s.respondent.saveDraft }).click();
		await expect.poll(() => p.getByText(s.respondent.offline).isVisible()).toBe(true);
		expect(await p.locator(`input[name="desired.${first.key}"][value="3"]`).isChecked()).toBe(true);
		expect(await p.locator(`input[name="current.${first.key}"][value="2"]`).isChecked()).toBe(true);
		await phone.setOffline(false);
		await p.getByRole('button', { name: s.respondent.saveDraft }).click();
		await expect.poll(() => p.getByText(s.respondent.draftSaved).isVisible()).toBe(true);
		await phone.close();
		// This device never submits: its draft stays a draft and is not part of the report.
	});

	it('counts 30 respondents live on the facilitator’s page, without polling', async () => {
		await page.setViewportSize({ width: 1200, height: 900 });
		await page.goto('/login');
		await page.getByLabel(m.auth.email).fill('fien@example.nl');
		await page.getByLabel(m.auth.password).fill(PASSWORD);
		await page.getByRole('button', { name: m.auth.loginButton }).click();
		await page.waitForURL((u) => !u.pathname.startsWith('/login'));
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto(`/surveys/${surveyId}`);
		expect(await page.getByTestId('live-total').textContent()).toContain(plural(s.liveTotal, 0, 'nl'));
		await expect.poll(() => page.getByText(s.liveStatus).isVisible()).toBe(true);

		for (const [i, r] of sent.entries()) {
			const { client, submission } = await openLink();
			const needed = i === 0 ? HOSTILE : i === 1 ? 'Meer tijd voor scholing' : '';
			const reply = await client.post(`/r/${code}?/submit`, { ...answers(r, units[r.unit], needed, i), submission });
			// Post/redirect/get: the answer is a redirect to a short thank-you page, not the form again.
			expect(reply.status, visibleText(reply.text).slice(0, 200)).toBe(303);
			expect(reply.location).toBe(`/r/${code}/thanks`);
			const thanks = await client.get(reply.location!);
			expect(thanks.status).toBe(200);
			expect(visibleText(thanks.text)).toContain(s.respondent.thanks);
			expect(thanks.text).not.toContain('name="current.');
		}
		expect(await count('survey_response')).toBe(30);
		expect(await count('survey_answer')).toBe(30 * factors.length);
		await expect.poll(() => page.getByTestId('live-total').textContent(), { timeout: 10_000 }).toContain(plural(s.liveTotal, 30, 'nl'));
		expect(await page.getByTestId('count-role-medewerker').textContent()).toBe('16');
		expect(await page.getByTestId('count-role-bestuurder').textContent()).toBe('6');
		expect(await page.getByTestId('count-role-student').textContent()).toBe('8');
		// One stream, no repeated requests for counts.
		expect(requests.filter((p) => p.endsWith('/events'))).toHaveLength(1);
		expect(requests.filter((p) => p === `/surveys/${surveyId}`)).toHaveLength(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: join(tmpdir(), 'bw-survey-live.png'), fullPage: true });
	});

	it('shows the report with the figures computed from what was sent, and no unit of four', async () => {
		await page.goto(`/surveys/${surveyId}/report`);
		expect(await page.getByTestId('respondents').textContent()).toBe(format(s.report.respondents, { n: 30 }));
		const first = factors[0]!;
		const current = sent.map((r) => r.current);
		const desired = sent.map((r) => r.desired);
		const row = page.getByTestId('table-factors').locator('tr', { has: page.locator('th', { hasText: first.name.nl }) });
		const cells = await row.locator('td').allTextContents();
		// category, now (1/2/3/?), desired, median now, median desired, gap, spread
		const c = (p: Phase) => current.filter((v) => v === p).length;
		const d = (p: Phase) => desired.filter((v) => v === p).length;
		expect(cells[1]).toBe(`${c('1')} / ${c('2')} / ${c('3')} / ${c('unknown')}`);
		expect(cells[2]).toBe(`${d('1')} / ${d('2')} / ${d('3')} / ${d('unknown')}`);
		expect(cells[3]).toBe(medianText(current));
		expect(cells[4]).toBe(medianText(desired));
		expect(cells[6]).toBe(spreadText(current));

		// Per role, side by side: bestuurders' medians from their own answers.
		const roles = await page.getByTestId('table-roles').locator('thead th').allTextContents();
		expect(roles.join('|')).toContain(`${s.rolesPlural.bestuurder} (n=6)`);
		const roleRow = await page.getByTestId('table-roles').locator('tr', { has: page.locator('th', { hasText: first.name.nl }) }).locator('td').allTextContents();
		expect(roleRow[0]).toBe(medianText(sent.filter((r) => r.role === 'bestuurder').map((r) => r.current)));

		// Heat map: A and B shown with their medians; C (4) never, D (6) hidden so C cannot be derived.
		const heads = await page.getByTestId('table-units').locator('thead th').allTextContents();
		expect(heads.map((h) => h.trim())).toEqual([s.report.factor, 'Faculteit Alfa (n=12)', 'Faculteit Beta (n=8)']);
		const unitRow = await page.getByTestId('table-units').locator('tr', { has: page.locator('th', { hasText: first.name.nl }) }).locator('td').allTextContents();
		expect(unitRow).toEqual([
			medianText(sent.filter((r) => r.unit === 'A').map((r) => r.current)),
			medianText(sent.filter((r) => r.unit === 'B').map((r) => r.current))
		]);
		const html = await page.content();
		expect(html).not.toContain('Faculteit Klein');
		expect(html).not.toContain('n=4');
		expect(await page.getByText(format(s.report.hiddenGroups, { n: 2 })).count()).toBe(1);
		// Which groups are hidden and why: Delta (6) only to protect a smaller unit, so it is named;
		// Klein (4) is below the minimum and only counted. Delta has no figures anywhere.
		expect(await page.getByText(format(s.report.hiddenNamed, { names: `Faculteit Delta (${s.report.dimensionUnit})` })).count()).toBe(1);
		expect(await page.getByText(format(s.report.hiddenUnnamedUnits.one, { n: 1, min: 5 })).count()).toBe(1);
		expect(await page.locator('th', { hasText: 'Faculteit Delta' }).count()).toBe(0);
		// Role × unit: only students × Beta (8) can be shown; bestuurders × Alfa (4) hides medewerkers × Alfa with it.
		expect(await page.getByTestId('table-role-unit').locator('tbody th').allTextContents()).toEqual([`${s.rolesPlural.student} · Faculteit Beta`]);
		expect(await page.getByText(format(s.report.hiddenCells.other, { n: 5 })).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: join(tmpdir(), 'bw-survey-report.png'), fullPage: true });
		await page.locator('.chart').screenshot({ path: join(tmpdir(), 'bw-survey-chart.png') });
		await page.getByTestId('table-unit-gaps').screenshot({ path: join(tmpdir(), 'bw-survey-heatmap.png') });
	});

	it('shows where groups really stand: "Evaluatie" has a median GAP of 0 but most want more', async () => {
		const card = page.getByTestId('factor-card-evaluatie');
		const pairs = EVALUATIE.filter(([c, d]) => c !== 'unknown' && d !== 'unknown').map(([c, d]) => Number(d) - Number(c));
		const more = pairs.filter((d) => d > 0).length;
		const mean = pairs.reduce((a, b) => a + b, 0) / pairs.length;
		const sd = Math.sqrt(pairs.reduce((a, d) => a + (d - mean) ** 2, 0) / (pairs.length - 1));
		// Student's t for 24 degrees of freedom, 97.5th percentile.
		const half = (2.064 * sd) / Math.sqrt(pairs.length);
		expect(await card.getByTestId('wants-more').textContent()).toBe(format(s.report.wantsMoreSentence, { n: more, total: pairs.length, share: `${Math.round((more / pairs.length) * 100)}%` }));
		expect(more).toBe(13);
		expect(await card.getByTestId('mean-gap').textContent()).toBe(
			format(s.report.meanGapSentence, { gap: signedText(mean), low: signedText(mean - half), high: signedText(mean + half) })
		);
		expect(await card.getByText(format(s.report.medianGapLine, { gap: '0' })).count()).toBe(1);
		// The distribution is drawn with its counts: 8 / 10 / 7 now, 13 / 12 desired.
		expect(await card.locator('rect.bar-current').evaluateAll((rects) => rects.map((r) => r.getAttribute('data-count')))).toEqual(['8', '10', '7', '5']);
		expect(await card.locator('rect.bar-desired').evaluateAll((rects) => rects.map((r) => r.getAttribute('data-count')))).toEqual(['13', '12', '5']);

		// The units' heat map is coloured by the mean gap of each unit, written in every cell.
		const first = factors[0]!;
		const gapOf = (unit: Respondent['unit']) => {
			const d = sent.filter((r) => r.unit === unit && r.current !== 'unknown' && r.desired !== 'unknown').map((r) => Number(r.desired) - Number(r.current));
			return signedText(d.reduce((a, b) => a + b, 0) / d.length);
		};
		const heatRow = page.getByTestId('table-unit-gaps').locator('tr', { has: page.locator('th', { hasText: first.name.nl }) }).locator('td');
		expect(await heatRow.allTextContents()).toEqual([gapOf('A'), gapOf('B')]);
		// Roles side by side as charts, one per factor.
		expect(await page.getByTestId('role-charts').locator('li').count()).toBe(factors.length);

		// A phone: nothing wider than the screen, except inside the tables' own scrolling regions.
		await page.setViewportSize({ width: 360, height: 800 });
		await page.reload();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(overflow).toBeLessThanOrEqual(360);
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: join(tmpdir(), 'bw-survey-report-360.png'), fullPage: true });
		await page.setViewportSize({ width: 1366, height: 768 });
		await page.reload();
		await page.screenshot({ path: join(tmpdir(), 'bw-survey-report-1366.png'), fullPage: true });
		await page.setViewportSize({ width: 1200, height: 900 });
	});

	it('exports the same figures, keeps free text inert, and hides the small unit in every export', async () => {
		const csv = await admin.get(`/surveys/${surveyId}/export/csv`);
		expect(csv.status).toBe(200);
		expect(csv.text).not.toContain('Faculteit Klein');
		expect(csv.text).toContain('"Faculteit Alfa (n=12)"');

		const xlsx = await admin.get(`/surveys/${surveyId}/export/xlsx`);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
		const sheetNames = workbook.worksheets.map((w) => w.name);
		expect(sheetNames.length).toBeGreaterThanOrEqual(4);
		const all = JSON.stringify(workbook.worksheets.map((w) => w.getSheetValues()));
		expect(all).not.toContain('Faculteit Klein');

		const pdf = await admin.get(`/surveys/${surveyId}/export/pdf`);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		const text = pdfText(pdf.body);
		expect(text).toContain(format(s.report.respondents, { n: 30 }));
		expect(text).toContain('Brede zelfscan 2026');
		expect(text).not.toContain('Faculteit Klein');

		const json = await admin.get(`/surveys/${surveyId}/export/json`);
		const raw = JSON.parse(json.text) as { responses: { role: string | null; unit: string | null; answers: Record<string, { current: unknown; needed: string }> }[] };
		expect(raw.responses).toHaveLength(30);
		// Only student · Beta is a shown role × unit combination: Alfa is shown as a unit, but its 4
		// bestuurders are a hidden combination, so no response names a unit but Beta (records 0033, 0049).
		expect(raw.responses.filter((r) => r.unit === 'Faculteit Beta' && r.role === 'student')).toHaveLength(8);
		expect(raw.responses.filter((r) => r.unit === null)).toHaveLength(22);
		expect(raw.responses.filter((r) => r.role === 'bestuurder')).toHaveLength(6);
		expect(raw.responses.some((r) => r.answers[factors[0]!.key]!.needed === HOSTILE)).toBe(true);
		expect(json.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);

		// Another institution's user, or nobody, gets nothing.
		expect((await new Client(app.url).get(`/surveys/${surveyId}/export/json`)).status).toBe(303);
	});

	it('feeds the survey’s own action plan, exported as in the foundation', async () => {
		const first = factors[0]!;
		const category = instrument.categories[0]!.key;
		expect((await admin.post(`/surveys/${surveyId}/report?/priority`, { category, factor: first.key, reason: 'Meeste spreiding' })).status).toBe(200);
		expect((await admin.post(`/surveys/${surveyId}/report?/addAction`, { category, text: HOSTILE, owner: 'Fien', dueDate: '2027-01-31', status: 'open' })).status).toBe(200);
		expect((await admin.post(`/surveys/${surveyId}/report?/addAction`, { category: 'onbekend', text: 'x', owner: '', dueDate: '', status: 'open' })).status).toBe(400);
		const plan = await app.db
			.selectFrom('action_point')
			.innerJoin('survey', 'survey.action_plan_id', 'action_point.action_plan_id')
			.select(['action_point.text'])
			.where('survey.id', '=', surveyId)
			.execute();
		expect(plan).toEqual([{ text: HOSTILE }]);
		const pdf = await admin.get(`/surveys/${surveyId}/plan/pdf`);
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(pdfText(pdf.body)).toContain('Meeste spreiding');
		const csv = await admin.get(`/surveys/${surveyId}/plan/csv`);
		// Free text stays inert in spreadsheets: the formula gets a leading quote.
		expect(csv.text).toContain(`"'=HYPERLINK(""http://x"")<script>alert(1)</script>"`);
	});

	it('serves a documented read-only JSON API behind a per-institution token', async () => {
		const doc = await new Client(app.url).get('/api/v1/openapi.json', { accept: 'application/json' });
		expect(doc.status).toBe(200);
		const openapi = JSON.parse(doc.text) as { openapi: string; paths: Record<string, unknown> };
		expect(openapi.openapi).toBe('3.1.0');
		expect(Object.keys(openapi.paths)).toEqual(['/surveys', '/surveys/{id}/report', '/surveys/{id}/responses']);

		const made = await admin.post('/surveys/api-tokens?/create', { label: 'Dashboard' });
		const token = made.text.match(/data-testid="api-token">([^<]+)</)![1]!;
		const outsider = new Client(app.url);
		const bearer = { accept: 'application/json', headers: { authorization: `Bearer ${token}` } };
		expect((await outsider.get('/api/v1/surveys', { accept: 'application/json' })).status).toBe(401);
		expect((await outsider.get('/api/v1/surveys', { accept: 'application/json', headers: { authorization: `Bearer bwt_${'a'.repeat(43)}` } })).status).toBe(401);
		const list = JSON.parse((await outsider.get('/api/v1/surveys', bearer)).text) as { surveys: { id: string; responses: number }[] };
		expect(list.surveys).toEqual([expect.objectContaining({ id: surveyId, responses: 30 })]);
		const report = JSON.parse((await outsider.get(`/api/v1/surveys/${surveyId}/report`, bearer)).text) as {
			report: { total: { respondents: number; factors: { factorKey: string; currentMedian: number }[] }; byUnit: { key: string; suppressed: boolean; respondents?: number }[] };
		};
		expect(report.report.total.respondents).toBe(30);
		expect(String(report.report.total.factors[0]!.currentMedian).replace('.', ',')).toBe(medianText(sent.map((r) => r.current)));
		const small = report.report.byUnit.find((u) => u.key === units.C)!;
		expect(small).toEqual({ key: units.C, suppressed: true });
		const raw = JSON.parse((await outsider.get(`/api/v1/surveys/${surveyId}/responses`, bearer)).text) as { responses: unknown[] };
		expect(raw.responses).toHaveLength(30);
		expect((await outsider.get('/api/v1/surveys/00000000-0000-0000-0000-000000000000/report', bearer)).status).toBe(404);
		// Writing is not part of the API: a POST without the app's origin is refused.
		expect((await outsider.send('POST', '/api/v1/surveys', { ...bearer, origin: null })).status).toBe(403);
	});

	it('refuses bad input with a 4xx and stores nothing', async () => {
		const before = await stored();
		const base = sent[0]!;
		const cases: [string, (f: Record<string, string>) => Fields][] = [
			['unknown role', (f) => ({ ...f, role: 'rector' })],
			['role not asked', (f) => ({ ...f, role: '' })],
			['unknown unit', (f) => ({ ...f, unit: '00000000-0000-0000-0000-000000000000' })],
			['phase out of range', (f) => ({ ...f, [`current.${factors[3]!.key}`]: '4' })],
			['oversized text', (f) => ({ ...f, [`needed.${factors[2]!.key}`]: 'x'.repeat(4001) })],
			['unknown field', (f) => ({ ...f, extra: '1' })],
			['bad submission id', (f) => ({ ...f, submission: 'not-a-uuid' })]
		];
		for (const [what, change] of cases) {
			const { client, submission } = await openLink();
			const reply = await client.post(`/r/${code}?/submit`, change({ ...answers(base, units.A), submission }));
			expect(reply.status, what).toBeGreaterThanOrEqual(400);
			expect(reply.status, what).toBeLessThan(500);
		}
		expect(await stored()).toEqual(before);

		// The same submission twice: the second is refused and not stored again.
		const { client, submission } = await openLink();
		const fields = { ...answers(base, units.B), submission };
		expect((await client.post(`/r/${code}?/submit`, fields)).status).toBe(303);
		const again = await client.post(`/r/${code}?/submit`, fields);
		expect(again.status).toBe(409);
		expect(visibleText(again.text)).toContain(s.errors.duplicate);
		const fresh = new Client(app.url);
		fresh.cookies.set('bw_respondent', 'x'.repeat(43));
		expect((await fresh.post(`/r/${code}?/submit`, fields)).status).toBe(409);
		expect(await count('survey_response')).toBe(31);

		// Not open yet: a clear refusal, nothing stored.
		const tomorrow = new Date(Date.now() + 2 * 86400000).toISOString().slice(0, 10);
		const future = await admin.post('/surveys/new', { title: 'Later', level: 'institution', unit: '', opensAt: tomorrow, closesAt: tomorrow, minGroupSize: '5', message: '', roles: ['medewerker'] });
		const futureCode = (await admin.get(future.location!)).text.match(/\/r\/([A-Za-z0-9_-]{22})/)![1]!;
		const early = new Client(app.url);
		expect(visibleText((await early.get(`/r/${futureCode}`)).text)).toMatch(textPattern(s.respondent.notOpen, { date: /.+/ }));
		const tooEarly = await early.post(`/r/${futureCode}?/submit`, { ...answers({ ...base, role: 'medewerker' }, ''), submission: randomUUID() });
		expect(tooEarly.status).toBe(403);
		expect(visibleText(tooEarly.text)).toContain(s.errors.notOpen);
		expect(await count('survey_response')).toBe(31);

		// Closed: a clear refusal, nothing stored.
		expect((await admin.post(`/surveys/${surveyId}?/close`, {})).status).toBe(200);
		const late = new Client(app.url);
		expect(visibleText((await late.get(`/r/${code}`)).text)).toContain(s.respondent.closed);
		const refused = await late.post(`/r/${code}?/submit`, { ...answers(base, units.A), submission: randomUUID() });
		expect(refused.status).toBe(403);
		expect(visibleText(refused.text)).toContain(s.errors.closed);
		expect(await count('survey_response')).toBe(31);
	});

	it('shares a read-only report by an unguessable, revocable link', async () => {
		const reply = await admin.post(`/surveys/${surveyId}?/share`, {});
		const link = linkField(reply.text, 'share-link')!;
		expect(link).toMatch(/\/surveys\/shared\/[A-Za-z0-9_-]{43}$/);
		const manager = new Client(app.url);
		const shared = await manager.get(new URL(link).pathname);
		expect(shared.status).toBe(200);
		expect(visibleText(shared.text)).toContain(format(s.report.respondents, { n: 31 }));
		expect(shared.text).not.toContain('Faculteit Klein');
		// Read-only: no plan forms.
		expect(shared.text).not.toContain('?/addAction');
		const stored = await app.db.selectFrom('survey').select('share_token_hash').where('id', '=', surveyId).executeTakeFirstOrThrow();
		expect(link).not.toContain(stored.share_token_hash!);
		await page.goto(new URL(link).pathname);
		expect(await axeViolations(page)).toEqual([]);
		expect((await admin.post(`/surveys/${surveyId}?/revokeShare`, {})).status).toBe(200);
		expect((await manager.get(new URL(link).pathname)).status).toBe(404);
	});

	it('made no third-party requests and hit no CSP or script problems', () => {
		expect(foreign).toEqual([]);
		expect(problems).toEqual([]);
	});
});
