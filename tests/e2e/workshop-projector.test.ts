/**
 * The projector, read from the back of the room: every screen of the seed's workshop fits
 * 1920×1080 and 1280×720 without scrolling, its text is at least 32 px at 1080p, and axe finds
 * nothing. The room is set up over HTTP (nine people, three tables, scores, a sheet with many
 * action points so the plenary needs two pages); a real Chromium shows the projector.
 *
 * SHOTS=/some/dir keeps a screenshot of every screen at both sizes, for looking at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { format, messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import { axeViolations, launch, newContext, textPattern } from './browser';
import { setupFirstAdmin, startAppWithDb, type App, type Client } from './http';
import { STEP, command, createWorkshop, join, openJoining, postJson } from './workshop-http';

const m = messages('nl');
let app: App;
let browser: Browser;
let context: BrowserContext;
let projector: Page;
let leader: Client;
let id = '';
const phones: Client[] = [];
const SIZES = [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
];

beforeAll(async () => {
	app = await startAppWithDb();
	browser = await launch();
	leader = await setupFirstAdmin(app.url, { institution: 'Hogeschool Projectie', name: 'Ada', email: 'ada@example.nl', password: 'een lange zin als wachtwoord' });
	id = await createWorkshop(leader, 'Workshop blended leren, faculteit Gezondheid', { askNames: 'on' });
	const code = await openJoining(leader, id);
	const names = ['Anouk', 'Bram', 'Chantal', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanna', 'Ilse'];
	for (const [i, name] of names.entries()) phones.push(await join(app.url, code, { name, preference: ['strategie', 'structuur', 'support'][i % 3]! }));
	const made = await newContext(browser, app.url);
	context = made.context;
	projector = await context.newPage();
	await projector.goto('/login');
	await projector.getByLabel(m.auth.email).fill('ada@example.nl');
	await projector.getByLabel(m.auth.password).fill('een lange zin als wachtwoord');
	await projector.getByRole('button', { name: m.auth.loginButton }).click();
	await projector.waitForURL((u) => !u.pathname.startsWith('/login'));
}, 120_000);

afterAll(async () => {
	await context?.close();
	await browser?.close();
	await app?.stop();
});

/** The text on screen that is smaller than `min` px: the corner reminder and the chart's marks are meant small. */
async function smallText(page: Page, min: number): Promise<string[]> {
	return page.evaluate((min) => {
		const small: string[] = [];
		const walker = document.createTreeWalker(document.querySelector('.projector')!, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement!;
			if (!node.textContent?.trim() || parent.closest('.visually-hidden, .corner-join, .spread, svg, title')) continue;
			const size = parseFloat(getComputedStyle(parent).fontSize);
			if (size < min - 0.01) small.push(`${Math.round(size)}px: ${node.textContent.trim().slice(0, 40)}`);
		}
		return small;
	}, min);
}

/** Shows the projector at both sizes and checks it fits, reads from afar and is accessible. */
async function checkScreen(name: string, expected: string | RegExp): Promise<void> {
	for (const size of SIZES) {
		await projector.setViewportSize(size);
		await projector.goto(`/workshops/${id}/projector`);
		await projector.getByText(expected).first().waitFor({ timeout: 5000 });
		const { scrollHeight, scrollWidth, innerHeight, innerWidth } = await projector.evaluate(() => ({
			scrollHeight: document.documentElement.scrollHeight,
			scrollWidth: document.documentElement.scrollWidth,
			innerHeight: window.innerHeight,
			innerWidth: window.innerWidth
		}));
		if (process.env.SHOTS) await projector.screenshot({ path: `${process.env.SHOTS}/projector-${name}-${size.width}.png` });
		expect(scrollHeight, `${name} at ${size.width}: no vertical scroll`).toBeLessThanOrEqual(innerHeight);
		expect(scrollWidth, `${name} at ${size.width}: no horizontal scroll`).toBeLessThanOrEqual(innerWidth);
		// Nothing cut off either: the screen's content ends above its bottom edge.
		const overflow = await projector.evaluate(() => {
			const screen = document.querySelector('.screen')!;
			return screen.scrollHeight - screen.clientHeight;
		});
		expect(overflow, `${name} at ${size.width}: nothing cut off`).toBeLessThanOrEqual(1);
		if (size.height === 1080) {
			expect(await smallText(projector, 32), `${name}: text at least 32 px at 1080p`).toEqual([]);
			expect(await axeViolations(projector), name).toEqual([]);
		}
	}
}

const sheetCategory = async (device: Client) => /id="sheet-([a-z-]+)"/.exec((await device.get('/w')).text)?.[1];

describe('the projector, readable from the back of the room', () => {
	it('shows joining with a huge code, the short address, the QR code, the count and the names', async () => {
		await checkScreen('joining', plural(m.workshopUi.participantCount, 9, 'nl'));
		expect(await projector.locator('.names li').allTextContents()).toContain('Ilse');
		expect(await projector.locator('.qr svg').count()).toBe(1);
	});

	it('shows steps 1 and 2 with the seed’s numbering, and the join code only as a corner reminder', async () => {
		await leader.action(`/workshops/${id}?/distribute`, {});
		await command(leader, id, 'start');
		await checkScreen('step1', format(m.workshop.stepOf, { n: 1, total: 5 }));
		expect(await projector.locator('.corner-join').count()).toBe(1);
		await command(leader, id, 'close_joining');
		await command(leader, id, 'move_to', { step: String(STEP.explain) });
		await checkScreen('step2', format(m.workshop.stepOf, { n: 2, total: 5 }));
		expect(await projector.locator('.corner-join').count()).toBe(0);
	});

	it('shows each table’s progress in step 3 as a bar of factors answered', async () => {
		await command(leader, id, 'move_to', { step: String(STEP.analyse) });
		// The Strategie table agrees on every factor and writes eight long action points (two pages in the plenary).
		for (const phone of phones) {
			if ((await sheetCategory(phone)) !== 'strategie') continue;
			const edit = (field: string, value: string | number) => postJson(phone, '/w/sheet', { kind: 'edit', categoryKey: 'strategie', field, value, baseVersion: 0, editId: randomUUID() });
			for (const factor of ['doelstellingen', 'belangenbehartiging', 'definitie', 'beleid', 'implementatie']) {
				await postJson(phone, '/w/score', { categoryKey: 'strategie', factorKey: factor, current: 1, desired: 3, clientId: randomUUID() });
				expect((await edit(`factor:${factor}:current`, 1)).status).toBe(200);
				expect((await edit(`factor:${factor}:desired`, 3)).status).toBe(200);
			}
			await edit('priority:factor', 'beleid');
			await edit('priority:reason', 'Zonder beleid geen richting voor de opleidingen, en geen kader voor de ondersteunende diensten.');
			for (let n = 1; n <= 8; n++) {
				await edit(`action:${randomUUID()}:text`, `Actiepunt ${n}: een werkgroep van docenten, onderwijskundigen en roostermakers stelt voor de zomer een voorstel op.`);
			}
			break;
		}
		await checkScreen('step3', format(m.workshopConsole.factorsAnswered, { n: 5, total: 5 }));
	});

	it('shows the break as a break: its clock and when the room starts again, not the previous step', async () => {
		await command(leader, id, 'move_to', { step: String(STEP.break) });
		await checkScreen('break', textPattern(m.workshopConsole.pauseUntil, { time: /\d/ }));
		expect(await projector.getByText(format(m.workshop.stepOf, { n: 3, total: 5 })).count()).toBe(0);
		await command(leader, id, 'pause_clock');
		await checkScreen('break-paused', m.workshop.clock.paused);
	});

	it('shows a category’s plenary on one screen with its chart, and pages through what does not fit', async () => {
		await command(leader, id, 'move_to', { step: String(STEP['discuss:strategie']) });
		await checkScreen('step4-presentation', format(m.workshopConsole.pageOf, { n: 1, total: 2 }));
		expect(await projector.getByRole('table').count()).toBe(1);
		const first = await projector.locator('.points li').count();
		await command(leader, id, 'show_page', { page: '1' });
		await checkScreen('step4-page2', format(m.workshopConsole.pageOf, { n: 2, total: 2 }));
		const second = await projector.locator('.points li').count();
		expect(first + second).toBe(8);
		await command(leader, id, 'move_to', { step: String(STEP['discuss:strategie']), part: '1' });
		await checkScreen('step4-discussion', `${format(m.workshop.steps.discuss.title, { category: "Strategie" })} · ${m.workshop.parts.discussion}`);
	});

	it('shows step 5’s questions with the answers as they come, first looking back, then ahead', async () => {
		await command(leader, id, 'move_to', { step: String(STEP.next) });
		await leader.action(`/workshops/${id}?/reflection`, { question: 'experience', text: 'Intensief, maar we zagen voor het eerst het hele plaatje.' });
		await checkScreen('step5-lookback', 'Intensief, maar we zagen');
		await command(leader, id, 'move_to', { step: String(STEP.next), part: '1' });
		await checkScreen('step5-lookahead', m.workshop.lookAhead.questions.actionPlan);
	});

	it('shows the outcome once closed, not a paused clock', async () => {
		await command(leader, id, 'close');
		await checkScreen('closed', m.workshopConsole.closedHeadline);
		expect(await projector.getByText(m.workshop.clock.paused).count()).toBe(0);
		expect(await projector.getByText(m.workshopUi.thanks).count()).toBe(1);
	});
});
