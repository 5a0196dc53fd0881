/**
 * Who may reach the institution's own self-scan and content, over plain HTTP: a facilitator gets a
 * 403 on every new admin page and action and changes nothing; an admin of another institution sees
 * none of the first institution's versions, drafts, changes or attachments; a visitor without an
 * account sees the institution's own texts and only the materials it made public (decision 0038).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, Client, acceptInvite, createInstitutionDirect, createInvite, dumpDb, setupFirstAdmin, signIn, startAppWithDb } from './http';
import { defaultContent } from '$lib/toolkit';
import { format, messages } from '$lib/i18n';

const m = messages('nl');
const PASSWORD = 'een lang genoeg wachtwoord';
const product = defaultContent().products[0]!;

let app: App;
let adminA: Client;
let facilitatorA: Client;
let adminB: Client;
let attachmentPath = '';

beforeAll(async () => {
	app = await startAppWithDb();
	adminA = await setupFirstAdmin(app.url, { institution: 'Hogeschool A', name: 'Ada', email: 'ada@a.example', password: PASSWORD });
	facilitatorA = (await acceptInvite(await createInvite(adminA), { name: 'Fien', email: 'fien@a.example', password: PASSWORD })).client;
	await createInstitutionDirect(app.db, { institution: 'Universiteit B', name: 'Bert', email: 'bert@b.example', password: PASSWORD, role: 'admin' });
	adminB = await signIn(app.url, 'bert@b.example', PASSWORD);

	// A makes an own version, changes a product and attaches a file.
	expect((await adminA.post('/admin/instruments?/start', {})).status).toBe(200);
	expect((await adminA.post('/admin/instruments/draft?/dropQuestion', { key: 'bestaat-niet' })).status).toBe(404);
	expect((await adminA.post('/admin/instruments/draft?/moveFactor', { key: 'doelstellingen', direction: 'opzij' })).status).toBe(400);
	expect((await adminA.post('/admin/instruments/draft?/moveFactor', { key: 'bestaat-niet', direction: 'up' })).status).toBe(404);
	expect((await adminA.post('/admin/instruments?/publish', {})).status).toBe(200);
	expect((await adminA.post('/admin/content?/hide', { key: product.key })).status).toBe(200);
	// No choice of who may see it: signed-in users only, the safe default.
	expect((await upload(adminA, product.key, { title: 'Werkblad van A' })).status).toBe(200);
	const id = (await app.db.selectFrom('product_attachment').select('id').executeTakeFirstOrThrow()).id;
	attachmentPath = `/toolkit/product/${product.key}/attachments/${id}`;
});

/** Posts the admin's "add a file" form as a browser does, with a small PDF. */
async function upload(client: Client, productKey: string, fields: Record<string, string>, bytes = '%PDF-1.7\n') {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	form.set('file', new Blob([new TextEncoder().encode(bytes)], { type: 'application/pdf' }), 'werkblad.pdf');
	const request = new Request(new URL(`/admin/content/products/${productKey}?/addFile`, app.url), { method: 'POST', body: form });
	return client.send('POST', `/admin/content/products/${productKey}?/addFile`, { body: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get('content-type') });
}
afterAll(async () => {
	await app?.stop();
});

describe('the new admin pages', () => {
	const PAGES = ['/admin/instruments', '/admin/instruments/draft', '/admin/instruments/format', '/admin/instruments/export/1', '/admin/content', `/admin/content/products/${product.key}`, '/admin/content/routes/teacher', '/admin/content/mapping/doelstellingen'];
	const ACTIONS: Array<[string, Record<string, string>]> = [
		['/admin/instruments?/start', {}],
		['/admin/instruments?/publish', {}],
		['/admin/instruments?/discard', {}],
		['/admin/instruments/draft?/dropFactor', { key: 'doelstellingen' }],
		['/admin/instruments/draft?/moveFactor', { key: 'doelstellingen', direction: 'down' }],
		['/admin/content?/show', { key: product.key }],
		['/admin/content?/hide', { key: defaultContent().products[2]!.key }],
		[`/admin/content/products/${product.key}?/reset`, {}],
		['/admin/content/routes/teacher?/reset', {}],
		[`/admin/content/products/${product.key}?/visibility`, { id: '00000000-0000-4000-8000-000000000000', visibility: 'public' }]
	];

	it('sends a visitor to sign in', async () => {
		const visitor = new Client(app.url);
		for (const path of [...PAGES, attachmentPath]) {
			const reply = await visitor.get(path);
			expect(reply.status, path).toBe(303);
			expect(reply.location, path).toMatch(/^\/login\?next=/);
		}
	});

	it('gives a facilitator a 403 on every page and action, and changes nothing', async () => {
		const before = await dumpDb(app.db, ['session']);
		for (const path of PAGES) expect((await facilitatorA.get(path)).status, path).toBe(403);
		for (const [path, fields] of ACTIONS) expect((await facilitatorA.post(path, fields)).status, path).toBe(403);
		expect(await dumpDb(app.db, ['session'])).toBe(before);
		// A facilitator of the institution may download its attachments.
		expect((await facilitatorA.get(attachmentPath)).status).toBe(200);
	});

	it("shows another institution's admin only its own: the shipped version, no draft, no hidden product, no attachment", async () => {
		const versions = await adminB.get('/admin/instruments');
		expect(versions.text).toContain(format(m.instruments.versionRow, { version: 1 }));
		expect(versions.text).not.toContain(format(m.instruments.versionRow, { version: 2 }));
		expect((await adminB.get('/admin/instruments/export/2')).status).toBe(404);
		expect((await adminB.get('/admin/instruments/draft')).status).toBe(303);
		expect((await adminB.get('/toolkit')).text).toContain(product.title.nl);
		expect((await adminB.get(attachmentPath)).status).toBe(404);
		expect((await adminB.get(`/admin/content/products/${product.key}`)).text).not.toContain('Werkblad van A');
		const before = await dumpDb(app.db, ['session']);
		expect((await adminB.post(`/admin/content/products/${product.key}?/deleteAttachment`, { id: attachmentPath.split('/').pop()! })).status).toBe(404);
		expect(await dumpDb(app.db, ['session'])).toBe(before);
	});
});

describe("the public toolkit shows the institution's own texts and the materials it made public", () => {
	const shown = defaultContent().products[1]!;
	const n = m.navigator;
	let publicPath = '';
	let signedInPath = '';

	beforeAll(async () => {
		const texts = { 'title.nl': 'Onze eigen titel van A', 'title.en': 'Our own title of A', 'summary.nl': 'Eigen samenvatting', 'summary.en': 'Own summary', 'purpose.nl': shown.purpose.nl, 'purpose.en': shown.purpose.en, 'howToUse.nl': shown.howToUse.nl, 'howToUse.en': shown.howToUse.en };
		expect((await adminA.post(`/admin/content/products/${shown.key}?/save`, texts)).status).toBe(200);
		expect((await upload(adminA, shown.key, { title: 'Openbaar werkblad', visibility: 'public' }, '%PDF-1.7\n% openbaar\n')).status).toBe(200);
		expect((await upload(adminA, shown.key, { title: 'Intern werkblad', visibility: 'signed-in' }, '%PDF-1.7\n% intern\n')).status).toBe(200);
		expect((await adminA.post(`/admin/content/products/${shown.key}?/addLink`, { title: 'Interne wiki', url: 'https://wiki.a.example/blend' })).status).toBe(200);
		const rows = await app.db.selectFrom('product_attachment').select(['id', 'title']).where('product_key', '=', shown.key).execute();
		const idOf = (title: string) => rows.find((row) => row.title === title)!.id;
		publicPath = `/toolkit/product/${shown.key}/attachments/${idOf('Openbaar werkblad')}`;
		signedInPath = `/toolkit/product/${shown.key}/attachments/${idOf('Intern werkblad')}`;
	});

	it("shows a visitor the institution's product texts and only the public material, without a word about the rest", async () => {
		const visitor = new Client(app.url);
		expect((await visitor.get('/toolkit')).text).toContain('Onze eigen titel van A');
		expect((await visitor.get('/toolkit')).text).not.toContain(`href="/toolkit/product/${product.key}"`);
		const page = await visitor.get(`/toolkit/product/${shown.key}`);
		expect(page.status).toBe(200);
		expect(page.text).toContain('Eigen samenvatting');
		expect(page.text).toContain(format(n.attachments, { institution: 'Hogeschool A' }));
		expect(page.text).toContain('Openbaar werkblad');
		expect(page.text).toContain(publicPath);
		for (const hidden of ['Intern werkblad', 'Interne wiki', 'wiki.a.example', signedInPath, n.attachmentSignedInOnly]) expect(page.text, hidden).not.toContain(hidden);
	});

	it('lets a visitor download a public file, and sends a visitor asking for a signed-in-only file to sign in', async () => {
		const visitor = new Client(app.url);
		const file = await visitor.get(publicPath);
		expect(file.status).toBe(200);
		expect(file.text).toBe('%PDF-1.7\n% openbaar\n');
		expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
		expect(file.headers.get('cache-control')).toBe('private, no-store');
		const refused = await visitor.get(signedInPath);
		expect(refused.status).toBe(303);
		expect(refused.location).toMatch(/^\/login\?next=/);
		expect(refused.text).not.toContain('intern');
		// An id that does not exist gets the same answer: nothing tells which ids are real.
		expect((await visitor.get(`/toolkit/product/${shown.key}/attachments/00000000-0000-4000-8000-000000000000`)).location).toBe(refused.location?.replace(signedInPath.split('/').pop()!, '00000000-0000-4000-8000-000000000000'));
	});

	it('shows a signed-in user every material, saying which are for signed-in users only, and lets them download those', async () => {
		const page = await facilitatorA.get(`/toolkit/product/${shown.key}`);
		for (const title of ['Openbaar werkblad', 'Intern werkblad', 'Interne wiki', n.attachmentSignedInOnly]) expect(page.text, title).toContain(title);
		const file = await facilitatorA.get(signedInPath);
		expect(file.status).toBe(200);
		expect(file.text).toBe('%PDF-1.7\n% intern\n');
	});

	it('takes a file out of the public toolkit at once when the admin makes it signed-in only', async () => {
		const visitor = new Client(app.url);
		const id = publicPath.split('/').pop()!;
		expect((await adminA.post(`/admin/content/products/${shown.key}?/visibility`, { id, visibility: 'signed-in' })).status).toBe(200);
		expect((await visitor.get(publicPath)).status).toBe(303);
		expect((await visitor.get(`/toolkit/product/${shown.key}`)).text).not.toContain('Openbaar werkblad');
		expect((await adminA.post(`/admin/content/products/${shown.key}?/visibility`, { id, visibility: 'iedereen' })).status).toBe(400);
		expect((await adminB.post(`/admin/content/products/${shown.key}?/visibility`, { id, visibility: 'public' })).status).toBe(404);
		expect((await visitor.get(publicPath)).status).toBe(303);
		expect((await adminA.post(`/admin/content/products/${shown.key}?/visibility`, { id, visibility: 'public' })).status).toBe(200);
		expect((await visitor.get(publicPath)).status).toBe(200);
	});
});
