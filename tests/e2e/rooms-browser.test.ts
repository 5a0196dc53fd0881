/**
 * The room inventory as logistics and teachers use it, in Chromium: logistics import 30 rooms;
 * two colleagues score one room on a 360 px phone while standing in it; the campus heat map shows
 * the medians of their scores; a teacher finds a room for a campus activity of a blend design;
 * the export read back equals the list on screen, row for row; every page axe clean.
 * With SCREENSHOT_DIR set, the pages are also saved as pictures to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { format, messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import { parseCsv } from '$lib/catalogue/csv';
import { loadInstrument, ROOM_INSTRUMENT_KEY } from '$lib/instrument';
import { ratingsOf } from '$lib/rating/server/ratings';
import { levelText, summarize, type Rating } from '$lib/rating/rating';
import { factorsOf } from '$lib/instrument/schema';
import { axeViolations, launch } from './browser';
import { acceptInvite, createInvite, setupFirstAdmin, startAppWithDb, type App, type Client } from './http';

const m = messages('nl');
/** The institution never adapted the room instrument, so its current one is the shipped version 1. */
const defaultInstrument = () => loadInstrument(ROOM_INSTRUMENT_KEY, 1)!;
const PASSWORD = 'een lange zin als wachtwoord';

/** 30 rooms in three buildings; exactly one circle room for about 18 students (Paviljoen P.05, 20 places). */
function inventoryCsv(): string {
	const lines = ['building;room;floor;capacity;layouts;furniture;technology;accessibility;bookable;notes'];
	for (let i = 1; i <= 12; i++) lines.push(`Hoofdgebouw;0.${i};0;${20 + i * 4};rows|u-shape;lectern;projector|wifi;step-free;ja;`);
	for (let i = 1; i <= 10; i++) lines.push(`Atrium;A1.${String(i).padStart(2, '0')};1;${16 + i * 2};islands|flexible;movable-tables|whiteboards;wifi|power-at-seats;step-free|adjustable-desk;ja;Projectiewand aan de raamkant`);
	for (let i = 1; i <= 8; i++) lines.push(`Paviljoen;P.0${i};BG;${i === 5 ? 20 : 40 + i * 10};${i === 5 ? 'circle|flexible' : 'rows'};movable-chairs;${i === 5 ? 'wifi|large-screen' : 'projector'};;${i % 2 === 0 ? 'nee' : 'ja'};`);
	return lines.join('\n') + '\n';
}

describe('rooms in the browser', () => {
	let app: App;
	let browser: Browser;
	let logistics: Client;
	const contexts: BrowserContext[] = [];
	const shots = process.env.SCREENSHOT_DIR;

	async function signedIn(email: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
		const context = await browser.newContext({ baseURL: app.url, locale: 'nl-NL', viewport, acceptDownloads: true, hasTouch: viewport.width < 500, isMobile: viewport.width < 500 });
		contexts.push(context);
		const page = await context.newPage();
		await page.goto('/login');
		await page.getByLabel(m.auth.email).fill(email);
		await page.getByLabel(m.auth.password).fill(PASSWORD);
		await page.getByRole('button', { name: m.auth.loginButton }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/login'));
		return page;
	}

	/** The whole page; on a phone also the first screen alone, as a person holding it sees it. */
	async function shot(page: Page, name: string) {
		if (!shots) return;
		if ((page.viewportSize()?.width ?? 0) < 500) await page.screenshot({ path: `${shots}/${name}-screen.png` });
		await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
	}

	const roomId = async (name: string) => (await app.db.selectFrom('room').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

	beforeAll(async () => {
		app = await startAppWithDb();
		logistics = await setupFirstAdmin(app.url, { institution: 'Hogeschool Ruimte', name: 'Lotte Logistiek', email: 'lotte@example.nl', password: PASSWORD });
		await acceptInvite(await createInvite(logistics), { name: 'Tom Docent', email: 'tom@example.nl', password: PASSWORD });
		browser = await launch();
	}, 60_000);
	afterAll(async () => {
		for (const context of contexts) await context.close();
		await browser?.close();
		await app?.stop();
	});

	it('lets logistics import 30 rooms from a CSV file and list them', async () => {
		const page = await signedIn('lotte@example.nl');
		await page.getByRole('link', { name: m.rooms.navLink, exact: true }).click();
		await page.getByRole('link', { name: m.rooms.importLink }).click();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel(m.rooms.importFile).setInputFiles({ name: 'ruimtes.csv', mimeType: 'text/csv', buffer: Buffer.from(inventoryCsv()) });
		await page.getByRole('button', { name: m.rooms.importButton }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toContain(format(m.rooms.imported, { created: 30, updated: 0 }));
		await page.goto('/rooms');
		await expect.poll(() => page.getByRole('heading', { level: 2, name: plural(m.rooms.count, 30, 'nl') }).count()).toBe(1);
		expect(await page.locator('.room-table tbody tr').count()).toBe(30);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, 'rooms-list-1366');
	}, 60_000);

	it('lets two colleagues score a room on a 360 px phone, each level a big card to tap', async () => {
		const id = await roomId('A1.03');
		const instrument = defaultInstrument();
		const keys = factorsOf(instrument).map(({ factor }) => factor.key);
		// Lotte finds the light poor (1), Tom good (3): they disagree there; the rest 2 and 3.
		const plans: Record<string, (key: string, i: number) => string> = {
			'lotte@example.nl': (key, i) => (key === 'licht' ? '1' : i % 2 === 0 ? '2' : '3'),
			'tom@example.nl': (key) => (key === 'licht' ? '3' : key === 'klimaat' ? '' : '2')
		};
		for (const [email, plan] of Object.entries(plans)) {
			const page = await signedIn(email, { width: 360, height: 740 });
			await page.goto(`/rooms/${id}`);
			await page.getByRole('link', { name: m.rooms.scoreTitle }).click();
			for (const [i, key] of keys.entries()) {
				const level = plan(key, i);
				const card = page.locator(`label[for="rate-${key}-${level === '' ? 'na' : level}"]`);
				await card.tap();
				const box = (await card.boundingBox())!;
				expect(box.height).toBeGreaterThanOrEqual(44);
				expect(box.x + box.width).toBeLessThanOrEqual(360);
			}
			await page.getByLabel(m.rating.form.note).first().fill(`Notitie van ${email}`);
			if (email === 'tom@example.nl') {
				expect(await axeViolations(page)).toEqual([]);
				await page.locator('label[for^="rate-"]').first().scrollIntoViewIfNeeded();
				await shot(page, 'room-scoring-360');
			}
			await page.getByRole('button', { name: m.rating.form.save }).tap();
			await expect.poll(() => page.getByRole('status').filter({ hasText: m.rooms.scoreSaved }).count()).toBe(1);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			if (email === 'tom@example.nl') {
				await page.evaluate(() => window.scrollTo(0, 0));
				await shot(page, 'room-page-360');
				expect(await axeViolations(page)).toEqual([]);
				// The aspects needing improvement: the light, where the two disagree.
				const improve = page.getByRole('region', { name: m.rooms.improveTitle });
				await expect.poll(() => improve.textContent()).toContain(factorsOf(instrument).find((f) => f.factor.key === 'licht')!.factor.name.nl);
			}
		}
		expect((await app.db.selectFrom('rating').select('id').execute()).length).toBe(2);
	}, 120_000);

	it('shows the scores on the campus heat map, each cell the median of the two ratings', async () => {
		const page = await signedIn('tom@example.nl');
		await page.goto('/rooms');
		await page.getByRole('link', { name: m.rooms.heatmapLink }).click();
		const instrument = defaultInstrument();
		const stored = await readRatings(app, await roomId('A1.03'));
		expect(stored).toHaveLength(2);
		const summary = summarize(instrument, stored);
		const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Atrium A1.03' }) });
		await row.waitFor();
		const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
		expect(cells.map((c) => c.replace(/ ?≠.*$/, ''))).toEqual(summary.criteria.map((c) => (c.median === null ? '–' : levelText(c.median, 'nl'))));
		expect(cells[factorsOf(instrument).findIndex((f) => f.factor.key === 'licht')]).toContain('≠');
		expect(await page.getByRole('columnheader').first().innerText()).toBe(m.rooms.column.room);
		await page.getByText(format(m.rooms.heatmapUnscored, { count: 29, total: 30, building: '' })).waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, 'heatmap-1366');
		await page.setViewportSize({ width: 1920, height: 1080 });
		await shot(page, 'heatmap-1920');
		await page.getByLabel(m.rooms.column.building).selectOption('Hoofdgebouw');
		await page.getByRole('button', { name: m.rooms.applyFilter }).click();
		await expect.poll(() => page.getByText(format(m.rooms.heatmapNone, { building: format(m.rooms.heatmapIn, { building: 'Hoofdgebouw' }) })).count()).toBe(1);
		await page.getByText(format(m.rooms.heatmapUnscored, { count: 12, total: 12, building: format(m.rooms.heatmapIn, { building: 'Hoofdgebouw' }) })).waitFor();
	}, 60_000);

	it('finds the room for a campus activity of a blend design, best first, with what the others lack', async () => {
		const teacher = await signedIn('tom@example.nl');
		const created = await logistics.post('/designs/new', { title: 'Debatteren over duurzaamheid', unit: '', period: '', studyLoadAmount: '5', studyLoadUnit: 'ec', weeks: '8', outcomes: 'Argumenteren', start: 'template:leeg' });
		const designId = created.location!.split('/').pop()!;
		expect((await logistics.post(`/designs/${designId}?/add`, { title: 'Debat in de kring', environment: 'campus', synchrony: 'sync', grouping: 'group', learningType: 'discussion', weeks: '2', hours: '2', teacherRole: 'leads', notes: '' })).status).toBe(200);
		await teacher.goto(`/designs/${designId}`);
		await teacher.getByRole('link', { name: format(m.rooms.findRoomFor, { title: 'Debat in de kring' }) }).click();
		await teacher.waitForURL(/\/rooms\/find\?/);
		await expect.poll(() => teacher.locator('.notice').textContent()).toBe(`${format(m.rooms.fromActivity, { activity: 'Debat in de kring' })} Debatteren over duurzaamheid.`);
		expect(await teacher.getByLabel(m.rooms.learningType).inputValue()).toBe('discussion');
		await teacher.getByLabel(m.rooms.groupSize).fill('18');
		// The debate is streamed to a large display: only P.05 has one.
		await teacher.getByRole('checkbox', { name: 'Groot beeldscherm' }).check();
		// The page lists rooms for the learning type already; wait for the answer to this question, not that list.
		await Promise.all([teacher.waitForURL(/groupSize=18/), teacher.getByRole('button', { name: m.rooms.findButton }).click()]);
		const results = teacher.getByRole('region', { name: m.rooms.results }).getByRole('listitem');
		await expect.poll(() => results.first().getByRole('heading').textContent()).toBe('Paviljoen P.05');
		expect(await results.first().textContent()).toContain(m.rooms.fitsAll);
		expect(await results.count()).toBe(20);
		// Every other room names what it lacks.
		expect(await results.nth(1).textContent()).toContain(`${m.rooms.lacksTitle}: ${format(m.rooms.lack.technology, { what: 'groot beeldscherm' })}`);
		expect(await axeViolations(teacher)).toEqual([]);
		await shot(teacher, 'find-1366');
	}, 60_000);

	it('exports the inventory as a file that reads back equal to the list on screen, row for row', async () => {
		const page = await signedIn('lotte@example.nl');
		await page.goto('/rooms');
		const screen = await page.locator('.room-table tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 4).map((cell) => cell.textContent!.trim())));
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: m.rooms.exportLink }).click()]);
		const bytes = new Uint8Array(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)));
		const read = parseCsv(bytes, 'nl');
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.header).toEqual(['building', 'room', 'floor', 'capacity', 'layouts', 'furniture', 'technology', 'accessibility', 'bookable', 'notes']);
		// The list shows room, building, floor, capacity; the file building, room, floor, capacity.
		expect(read.rows.map((r) => [r[1], r[0], r[2], r[3]])).toEqual(screen);
		expect(read.rows).toHaveLength(30);
	}, 60_000);

	it('keeps the new-room and the room pages accessible for the keeper', async () => {
		const page = await signedIn('lotte@example.nl');
		await page.goto('/rooms/new');
		await page.getByRole('button', { name: m.rooms.save }).click();
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`/rooms/${await roomId('A1.03')}`);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, 'room-page-1366');
	}, 60_000);
});

/** The two ratings as stored, read with the rating module's own function. */
async function readRatings(app: App, roomId: string): Promise<Rating[]> {
	const institutionId = (await app.db.selectFrom('institution').select('id').executeTakeFirstOrThrow()).id;
	return ratingsOf(app.db, institutionId, 'room', roomId);
}
