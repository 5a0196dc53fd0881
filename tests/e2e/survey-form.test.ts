/**
 * The respondent's paged form (issue 11) in Chromium on a 360 px phone: one page per category and
 * a review page, filled by keyboard with JavaScript and by tapping without it; the error summary
 * takes the focus and its links move the focus to the question; answers survive going back and
 * forth and a language switch; touch targets are at least 44 px; axe is clean on every page. The
 * facilitator writes the survey's title and message in Dutch and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadInstrument } from '$lib/instrument';
import { format, messages, type Language } from '$lib/i18n';
import { REVIEW_STEP } from '$lib/survey/survey-form';
import { Client, createUnit, setupFirstAdmin, startAppWithDb, visibleText, type App } from './http';
import { axeViolations, launch, startsWith } from './browser';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const [strategie, structuur, support] = instrument.categories;
const PASSWORD = 'een lange zin als wachtwoord';
const nl = messages('nl');
const en = messages('en');
const keysOf = (c: typeof strategie) => c!.factors.map((f) => f.key);

describe('the respondent’s paged form', () => {
	let app: App;
	let admin: Client;
	let browser: Browser;
	let surveyId: string;
	let code: string;

	const count = async (table: 'survey_response' | 'survey_draft') => Number((await app.db.selectFrom(table).select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

	beforeAll(async () => {
		app = await startAppWithDb();
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Formulier', name: 'Fien', email: 'fien@example.nl', password: PASSWORD });
		await createUnit(admin, 'Faculteit Alfa', 'sector');
		const today = new Date().toISOString().slice(0, 10);
		const reply = await admin.post('/surveys/new', {
			title: 'Brede zelfscan 2026',
			titleEn: '',
			level: 'institution',
			unit: '',
			opensAt: today,
			closesAt: new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10),
			askUnit: 'on',
			minGroupSize: '5',
			message: 'Doe mee, het duurt tien minuten.',
			messageEn: '',
			roles: ['bestuurder', 'medewerker', 'student']
		});
		expect(reply.status).toBe(303);
		surveyId = reply.location!.match(/^\/surveys\/([0-9a-f-]{36})$/)![1]!;
		code = (await admin.get(`/surveys/${surveyId}`)).text.match(/\/r\/([A-Za-z0-9_-]{22})/)![1]!;
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	/** The heading of the current page, "Stap n van 4 …". */
	const stepHeading = (p: Page, language: Language, n: number) => p.getByRole('heading', { level: 2, name: startsWith(format(messages(language).survey.form.stepOf, { n, total: 4 })) });
	const focusedId = (p: Page) => p.evaluate(() => document.activeElement?.id ?? '');
	const summaryFocused = (p: Page) => p.locator('.error-summary:focus').count();

	/** Every control a finger uses on this page is at least 44 × 44 px (WCAG 2.5.5, and the requirement). */
	async function smallTargets(p: Page): Promise<string[]> {
		const small: string[] = [];
		for (const target of await p.locator('#answers label.choice, #answers button:visible, #answers select, #answers summary, .language-switch, .change-link, .error-summary a').all()) {
			const box = await target.boundingBox();
			if (box && (box.height < 44 || box.width < 44)) small.push(`${(await target.textContent())?.trim().slice(0, 40)}: ${Math.round(box.width)}×${Math.round(box.height)}`);
		}
		return small;
	}

	it('lets a facilitator write the title and message in Dutch and English, refusing what is too long', async () => {
		const tooLong = await admin.post(`/surveys/${surveyId}?/texts`, { title: 'Brede zelfscan 2026', titleEn: 'x'.repeat(201), message: 'Doe mee', messageEn: '' });
		expect(tooLong.status).toBe(400);
		expect(visibleText(tooLong.text)).toContain(nl.survey.errors.title_long);
		expect(await app.db.selectFrom('survey').select('title_en').executeTakeFirstOrThrow()).toEqual({ title_en: '' });

		const context = await browser.newContext({ baseURL: app.url, locale: 'nl-NL', viewport: { width: 1366, height: 768 } });
		const p = await context.newPage();
		await p.goto('/login');
		await p.getByLabel(nl.auth.email).fill('fien@example.nl');
		await p.getByLabel(nl.auth.password).fill(PASSWORD);
		await p.getByRole('button', { name: nl.auth.loginButton }).click();
		await p.waitForURL((u) => !u.pathname.startsWith('/login'));
		await p.goto(`/surveys/${surveyId}`);
		await p.getByLabel(format(nl.common.inEnglish, { label: nl.survey.title })).fill('Institution-wide self-scan 2026');
		await p.getByLabel(format(nl.common.inEnglish, { label: nl.survey.message })).fill('Join in, it takes ten minutes.');
		await p.getByRole('button', { name: nl.survey.textsSave }).click();
		await expect.poll(() => p.getByText(nl.survey.textsSaved).isVisible()).toBe(true);
		expect(await axeViolations(p)).toEqual([]);
		await context.close();
		expect(await app.db.selectFrom('survey').select(['title', 'title_en', 'message_en']).executeTakeFirstOrThrow()).toEqual({
			title: 'Brede zelfscan 2026',
			title_en: 'Institution-wide self-scan 2026',
			message_en: 'Join in, it takes ten minutes.'
		});
	});

	it('is filled by keyboard on a phone: errors link to their questions, answers survive going back and forth and a language switch, axe is clean on every page', async () => {
		const context: BrowserContext = await browser.newContext({ baseURL: app.url, locale: 'nl-NL', viewport: { width: 360, height: 800 } });
		const p = await context.newPage();
		const before = await count('survey_response');
		await p.goto(`/r/${code}`);
		await stepHeading(p, 'nl', 1).waitFor();
		expect(await p.locator('h1').textContent()).toBe('Brede zelfscan 2026');
		// The descriptors are folded; each page is a few screens, not 19,000 px.
		expect(await p.locator('details.phase-details[open]').count()).toBe(0);
		expect(await p.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(9000);
		expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await axeViolations(p)).toEqual([]);
		expect(await smallTargets(p)).toEqual([]);

		// Moving on with nothing answered: a summary at the top takes the focus and lists each question.
		await p.getByRole('button', { name: startsWith(nl.survey.form.next) }).click();
		await expect.poll(() => summaryFocused(p)).toBe(1);
		const links = p.locator('.error-summary a');
		// One entry per factor with nothing answered, not one per question.
		expect(await links.count()).toBe(2 + strategie!.factors.length);
		expect(await links.nth(0).textContent()).toBe(nl.survey.form.missingRole);
		expect(await links.nth(2).textContent()).toBe(format(nl.survey.form.missingBoth, { factor: strategie!.factors[0]!.name.nl }));
		// At each question its own message, tied to it for screen readers.
		const firstCurrent = p.getByRole('radiogroup', { name: new RegExp(`${strategie!.factors[0]!.name.nl}.*${nl.plan.whereNow.replace('?', '\\?')}`) });
		expect(await firstCurrent.getAttribute('aria-describedby')).toBeTruthy();
		expect(await p.locator(`#${(await firstCurrent.getAttribute('aria-describedby'))!}`).textContent()).toBe(format(nl.survey.form.missingCurrent, { factor: strategie!.factors[0]!.name.nl }));
		expect(await axeViolations(p)).toEqual([]);
		expect(await smallTargets(p)).toEqual([]);
		// From the summary, Tab and Enter: the focus goes to the question itself.
		await p.keyboard.press('Tab');
		await p.keyboard.press('Enter');
		expect(await focusedId(p)).toBe('field-role');
		await links.nth(2).click();
		expect(await focusedId(p)).toBe(`factor-${strategie!.factors[0]!.key}-current`);

		// By keyboard: the role, the unit, then per factor "now", "desired" (phase 1 + arrows) and Tab onwards.
		await p.locator('#field-role').focus();
		await p.keyboard.press('ArrowDown'); // medewerker
		await p.keyboard.press('Tab');
		expect(await focusedId(p)).toBe('field-unit');
		await p.keyboard.press('ArrowDown'); // Faculteit Alfa
		await answerByKeyboard(p, keysOf(strategie), 'ArrowDown');
		// A phase descriptor opens on demand, by keyboard too.
		await p.locator('details.phase-details summary').first().focus();
		await p.keyboard.press('Enter');
		expect(await p.locator('details.phase-details').first().getAttribute('open')).not.toBeNull();
		expect(await p.getByText(strategie!.factors[0]!.descriptors[0].nl).isVisible()).toBe(true);
		// Enter in a radio group moves on (the form's default button is "next", not the language switch).
		await p.locator(`#factor-${keysOf(strategie)[0]}-current`).focus();
		await p.keyboard.press('Enter');
		await stepHeading(p, 'nl', 2).waitFor();
		expect(new URL(p.url()).searchParams.get('step')).toBe(structuur!.key);
		expect(await axeViolations(p)).toEqual([]);

		// Back: the first page's answers are there.
		await p.getByRole('button', { name: startsWith(`← ${nl.survey.form.back}`) }).click();
		await stepHeading(p, 'nl', 1).waitFor();
		expect(await p.getByRole('radio', { name: nl.survey.roles.medewerker }).isChecked()).toBe(true);
		for (const key of keysOf(strategie)) expect(await p.locator(`input[name="current.${key}"][value="2"]`).isChecked()).toBe(true);
		await p.getByRole('button', { name: startsWith(nl.survey.form.next) }).click();
		await stepHeading(p, 'nl', 2).waitFor();

		// Half a page answered, then English: the answers stay, the page and the survey's title change language.
		const half = keysOf(structuur).slice(0, 2);
		await answerByKeyboard(p, half, 'ArrowDown');
		await p.getByRole('button', { name: nl.common.switchLanguageLabel }).click();
		await stepHeading(p, 'en', 2).waitFor();
		expect(await p.locator('h1').textContent()).toBe('Institution-wide self-scan 2026');
		for (const key of half) expect(await p.locator(`input[name="desired.${key}"][value="3"]`).isChecked()).toBe(true);
		expect(await axeViolations(p)).toEqual([]);
		await answerByKeyboard(p, keysOf(structuur).slice(2), 'ArrowDown');
		await p.getByRole('button', { name: startsWith(en.survey.form.next) }).click();
		await stepHeading(p, 'en', 3).waitFor();
		// "Don't know" stays an answer: ArrowUp from phase 1 wraps to it.
		await answerByKeyboard(p, keysOf(support), 'ArrowUp');
		await p.getByRole('button', { name: startsWith(en.survey.form.toReview) }).click();
		await stepHeading(p, 'en', 4).waitFor();
		expect(await axeViolations(p)).toEqual([]);
		expect(await smallTargets(p)).toEqual([]);
		const review = await p.locator('main').innerText();
		expect(review).toContain(en.survey.roles.medewerker);
		expect(review).toContain('Faculteit Alfa');
		expect(review).toContain(en.plan.unknownOption);
		expect(review).not.toContain(en.survey.form.notAnswered);

		// "Change" on the review page leads back to the page, with its answers.
		// The link's name is "Change" and the category (hidden text, for screen readers).
		await p.getByRole('link', { name: new RegExp(`^${en.survey.form.change}\\W+${structuur!.name.en}$`) }).click();
		await stepHeading(p, 'en', 2).waitFor();
		for (const key of keysOf(structuur)) expect(await p.locator(`input[name="current.${key}"][value="2"]`).isChecked()).toBe(true);
		expect(await count('survey_response')).toBe(before);
		await p.goto(`/r/${code}?step=${REVIEW_STEP}`);
		await p.getByRole('button', { name: en.survey.respondent.submit }).click();
		await p.getByText(en.survey.respondent.thanks).waitFor();
		expect(await count('survey_response')).toBe(before + 1);
		expect(await count('survey_draft')).toBe(0);
		const stored = await app.db.selectFrom('survey_answer').select(['factor_key', 'current_phase', 'desired_phase', 'desired_unknown']).execute();
		expect(stored).toHaveLength(instrument.categories.flatMap((c) => c.factors).length);
		expect(stored.find((r) => r.factor_key === keysOf(support)[0])).toMatchObject({ current_phase: null, desired_unknown: 1 });
		expect(stored.find((r) => r.factor_key === keysOf(strategie)[0])).toMatchObject({ current_phase: 2, desired_phase: 3 });
		await context.close();
	});

	/**
	 * Answers each factor by keyboard, starting on its "now" group: Space chooses phase 1, then `arrow`
	 * once for "now" and twice for "desired" (ArrowDown: phase 2 and 3; ArrowUp wraps to "weet ik
	 * niet"); Tab goes from group to group, through the text and the next factor's descriptors.
	 */
	async function answerByKeyboard(p: Page, keys: string[], arrow: 'ArrowDown' | 'ArrowUp') {
		for (const key of keys) {
			await p.locator(`#factor-${key}-current`).focus();
			await p.keyboard.press('Space');
			await p.keyboard.press(arrow);
			await p.keyboard.press('Tab');
			expect(await p.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(`desired.${key}`);
			await p.keyboard.press('Space');
			await p.keyboard.press(arrow);
			if (arrow === 'ArrowDown') await p.keyboard.press(arrow);
			await p.keyboard.press('Tab');
			expect(await focusedId(p)).toBe(`factor-${key}-needed`);
		}
	}

	it('is filled by tapping on a phone without JavaScript, the summary focused on load and its links moving the focus', async () => {
		const context = await browser.newContext({ baseURL: app.url, locale: 'nl-NL', viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true, javaScriptEnabled: false });
		const p = await context.newPage();
		const before = await count('survey_response');
		const tapChoice = (inputSelector: string) => p.locator('label.choice', { has: p.locator(inputSelector) }).tap();
		const tapPage = async (keys: string[], current: string, desired: string) => {
			for (const key of keys) {
				await tapChoice(`input[name="current.${key}"][value="${current}"]`);
				await tapChoice(`input[name="desired.${key}"][value="${desired}"]`);
			}
		};
		await p.goto(`/r/${code}`);
		await stepHeading(p, 'nl', 1).waitFor();
		await tapChoice('input[name="role"][value="student"]');
		await p.getByLabel(nl.survey.respondent.unit).selectOption({ label: 'Faculteit Alfa' });
		await tapPage(keysOf(strategie).slice(1), '1', '2');
		await p.getByRole('button', { name: startsWith(nl.survey.form.next) }).tap();
		// Refused: the page comes back with the summary focused (autofocus, no script) and every tapped answer kept.
		await stepHeading(p, 'nl', 1).waitFor();
		expect(await summaryFocused(p)).toBe(1);
		expect(await p.locator('input[name="role"][value="student"]').isChecked()).toBe(true);
		expect(await p.locator(`input[name="current.${keysOf(strategie)[1]}"][value="1"]`).isChecked()).toBe(true);
		const links = p.locator('.error-summary a');
		expect(await links.count()).toBe(1);
		await links.nth(0).tap();
		expect(await p.locator(`#factor-${keysOf(strategie)[0]}-current:focus`).count()).toBe(1);
		// The question stays in view above the field the link jumped to: its legend, then its message.
		const legendTop = await p.locator(`#factor-${keysOf(strategie)[0]}-current`).evaluate((input) => input.closest('fieldset')!.querySelector('legend')!.getBoundingClientRect().top);
		expect(legendTop).toBeGreaterThanOrEqual(0);
		expect(await smallTargets(p)).toEqual([]);
		await tapPage(keysOf(strategie).slice(0, 1), '3', '3');
		await p.getByRole('button', { name: startsWith(nl.survey.form.next) }).tap();
		await stepHeading(p, 'nl', 2).waitFor();

		// Tapped answers, then English before moving on: stored with the switch, shown in English.
		await tapPage(keysOf(structuur), '2', '2');
		await p.getByRole('button', { name: nl.common.switchLanguageLabel }).tap();
		await stepHeading(p, 'en', 2).waitFor();
		for (const key of keysOf(structuur)) expect(await p.locator(`input[name="desired.${key}"][value="2"]`).isChecked()).toBe(true);
		await p.getByRole('button', { name: startsWith(`← ${en.survey.form.back}`) }).tap();
		await stepHeading(p, 'en', 1).waitFor();
		expect(await p.locator(`input[name="current.${keysOf(strategie)[0]}"][value="3"]`).isChecked()).toBe(true);
		await p.getByRole('button', { name: startsWith(en.survey.form.next) }).tap();
		await p.getByRole('button', { name: startsWith(en.survey.form.next) }).tap();
		await stepHeading(p, 'en', 3).waitFor();
		await tapPage(keysOf(support), 'unknown', '3');
		await p.getByRole('button', { name: startsWith(en.survey.form.toReview) }).tap();
		await stepHeading(p, 'en', 4).waitFor();
		expect(await smallTargets(p)).toEqual([]);
		await p.getByRole('button', { name: en.survey.respondent.submit }).tap();
		await p.getByText(en.survey.respondent.thanks).waitFor();
		expect(await count('survey_response')).toBe(before + 1);
		await context.close();
	});
});
