/**
 * /admin/catalogues in Chromium (decision record 0053), on a 360 px phone and a laptop: axe-clean,
 * within the phone's width, with a long name and a disabled keeper on it; naming a keeper works by
 * keyboard alone and removing one by a tap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { format, messages } from '$lib/i18n';
import { type App, acceptInvite, createInvite, setupFirstAdmin, startAppWithDb } from './http';
import { axeViolations, launch, newContext } from './browser';

const nl = messages('nl');
const k = nl.catalogue.keepers;
const PASSWORD = 'een lang genoeg wachtwoord';
const LONG = { name: 'Mia Maker met een heel lange achternaam', email: 'mia.maker.met.een.lang.adres@faculteit.a.example', password: PASSWORD };

describe('catalogue keepers in the browser', () => {
	let app: App;
	let browser: Browser;

	beforeAll(async () => {
		app = await startAppWithDb();
		const admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Breed', name: 'Ada Admin', email: 'ada@a.example', password: PASSWORD });
		await acceptInvite(await createInvite(admin), LONG);
		await acceptInvite(await createInvite(admin), { name: 'Cas Collega', email: 'cas@a.example', password: PASSWORD });
		await acceptInvite(await createInvite(admin), { name: 'Dee Uit', email: 'dee@a.example', password: PASSWORD });
		const id = async (email: string) => (await app.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
		expect((await admin.post('/admin/catalogues?/add', { catalogue: 'tools', user: await id(LONG.email) })).status).toBe(200);
		expect((await admin.post('/admin/catalogues?/add', { catalogue: 'tools', user: await id('dee@a.example') })).status).toBe(200);
		expect((await admin.post('/admin/users?/disable', { id: await id('dee@a.example') })).status).toBe(200);
		browser = await launch();
	}, 60_000);
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	async function signedIn(width: number, height: number): Promise<Page> {
		const { context } = await newContext(browser, app.url);
		const page = await context.newPage();
		await page.setViewportSize({ width, height });
		await page.goto('/login');
		await page.getByLabel(nl.auth.email).fill('ada@a.example');
		await page.getByLabel(nl.auth.password, { exact: true }).fill(PASSWORD);
		await page.getByRole('button', { name: nl.auth.loginButton }).click();
		await page.waitForURL((url) => url.pathname !== '/login');
		return page;
	}

	it('is axe-clean and within a phone’s width, with every remove button a 44 px target', async () => {
		for (const [width, height, name] of [[360, 740, 'phone'], [1366, 768, 'laptop']] as const) {
			const page = await signedIn(width, height);
			await page.goto('/admin/catalogues');
			expect(await axeViolations(page)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'wider than the screen').toBeLessThanOrEqual(0);
			const remove = page.getByRole('button', { name: format(k.removeLabel, { name: LONG.name, catalogue: nl.catalogue.inSentence.tools }) });
			expect((await remove.boundingBox())!.height).toBeGreaterThanOrEqual(44);
			await expect.poll(() => page.getByText(`(${k.disabled})`).count()).toBe(1);
			if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/catalogues-${name}.png`, fullPage: true });
			await page.context().close();
		}
	});

	it('names a keeper of the room inventory by keyboard alone, and removes them with a tap', async () => {
		const page = await signedIn(360, 740);
		await page.goto('/admin/catalogues');
		const select = page.getByLabel(format(k.addLabel, { catalogue: nl.catalogue.inSentence.rooms }));
		await select.focus();
		// The first choice after "Kies een collega": Cas (administrators and disabled accounts are not offered).
		await page.keyboard.press('ArrowDown');
		expect(await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe('Cas Collega (cas@a.example)');
		await page.keyboard.press('Tab');
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(k.add);
		await page.keyboard.press('Enter');
		await page.getByRole('status').filter({ hasText: format(k.added, { name: 'Cas Collega', catalogue: nl.catalogue.inSentence.rooms }) }).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/catalogues-added-phone.png`, fullPage: true });
		await page.getByRole('button', { name: format(k.removeLabel, { name: 'Cas Collega', catalogue: nl.catalogue.inSentence.rooms }) }).click();
		await page.getByRole('status').filter({ hasText: format(k.removed, { name: 'Cas Collega', catalogue: nl.catalogue.inSentence.rooms }) }).waitFor();
		expect(await app.db.selectFrom('catalogue_keeper').select('catalogue').where('catalogue', '=', 'rooms').execute()).toEqual([]);
		await page.context().close();
	});
});
