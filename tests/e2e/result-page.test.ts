/**
 * The scan's result page as a quality officer uses it (the plan first, what helps folded per
 * factor, saves confirmed, saved action points as rows), on a phone and a laptop, with and without
 * JavaScript; and the links people pass on (survey respondent link, invitation link) with their
 * copy button and the invitation list that says for whom each invitation is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { format, messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import { formatDate } from '$lib/i18n/format';
import { axeViolations, launch, startsWith, textPattern } from './browser';
import { startApp } from './global-setup';
import { answer, createScan, setupFirstAdmin, type Client } from './http';

const m = messages('nl');
const PASSWORD = 'een lange zin als wachtwoord';
const HOSTILE = '<script>alert(1)</script>';

describe('the scan’s result page and the links people pass on', () => {
	let app: { url: string; stop: () => Promise<void> };
	let browser: Browser;
	let admin: Client;
	let scanId: string;
	const contexts: BrowserContext[] = [];

	/** A page in a browser context of its own, signed in as the administrator. */
	async function signedIn(options: { javaScript?: boolean; width?: number; height?: number } = {}): Promise<Page> {
		const context = await browser.newContext({
			baseURL: app.url,
			locale: 'nl-NL',
			javaScriptEnabled: options.javaScript ?? true,
			viewport: { width: options.width ?? 1366, height: options.height ?? 768 }
		});
		contexts.push(context);
		const page = await context.newPage();
		await page.goto('/login');
		await page.getByLabel(m.auth.email).fill('ada@example.nl');
		await page.getByLabel(m.auth.password).fill(PASSWORD);
		await page.getByRole('button', { name: m.auth.loginButton }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/login'));
		return page;
	}

	beforeAll(async () => {
		app = await startApp();
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Resultaat', name: 'Ada', email: 'ada@example.nl', password: PASSWORD });
		scanId = await createScan(admin, { title: 'Scan van de opleiding', level: 'institution' });
		// Three factors with a gap: Doelstellingen 1 → 3, Beleid 1 → 2, Infrastructuur 2 → 3.
		for (const [factor, current, desired] of [
			['doelstellingen', '1', '3'],
			['beleid', '1', '2'],
			['infrastructuur', '2', '3']
		] as const) {
			expect((await answer(admin, scanId, { factor, current, desired, needed: '' })).status).toBe(200);
		}
		browser = await launch();
	});
	afterAll(async () => {
		for (const context of contexts) await context.close();
		await browser?.close();
		await app?.stop();
	});

	for (const [device, width, height] of [
		['a phone', 360, 800],
		['a laptop', 1366, 768]
	] as const) {
		it(`shows the action plan before the chart on ${device}, with each factor’s gap in the priority choice`, async () => {
			const page = await signedIn({ width, height });
			await page.goto(`/scans/${scanId}/result`);
			const plan = page.getByRole('region', { name: 'Strategie' });
			const chart = page.getByRole('region', { name: m.plan.chartTitle });
			expect((await plan.boundingBox())!.y).toBeLessThan((await chart.boundingBox())!.y);
			expect(await page.getByLabel(format(m.plan.priorityFactor, { category: 'Strategie' })).locator('option').allTextContents()).toContain(
				format(m.plan.factorWithGap, { factor: 'Doelstellingen blended leren', gap: 2 })
			);
			// The page says what is on it, and each part is one tap away.
			const contents = page.getByRole('navigation', { name: m.scan.resultContents });
			await contents.getByRole('link', { name: m.scan.resultContentsGap }).click();
			await expect.poll(() => page.evaluate(() => location.hash)).toBe('#chart-heading');
			// Nothing wider than the screen.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			expect(await axeViolations(page)).toEqual([]);
		});
	}

	it('folds what helps close the gap per factor, closed until opened, by mouse or keyboard', async () => {
		const page = await signedIn();
		await page.goto(`/scans/${scanId}/result`);
		const help = page.getByRole('region', { name: m.navigator.helpTitle });
		const folds = help.locator('details');
		expect(await folds.count()).toBe(3);
		expect(await folds.evaluateAll((all) => all.filter((d) => (d as HTMLDetailsElement).open).length)).toBe(0);
		// Each fold names its factor and its gap, largest first.
		expect(await help.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
			`Doelstellingen blended leren (${format(m.navigator.helpGap, { gap: 2 })})`,
			`Beleid (${format(m.navigator.helpGap, { gap: 1 })})`,
			`Infrastructuur (${format(m.navigator.helpGap, { gap: 1 })})`
		]);
		expect(await help.getByRole('link').count()).toBe(0);
		await help.getByRole('heading', { name: /^Beleid/ }).click();
		expect(await help.getByRole('link').count()).toBeGreaterThan(0);
		expect(await folds.nth(1).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		await folds.nth(0).locator('summary').focus();
		await page.keyboard.press('Enter');
		expect(await folds.nth(0).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		// A fold's whole line is the target: at least 44 px high.
		expect((await folds.nth(2).locator('summary').boundingBox())!.height).toBeGreaterThanOrEqual(44);
		expect(await axeViolations(page)).toEqual([]);
	});

	describe('without JavaScript', () => {
		let page: Page;
		beforeAll(async () => {
			page = await signedIn({ javaScript: false });
		});

		it('confirms a saved priority on the page that comes back from the post', async () => {
			await page.goto(`/scans/${scanId}/result`);
			const structuur = page.getByRole('region', { name: 'Structuur' });
			await page.getByLabel(format(m.plan.priorityFactor, { category: 'Structuur' })).selectOption('infrastructuur');
			await page.getByLabel(format(m.plan.priorityReason, { category: 'Structuur' })).fill('Zonder netwerk geen blend');
			await structuur.getByRole('button', { name: startsWith(m.plan.savePriority) }).click();
			await page.waitForLoadState();
			expect(await structuur.getByRole('status').filter({ hasText: format(m.plan.prioritySaved, { factor: 'Infrastructuur', category: 'Structuur' }) }).count()).toBe(1);
			// Only that category says so.
			expect(await page.getByRole('region', { name: 'Strategie' }).getByText(startsWith(m.plan.prioritySaved.split(':')[0]!)).count()).toBe(0);
			// (axe needs the page's JavaScript; the same page is checked with it above.)
		});

		it('shows a saved action point as a row and opens its form by a link, with no button that needs JavaScript', async () => {
			await page.goto(`/scans/${scanId}/result`);
			const add = page.getByRole('group', { name: format(m.plan.addActionIn, { category: 'Structuur' }) });
			await add.getByLabel(m.plan.actionText, { exact: true }).fill(`Wifi in alle zalen ${HOSTILE}`);
			await add.getByRole('checkbox', { name: 'Infrastructuur' }).check();
			await add.getByLabel(m.plan.actionOwner).fill('Facilitair bedrijf');
			await add.getByLabel(m.plan.actionDue).fill('2027-09-01');
			await add.getByLabel(startsWith(m.plan.actionSuccess)).fill('Dekking in elke zaal gemeten');
			await add.getByRole('button', { name: startsWith(m.plan.addAction) }).click();
			await page.waitForLoadState();
			const structuur = page.getByRole('region', { name: 'Structuur' });
			expect(await structuur.getByRole('status').filter({ hasText: format(m.plan.actionAdded, { n: 1, category: 'Structuur' }) }).count()).toBe(1);
			expect(await page.getByText(plural(m.plan.actionsNudge, 2, 'nl', { category: 'Structuur' })).count()).toBe(1);

			const row = page.getByRole('group', { name: format(m.plan.editAction, { n: 1, category: 'Structuur' }) });
			expect(await row.getByRole('textbox').count()).toBe(0);
			const text = (await row.textContent())!;
			for (const part of [`Wifi in alle zalen ${HOSTILE}`, 'Facilitair bedrijf', formatDate('2027-09-01', 'nl'), m.plan.status.open, 'Infrastructuur', 'Dekking in elke zaal gemeten']) expect(text).toContain(part);
			expect(await row.getByRole('button').count()).toBe(0);

			await row.getByRole('link', { name: startsWith(m.plan.editActionButton) }).click();
			await page.waitForURL(/\?edit=[0-9a-f-]{36}#point-/);
			const form = page.getByRole('group', { name: format(m.plan.editAction, { n: 1, category: 'Structuur' }) });
			expect(await form.getByLabel(m.plan.actionOwner).inputValue()).toBe('Facilitair bedrijf');
			expect(await form.getByLabel(m.plan.actionDue).inputValue()).toBe('2027-09-01');
			await form.getByLabel(m.plan.actionOwner).fill('ICT-dienst');
			await form.getByRole('button', { name: startsWith(m.plan.saveAction) }).click();
			await page.waitForLoadState();
			const saved = page.getByRole('group', { name: format(m.plan.editAction, { n: 1, category: 'Structuur' }) });
			expect(await saved.getByRole('textbox').count()).toBe(0);
			expect(await saved.textContent()).toContain('ICT-dienst');
			expect(await structuur.getByRole('status').filter({ hasText: format(m.plan.actionSaved, { n: 1, category: 'Structuur' }) }).count()).toBe(1);
		});

		it('keeps a link to pass on as selectable text, without a copy button that could not work', async () => {
			const surveyId = await newSurvey();
			await page.goto(`/surveys/${surveyId}`);
			const field = page.getByRole('textbox', { name: m.survey.linkTitle });
			expect(await field.inputValue()).toMatch(/\/r\/[A-Za-z0-9_-]{22}$/);
			expect(await field.getAttribute('readonly')).not.toBeNull();
			expect(await page.getByRole('button', { name: startsWith(m.common.copy) }).count()).toBe(0);
		});
	});

	async function newSurvey(): Promise<string> {
		const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
		const reply = await admin.post('/surveys/new', {
			title: 'Brede scan',
			level: 'institution',
			unit: '',
			opensAt: day(0),
			closesAt: day(7),
			minGroupSize: '5',
			message: '',
			roles: ['medewerker', 'student']
		});
		expect(reply.status).toBe(303);
		return reply.location!.match(/^\/surveys\/([0-9a-f-]{36})$/)![1]!;
	}

	it('copies a survey’s respondent link with a button that says it did', async () => {
		const surveyId = await newSurvey();
		const page = await signedIn();
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
		await page.goto(`/surveys/${surveyId}`);
		const link = await page.getByRole('textbox', { name: m.survey.linkTitle }).inputValue();
		const section = page.getByRole('region', { name: m.survey.linkTitle });
		await section.getByRole('button', { name: new RegExp(`^${textPattern(m.common.copy).source}\\s*:\\s*${textPattern(m.survey.linkTitle).source}$`) }).click();
		await expect.poll(() => section.getByRole('status').textContent()).toBe(m.common.copied);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
		// Copying again is announced again.
		await page.evaluate(() => navigator.clipboard.writeText(''));
		await section.getByRole('button', { name: startsWith(m.common.copy) }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
		expect(await section.getByRole('status').textContent()).toBe(m.common.copied);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('names for whom each open invitation is, and copies a new invitation link', async () => {
		const page = await signedIn();
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
		await page.goto('/admin');
		const invitee = `Fien de Vries ${HOSTILE}`;
		await page.getByLabel(m.admin.inviteLabel).fill(invitee);
		await page.getByLabel(m.admin.role).selectOption('facilitator');
		await page.getByRole('button', { name: m.admin.createInvite }).click();
		const field = page.getByLabel(format(m.admin.inviteLinkFor, { label: invitee }), { exact: true });
		const link = await field.inputValue();
		expect(link).toMatch(new RegExp(`^${app.url}/invite/[A-Za-z0-9_-]{43}$`));
		await page.getByRole('button', { name: startsWith(m.common.copy) }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: m.common.copied }).count()).toBe(1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

		// A second invitation without a label; the list says which is which, the label shown as text.
		await page.goto('/admin');
		await page.getByLabel(m.admin.role).selectOption('admin');
		await page.getByRole('button', { name: m.admin.createInvite }).click();
		await page.goto('/admin');
		const open = page.locator('.row-item');
		const rows = await open.allTextContents();
		expect(rows).toHaveLength(2);
		expect(rows.some((row) => row.includes(format(m.admin.inviteRowFor, { label: invitee, role: m.admin.roles.facilitator, date: '' }).trim()))).toBe(true);
		expect(rows.some((row) => row.includes(format(m.admin.inviteRow, { role: m.admin.roles.admin, date: '' }).trim()))).toBe(true);
		// Revoking says which invitation it revokes.
		expect(await open.getByRole('button', { name: new RegExp(`^${textPattern(m.admin.revoke).source}\\s*:\\s*${textPattern(format(m.admin.inviteRowFor, { label: invitee, role: m.admin.roles.facilitator, date: '' }).trim()).source}`) }).count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
	});
});
