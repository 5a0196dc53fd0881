/**
 * An institution admin makes the self-scan and the toolkit content its own, in a real browser:
 * a renamed factor shows in a later scan while an earlier scan keeps the old name, an own question
 * is asked and answered, an instrument file is downloaded and an invalid one refused with every
 * problem named. Axe runs on every new page in Dutch and in English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, firstAdminWithScan, launch, newContext, textPattern } from './browser';
import { startApp } from './global-setup';
import { DEFAULT_INSTRUMENT_KEY, defaultInstrument } from '$lib/instrument';
import { readInstrumentFile } from '$lib/instrument/file';
import { DRAFT_HREF, FORMAT_HELP_HREF, INSTRUMENTS_HREF } from '$lib/instrument/links';
import { defaultContent, findRoute, helpFor } from '$lib/toolkit';
import { format, messages } from '$lib/i18n';
import { ALLOWED_EXTENSIONS } from '$lib/toolkit/attachment-types';
import { parseCsv } from '$lib/server/export/csv-reader';

const m = messages('nl');
const t = m.instruments;
const c = m.contentAdmin;
const dutchField = (label: string) => format(m.common.inDutch, { label });
const englishField = (label: string) => format(m.common.inEnglish, { label });

let app: { url: string; stop: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let foreign: string[];
let problems: string[];

beforeAll(async () => {
	app = await startApp();
	browser = await launch();
	({ context, foreignRequests: foreign, pageProblems: problems } = await newContext(browser, app.url));
	page = await context.newPage();
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

async function expectAxeClean(path: string) {
	expect(await axeViolations(page), path).toEqual([]);
}

async function inEnglish<T>(run: () => Promise<T>): Promise<T> {
	await context.addCookies([{ name: 'bw_lang', value: 'en', url: app.url }]);
	try {
		return await run();
	} finally {
		await context.addCookies([{ name: 'bw_lang', value: 'nl', url: app.url }]);
	}
}

describe("an admin makes the institution's own version of the self-scan", () => {
	let earlierScan: string;
	let laterScan: string;

	it('renames a factor and adds an own question in a draft, and publishes it as version 2', async () => {
		earlierScan = await firstAdminWithScan(page, 'Voor de eigen versie');
		await page.goto('/admin');
		await page.getByRole('link', { name: t.adminLink }).click();
		await page.waitForURL('**/admin/instruments');
		await expectAxeClean('/admin/instruments');
		await page.getByRole('button', { name: t.startDraft }).click();
		await page.getByRole('link', { name: t.editDraft }).click();
		await page.waitForURL('**/admin/instruments/draft');
		await expectAxeClean('/admin/instruments/draft');

		const goals = defaultInstrument().categories[0]!.factors[0]!;
		await page.getByLabel(dutchField(format(t.factorName, { name: goals.name.nl }))).fill('Doelen van ons onderwijs');
		await page.getByLabel(englishField(format(t.factorName, { name: goals.name.nl }))).fill('Aims of our education');
		await page.getByRole('button', { name: t.saveTexts }).click();
		await expect.poll(() => page.getByRole('status').first().textContent()).toContain(t.textsSaved);

		await page.getByLabel(t.kind, { exact: true }).selectOption('text');
		await page.getByLabel(dutchField(t.question)).fill('Wat maakt onze aanpak eigen?');
		await page.getByLabel(englishField(t.question)).fill('What makes our approach our own?');
		await page.getByRole('button', { name: t.addQuestion }).click();
		await expect.poll(() => page.getByText('Wat maakt onze aanpak eigen?').count()).toBeGreaterThan(0);
		await expectAxeClean('/admin/instruments/draft with a question');

		await page.goto('/admin/instruments');
		expect(await page.locator('main').textContent()).toContain(
			format(t.changeRenamed, { from: 'Doelstellingen blended leren', to: 'Doelen van ons onderwijs' })
		);
		// The summary lists the added question too, by its text.
		expect(await page.locator('main').textContent()).toContain(format(t.changeQuestionAdded, { text: 'Wat maakt onze aanpak eigen?', kind: t.questionKinds.text }));
		await page.getByRole('button', { name: format(t.publish, { version: 2 }) }).click();
		await expect.poll(() => page.getByRole('status').first().textContent()).toContain(format(t.published, { version: 2 }));
		expect(await page.locator('main').textContent()).toMatch(textPattern(t.inUse, { title: /.+/, version: 2 }));
	});

	it('shows the new name in a later scan and the old name in the earlier scan, its result and its export', async () => {
		await page.goto('/scans/new');
		await page.getByLabel(m.scan.scanTitle).fill('Na de eigen versie');
		await page.getByRole('button', { name: m.scan.startScan }).click();
		await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
		laterScan = page.url();
		expect(await page.locator('main').textContent()).toContain('Doelen van ons onderwijs');

		await page.goto(earlierScan);
		const earlier = await page.locator('main').textContent();
		expect(earlier).toContain('Doelstellingen blended leren');
		expect(earlier).not.toContain('Doelen van ons onderwijs');
		await page.goto(`${earlierScan}/result`);
		expect(await page.locator('main').textContent()).not.toContain('Doelen van ons onderwijs');
		const csv = await page.request.get(`${earlierScan}/export/csv`);
		expect(csv.status()).toBe(200);
		const text = await csv.text();
		expect(text).toContain('Doelstellingen blended leren');
		expect(text).not.toContain('Doelen van ons onderwijs');
		const laterCsv = await (await page.request.get(`${laterScan}/export/csv`)).text();
		expect(laterCsv).toContain('Doelen van ons onderwijs');
	});

	it('asks the own question after the last category and shows the answer on the result', async () => {
		const last = defaultInstrument().categories.at(-1)!.key;
		await page.goto(`${laterScan}?c=${last}`);
		await expectAxeClean('scan page with own questions');
		await page.getByLabel('Wat maakt onze aanpak eigen?').fill('Praktijkgericht <b>leren</b> met de regio');
		await page.getByRole('button', { name: m.common.save }).last().click();
		await expect.poll(() => page.getByLabel('Wat maakt onze aanpak eigen?').inputValue()).toBe('Praktijkgericht <b>leren</b> met de regio');
		await page.goto(`${laterScan}/result`);
		const own = page.locator('section', { has: page.getByRole('heading', { name: t.questionsTitle }) });
		expect(await own.textContent()).toContain('Praktijkgericht <b>leren</b> met de regio');
		await expectAxeClean('result with own questions');
		const csv = await (await page.request.get(`${laterScan}/export/csv`)).text();
		// The own question's row: its kind, then the question and answer in their own columns (decision record 0031).
		const records = parseCsv(csv.replace(/^\uFEFF/, ''));
		const column = (name: string) => records[0]!.indexOf(name);
		const ownRow = records.find((r) => r[0] === m.export.csvSections.ownQuestion)!;
		expect([ownRow[column(m.export.columns.question)], ownRow[column(m.export.columns.answer)]]).toEqual(['Wat maakt onze aanpak eigen?', 'Praktijkgericht <b>leren</b> met de regio']);
		expect(ownRow.filter((value) => value !== '')).toHaveLength(3);
		// The earlier scan's version has no own questions.
		await page.goto(`${earlierScan}/result`);
		expect(await page.getByRole('heading', { name: t.questionsTitle }).count()).toBe(0);
	});

	it('downloads version 2 as a file that imports again, and refuses an invalid file naming every problem', async () => {
		const download = await page.request.get('/admin/instruments/export/2');
		expect(download.headers()['content-disposition']).toBe('attachment; filename="zelfscan-blended-leren.v2.json"');
		const bytes = new Uint8Array(await download.body());
		const read = readInstrumentFile(bytes, 'nl', DEFAULT_INSTRUMENT_KEY);
		expect(read.ok).toBe(true);

		const broken = JSON.parse(new TextDecoder().decode(bytes));
		broken.categories[1].factors[0].key = 'doelstellingen';
		broken.categories[0].factors[1].name.en = '';
		broken.extra = true;
		await page.goto('/admin/instruments');
		await page.getByLabel(t.importFile).setInputFiles({ name: 'gedeeld.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
		await page.getByRole('button', { name: t.importButton }).click();
		await expect.poll(() => page.getByRole('alert').first().textContent()).toContain(t.importErrors);
		const listed = await page.locator('.issue-list li').allTextContents();
		expect(listed.sort()).toEqual(
			[
				`${t.issues.root}: ${format(t.issues.unknownFields, { fields: 'extra' })}`,
				`categories[0].factors[1].name.en: ${t.issues.emptyText}`,
				`categories[1].factors[0].key: ${format(t.issues.usedTwice, { key: 'doelstellingen' })}`
			].sort()
		);
		expect(await page.getByText(t.noDraft).count()).toBe(1);
		await expectAxeClean('/admin/instruments with import errors');

		await page.getByLabel(t.importFile).setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"key": ') });
		await page.getByRole('button', { name: t.importButton }).click();
		await expect.poll(() => page.locator('.issue-list').textContent()).toMatch(textPattern(t.issues.notJson, { detail: /.+/ }));

		await page.getByLabel(t.importFile).setInputFiles({ name: 'gedeeld.json', mimeType: 'application/json', buffer: Buffer.from(bytes) });
		await page.getByRole('button', { name: t.importButton }).click();
		await expect.poll(() => page.getByRole('status').first().textContent()).toContain(t.imported);
		expect(await page.locator('main').textContent()).toContain(t.noChanges);
	});

	it('reorders factors without JavaScript, coming back to the moved row, and the summary says the order changed', async () => {
		// The imported draft of the test before: the first factor is the renamed one.
		const noScript = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false, storageState: await context.storageState(), locale: 'nl-NL' });
		const plain = await noScript.newPage();
		const strategy = defaultInstrument().categories[0]!;
		const orderOf = async () => (await plain.locator('.order-list').first().locator('li > span:first-child').allTextContents()).map((text) => text.trim());
		await plain.goto(DRAFT_HREF);
		expect(await orderOf()).toEqual(['1. Doelen van ons onderwijs', ...strategy.factors.slice(1).map((factor, i) => `${i + 2}. ${factor.name.nl}`)]);
		// The first factor has no "up", the last no "down".
		expect(await plain.getByRole('button', { name: format(t.moveUp, { name: 'Doelen van ons onderwijs' }) }).count()).toBe(0);
		expect(await plain.getByRole('button', { name: format(t.moveDown, { name: strategy.factors.at(-1)!.name.nl }) }).count()).toBe(0);

		await plain.getByRole('button', { name: format(t.moveDown, { name: 'Doelen van ons onderwijs' }) }).click();
		await plain.waitForURL((url) => url.pathname === DRAFT_HREF && url.hash === `#order-${strategy.factors[0]!.key}`);
		expect(await plain.getByRole('status').first().textContent()).toContain(format(t.moved, { name: 'Doelen van ons onderwijs', n: 2, category: strategy.name.nl }));
		expect((await orderOf()).slice(0, 2)).toEqual([`1. ${strategy.factors[1]!.name.nl}`, '2. Doelen van ons onderwijs']);
		await page.goto(DRAFT_HREF);
		await expectAxeClean(`${DRAFT_HREF} after a move`);
		await plain.goto(INSTRUMENTS_HREF);
		expect(await plain.locator('main').textContent()).toContain(format(t.changeReordered, { category: strategy.name.nl }));

		await plain.goto(DRAFT_HREF);
		await plain.getByRole('button', { name: format(t.moveUp, { name: 'Doelen van ons onderwijs' }) }).click();
		await plain.waitForURL((url) => url.hash === `#order-${strategy.factors[0]!.key}` && url.search !== '');
		expect((await orderOf())[0]).toBe('1. Doelen van ons onderwijs');
		await noScript.close();
	});

	it('explains the file format in the app, with an example an import accepts and the errors an import gives', async () => {
		await page.goto(INSTRUMENTS_HREF);
		await page.getByRole('link', { name: t.formatLink }).click();
		await page.waitForURL(`**${FORMAT_HELP_HREF}`);
		await expectAxeClean(FORMAT_HELP_HREF);
		const main = (await page.locator('main').textContent())!;
		expect(main).toContain(t.fileFormat.title);
		expect(main).not.toContain('docs/instrument-format.md');
		expect(main).toContain(format(t.issues.unknownFields, { fields: 'colour' }));
		const example = (await page.locator('pre code').textContent())!;
		expect(readInstrumentFile(new TextEncoder().encode(example), 'nl', DEFAULT_INSTRUMENT_KEY).ok).toBe(true);
	});

	describe("the institution's toolkit content", () => {
		const content = defaultContent();
		const [edited, hidden] = [content.products[0]!, content.products[1]!];
		const teacher = findRoute(content, 'teacher')!;
		const extra = content.products.find((p) => !helpFor(content, 'doelstellingen').products.some((h) => h.product.key === p.key))!;

		it('hides a product and rewrites a title, and the catalogue shows it to signed-in users and visitors alike', async () => {
			await page.goto('/admin');
			await page.getByRole('link', { name: c.title }).click();
			await page.waitForURL('**/admin/content');
			await expectAxeClean('/admin/content');
			await page.getByRole('button', { name: format(c.hide, { title: hidden.title.nl }) }).click();
			await expect.poll(() => page.getByRole('button', { name: format(c.show, { title: hidden.title.nl }) }).count()).toBe(1);
			await page.getByRole('link', { name: format(c.editTexts, { title: edited.title.nl }) }).click();
			await page.waitForURL(`**/admin/content/products/${edited.key}`);
			await expectAxeClean('/admin/content/products/[key]');
			await page.getByLabel(dutchField(c.productTitle)).fill('Onze eigen gedeelde taal');
			await page.getByRole('button', { name: c.saveTexts }).click();
			await expect.poll(() => page.getByRole('status').first().textContent()).toContain(c.saved);

			await page.goto('/toolkit');
			const catalogue = await page.locator('main').textContent();
			expect(catalogue).toContain('Onze eigen gedeelde taal');
			expect(catalogue).not.toContain(hidden.title.nl);
			expect((await page.goto(`/toolkit/product/${hidden.key}`))!.status()).toBe(404);

			const visitor = await browser.newContext({ baseURL: app.url });
			const anonymous = await visitor.newPage();
			await anonymous.goto('/toolkit');
			// The public toolkit is the institution's own (decision record 0038).
			const publicCatalogue = await anonymous.locator('main').textContent();
			expect(publicCatalogue).toContain('Onze eigen gedeelde taal');
			expect(publicCatalogue).not.toContain(hidden.title.nl);
			await visitor.close();
		});

		it('reorders a route, and refuses a route step naming a missing product with the step and the reason', async () => {
			await page.goto('/admin/content/routes/teacher');
			await expectAxeClean('/admin/content/routes/teacher');
			await page.locator('#row0-position').fill('99');
			await page.getByRole('button', { name: c.saveRoute }).click();
			await expect.poll(() => page.getByRole('status').first().textContent()).toContain(c.saved);
			await page.goto(`/toolkit/routes/${teacher.key}`);
			const steps = await page.locator('main ol li').allTextContents();
			const visibleFirst = teacher.steps.filter((step) => step.productKey !== hidden.key);
			expect(steps.at(-1)).toContain(visibleFirst[0]!.heading.nl);

			// The page offers only existing products; a forged post naming another is refused with the step and the reason.
			const refused = await page.request.post('/admin/content/routes/teacher?/save', {
				form: {
					'title.nl': teacher.title.nl,
					'title.en': teacher.title.en,
					'orderRationale.nl': teacher.orderRationale.nl,
					'orderRationale.en': teacher.orderRationale.en,
					'row0.product': 'bestaat-niet', 'row0.position': '1', 'row0.heading.nl': 'x', 'row0.heading.en': 'x', 'row0.explanation.nl': 'x', 'row0.explanation.en': 'x' },
				headers: { origin: new URL(app.url).origin, accept: 'text/html' }
			});
			expect(refused.status()).toBe(400);
			expect(await refused.text()).toContain(`steps[0].productKey: ${format(t.issues.missingProduct, { key: 'bestaat-niet' })}`);
			// Nothing was stored: the route still ends with the step moved there before.
			await page.goto(`/toolkit/routes/${teacher.key}`);
			expect((await page.locator('main ol li').allTextContents()).at(-1)).toContain(visibleFirst[0]!.heading.nl);
		});

		it("edits a factor's help, and the gap on the scan result points to it", async () => {
			await page.goto('/admin/content/mapping/doelstellingen');
			await expectAxeClean('/admin/content/mapping/[factor]');
			const newRow = helpFor(content, 'doelstellingen').products.length;
			await page.locator(`#row${newRow}-product`).selectOption(extra.key);
			await page.locator(`#row${newRow}-why-nl`).fill('Onze reden om dit te gebruiken');
			await page.locator(`#row${newRow}-why-en`).fill('Our reason to use this');
			await page.getByRole('button', { name: c.saveMapping }).click();
			await expect.poll(() => page.getByRole('status').first().textContent()).toContain(c.saved);

			const answer = await page.request.post(`${laterScan}?/answer`, {
				form: { factor: 'doelstellingen', current: '1', desired: '3', needed: '' },
				headers: { origin: new URL(app.url).origin, accept: 'application/json', 'x-sveltekit-action': 'true' }
			});
			expect(answer.status()).toBe(200);
			await page.goto(`${laterScan}/result`);
			const help = await page.locator('section', { has: page.locator('#help-heading') }).textContent();
			expect(help).toContain('Onze reden om dit te gebruiken');
		});

		it('attaches a file and a link; the file is served as a download that cannot run, to signed-in users until the admin makes it public', async () => {
			const pdf = Buffer.from('%PDF-1.7\n% werkblad van de instelling\n');
			await page.goto(`/admin/content/products/${edited.key}`);
			await page.locator('#file-title').fill('Werkblad Hogeschool');
			await page.getByLabel(c.fileField, { exact: true }).setInputFiles({ name: 'werkblad "v2".pdf', mimeType: 'application/pdf', buffer: pdf });
			await page.getByRole('button', { name: c.addFile }).click();
			await expect.poll(() => page.getByRole('status').first().textContent()).toContain(c.attachmentAdded);
			await page.locator('#link-title').fill('Onze kennisbank');
			await page.locator('#link-url').fill('https://kennisbank.example.nl/blended');
			await page.getByRole('button', { name: c.addLink }).click();
			await expect.poll(() => page.getByRole('link', { name: 'Onze kennisbank' }).count()).toBe(1);
			await expectAxeClean('/admin/content/products/[key] with attachments');

			await page.goto(`/toolkit/product/${edited.key}`);
			const file = page.getByRole('link', { name: 'Werkblad Hogeschool' });
			const href = (await file.getAttribute('href'))!;
			expect(await page.getByRole('link', { name: 'Onze kennisbank' }).getAttribute('href')).toBe('https://kennisbank.example.nl/blended');
			await expectAxeClean('/toolkit/product/[key] with attachments');
			const served = await page.request.get(href);
			expect(served.status()).toBe(200);
			expect(served.headers()['content-type']).toBe('application/pdf');
			expect(served.headers()['content-disposition']).toBe(`attachment; filename="werkblad _v2_.pdf"; filename*=UTF-8''werkblad%20_v2_.pdf`);
			expect(served.headers()['x-content-type-options']).toBe('nosniff');
			expect(served.headers()['content-security-policy']).toBe("sandbox; default-src 'none'");
			expect(Buffer.from(await served.body())).toEqual(pdf);

			// Added without a choice, the file is for signed-in users only; the admin then makes it public.
			expect(await page.locator('main').textContent()).toContain(m.navigator.attachmentSignedInOnly);
			const visitor = await browser.newContext({ baseURL: app.url });
			const anonymous = await visitor.newPage();
			expect((await visitor.request.get(href, { maxRedirects: 0 })).status()).toBe(303);
			await anonymous.goto(`/toolkit/product/${edited.key}`);
			expect(await anonymous.locator('main').textContent()).not.toContain('Werkblad Hogeschool');

			await page.goto(`/admin/content/products/${edited.key}`);
			await page.getByRole('button', { name: format(c.makePublic, { title: 'Werkblad Hogeschool' }) }).click();
			await expect.poll(() => page.getByRole('status').first().textContent()).toContain(c.visibilityChanged);
			expect(await page.locator('li', { hasText: 'Werkblad Hogeschool' }).textContent()).toContain(c.visibilityStatus.public);
			await anonymous.goto(`/toolkit/product/${edited.key}`);
			await anonymous.getByRole('link', { name: 'Werkblad Hogeschool' }).waitFor();
			expect(await anonymous.getByRole('link', { name: 'Onze kennisbank' }).count()).toBe(0);
			expect(Buffer.from(await (await visitor.request.get(href)).body())).toEqual(pdf);
			await axeViolations(anonymous).then((violations) => expect(violations, 'public product page').toEqual([]));
			await visitor.close();
		});

		it('refuses an HTML page renamed to .pdf, an SVG and an oversized file, saying why', async () => {
			const typeRefused = format(c.typeRefused, { types: ALLOWED_EXTENSIONS.join(', ') });
			const tries: Array<[string, Buffer, string]> = [
				['stiekem.pdf', Buffer.from('<html><script>alert(1)</script></html>'), typeRefused],
				['tekening.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), typeRefused],
				['groot.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024)]), format(m.common.fileTooLarge, { size: '5 MB' })]
			];
			for (const [name, buffer, message] of tries) {
				await page.goto(`/admin/content/products/${edited.key}`);
				await page.locator('#file-title').fill(name);
				await page.getByLabel(c.fileField, { exact: true }).setInputFiles({ name, mimeType: 'application/pdf', buffer });
				await page.getByRole('button', { name: c.addFile }).click();
				await expect.poll(() => page.locator('main').textContent(), { message: name }).toContain(message);
			}
			await expectAxeClean('/admin/content/products/[key] with an upload error');
			// The same refusals over plain HTTP, with their status codes; an unknown field is refused too.
			const origin = new URL(app.url).origin;
			const post = (multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>) =>
				page.request.post(`/admin/content/products/${edited.key}?/addFile`, { multipart, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
			for (const [name, buffer] of tries.slice(0, 2)) expect((await post({ title: 'x', file: { name, mimeType: 'application/pdf', buffer } })).status(), name).toBe(400);
			expect((await post({ title: 'x', file: { name: 'groot.pdf', mimeType: 'application/pdf', buffer: tries[2]![1] } })).status()).toBe(413);
			expect((await post({ title: 'x', extra: 'y', file: { name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') } })).status()).toBe(400);
			await page.goto(`/admin/content/products/${edited.key}`);
			expect(await page.locator('#attachments-heading + p + ul li').count()).toBe(2);
		});
	});

	it("shows the admin's content changes in the audit trail, filtered by kind", async () => {
		const a = m.audit;
		await page.goto('/admin');
		await page.getByRole('link', { name: a.title }).click();
		await page.waitForURL('**/admin/audit');
		await expectAxeClean('/admin/audit');
		await page.getByLabel(a.kind).selectOption('content');
		await page.getByRole('button', { name: a.apply }).click();
		await page.waitForURL('**/admin/audit?kind=content**');
		const entries = page.getByRole('list', { name: a.caption }).getByRole('listitem');
		expect(await entries.count()).toBeGreaterThan(0);
		for (const entry of await entries.all()) expect(await entry.textContent()).toContain(a.kinds.content);
		await expectAxeClean('/admin/audit?kind=content');
	});

	it('passes axe on the new pages in English', async () => {
		await inEnglish(async () => {
			for (const path of ['/admin', '/admin/erase', '/admin/instruments', '/admin/instruments/draft', FORMAT_HELP_HREF, '/admin/content', `/admin/content/products/${defaultContent().products[0]!.key}`, '/admin/content/routes/support', '/admin/content/mapping/evaluatie', '/admin/audit']) {
				await page.goto(path);
				expect(await page.locator('html').getAttribute('lang')).toBe('en');
				await expectAxeClean(`${path} (en)`);
			}
		});
	});

	it('fits every page on a 320 px wide screen without scrolling sideways (WCAG 1.4.10)', async () => {
		await page.setViewportSize({ width: 320, height: 720 });
		const wide: string[] = [];
		// Signed in as an admin, so the header shows every menu item.
		for (const path of ['/', '/workshops', '/workshops/new', '/surveys', '/surveys/new', '/scans/new', '/toolkit', '/admin', '/admin/erase', '/admin/instruments', '/admin/instruments/draft', FORMAT_HELP_HREF, '/admin/content', `/admin/content/products/${defaultContent().products[0]!.key}`, '/admin/content/routes/support', '/admin/content/mapping/evaluatie', '/admin/audit']) {
			await page.goto(path);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > 320) wide.push(`${path}: ${width} px`);
		}
		await page.setViewportSize({ width: 1280, height: 900 });
		expect(wide).toEqual([]);
	});

	it('made no third-party requests and had no script or CSP errors', () => {
		expect(foreign).toEqual([]);
		expect(problems).toEqual([]);
	});
});
