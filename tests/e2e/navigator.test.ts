/**
 * The public toolkit navigator, driven as a visitor without an account would: the catalogue and its
 * filters, a product page, the three route planners, an own route built by keyboard and shared by
 * its link, the knowledge pages with the Bloem, and — for a signed-in user — what helps close each
 * gap on a scan result. Axe runs on every new page in Dutch and in English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultContent, filterProducts, helpForFactor, type ProductFilter } from '$lib/toolkit';
import { ABOUT_HREF, ABOUT_PAGE_KEY } from '$lib/toolkit/links';
import { format, messages } from '$lib/i18n';
import { axeViolations, firstAdminWithScan, launch, newContext, pluralPattern, textPattern, startsWith } from './browser';
import { startApp } from './global-setup';
import { Client } from './http';

const m = messages('nl');
const t = m.navigator;
const en = messages('en');
/** The accessible name of a product's place field: “Plek” and, for screen readers, which product. */
const placeFor = (title: string) => `${t.ownPlace} ${format(t.ownPlaceFor, { product: title })}`;
const content = defaultContent();
const titles = (filter: ProductFilter) => filterProducts(content.products, filter).map((product) => product.title.nl);
const product = (key: string) => content.products.find((p) => p.key === key)!;

/** Every page this feature adds, with a valid own route and the two refusals. */
const PAGES = [
	'/toolkit',
	'/toolkit?audience=management&level=institution',
	'/toolkit?form=rubric&audience=management',
	...content.products.map((p) => `/toolkit/product/${p.key}`),
	'/toolkit/product/bestaat-niet',
	'/toolkit/routes',
	...content.routes.map((route) => `/toolkit/routes/${route.key}`),
	'/toolkit/routes/own',
	'/toolkit/routes/own?p=gedeelde-taal,voorbeelden',
	'/toolkit/routes/own/view?p=voorbeelden,gedeelde-taal',
	'/toolkit/routes/own/view?p=bestaat-niet',
	'/toolkit/knowledge',
	...content.knowledge.map((page) => `/toolkit/knowledge/${page.key}`)
];

let app: { url: string; stop: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
	app = await startApp();
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

describe('a visitor without an account uses the toolkit navigator', () => {
	let context: BrowserContext;
	let page: Page;
	let foreign: string[];
	let problems: string[];
	const dialogs: string[] = [];

	beforeAll(async () => {
		({ context, foreignRequests: foreign, pageProblems: problems } = await newContext(browser, app.url));
		page = await context.newPage();
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
	});

	const results = () => page.getByRole('region', { name: t.resultsTitle });
	const cardTitles = () => results().getByRole('heading', { level: 3 }).allTextContents();

	it('finds the toolkit from the header of any page and sees all 15 products, each card linking to its page', async () => {
		await page.goto('/setup');
		await page.getByRole('navigation', { name: m.common.mainNav }).getByRole('link', { name: t.navLink }).click();
		await page.waitForURL('**/toolkit');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t.catalogueTitle);
		expect(await page.getByRole('status').textContent()).toBe(format(t.countAll, { total: 15 }));
		expect(await cardTitles()).toEqual(content.products.map((p) => p.title.nl));
		const links = results().getByRole('link');
		expect(await links.count()).toBe(15);
		expect(await links.first().getAttribute('href')).toBe('/toolkit/product/gedeelde-taal');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('filters by audience: managers see only the products for managers, and the count says how many', async () => {
		await page.getByRole('checkbox', { name: 'Managers' }).check();
		await page.getByRole('button', { name: t.filterButton }).click();
		await page.waitForURL(/audience=management/);
		const expected = titles({ audience: 'management' });
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(15);
		await expect.poll(() => cardTitles()).toEqual(expected);
		expect(await page.getByRole('status').textContent()).toBe(format(t.countSome, { count: expected.length, total: 15 }));
		for (const key of filterProducts(content.products, { audience: 'management' }).map((p) => p.key)) {
			expect(product(key).audience).toContain('management');
		}
		expect(await page.getByRole('checkbox', { name: 'Managers' }).isChecked()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('filters by level, then by level, form and time together, keeping every choice in a shareable URL', async () => {
		await page.getByRole('checkbox', { name: 'Managers' }).uncheck();
		await page.getByRole('checkbox', { name: 'Cursus' }).check();
		await page.getByRole('button', { name: t.filterButton }).click();
		await page.waitForURL((url) => url.searchParams.getAll('level').join() === 'course' && !url.searchParams.has('audience'));
		const course = titles({ level: 'course' });
		await expect.poll(() => cardTitles()).toEqual(course);
		expect(await page.getByRole('status').textContent()).toBe(format(t.countSome, { count: course.length, total: 15 }));

		await page.getByLabel(t.form).selectOption({ label: 'Infographic' });
		await page.getByLabel(t.maxTime).selectOption({ label: format(t.upToMinutes, { minutes: 30 }) });
		await page.getByRole('button', { name: t.filterButton }).click();
		await page.waitForURL(/maxMinutes=30/);
		const combined = titles({ level: 'course', form: 'infographic', maxMinutes: 30 });
		await expect.poll(() => cardTitles()).toEqual(combined);

		// The same URL opened afresh shows the same products and the same choices.
		const shared = page.url();
		const other = await context.newPage();
		await other.goto(shared);
		expect(await other.getByRole('region', { name: t.resultsTitle }).getByRole('heading', { level: 3 }).allTextContents()).toEqual(combined);
		expect(await other.getByRole('checkbox', { name: 'Cursus' }).isChecked()).toBe(true);
		expect(await other.getByLabel(t.form).inputValue()).toBe('infographic');
		expect(await other.getByLabel(t.maxTime).inputValue()).toBe('30');
		await other.close();
	});

	it('says so when no product matches, and offers to clear the filters', async () => {
		expect(titles({ form: 'rubric', audience: 'management' })).toEqual([]);
		await page.goto('/toolkit?form=rubric&audience=management');
		expect(await page.getByRole('status').textContent()).toBe(format(t.countNone, { total: 15 }));
		await page.getByRole('link', { name: t.clearFilters }).first().click();
		await page.waitForURL((url) => url.pathname === '/toolkit' && url.search === '');
		await expect.poll(() => page.getByRole('status').textContent()).toBe(format(t.countAll, { total: 15 }));
		expect(await axeViolations(page)).toEqual([]);
	});

	it('shows a product page with purpose, audience, form, time, level, how to use it, related products and its routes', async () => {
		await results().getByRole('link', { name: 'Gedeelde taal' }).click();
		await page.waitForURL('**/toolkit/product/gedeelde-taal');
		const gedeeldeTaal = product('gedeelde-taal');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Gedeelde taal');
		const facts = page.getByRole('region', { name: t.productFacts });
		for (const text of [gedeeldeTaal.audienceText.nl, gedeeldeTaal.formText.nl, gedeeldeTaal.time.text.nl, 'Cursus, Programma, Instelling']) {
			expect(await facts.textContent()).toContain(text);
		}
		expect(await page.getByRole('region', { name: t.purpose }).textContent()).toContain(gedeeldeTaal.purpose.nl);
		expect(await page.getByRole('region', { name: t.howToUse }).textContent()).toContain(gedeeldeTaal.howToUse.nl);
		const related = page.getByRole('region', { name: t.related }).getByRole('link');
		expect(await related.allTextContents()).toEqual(gedeeldeTaal.related.map((key) => product(key).title.nl));
		const routes = page.getByRole('region', { name: t.inRoutes });
		expect(await routes.getByRole('link').allTextContents()).toEqual(content.routes.map((route) => route.title.nl));
		expect(await routes.textContent()).toContain(format(t.routeStep, { n: 1, total: content.routes[0]!.steps.length }));
		expect(await page.getByRole('region', { name: textPattern(t.helpsFactors) }).textContent()).toContain('Definitie & gedeelde taal');
		expect(await axeViolations(page)).toEqual([]);

		await related.filter({ hasText: 'Visie ontwikkeling' }).click();
		await page.waitForURL('**/toolkit/product/visie-ontwikkeling');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Visie ontwikkeling');
	});

	it('answers an unknown product with a real 404 that says so', async () => {
		const response = await page.goto('/toolkit/product/bestaat-niet');
		expect(response?.status()).toBe(404);
		expect(await page.getByRole('alert').textContent()).toBe(t.productNotFound);
		expect(await axeViolations(page)).toEqual([]);
		expect((await page.goto('/toolkit/routes/leerling'))?.status()).toBe(404);
		expect((await page.goto('/toolkit/knowledge/bestaat-niet'))?.status()).toBe(404);
	});

	it('lists the three route planners and the own route', async () => {
		await page.goto('/toolkit/routes');
		const names = await page.getByRole('heading', { level: 2 }).allTextContents();
		expect(names).toEqual([...content.routes.map((route) => route.title.nl), content.ownRoute.title.nl]);
		expect(await axeViolations(page)).toEqual([]);
	});

	for (const route of content.routes) {
		it(`shows the ${route.audience} route planner as ordered steps with the seed's explanations, each linking to its product`, async () => {
			await page.goto('/toolkit/routes');
			await page.getByRole('link', { name: route.title.nl }).click();
			await page.waitForURL(`**/toolkit/routes/${route.key}`);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(route.title.nl);
			const list = page.getByRole('region', { name: startsWith(t.steps) }).getByRole('list');
			expect(await list.evaluate((element) => element.tagName)).toBe('OL');
			const steps = list.getByRole('listitem');
			expect(await steps.count()).toBe(route.steps.length);
			for (const [i, step] of route.steps.entries()) {
				const link = steps.nth(i).getByRole('link');
				expect(await link.textContent()).toBe(step.heading.nl);
				expect(await link.getAttribute('href')).toBe(`/toolkit/product/${step.productKey}`);
				expect(await steps.nth(i).textContent()).toContain(step.explanation.nl);
			}
			expect(await page.getByRole('region', { name: t.orderNote }).textContent()).toContain(route.orderRationale.nl);
			expect(await axeViolations(page)).toEqual([]);
			await steps.nth(route.steps.length - 1).getByRole('link').click();
			await page.waitForURL(`**/toolkit/product/${route.steps.at(-1)!.productKey}`);
		});
	}

	it('builds an own route by keyboard alone, is told about a wrong place, and saves it as a link', async () => {
		await page.goto('/toolkit/routes/own');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(content.ownRoute.title.nl);
		const choose = async (title: string, place: string) => {
			await page.getByRole('checkbox', { name: title, exact: true }).focus();
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await page.keyboard.press('ControlOrMeta+A');
			await page.keyboard.type(place);
		};
		await choose('Gedeelde taal', '3');
		await choose('Voorbeelden van blended leren', '1');
		await choose('Ontwerpmethodieken', '0');
		await choose('Socialiseren bij blended leren', '');
		expect(await page.getByRole('spinbutton', { name: placeFor('Gedeelde taal') }).inputValue()).toBe('3');
		await page.getByRole('button', { name: t.ownSave }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByText(format(t.ownErrors.place, { max: 99 })).count()).toBe(1);
		expect(await page.getByRole('alert').textContent()).toMatch(pluralPattern(m.common.formErrors, { count: /\d+/ }));
		// What was chosen survives the refusal.
		expect(await page.getByRole('checkbox', { name: 'Gedeelde taal', exact: true }).isChecked()).toBe(true);
		expect(await page.getByRole('spinbutton', { name: placeFor('Voorbeelden van blended leren') }).inputValue()).toBe('1');
		expect(await axeViolations(page)).toEqual([]);

		await page.getByRole('spinbutton', { name: placeFor('Ontwerpmethodieken') }).focus();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('2');
		await page.getByRole('button', { name: t.ownSave }).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL('**/toolkit/routes/own/view?**');
		const order = ['voorbeelden', 'ontwerpmethodieken', 'gedeelde-taal', 'socialiseren'];
		expect(new URL(page.url()).searchParams.get('p')).toBe(order.join(','));
		const steps = page.locator('main ol').getByRole('listitem');
		expect(await steps.count()).toBe(4);
		expect(await steps.getByRole('link').allTextContents()).toEqual(order.map((key) => product(key).title.nl));
		const share = await page.getByLabel(t.shareLink).inputValue();
		expect(share).toBe(`${app.url}/toolkit/routes/own/view?p=${order.join(',')}`);
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
		await page.getByRole('button', { name: startsWith(m.common.copy) }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe(m.common.copied);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(share);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('opens a shared link in another browser with the same steps in the same order, and can change it from there', async () => {
		const link = `${app.url}/toolkit/routes/own/view?p=voorbeelden,ontwerpmethodieken,gedeelde-taal,socialiseren`;
		const other = await newContext(browser, app.url);
		const reader = await other.context.newPage();
		await reader.goto(link);
		expect(await reader.getByRole('heading', { level: 1 }).textContent()).toBe(t.viewTitle);
		const stepLinks = reader.locator('main ol').getByRole('link');
		expect(await stepLinks.allTextContents()).toEqual(['Voorbeelden van blended leren', 'Ontwerpmethodieken', 'Gedeelde taal', 'Socialiseren bij blended leren']);
		expect(await stepLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
			'/toolkit/product/voorbeelden',
			'/toolkit/product/ontwerpmethodieken',
			'/toolkit/product/gedeelde-taal',
			'/toolkit/product/socialiseren'
		]);

		await reader.getByRole('link', { name: t.editRoute }).click();
		await reader.waitForURL('**/toolkit/routes/own?p=**');
		expect(await reader.getByRole('checkbox', { name: 'Gedeelde taal', exact: true }).isChecked()).toBe(true);
		expect(await reader.getByRole('spinbutton', { name: placeFor('Gedeelde taal') }).inputValue()).toBe('3');
		expect(await reader.getByRole('checkbox', { name: 'Visie ontwikkeling', exact: true }).isChecked()).toBe(false);
		await other.context.close();
		expect(other.foreignRequests).toEqual([]);
	});

	it('starts an own route from a route planner with its steps filled in', async () => {
		const route = content.routes[2]!;
		await page.goto(`/toolkit/routes/${route.key}`);
		await page.getByRole('link', { name: t.makeOwnFromRoute }).click();
		await page.waitForURL('**/toolkit/routes/own?p=**');
		for (const [i, step] of route.steps.entries()) {
			const title = product(step.productKey).title.nl;
			expect(await page.getByRole('checkbox', { name: title, exact: true }).isChecked()).toBe(true);
			expect(await page.getByRole('spinbutton', { name: placeFor(title) }).inputValue()).toBe(String(i + 1));
		}
		await page.getByRole('button', { name: t.ownSave }).click();
		await page.waitForURL('**/toolkit/routes/own/view?**');
		expect(new URL(page.url()).searchParams.get('p')).toBe(route.steps.map((step) => step.productKey).join(','));
	});

	it('answers a broken share link with a 400 and a message that says what is wrong, never a 500', async () => {
		const cases: Array<[string, string]> = [
			['?p=gedeelde-taal,bestaat-niet', format(t.shareErrors.unknown, { keys: '“bestaat-niet”' })],
			['?p=voorbeelden,voorbeelden', format(t.shareErrors.duplicate, { keys: '“voorbeelden”' })],
			['?p=voorbeelden,,socialiseren', t.shareErrors.malformed],
			['', t.shareErrors.missing],
			[`?p=${'a'.repeat(3000)}`, t.shareErrors.tooLong],
			[`?p=${encodeURIComponent('<script>alert(1)</script>')}`, format(t.shareErrors.unknown, { keys: '“<script>alert(1)</script>”' })]
		];
		for (const [query, message] of cases) {
			const response = await page.goto(`/toolkit/routes/own/view${query}`);
			expect(response?.status(), query).toBe(400);
			expect(await page.getByRole('alert').textContent()).toBe(message);
		}
		expect(await page.getByRole('link', { name: t.newRoute }).getAttribute('href')).toBe('/toolkit/routes/own');
		expect(await axeViolations(page)).toEqual([]);
		expect(dialogs).toEqual([]);
	});

	it('lists the knowledge pages, each naming its sources', async () => {
		await page.goto('/toolkit/knowledge');
		expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(content.knowledge.map((k) => k.title.nl));
		for (const knowledge of content.knowledge) {
			await page.goto(`/toolkit/knowledge/${knowledge.key}`);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(knowledge.title.nl);
			const sources = page.getByRole('region', { name: t.sources }).getByRole('listitem');
			expect(await sources.allTextContents()).toEqual(knowledge.sources.map((source) => source.nl));
		}
	});

	it('draws the Blended Leren Bloem as an SVG image with a text alternative describing all four environments', async () => {
		await page.goto('/toolkit/knowledge/blended-leren-bloem');
		const figure = page.getByRole('img', { name: 'De Blended Leren Bloem' });
		expect(await figure.evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
		const description = await figure.evaluate((element) => document.getElementById(element.getAttribute('aria-describedby')!)!.textContent);
		const flower = content.knowledge.find((k) => k.key === 'blended-leren-bloem')!.body.find((block) => block.kind === 'flower')!;
		for (const petal of flower.petals) expect(description).toContain(`${petal.name.nl}: ${petal.description.nl}`);
		expect(await figure.locator('.petal-name').allTextContents()).toEqual(['Online', 'Campus', 'Werkplek', 'Samenleving']);
		// The same words are on the page for everyone, beside the drawing.
		for (const petal of flower.petals) expect(await page.getByText(petal.description.nl, { exact: true }).isVisible()).toBe(true);
		expect(await page.locator('svg [style], svg style').count()).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('opens “Over de toolkit” from the navigator’s menu: the working definition, aims, levels, audiences, principles, and that it is never finished', async () => {
		const about = content.knowledge.find((k) => k.key === ABOUT_PAGE_KEY)!;
		await page.goto('/toolkit');
		const menu = page.getByRole('navigation', { name: t.sectionNav });
		await menu.getByRole('link', { name: t.sections.about }).click();
		await page.waitForURL(`**${ABOUT_HREF}`);
		expect(await menu.getByRole('link', { name: t.sections.about }).getAttribute('aria-current')).toBe('page');
		expect(await menu.getByRole('link', { name: t.sections.knowledge }).getAttribute('aria-current')).toBeNull();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(about.title.nl);
		const headings = about.body.flatMap((block) => (block.kind === 'heading' ? [block.text.nl] : []));
		expect(await page.locator('.knowledge > h2').allTextContents()).toEqual(headings);
		// Item titles sit one level under the section headings.
		const principles = about.body.filter((block) => block.kind === 'list').at(-1)!;
		if (principles.kind !== 'list') throw new Error('no principles');
		const level3 = await page.getByRole('heading', { level: 3 }).allTextContents();
		for (const item of principles.items) expect(level3).toContain(item.title.nl);
		expect(await page.locator('main').textContent()).toContain('nooit');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('passes axe on every new page in Dutch', async () => {
		const failures: string[] = [];
		for (const path of PAGES) {
			await page.goto(path);
			for (const violation of await axeViolations(page)) failures.push(`${path}: ${violation}`);
		}
		expect(failures).toEqual([]);
	}, 300_000);

	it('switches to English on a toolkit page, keeping the filters, and passes axe on every new page in English', async () => {
		await page.goto('/toolkit?audience=management');
		await page.getByRole('button', { name: m.common.switchLanguageLabel }).click();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en.navigator.catalogueTitle);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(new URL(page.url()).searchParams.get('audience')).toBe('management');
		expect(await page.getByRole('checkbox', { name: 'Managers' }).isChecked()).toBe(true);
		expect(await page.getByRole('status').textContent()).toBe(format(en.navigator.countSome, { count: titles({ audience: 'management' }).length, total: 15 }));
		expect(await page.getByRole('region', { name: en.navigator.resultsTitle }).getByRole('heading', { level: 3 }).allTextContents()).toEqual(
			filterProducts(content.products, { audience: 'management' }).map((p) => p.title.en)
		);

		await page.goto('/toolkit/routes/docent');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Route planner for the teacher');
		await page.goto('/toolkit/knowledge/blended-leren-bloem');
		expect(await page.getByRole('img', { name: 'The Blended Learning Flower' }).locator('.petal-name').allTextContents()).toEqual([
			'Online',
			'Campus',
			'Workplace',
			'Society'
		]);
		const response = await page.goto('/toolkit/routes/own/view?p=nope');
		expect(response?.status()).toBe(400);
		expect(await page.getByRole('alert').textContent()).toBe(format(en.navigator.shareErrors.unknown, { keys: '“nope”' }));

		const failures: string[] = [];
		for (const path of PAGES) {
			await page.goto(path);
			expect(await page.locator('html').getAttribute('lang')).toBe('en');
			for (const violation of await axeViolations(page)) failures.push(`${path}: ${violation}`);
		}
		expect(failures).toEqual([]);
		await page.getByRole('button', { name: en.common.switchLanguageLabel }).click();
		await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
	}, 300_000);

	it('made no request to another host, ran no injected script and broke no CSP rule', () => {
		expect(foreign).toEqual([]);
		expect(problems).toEqual([]);
		expect(dialogs).toEqual([]);
	});
});

describe('the navigator without JavaScript', () => {
	it('filters the catalogue and saves an own route with plain forms', async () => {
		const context = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false, locale: 'nl-NL' });
		const page = await context.newPage();
		await page.goto('/toolkit');
		await page.getByRole('checkbox', { name: 'Ondersteunende diensten' }).check();
		await page.getByRole('checkbox', { name: 'Instelling' }).check();
		await page.getByRole('button', { name: t.filterButton }).click();
		await page.waitForURL(/audience=support/);
		const expected = titles({ audience: 'support', level: 'institution' });
		expect(await page.getByRole('region', { name: t.resultsTitle }).getByRole('heading', { level: 3 }).allTextContents()).toEqual(expected);
		expect(await page.getByRole('status').textContent()).toBe(format(t.countSome, { count: expected.length, total: 15 }));

		await page.goto('/toolkit/routes/own');
		await page.getByRole('checkbox', { name: product('veranderstrategieen').title.nl, exact: true }).check();
		await page.getByRole('checkbox', { name: 'Implementatie: Aanzet tot een actieplan', exact: true }).check();
		await page.getByRole('spinbutton', { name: placeFor('Implementatie: Aanzet tot een actieplan') }).fill('1');
		await page.getByRole('button', { name: t.ownSave }).click();
		await page.waitForURL('**/toolkit/routes/own/view?**');
		expect(new URL(page.url()).searchParams.get('p')).toBe('implementatie-actieplan,veranderstrategieen');
		// No copy button without the clipboard script; the link is there to select.
		expect(await page.getByRole('button', { name: startsWith(m.common.copy) }).count()).toBe(0);
		expect(await page.getByLabel(t.shareLink).inputValue()).toContain('p=implementatie-actieplan,veranderstrategieen');
		await context.close();
	});
});

describe('the own-route form over plain HTTP', () => {
	const PATH = '/toolkit/routes/own';

	it('refuses an unknown product, an unknown field, a bad place and an empty choice with a 400 and a message', async () => {
		const client = new Client(app.url);
		const cases: Array<[Parameters<Client['post']>[1], string]> = [
			[{ product: 'bestaat-niet' }, t.ownErrors.unknownProduct],
			[{ product: 'voorbeelden', admin: '1' }, m.common.unknownFields],
			[{ product: 'voorbeelden', 'place-voorbeelden': '<script>' }, format(t.ownErrors.place, { max: 99 })],
			[{ product: 'voorbeelden', 'place-voorbeelden': '100' }, format(t.ownErrors.place, { max: 99 })],
			[{ 'place-voorbeelden': '1' }, t.ownErrors.noneChosen]
		];
		for (const [fields, message] of cases) {
			const reply = await client.post(PATH, fields);
			expect(reply.status, JSON.stringify(fields)).toBe(400);
			expect(reply.text).toContain(message);
			expect(reply.text).not.toContain('<script>');
		}
	});

	it('refuses a post from another site, and sends a good one to its link with a 303', async () => {
		const client = new Client(app.url);
		expect((await client.post(PATH, { product: 'voorbeelden' }, { origin: 'https://elders.example' })).status).toBe(403);
		const reply = await client.post(PATH, [
			['product', 'socialiseren'],
			['product', 'voorbeelden'],
			['place-socialiseren', '2'],
			['place-voorbeelden', '1']
		]);
		expect(reply.status).toBe(303);
		expect(reply.location).toBe('/toolkit/routes/own/view?p=voorbeelden,socialiseren');
	});
});

describe('a scan result shows what helps close each gap', () => {
	it('lists, per factor with a positive gap and largest first, the products and knowledge that help, linking to their pages', async () => {
		const { context, foreignRequests } = await newContext(browser, app.url);
		const page = await context.newPage();
		await firstAdminWithScan(page, 'Navigator', 'Hogeschool Navigator');
		const scanUrl = page.url();
		// Definitie 1 → 2 (gap 1), Doelstellingen 1 → 3 (gap 2), Beleid 2 → 2 (no gap).
		const answers: Array<[string, string, number, number]> = [
			['definitie', 'Definitie & gedeelde taal', 1, 2],
			['doelstellingen', 'Doelstellingen blended leren', 1, 3],
			['beleid', 'Beleid', 2, 2]
		];
		for (const [key, name, now, to] of answers) {
			await page.getByRole('radiogroup', { name: format(m.scan.groupNow, { factor: name }) }).getByRole('radio', { name: format(m.plan.phaseOption, { n: now }) }).check();
			await page.getByRole('radiogroup', { name: format(m.scan.groupTo, { factor: name }) }).getByRole('radio', { name: format(m.plan.phaseOption, { n: to }) }).check();
			await expect.poll(() => page.locator(`#factor-${key} .save-status`).textContent(), { timeout: 10_000 }).toBe(m.common.saved);
		}
		await page.goto(`${scanUrl}/result`);
		const help = page.getByRole('region', { name: t.helpTitle });
		expect(await help.getByRole('heading', { level: 3 }).allTextContents()).toEqual([`Doelstellingen blended leren (${format(t.helpGap, { gap: 2 })})`, `Definitie & gedeelde taal (${format(t.helpGap, { gap: 1 })})`]);
		const doelstellingen = helpForFactor('doelstellingen');
		// Each factor's help is folded until it is opened.
		expect(await help.getByRole('list').count()).toBe(0);
		await help.getByRole('heading', { level: 3 }).first().click();
		const firstList = help.getByRole('list').first();
		const hrefs = await firstList.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(hrefs).toEqual([
			...doelstellingen.products.map(({ product: p }) => `/toolkit/product/${p.key}`),
			...doelstellingen.knowledge.map(({ page: k, item }) => `/toolkit/knowledge/${k.key}${item ? `#item-${item.id}` : ''}`)
		]);
		for (const { why } of [...doelstellingen.products, ...doelstellingen.knowledge]) expect(await firstList.textContent()).toContain(why.nl);
		expect(await help.textContent()).not.toContain('Beleid');
		expect(await axeViolations(page)).toEqual([]);

		// A knowledge link lands on the item it names.
		await firstList.getByRole('link', { name: 'Ambities bepalen en sturen' }).click();
		await page.waitForURL('**/toolkit/knowledge/managementstappen#item-ambities');
		expect(await page.locator('#item-ambities').getByRole('heading').textContent()).toBe('Ambities bepalen en sturen');

		await page.goto(`${scanUrl}/result`);
		await page.getByRole('button', { name: m.common.switchLanguageLabel }).click();
		await expect.poll(() => page.getByRole('region', { name: en.navigator.helpTitle }).getByRole('heading', { level: 3 }).allTextContents()).toEqual([
			`Goals of blended learning (${format(en.navigator.helpGap, { gap: 2 })})`,
			`Definition & shared language (${format(en.navigator.helpGap, { gap: 1 })})`
		]);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
		expect(foreignRequests).toEqual([]);
	});
});
