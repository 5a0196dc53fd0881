/**
 * The blend designer as a teacher team uses it: a 5 EC course with 12 activities, built partly by
 * keyboard and mouse in Chromium and partly by the same form posted without a browser; the Bloem
 * and the hints; reordering by keyboard and by dragging; two colleagues at once (a live update, and
 * a clash that keeps both versions); the programme view with three courses; the exports read back
 * row for row against the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { format, messages } from '$lib/i18n';
import { DESIGN_TEMPLATES } from '$lib/blend/data/templates';
import { LEARNING_TYPES } from '$lib/blend/learning-types';
import { parseCsv } from '$lib/server/export/csv-reader';
import { pdfPages, squash } from '$lib/server/export/pdf-reader';
import { axeViolations, launch } from './browser';
import { acceptInvite, createInstitutionDirect, createInvite, createUnit, decodeEntities, setupFirstAdmin, signIn, startAppWithDb, type App, type Client } from './http';

const m = messages('nl');
const PASSWORD = 'een lange zin als wachtwoord';
const example = DESIGN_TEMPLATES.find((t) => t.key === 'voorbeeld-onderzoek')!.design.nl;
const typeName = (id: string) => LEARNING_TYPES.find((t) => t.id === id)!.name.nl;
const ENV_NAMES: Record<string, string> = { online: 'Online', campus: 'Campus', werkplek: 'Werkplek', samenleving: 'Samenleving' };

describe('the blend designer', () => {
	let app: App;
	let browser: Browser;
	let teacher: Client;
	let unit: string;
	let designId = '';
	const contexts: BrowserContext[] = [];

	async function signedIn(email: string, width = 1366, height = 768): Promise<Page> {
		const context = await browser.newContext({ baseURL: app.url, locale: 'nl-NL', viewport: { width, height }, acceptDownloads: true });
		contexts.push(context);
		const page = await context.newPage();
		await page.goto('/login');
		await page.getByLabel(m.auth.email).fill(email);
		await page.getByLabel(m.auth.password).fill(PASSWORD);
		await page.getByRole('button', { name: m.auth.loginButton }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/login'));
		return page;
	}

	/** The design's outcome ids in their order, read off the add form's checkboxes. */
	async function outcomeIds(client: Client): Promise<string[]> {
		const html = (await client.get(`/designs/${designId}`)).text;
		return [...new Set([...html.matchAll(/name="outcomeIds" value="([0-9a-f-]{36})"/g)].map((x) => x[1]!))];
	}

	beforeAll(async () => {
		app = await startAppWithDb();
		teacher = await setupFirstAdmin(app.url, { institution: 'Hogeschool Ontwerp', name: 'Ada', email: 'ada@example.nl', password: PASSWORD });
		await acceptInvite(await createInvite(teacher), { name: 'Bo', email: 'bo@example.nl', password: PASSWORD });
		unit = await createUnit(teacher, 'Opleiding Sociaal Werk', 'programme');
		browser = await launch();
	});
	afterAll(async () => {
		for (const context of contexts) await context.close();
		await browser?.close();
		await app?.stop();
	});

	it('lets a teacher start a course and add activities by keyboard and mouse, and shows the load against the study load', async () => {
		const page = await signedIn('ada@example.nl');
		await page.goto('/designs/new');
		await page.getByLabel(m.blend.fields.title).fill(example.title);
		await page.getByLabel(m.blendUi.unit).selectOption({ label: 'Opleiding Sociaal Werk' });
		await page.getByLabel(m.blend.fields.period).fill('Periode 2');
		await page.getByLabel(m.blend.fields.outcomes).fill(example.outcomes.map((o) => o.text).join('\n'));
		await page.getByRole('button', { name: m.blendUi.create }).click();
		await page.waitForURL(/\/designs\/[0-9a-f-]{36}$/);
		designId = page.url().split('/').pop()!;
		await page.getByText(m.blendUi.activitiesNone).waitFor();

		// The first four by hand: the mouse for choices, the keyboard for text.
		for (const a of example.activities.slice(0, 4)) {
			const form = page.locator('form[action="?/add"]');
			await form.getByLabel(m.blend.fields.activityTitle).fill(a.title);
			for (const id of a.outcomeIds) await form.getByRole('checkbox', { name: example.outcomes.find((o) => o.id === id)!.text }).check();
			await form.getByRole('radio', { name: ENV_NAMES[a.environment]!, exact: true }).check();
			await form.getByRole('radio', { name: new RegExp(`^${typeName(a.learningType)}`) }).check();
			await form.getByRole('radio', { name: m.blend.synchrony[a.synchrony] }).check();
			await form.getByRole('radio', { name: m.blend.grouping[a.grouping] }).check();
			await form.getByLabel(m.blend.fields.activityWeeks).fill(a.weeks.join(','));
			await form.getByLabel(m.blend.fields.hours).fill(String(a.hours));
			await form.getByRole('radio', { name: m.blend.teacherRole[a.teacherRole] }).check();
			await form.getByLabel(m.blend.fields.hours).press('Enter');
			await page.locator('.activity-title', { hasText: a.title }).waitFor();
			// The form is empty again, ready for the next.
			await expect.poll(() => form.getByLabel(m.blend.fields.activityTitle).inputValue()).toBe('');
		}

		// The other eight through the same form, without a browser.
		const ids = await outcomeIds(teacher);
		for (const a of example.activities.slice(4)) {
			const reply = await teacher.post(`/designs/${designId}?/add`, [
				['title', a.title],
				...a.outcomeIds.map((id) => ['outcomeIds', ids[Number(id.slice(1)) - 1]!] as [string, string]),
				['environment', a.environment],
				['synchrony', a.synchrony],
				['grouping', a.grouping],
				['learningType', a.learningType],
				['weeks', a.weeks.join(',')],
				['hours', String(a.hours)],
				['teacherRole', a.teacherRole],
				['notes', '']
			]);
			expect(reply.status).toBe(200);
		}
		await page.reload();
		await expect(page.locator('.activity-title').allTextContents()).resolves.toEqual(example.activities.map((a) => a.title));
		expect(await page.locator('p.load').textContent()).toBe('Gepland: 136 uur, dat past bij de studielast van 140 uur.');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('draws the blend on the Bloem with the share of each environment, and gives hints when the blend leans one way', async () => {
		const page = await signedIn('ada@example.nl');
		await page.goto(`/designs/${designId}`);
		const bloem = page.getByRole('img', { name: m.blend.figures.bloemTitle });
		await expect(bloem.getAttribute('aria-describedby')).resolves.toBeTruthy();
		expect(await page.locator('.figure-bloem figcaption').textContent()).toContain('Online: 60% (81 uur). Campus: 13% (18 uur). Werkplek: 15% (21 uur). Samenleving: 12% (16 uur).');
		await page.getByText(m.blendUi.hintsNone).waitFor();

		// A lecture-heavy campus: the campus hint appears, pointing to the product on activating work forms.
		const reply = await teacher.post(`/designs/${designId}?/add`, { title: 'Extra hoorcolleges', environment: 'campus', synchrony: 'sync', grouping: 'individual', learningType: 'acquisition', weeks: '1-8', hours: '16', teacherRole: 'leads', notes: '' });
		expect(reply.status).toBe(200);
		await page.reload();
		const hint = page.locator('.hints li').first();
		expect(await hint.textContent()).toContain('De helft of meer van de campustijd is kennis opnemen');
		await expect(hint.getByRole('link').first().getAttribute('href')).resolves.toBe('/toolkit/products/activerende-werkvormen');
		await page.getByRole('button', { name: `${m.blendUi.remove}: Extra hoorcolleges` }).click();
		await page.getByText(m.blendUi.hintsNone).waitFor();
	});

	it('reorders by keyboard and by dragging', async () => {
		const page = await signedIn('ada@example.nl');
		await page.goto(`/designs/${designId}`);
		const titles = () => page.locator('.activity-title').allTextContents();
		const first = example.activities[0]!.title;
		const second = example.activities[1]!.title;
		await page.getByRole('button', { name: format(m.blendUi.actionLabel, { action: m.blendUi.moveDown, title: first }) }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(titles).toEqual([second, first, ...example.activities.slice(2).map((a) => a.title)]);
		// Drag the third onto the first place (both in view: a drag to far off the screen needs the browser's own scrolling).
		const third = example.activities[2]!.title;
		await page.locator('.activity', { hasText: third }).dragTo(page.locator('.activity').first());
		await expect.poll(titles).toEqual([third, second, first, ...example.activities.slice(3).map((a) => a.title)]);
	});

	it('shows a colleague’s new activity at once, and keeps both versions when two edit one activity', async () => {
		const mine = await signedIn('ada@example.nl');
		const theirs = await signedIn('bo@example.nl');
		await mine.goto(`/designs/${designId}`);
		await theirs.goto(`/designs/${designId}`);
		// Each sees who else has the design open.
		await mine.getByText(format(m.blendUi.alsoHere, { names: 'Bo' })).waitFor();
		await theirs.getByText(format(m.blendUi.alsoHere, { names: 'Ada' })).waitFor();
		const count = await mine.locator('.activity').count();
		await theirs.locator('form[action="?/add"] summary, details.add-activity summary').first().click();
		const form = theirs.locator('form[action="?/add"]');
		await form.getByLabel(m.blend.fields.activityTitle).fill('Gastcollege van het werkveld');
		await form.getByRole('radio', { name: 'Campus', exact: true }).check();
		await form.getByRole('radio', { name: new RegExp(`^${typeName('discussion')}`) }).check();
		await form.getByRole('radio', { name: m.blend.synchrony.sync }).check();
		await form.getByRole('radio', { name: m.blend.grouping.group }).check();
		await form.getByLabel(m.blend.fields.activityWeeks).fill('4');
		await form.getByLabel(m.blend.fields.hours).fill('2');
		await form.getByRole('radio', { name: m.blend.teacherRole.guides }).check();
		await form.getByRole('button', { name: m.blendUi.addActivity }).click();
		// Ada did nothing: the stream brings Bo's activity onto her screen.
		await mine.locator('.activity-title', { hasText: 'Gastcollege van het werkveld' }).waitFor();
		expect(await mine.locator('.activity').count()).toBe(count + 1);

		// Both open the same activity's edit page, both save: both versions stay.
		const edit = async (page: Page, title: string) => {
			await page.goto(`/designs/${designId}`);
			await page.getByRole('link', { name: `${m.blendUi.edit}: Gastcollege van het werkveld` }).click();
			await page.getByLabel(m.blend.fields.activityTitle).fill(title);
		};
		await edit(mine, 'Gastcollege (versie Ada)');
		await edit(theirs, 'Gastcollege (versie Bo)');
		await mine.getByRole('button', { name: m.blendUi.save }).click();
		await mine.waitForURL(new RegExp(`/designs/${designId}`));
		await theirs.getByRole('button', { name: m.blendUi.save }).click();
		await theirs.getByText(m.blendUi.activityClash).waitFor();
		const titles = await theirs.locator('.activity-title').allTextContents();
		expect(titles.indexOf('Gastcollege (versie Bo)')).toBe(titles.indexOf('Gastcollege (versie Ada)') + 1);
	});

	it('keeps a click on an edit link when a colleague opens the design while the edit page is still loading', async () => {
		const mine = await signedIn('ada@example.nl');
		const theirs = await signedIn('bo@example.nl');
		await mine.goto(`/designs/${designId}`);
		await mine.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		// A slow network: Ada's next page takes 1.5 s to load.
		const slow = '**/__data.json*';
		await mine.route(slow, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue().catch(() => undefined);
		});
		const link = mine.getByRole('link', { name: new RegExp(`^${m.blendUi.edit}: `) }).first();
		const href = (await link.getAttribute('href'))!;
		await link.click();
		// Meanwhile Bo opens the design: Ada's page hears who is here, and reloads (later).
		await theirs.goto(`/designs/${designId}`);
		await mine.waitForURL((url) => url.pathname === href);
		await mine.getByRole('button', { name: m.blendUi.save }).waitFor();
		await mine.unroute(slow);
	});

	it('shows the programme with three courses per period and as a whole', async () => {
		for (const [title, period, environment] of [
			['Inleiding sociaal werk', 'Periode 1', 'campus'],
			['Stage', 'Periode 3', 'werkplek']
		] as const) {
			const created = await teacher.post('/designs/new', { title, unit, period, studyLoadAmount: '5', studyLoadUnit: 'ec', weeks: '8', outcomes: '', start: 'template:leeg' });
			expect(created.status).toBe(303);
			const id = created.location!.split('/').pop()!;
			expect((await teacher.post(`/designs/${id}?/add`, { title: 'Werken', environment, synchrony: 'sync', grouping: 'group', learningType: 'practice', weeks: '1-8', hours: '140', teacherRole: 'guides', notes: '' })).status).toBe(200);
		}
		const page = await signedIn('bo@example.nl');
		await page.goto(`/designs/programme?unit=${unit}`);
		const table = page.getByRole('region', { name: m.blendUi.environmentColumn }).locator('table');
		const periods = await table.locator('tr.period').allTextContents();
		expect(periods).toEqual(['Periode 1', 'Periode 2', 'Periode 3']);
		expect(await table.locator('thead th').allTextContents()).toEqual([m.blendUi.course, m.blendUi.hoursColumn, 'Online', 'Campus', 'Werkplek', 'Samenleving']);
		const cells = async (row: string) => (await table.locator('tr', { has: page.getByRole('rowheader', { name: row }) }).locator('td').allTextContents()).slice(1);
		expect(await cells('Inleiding sociaal werk')).toEqual(['0%', '100%', '0%', '0%']);
		expect(await cells('Stage')).toEqual(['0%', '0%', '100%', '0%']);
		const whole = (await cells(m.blendUi.programmeWhole)).map((c) => Number(c.replace('%', '')));
		expect(Math.abs(whole.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(2);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('exports what the page shows, row for row, and opens read-only by link', async () => {
		const page = await signedIn('ada@example.nl');
		await page.goto(`/designs/${designId}`);
		const onScreen = await page.locator('.activity-title').allTextContents();

		const csv = await teacher.get(`/designs/${designId}/export/csv`);
		expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="cursusontwerp-praktijkgericht-onderzoek-\d{4}-\d{2}-\d{2}\.csv"$/);
		const [header, ...rows] = parseCsv(csv.text.replace(/^\uFEFF/, ''));
		const kind = header!.indexOf(m.blendUi.document.rowKind);
		const title = header!.indexOf(m.blendUi.document.activity);
		expect(rows.filter((r) => r[kind] === m.blendUi.document.rowActivity).map((r) => r[title])).toEqual(onScreen);

		const pdf = await teacher.get(`/designs/${designId}/export/pdf`);
		const text = squash(pdfPages(pdf.body).join(' '));
		for (const [i, t] of onScreen.entries()) expect(text).toContain(`${i + 1}. ${t}`);
		for (const fmt of ['docx', 'xlsx']) expect((await teacher.get(`/designs/${designId}/export/${fmt}`)).status).toBe(200);

		const made = await teacher.action(`/designs/${designId}?/readLink`, { do: 'make' });
		const link = made.strings.find((s) => s.includes('/designs/shared/'))!;
		const anonymous = await browser.newContext({ baseURL: app.url, locale: 'nl-NL' });
		contexts.push(anonymous);
		const shared = await anonymous.newPage();
		await shared.goto(new URL(link).pathname);
		expect(await shared.locator('.activity-title').allTextContents()).toEqual(onScreen);
		expect(await shared.getByRole('button', { name: m.blendUi.remove }).count()).toBe(0);
		expect(decodeEntities(await shared.content())).not.toContain('?/add');
	});

	it('refuses bad input field by field in the user’s language and stores nothing; a design of another institution is not found', async () => {
		const before = (await teacher.get(`/designs/${designId}/export/csv`)).text;
		const reply = await teacher.post(`/designs/${designId}?/add`, { title: '', environment: 'maan', synchrony: 'sync', grouping: 'group', learningType: 'lecturing', weeks: '9-12', hours: '-3', teacherRole: 'leads', notes: '' });
		expect(reply.status).toBe(400);
		const text = decodeEntities(reply.text);
		for (const message of [m.blend.problems.required, m.blend.problems.unknown_choice, m.blend.problems.weeks_outside_course, m.blend.problems.not_a_number]) expect(text).toContain(message);
		expect((await teacher.get(`/designs/${designId}/export/csv`)).text).toBe(before);

		await createInstitutionDirect(app.db, { institution: 'Universiteit Elders', name: 'Cas', email: 'cas@example.nl', password: PASSWORD, role: 'admin' });
		const stranger = await signIn(app.url, 'cas@example.nl', PASSWORD);
		expect((await stranger.get(`/designs/${designId}`)).status).toBe(404);
		expect((await stranger.post(`/designs/${designId}?/add`, { title: 'x', environment: 'online', synchrony: 'sync', grouping: 'group', learningType: 'practice', weeks: '1', hours: '1', teacherRole: 'leads', notes: '' })).status).toBe(404);
		expect((await stranger.get(`/designs/${designId}/export/pdf`)).status).toBe(404);
		expect((await teacher.get(`/designs/${designId}/export/csv`)).text).toBe(before);
	});

	it('takes the institution’s own hint rules and principles from its admin, checked before they are stored', async () => {
		const own = [{ id: 'eigen-regel', when: { measure: { hours: { environments: ['online'] } }, moreThan: 0 }, message: { nl: 'Eigen tip van de hogeschool.', en: 'Our own hint.' }, products: ['socialiseren'] }];
		const bo = await signIn(app.url, 'bo@example.nl', PASSWORD);
		expect((await bo.post('/admin/content/blend?/rules', { document: JSON.stringify(own), do: 'save' })).status).toBe(403);

		const notJson = await teacher.post('/admin/content/blend?/rules', { document: '[{', do: 'save' });
		expect(notJson.status).toBe(400);
		expect(decodeEntities(notJson.text)).toContain('Dit is geen geldige JSON');
		const wrongProduct = await teacher.post('/admin/content/blend?/rules', { document: JSON.stringify([{ ...own[0], products: ['bestaat-niet'] }]), do: 'save' });
		expect(wrongProduct.status).toBe(400);
		expect(decodeEntities(wrongProduct.text)).toContain('0.products: there is no product "bestaat-niet"');

		expect((await teacher.post('/admin/content/blend?/rules', { document: JSON.stringify(own), do: 'save' })).status).toBe(200);
		const principle = [{ key: 'duurzaamheid', title: { nl: 'Duurzaam onderwijs', en: 'Sustainable education' }, question: { nl: 'Hoe draagt het ontwerp bij aan duurzaamheid?', en: 'How does the design contribute to sustainability?' } }];
		expect((await teacher.post('/admin/content/blend?/principles', { document: JSON.stringify(principle), do: 'save' })).status).toBe(200);

		const page = decodeEntities((await teacher.get(`/designs/${designId}`)).text);
		expect(page).toContain('Eigen tip van de hogeschool.');
		expect(page).toContain('Hoe draagt het ontwerp bij aan duurzaamheid?');
		expect((await teacher.post(`/designs/${designId}?/answer`, { principle: 'duurzaamheid', revision: '0', text: 'Met tweedehands materiaal.' })).status).toBe(200);

		expect((await teacher.post('/admin/content/blend?/rules', { document: '', do: 'reset' })).status).toBe(200);
		expect(decodeEntities((await teacher.get(`/designs/${designId}`)).text)).not.toContain('Eigen tip van de hogeschool.');
	});

	it('lets the maker delete a design after a confirmation that says what goes with it, and nobody else', async () => {
		const created = await teacher.post('/designs/new', { title: 'Weg ermee', unit: '', period: '', studyLoadAmount: '3', studyLoadUnit: 'ec', weeks: '4', outcomes: 'Een uitkomst', start: 'template:leeg' });
		const id = created.location!.split('/').pop()!;
		const bo = await signIn(app.url, 'bo@example.nl', PASSWORD);
		expect((await bo.get(`/designs/${id}/delete`)).status).toBe(403);
		expect((await bo.post(`/designs/${id}/delete`, {})).status).toBe(403);
		const confirm = decodeEntities((await teacher.get(`/designs/${id}/delete`)).text);
		expect(confirm).toContain('0 leeractiviteiten');
		expect(confirm).toContain('1 leeruitkomst');
		const deleted = await teacher.post(`/designs/${id}/delete`, {});
		expect(deleted.status).toBe(303);
		expect(decodeEntities((await teacher.get(deleted.location!)).text)).toContain('“Weg ermee” is verwijderd.');
		expect((await teacher.get(`/designs/${id}`)).status).toBe(404);
	});
});
