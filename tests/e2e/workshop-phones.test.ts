/**
 * The participants' phones in step 3, in a real browser at 360 px: one card at a time with
 * "Volgende"/"Vorige", one's own score and the table's score told apart, touch targets of at least
 * 44 px; a phone without JavaScript scoring and editing the shared sheet with forms that post and
 * come back (a clash keeps both versions); the institution's own questions answered and in the
 * result and its export; who is at the table and who is typing where, shown to that table only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { format, messages } from '$lib/i18n';
import { axeViolations, launch, newContext, startsWith, textPattern } from './browser';
import { startAppWithDb, type App } from './http';
import { parseCsv } from '$lib/server/export/csv-reader';

let app: App;
let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];
const m = messages('nl');
const p = m.workshopPhone;
const t = m.instruments;
const PHASE_QUESTION = 'Hoe ver is onze roosterplanning?';
const TEXT_QUESTION = 'Wat maakt onze aanpak eigen?';

async function phone({ javaScript = true } = {}): Promise<Page> {
	if (javaScript) {
		const made = await newContext(browser, app.url);
		contexts.push(made.context);
		const page = await made.context.newPage();
		await page.setViewportSize({ width: 360, height: 800 });
		page.setDefaultTimeout(10_000);
		page.on('close', () => problems.push(...made.pageProblems));
		return page;
	}
	// A locked-down phone: no JavaScript at all.
	const context = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false, locale: 'nl-NL', viewport: { width: 360, height: 800 } });
	contexts.push(context);
	const page = await context.newPage();
	page.setDefaultTimeout(10_000);
	return page;
}

/**
 * axe needs JavaScript in the page, which a phone without it has not: the same page (same cookie,
 * same address) in a browser that blocks the app's own scripts renders what that phone renders.
 */
async function axeAsWithoutJavaScript(page: Page): Promise<string[]> {
	const context = await browser.newContext({ baseURL: app.url, locale: 'nl-NL', viewport: { width: 360, height: 800 } });
	try {
		await context.addCookies(await page.context().cookies());
		await context.route('**/_app/**/*.js', (route) => route.abort());
		const copy = await context.newPage();
		await copy.goto(page.url());
		return await axeViolations(copy);
	} finally {
		await context.close();
	}
}

async function sees(page: Page, text: string | RegExp, timeout = 8000): Promise<void> {
	await page.getByText(text).first().waitFor({ state: 'visible', timeout });
}

beforeAll(async () => {
	app = await startAppWithDb();
	browser = await launch();
}, 60_000);

afterAll(async () => {
	for (const c of contexts) await c.close();
	await browser?.close();
	await app?.stop();
});

describe('the phones in step 3', () => {
	let leader: Page;
	let code = '';
	let anna: Page; // JavaScript, 360 px
	let bram: Page; // JavaScript, same table
	let cas: Page; // no JavaScript, same table
	let dirk: Page; // another table

	it('lets an institution add its own questions and a leader run a workshop that asks names', async () => {
		const made = await newContext(browser, app.url);
		contexts.push(made.context);
		leader = await made.context.newPage();
		await leader.goto('/setup');
		await leader.getByLabel(m.auth.institutionName).fill('Hogeschool Veerkracht');
		await leader.getByLabel(m.auth.yourName).fill('Ada');
		await leader.getByLabel(m.auth.email).fill('ada@example.nl');
		await leader.getByLabel(m.auth.password, { exact: true }).fill('een lange zin als wachtwoord');
		await leader.getByLabel(m.auth.passwordRepeat).fill('een lange zin als wachtwoord');
		await leader.getByRole('button', { name: m.auth.createAdmin }).click();
		await leader.waitForURL('**/admin');

		// The institution's own version of the instrument, with a phase question and a text question.
		await leader.goto('/admin/instruments');
		await leader.getByRole('button', { name: t.startDraft }).click();
		await leader.getByRole('link', { name: t.editDraft }).click();
		await leader.waitForURL('**/admin/instruments/draft');
		// Keys are made from the names; the admin types none.
		for (const [kind, nl, en] of [
			['phase', PHASE_QUESTION, 'How far is our timetabling?'],
			['text', TEXT_QUESTION, 'What makes our approach our own?']
		] as const) {
			await leader.getByLabel(t.kind, { exact: true }).selectOption(kind);
			await leader.getByLabel(format(m.common.inDutch, { label: t.question })).fill(nl);
			await leader.getByLabel(format(m.common.inEnglish, { label: t.question })).fill(en);
			await leader.getByRole('button', { name: t.addQuestion }).click();
			await expect.poll(() => leader.getByText(nl).count()).toBeGreaterThan(0);
		}
		await leader.goto('/admin/instruments');
		await leader.getByRole('button', { name: format(t.publish, { version: 2 }) }).click();
		await expect.poll(() => leader.getByRole('status').first().textContent()).toContain(format(t.published, { version: 2 }));

		await leader.goto('/workshops/new');
		await leader.getByLabel(m.workshopUi.workshopTitle).fill('Telefoons');
		await leader.getByLabel(m.workshopUi.askNames).check();
		await leader.getByRole('button', { name: m.workshopUi.create }).click();
		await leader.waitForURL(/\/workshops\/[0-9a-f-]{36}$/);
		await leader.getByRole('button', { name: m.workshop.control.openJoining }).click();
		code = (await leader.locator('.join-code').textContent())?.trim() ?? '';
		expect(code).not.toBe('');
	});

	it('seats three phones at the Strategie table (one without JavaScript) and one elsewhere, and starts the analysis', async () => {
		const joinAs = async (page: Page, name: string, category: string) => {
			await page.goto(`/join?code=${code.replace(/-/g, '')}`);
			await page.getByLabel(m.workshopUi.displayName).fill(name);
			await page.getByLabel(category).check();
			await page.getByRole('button', { name: m.workshopUi.joinButton }).click();
			await page.waitForURL('**/w');
		};
		anna = await phone();
		bram = await phone();
		cas = await phone({ javaScript: false });
		dirk = await phone();
		await joinAs(anna, 'Anna', 'Strategie');
		await joinAs(bram, 'Bram', 'Strategie');
		await joinAs(cas, 'Cas', 'Strategie');
		await joinAs(dirk, 'Dirk', 'Structuur');

		await leader.getByRole('button', { name: m.workshop.groups.distribute }).click();
		// Distributing balances the tables; the leader seats the three together, as a room would.
		// First the page shows everyone seated (so no reload of the distribution overtakes a move).
		const seat = (name: string) => leader.getByLabel(`${m.workshop.groups.moveTo}: ${name}`);
		for (const name of ['Anna', 'Bram', 'Cas', 'Dirk']) await expect.poll(() => seat(name).inputValue()).not.toBe('');
		const wanted = [['Anna', 1], ['Bram', 1], ['Cas', 1], ['Dirk', 2]] as const;
		for (const [name, n] of wanted) {
			if ((await seat(name).inputValue()) === `table-${n}`) continue;
			await seat(name).selectOption({ label: format(m.workshop.groups.name, { n }) });
			await Promise.all([
				leader.waitForResponse((r) => r.url().includes('/move') && r.request().method() === 'POST'),
				leader.getByRole('button', { name: new RegExp(`^${m.workshop.groups.moveTo}\\s*:\\s*${name}$`) }).click()
			]);
		}
		await leader.reload();
		for (const [name, n] of wanted) expect(await seat(name).inputValue()).toBe(`table-${n}`);
		await leader.getByRole('button', { name: m.workshop.control.start }).click();
		for (const title of [m.workshop.steps.explain.title, m.workshop.steps.analyse.title]) {
			await leader.getByRole('button', { name: textPattern(m.workshopConsole.nextAction, { title: /.+/ }) }).click();
			await leader.locator('.current-step', { hasText: title }).waitFor({ timeout: 5000 });
		}
		for (const page of [anna, bram]) await sees(page, format(p.factorOf, { n: 1, total: 5 }));
		await sees(dirk, format(p.factorOf, { n: 1, total: 6 }));
		await cas.reload();
		await sees(cas, format(p.factorOf, { n: 1, total: 5 }));
	});

	it('shows one factor at a time at 360 px, the own score and the table’s score clearly apart, with big touch targets', async () => {
		await sees(anna, format(p.factorOf, { n: 1, total: 5 }));
		// Two sections with their own headings, the own one first.
		const own = anna.locator('section.score.own');
		const table = anna.locator('section.score.table');
		expect(await anna.getByRole('heading', { name: textPattern(p.ownHeading) }).count()).toBe(1);
		expect(await anna.getByRole('heading', { name: textPattern(p.tableHeading) }).count()).toBe(1);
		const [ownBox, tableBox] = [await own.first().boundingBox(), await table.first().boundingBox()];
		expect(ownBox!.y).toBeLessThan(tableBox!.y);
		// Not by colour alone: a different border too.
		const border = (sel: string) => anna.locator(sel).first().evaluate((el) => getComputedStyle(el).borderTopStyle + ' ' + getComputedStyle(el).borderLeftWidth);
		expect(await border('section.score.own')).not.toBe(await border('section.score.table'));
		// Only one factor's radio groups are on screen: two of one's own, two of the table.
		expect(await anna.getByRole('radiogroup').count()).toBe(4);
		// The task is on the first card only.
		expect(await anna.getByText(m.workshop.analyseTasks[Object.keys(m.workshop.analyseTasks)[0] as keyof typeof m.workshop.analyseTasks]).count()).toBe(1);

		await anna.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereNow}`) }).getByLabel(format(m.plan.phaseOption, { n: 2 })).check();
		await anna.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereTo}`) }).getByLabel(format(m.plan.phaseOption, { n: 3 })).check();
		await expect.poll(() => anna.getByText(m.workshop.sheet.notSaved).count(), { timeout: 8000 }).toBe(0);

		// Touch targets: every phase choice, and the way on.
		const small = await anna.locator('main label.choice, main .pager a, main .button, main summary').evaluateAll((els) =>
			els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.getBoundingClientRect()).filter((r) => r.height < 44 || r.width < 44).map((r) => `${r.width}x${r.height}`)
		);
		expect(small).toEqual([]);
		expect(await anna.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await axeViolations(anna)).toEqual([]);

		await anna.getByRole('link', { name: startsWith(p.next) }).click();
		await sees(anna, format(p.factorOf, { n: 2, total: 5 }));
		expect(await anna.getByRole('radiogroup').count()).toBe(4);
		// The task is folded away now, not repeated.
		expect(await anna.getByText(p.tasksAgain).count()).toBe(1);
		await anna.getByRole('link', { name: startsWith(p.previous) }).click();
		await sees(anna, format(p.factorOf, { n: 1, total: 5 }));
		// What she chose is still hers.
		expect(await anna.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereNow}`) }).getByLabel(format(m.plan.phaseOption, { n: 2 })).isChecked()).toBe(true);
	});

	it('keeps a tap on “next” when a table mate’s score reloads the screen while the next card is still loading', async () => {
		await sees(anna, format(p.factorOf, { n: 1, total: 5 }));
		// A slow phone: Anna's next card takes 1.5 s to load.
		const slow = '**/__data.json*';
		await anna.route(slow, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue().catch(() => undefined);
		});
		await anna.getByRole('link', { name: startsWith(p.next) }).click();
		// Meanwhile Bram scores: every screen at the table reloads its data (a few hundred ms later).
		await bram.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereTo}`) }).getByLabel(format(m.plan.phaseOption, { n: 2 })).check();
		await sees(anna, format(p.factorOf, { n: 2, total: 5 }));
		expect(new URL(anna.url()).searchParams.get('card')).toBe('2');
		await anna.unroute(slow);
		await anna.getByRole('link', { name: startsWith(p.previous) }).click();
		await sees(anna, format(p.factorOf, { n: 1, total: 5 }));
	});

	it('shows who is at the table by name and who is typing where, to that table only', async () => {
		await sees(anna, format(p.presenceNames, { names: 'Anna, Bram, Cas' }));
		// Bram types in the first factor's "what is needed": Anna sees where, Dirk (another table) sees nothing of it.
		await bram.getByLabel(startsWith(m.plan.whatNeeded)).first().pressSequentially('Een visie');
		await sees(anna, textPattern(p.typingAt, { names: 'Bram', place: /.+/ }));
		expect(await dirk.getByText('Bram').count()).toBe(0);
		expect(await dirk.locator('main').textContent()).not.toMatch(/Anna|Bram|Cas/);
		await sees(dirk, p.presenceAlone);
		await expect.poll(() => bram.getByText(m.workshop.sheet.notSaved).count(), { timeout: 8000 }).toBe(0);
		await expect.poll(() => anna.getByLabel(startsWith(m.plan.whatNeeded)).first().inputValue(), { timeout: 8000 }).toBe('Een visie');
		expect(await axeViolations(dirk)).toEqual([]);
	});

	it('lets a phone without JavaScript score and edit the shared sheet with forms that post and come back', async () => {
		await cas.goto('/w?card=1');
		await sees(cas, format(p.factorOf, { n: 1, total: 5 }));
		expect(await axeAsWithoutJavaScript(cas)).toEqual([]);
		// One's own score.
		await cas.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereNow}`) }).getByLabel(format(m.plan.phaseOption, { n: 1 })).check();
		await cas.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereTo}`) }).getByLabel(format(m.plan.phaseOption, { n: 2 })).check();
		await cas.getByRole('button', { name: p.saveOwn }).click();
		await sees(cas, p.savedOwn);
		expect(await cas.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.yourOwn}): ${m.plan.whereNow}`) }).getByLabel(format(m.plan.phaseOption, { n: 1 })).isChecked()).toBe(true);
		// Anna's phone shows the new spread (two own scores now).
		await sees(anna, textPattern(m.workshop.sheet.spreadCounts, { one: 1, two: 1, three: 0, unknown: 0 }));

		// The table's score, on a page that still shows Bram's text: only what Cas changed is written.
		await cas.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.asGroup}): ${m.plan.whereNow}`) }).getByLabel(format(m.plan.phaseOption, { n: 1 })).check();
		await cas.getByRole('button', { name: p.saveTable }).click();
		await sees(cas, p.savedForTable);
		await expect.poll(() => anna.getByRole('radiogroup', { name: textPattern(`(${m.workshopUi.asGroup}): ${m.plan.whereNow}`) }).getByLabel(format(m.plan.phaseOption, { n: 1 })).isChecked(), { timeout: 8000 }).toBe(true);
		expect(await cas.getByLabel(startsWith(m.plan.whatNeeded)).first().inputValue()).toBe('Een visie');

		// A clash: Anna changes the text while Cas's page still shows the old one; both versions are kept.
		await anna.getByLabel(startsWith(m.plan.whatNeeded)).first().fill('Versie van Anna');
		await anna.getByLabel(startsWith(m.plan.whatNeeded)).first().blur();
		await expect.poll(() => anna.getByText(m.workshop.sheet.notSaved).count(), { timeout: 8000 }).toBe(0);
		await cas.getByLabel(startsWith(m.plan.whatNeeded)).first().fill('Versie van Cas');
		await cas.getByRole('button', { name: p.saveTable }).click();
		await sees(cas, m.workshop.sheet.conflictTitle);
		await sees(anna, m.workshop.sheet.conflictTitle);
		expect(await axeAsWithoutJavaScript(cas)).toEqual([]);
		// Cas keeps his own version, with a form too.
		await cas.getByRole('button', { name: new RegExp(`${startsWith(m.workshop.sheet.keepThis).source}\\s*:\\s*${textPattern(m.workshop.sheet.conflictAlternative, { name: 'Cas' }).source}`) }).click();
		await expect.poll(() => cas.getByText(m.workshop.sheet.conflictTitle).count()).toBe(0);
		await expect.poll(() => anna.getByText(m.workshop.sheet.conflictTitle).count(), { timeout: 8000 }).toBe(0);
		await expect.poll(() => anna.getByLabel(startsWith(m.plan.whatNeeded)).first().inputValue(), { timeout: 8000 }).toBe('Versie van Cas');

		// The last factor's card, then the priority and action points: add two points, remove one.
		for (let n = 1; n <= 5; n++) {
			await cas.getByRole('link', { name: startsWith(p.next) }).click();
			await cas.waitForURL((url) => url.searchParams.get('card') === String(n + 1));
		}
		await sees(cas, format(p.planCard, { category: 'Strategie' }));
		await cas.getByLabel(m.workshopUi.priorityFactor).selectOption({ label: 'Beleid' });
		await cas.getByLabel(startsWith(format(m.workshopUi.pointN, { n: 1 }))).fill('Werkgroep instellen');
		await cas.getByRole('button', { name: p.saveTable }).click();
		await sees(cas, p.savedForTable);
		await cas.getByLabel(startsWith(format(m.workshopUi.pointN, { n: 2 }))).fill('Visie =SUM(A1) delen');
		await cas.getByRole('button', { name: p.saveTable }).click();
		expect(await cas.getByLabel(format(m.workshopUi.pointN, { n: 2 }), { exact: true }).inputValue()).toBe('Visie =SUM(A1) delen');
		await cas.getByRole('button', { name: new RegExp(`^${m.workshop.sheet.removeActionPoint}\\s*:\\s*${format(m.workshopUi.pointN, { n: 1 })}$`) }).click();
		await expect.poll(() => cas.getByLabel(format(m.workshopUi.pointN, { n: 1 }), { exact: true }).inputValue()).toBe('Visie =SUM(A1) delen');
		expect(await cas.getByLabel(m.workshopUi.priorityFactor).inputValue()).toBe('beleid');
		expect(await axeAsWithoutJavaScript(cas)).toEqual([]);
		// Anna's phone follows.
		await anna.goto('/w?card=6');
		await expect.poll(() => anna.getByLabel(format(m.workshopUi.pointN, { n: 1 }), { exact: true }).inputValue(), { timeout: 8000 }).toBe('Visie =SUM(A1) delen');
		expect(await anna.getByLabel(format(m.workshopUi.pointN, { n: 2 }), { exact: true }).count()).toBe(0);
	});

	it('asks the institution’s own questions on the last card, on each phone, and shows the answers in the result and its export', async () => {
		await anna.getByRole('link', { name: startsWith(p.next) }).click();
		await anna.getByRole('heading', { name: t.questionsTitle }).waitFor();
		await anna.getByRole('radiogroup', { name: textPattern(PHASE_QUESTION) }).getByLabel(format(m.plan.phaseOption, { n: 2 })).check();
		await anna.getByLabel(TEXT_QUESTION).fill('Praktijkgericht <b>leren</b>');
		await anna.getByRole('button', { name: p.saveAnswers }).click();
		await sees(anna, p.answersSaved);
		expect(await axeViolations(anna)).toEqual([]);

		await cas.goto('/w?card=7');
		await cas.getByRole('radiogroup', { name: textPattern(PHASE_QUESTION) }).getByLabel(format(m.plan.phaseOption, { n: 2 })).check();
		await cas.getByRole('button', { name: p.saveAnswers }).click();
		await sees(cas, p.answersSaved);
		expect(await cas.getByRole('radiogroup', { name: textPattern(PHASE_QUESTION) }).getByLabel(format(m.plan.phaseOption, { n: 2 })).isChecked()).toBe(true);

		await leader.goto(leader.url());
		// Before the last step, closing is folded away on the leader's page.
		await leader.locator('summary', { hasText: m.workshopConsole.moreActions }).click();
		await leader.getByLabel(textPattern(m.workshopUi.closeConfirm)).check();
		await leader.getByRole('button', { name: m.workshop.control.close }).click();
		await sees(leader, m.workshopUi.closedLeader);
		const onScreen = await leader.locator('[data-own-question]').evaluateAll((dds) => dds.map((dd) => [dd.previousElementSibling?.textContent?.trim() ?? '', dd.textContent ?? '']));
		const phaseName = (await leader.evaluate(() => document.body.innerText)).includes('2 × Fase 2');
		expect(phaseName).toBe(true);
		expect(onScreen.map(([q]) => q)).toEqual([PHASE_QUESTION, TEXT_QUESTION]);
		expect(onScreen[0]![1]).toMatch(/^2 × Fase 2 · /);
		expect(onScreen[1]![1]).toBe('– Praktijkgericht <b>leren</b>');
		expect(await axeViolations(leader)).toEqual([]);

		// The export says what the screen says.
		// From the workshop's path: a form posted before the page's script ran leaves its action in the address (`?/command`).
		const workshopPath = new URL(leader.url()).pathname;
		const csv = parseCsv((await (await leader.request.get(`${workshopPath}/export/csv`)).text()).replace(/^\uFEFF/, ''));
		const cell = (record: string[], header: string) => record[csv[0]!.indexOf(header)]!;
		expect(csv.filter((r) => r[0] === m.export.csvSections.ownQuestion).map((r) => [cell(r, m.export.columns.question), cell(r, m.export.columns.answer)])).toEqual(onScreen);
	});

	it('made no page report a script error or CSP violation', async () => {
		for (const c of contexts) for (const page of c.pages()) await page.close();
		expect(problems).toEqual([]);
	});
});
