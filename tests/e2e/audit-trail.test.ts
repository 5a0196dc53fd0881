/**
 * The audit trail over plain HTTP (decision record 0044): an administrator changes a scan, an
 * action point of its plan, a survey and a toolkit text; each change is on /admin/audit and in
 * its CSV, read back by header; nobody else may read either; and nothing anyone wrote (titles,
 * notes, names) is in the stored trail or the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { messages } from '$lib/i18n';
import { parseCsv } from '$lib/server/export/csv-reader';
import { type App, Client, acceptInvite, addAction, answer, createInvite, createScan, readActionPoints, setupFirstAdmin, startAppWithDb, updateAction, visibleText } from './http';

const t = messages('nl').audit;
const PASSWORD = 'een lang genoeg wachtwoord';
/** In everything people write here, so any leak of free text is found by one search. */
const MARK = 'Vrijetekst9K';
const today = new Date().toISOString().slice(0, 10);
const nextWeek = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);
const PRODUCT = 'gedeelde-taal';

describe.each([
	{ name: 'SQLite', database: 'sqlite' as const },
	{ name: 'PostgreSQL', database: 'postgres' as const }
])('the audit trail on $name', ({ database }) => {
	let app: App;
	let admin: Client;
	let facilitator: Client;
	let scanId = '';
	let pointId = '';
	let surveyId = '';

	beforeAll(async () => {
		app = await startAppWithDb({}, database);
		admin = await setupFirstAdmin(app.url, { institution: `Hogeschool ${MARK}`, name: `Ada ${MARK}`, email: 'ada@a.example', password: PASSWORD });
		facilitator = (await acceptInvite(await createInvite(admin), { name: `Fien ${MARK}`, email: 'fien@a.example', password: PASSWORD })).client;

		scanId = await createScan(admin, { title: `Scan ${MARK}`, level: 'institution' });
		expect((await answer(admin, scanId, { factor: 'beleid', current: '1', desired: '3', needed: `Nodig ${MARK}` })).status).toBeLessThan(400);
		expect((await addAction(admin, scanId, { category: 'strategie', text: `Actie ${MARK}`, owner: '', dueDate: '', status: 'open', factors: ['beleid'] })).status).toBe(200);
		pointId = (await readActionPoints(app.db, scanId))[0]!.id;
		expect((await updateAction(admin, scanId, { id: pointId, category: 'strategie', text: `Anders ${MARK}`, owner: `Eigenaar ${MARK}`, dueDate: '', status: 'done', factors: ['beleid'] })).status).toBe(200);

		const created = await admin.post('/surveys/new', { title: `Brede scan ${MARK}`, level: 'institution', unit: '', opensAt: today, closesAt: nextWeek, minGroupSize: '5', message: '', roles: ['medewerker'] });
		expect(created.status).toBe(303);
		surveyId = created.location!.split('/').pop()!;
		expect((await admin.post(`/surveys/${surveyId}?/texts`, { title: `Andere titel ${MARK}`, titleEn: '', message: `Bericht ${MARK}`, messageEn: '' })).status).toBe(200);

		const texts = Object.fromEntries(['title', 'summary', 'purpose', 'howToUse'].flatMap((field) => ['nl', 'en'].map((language) => [`${field}.${language}`, `${field} ${MARK}`])));
		expect((await admin.post(`/admin/content/products/${PRODUCT}?/save`, texts)).status).toBe(200);
		expect((await admin.post(`/admin/content/products/${PRODUCT}?/save`, { ...texts, 'summary.nl': `Korter ${MARK}` })).status).toBe(200);
	});
	afterAll(async () => {
		await app?.stop();
	});

	it('shows each change to an administrator with the object’s current title, filtered by kind', async () => {
		const page = await admin.get('/admin/audit');
		expect(page.status).toBe(200);
		const text = visibleText(page.text);
		for (const seen of [`Scan ${MARK}`, `Anders ${MARK}`, `Andere titel ${MARK}`, t.kinds.content, t.kinds.action_point, t.kinds.survey, 'answer.current', 'message, title'])
			expect(text, seen).toContain(seen);

		const points = visibleText((await admin.get('/admin/audit?kind=action_point&action=update')).text);
		expect(points).toContain('owner, status, text');
		expect(points).not.toContain(`Scan ${MARK}`);

		const bad = await admin.get('/admin/audit?kind=geheim&from=gisteren');
		expect(bad.status).toBe(200);
		expect(visibleText(bad.text)).toContain(t.problems.kind);
		expect(visibleText(bad.text)).toContain(t.problems.from);
	});

	it('exports the same changes as CSV, read by header, holding ids and field names only', async () => {
		const reply = await admin.get('/admin/audit/csv');
		expect(reply.status).toBe(200);
		expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(reply.text).not.toContain(MARK);
		const [header, ...rows] = parseCsv(reply.text.replace(/^\uFEFF/, ''));
		const column = (name: string) => header!.indexOf(name);
		for (const name of Object.values(t.columns).filter((c) => c !== t.columns.object)) expect(header, name).toContain(name);
		const find = (kind: string, action: string, id: string) =>
			rows.filter((row) => row[column(t.columns.kind)] === kind && row[column(t.columns.action)] === action && row[column(t.columns.objectId)] === id).map((row) => row[column(t.columns.fields)]);
		expect(find(t.kinds.scan, t.actions.create, scanId)).toEqual(['']);
		expect(find(t.kinds.scan, t.actions.update, scanId)).toEqual(['answer.current, answer.desired, answer.needed']);
		expect(find(t.kinds.action_point, t.actions.update, pointId)).toEqual(['owner, status, text']);
		expect(find(t.kinds.survey, t.actions.update, surveyId)).toEqual(['message, title']);
		expect(find(t.kinds.content, t.actions.create, `product-texts:${PRODUCT}`)).toEqual(['']);
		expect(find(t.kinds.content, t.actions.update, `product-texts:${PRODUCT}`)).toEqual(['summary']);
		const adminId = (await app.db.selectFrom('app_user').select('id').where('email', '=', 'ada@a.example').executeTakeFirstOrThrow()).id;
		expect(rows.filter((row) => row[column(t.columns.user)] === adminId).length).toBeGreaterThanOrEqual(6);

		const filtered = parseCsv((await admin.get(`/admin/audit/csv?kind=survey`)).text.replace(/^\uFEFF/, ''));
		expect(filtered.slice(1).map((row) => row[column(t.columns.kind)])).toEqual([t.kinds.survey, t.kinds.survey]);
		expect((await admin.get('/admin/audit/csv?action=lezen')).status).toBe(400);
	});

	it('stores no free text: titles, notes and names stay out of the trail', async () => {
		const rows = (await sql<Record<string, unknown>>`select * from audit_event`.execute(app.db)).rows;
		expect(rows.length).toBeGreaterThan(8);
		expect(JSON.stringify(rows)).not.toContain(MARK);
	});

	it('refuses the trail and its file to anyone but an administrator', async () => {
		expect((await facilitator.get('/admin/audit')).status).toBe(403);
		expect((await facilitator.get('/admin/audit/csv')).status).toBe(403);
		expect((await new Client(app.url).get('/admin/audit/csv')).status).toBe(303);
	});
});
