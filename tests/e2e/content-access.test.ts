/**
 * Who may reach the institution's own self-scan and content, over plain HTTP: a facilitator gets a
 * 403 on every new admin page and action and changes nothing; an admin of another institution sees
 * none of the first institution's versions, drafts, changes or attachments.
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
	expect((await adminA.post('/admin/instruments?/publish', {})).status).toBe(200);
	expect((await adminA.post('/admin/content?/hide', { key: product.key })).status).toBe(200);
	const form = new FormData();
	form.set('title', 'Werkblad van A');
	form.set('file', new Blob([new TextEncoder().encode('%PDF-1.7\n')], { type: 'application/pdf' }), 'werkblad.pdf');
	const request = new Request(new URL(`/admin/content/products/${product.key}?/addFile`, app.url), { method: 'POST', body: form });
	const upload = await adminA.send('POST', `/admin/content/products/${product.key}?/addFile`, {
		body: new Uint8Array(await request.arrayBuffer()),
		contentType: request.headers.get('content-type')
	});
	expect(upload.status).toBe(200);
	const id = (await app.db.selectFrom('product_attachment').select('id').executeTakeFirstOrThrow()).id;
	attachmentPath = `/toolkit/product/${product.key}/attachments/${id}`;
});
afterAll(async () => {
	await app?.stop();
});

describe('the new admin pages', () => {
	const PAGES = ['/admin/instruments', '/admin/instruments/draft', '/admin/instruments/export/1', '/admin/content', `/admin/content/products/${product.key}`, '/admin/content/routes/teacher', '/admin/content/mapping/doelstellingen'];
	const ACTIONS: Array<[string, Record<string, string>]> = [
		['/admin/instruments?/start', {}],
		['/admin/instruments?/publish', {}],
		['/admin/instruments?/discard', {}],
		['/admin/instruments/draft?/dropFactor', { key: 'doelstellingen' }],
		['/admin/content?/show', { key: product.key }],
		['/admin/content?/hide', { key: defaultContent().products[2]!.key }],
		[`/admin/content/products/${product.key}?/reset`, {}],
		['/admin/content/routes/teacher?/reset', {}]
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
