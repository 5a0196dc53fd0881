/**
 * Who may change a scan, a survey and their plans (decision record 0043), and the administrator's
 * management of accounts, over plain HTTP against the built app, on SQLite and on PostgreSQL: a
 * colleague who is not a co-editor reads but gets a 403 with a message on every route that writes;
 * a co-editor writes; a disabled account's session ends at once and it cannot sign in; a removed
 * user's scans belong to the colleague the administrator chose; the last administrator stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format, messages } from '$lib/i18n';
import * as users from '$lib/accounts/server/data/users';
import { type App, Client, acceptInvite, addAction, answer, createInvite, createScan, dumpDb, readActionPoints, setPriority, setupFirstAdmin, signIn, startAppWithDb, visibleText, createInstitutionDirect } from './http';

const nl = messages('nl');
const PASSWORD = 'een lang genoeg wachtwoord';
const MAKER = { name: 'Mia Maker', email: 'mia@a.example', password: PASSWORD };
const COLLEAGUE = { name: 'Cas Collega', email: 'cas@a.example', password: PASSWORD };
const CO_EDITOR = { name: 'Eva Mede', email: 'eva@a.example', password: PASSWORD };

type Write = { name: string; path: string; fields: Record<string, string | string[]> };

describe.each([
	{ name: 'SQLite', database: 'sqlite' as const },
	{ name: 'PostgreSQL', database: 'postgres' as const }
])('co-editors and users on $name', ({ database }) => {
	let app: App;
	let admin: Client;
	let maker: Client;
	let colleague: Client;
	let coEditor: Client;
	let scan = '';
	let survey = '';
	let point = '';
	const ids: Record<string, string> = {};
	const userId = async (email: string) => (await app.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
	const surveyPoints = async () =>
		app.db.selectFrom('action_point').innerJoin('survey', 'survey.action_plan_id', 'action_point.action_plan_id').select(['action_point.id', 'action_point.text']).where('survey.id', '=', survey).orderBy('action_point.position').execute();

	beforeAll(async () => {
		app = await startAppWithDb({}, database);
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool A', name: 'Ada Admin', email: 'ada@a.example', password: PASSWORD });
		maker = (await acceptInvite(await createInvite(admin), MAKER)).client;
		colleague = (await acceptInvite(await createInvite(admin), COLLEAGUE)).client;
		coEditor = (await acceptInvite(await createInvite(admin), CO_EDITOR)).client;
		for (const [key, email] of [['admin', 'ada@a.example'], ['maker', MAKER.email], ['colleague', COLLEAGUE.email], ['coEditor', CO_EDITOR.email]] as const) ids[key] = await userId(email);

		scan = await createScan(maker, { title: 'Scan van Mia', level: 'institution' });
		expect((await answer(maker, scan, { factor: 'beleid', current: '1', desired: '3', needed: 'van Mia' })).status).toBe(200);
		expect((await addAction(maker, scan, { category: 'strategie', text: 'actie van Mia', owner: '', dueDate: '', status: 'open' })).status).toBe(200);
		point = (await readActionPoints(app.db, scan))[0]!.id;
		const today = new Date().toISOString().slice(0, 10);
		const created = await maker.post('/surveys/new', { title: 'Brede scan van Mia', level: 'institution', unit: '', opensAt: today, closesAt: new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10), minGroupSize: '5', message: '', roles: ['medewerker'] });
		expect(created.status).toBe(303);
		survey = created.location!.split('/').pop()!;
		expect((await maker.post(`/surveys/${survey}/report?/addAction`, { category: 'strategie', text: 'brede actie', owner: '', dueDate: '', status: 'open' })).status).toBe(200);

		for (const path of [`/scans/${scan}?/addEditor`, `/surveys/${survey}?/addEditor`]) expect((await maker.post(path, { user: ids.coEditor! })).status, path).toBe(200);
	}, 120_000);
	afterAll(async () => {
		await app?.stop();
	});

	/** Every route that changes the scan, its plan or who may change it, with a form the maker could send. */
	const scanWrites = (): Write[] => [
		{ name: 'answer', path: `/scans/${scan}?/answer`, fields: { factor: 'beleid', current: '2', desired: '3', needed: 'overschreven' } },
		{ name: 'question', path: `/scans/${scan}?/question`, fields: { question: 'eigen', phase: '1', text: '' } },
		{ name: 'priority', path: `/scans/${scan}/result?/priority`, fields: { category: 'strategie', factor: 'beleid', reason: 'overschreven' } },
		{ name: 'addAction', path: `/scans/${scan}/result?/addAction`, fields: { category: 'strategie', text: 'ingevoegd', owner: '', dueDate: '', status: 'open' } },
		{ name: 'updateAction', path: `/scans/${scan}/result?/updateAction`, fields: { id: point, category: 'strategie', text: 'overschreven', owner: '', dueDate: '', status: 'done' } },
		{ name: 'mergeAction', path: `/scans/${scan}/result?/mergeAction`, fields: { id: point, into: point } },
		{ name: 'deleteAction', path: `/scans/${scan}/result?/deleteAction`, fields: { id: point } }
	];
	const surveyWrites = (): Write[] => [
		{ name: 'texts', path: `/surveys/${survey}?/texts`, fields: { title: 'Overgenomen', titleEn: '', message: '', messageEn: '' } },
		{ name: 'share', path: `/surveys/${survey}?/share`, fields: {} },
		{ name: 'revokeShare', path: `/surveys/${survey}?/revokeShare`, fields: {} },
		{ name: 'close', path: `/surveys/${survey}?/close`, fields: {} },
		{ name: 'priority', path: `/surveys/${survey}/report?/priority`, fields: { category: 'strategie', factor: 'beleid', reason: 'overschreven' } },
		{ name: 'addAction', path: `/surveys/${survey}/report?/addAction`, fields: { category: 'strategie', text: 'ingevoegd', owner: '', dueDate: '', status: 'open' } },
		{ name: 'updateAction', path: `/surveys/${survey}/report?/updateAction`, fields: { id: 'x', category: 'strategie', text: 'overschreven', owner: '', dueDate: '', status: 'done' } },
		{ name: 'mergeAction', path: `/surveys/${survey}/report?/mergeAction`, fields: { id: 'x', into: 'y' } },
		{ name: 'deleteAction', path: `/surveys/${survey}/report?/deleteAction`, fields: { id: 'x' } }
	];
	const managing = (): Write[] => [
		{ name: 'scan addEditor', path: `/scans/${scan}?/addEditor`, fields: { user: ids.colleague! } },
		{ name: 'scan removeEditor', path: `/scans/${scan}?/removeEditor`, fields: { user: ids.coEditor! } },
		{ name: 'survey addEditor', path: `/surveys/${survey}?/addEditor`, fields: { user: ids.colleague! } },
		{ name: 'survey removeEditor', path: `/surveys/${survey}?/removeEditor`, fields: { user: ids.coEditor! } },
		{ name: 'scan delete', path: `/scans/${scan}/delete`, fields: {} },
		{ name: 'survey delete', path: `/surveys/${survey}/delete`, fields: {} }
	];

	it('lets a colleague who is not a co-editor read the scan, the survey and their plans, read-only', async () => {
		for (const path of [`/scans/${scan}`, `/scans/${scan}/result`, `/surveys/${survey}`, `/surveys/${survey}/report`, `/scans/${scan}/export/csv`]) {
			expect((await colleague.get(path)).status, path).toBe(200);
		}
		const result = visibleText((await colleague.get(`/scans/${scan}/result`)).text);
		expect(result).toContain('actie van Mia');
		expect(result).toContain(nl.editors.readOnlyPlan);
		expect((await colleague.get(`/scans/${scan}/result`)).text).not.toContain('action="?/addAction');
		expect((await colleague.get(`/surveys/${survey}`)).text).not.toContain('action="?/texts');
		const page = visibleText((await colleague.get(`/scans/${scan}`)).text);
		expect(page).toContain(format(nl.editors.readOnly, { name: MAKER.name }));
		expect(page).toContain(CO_EDITOR.name);
	});

	it('gives a colleague who is not a co-editor a 403 with a message on every route that writes, as a form and as JSON, and stores nothing', async () => {
		const before = await dumpDb(app.db);
		const expected: Array<[Write, string]> = [
			...scanWrites().map((w) => [w, nl.editors.notAnEditor.scan] as [Write, string]),
			...surveyWrites().map((w) => [w, nl.editors.notAnEditor.survey] as [Write, string]),
			...managing().map((w) => [w, w.name.endsWith('delete') ? nl.common.forbidden : w.name.startsWith('scan') ? nl.editors.notManager.scan : nl.editors.notManager.survey] as [Write, string])
		];
		for (const [write, message] of expected) {
			const reply = await colleague.post(write.path, write.fields);
			expect(reply.status, write.name).toBe(403);
			expect(visibleText(reply.text), write.name).toContain(message);
			if (!write.name.endsWith('delete')) {
				const json = await colleague.action(write.path, write.fields);
				expect([json.status, json.type], `${write.name} as JSON`).toEqual([403, 'error']);
				expect(json.strings, `${write.name} as JSON`).toContain(message);
			}
		}
		expect(await dumpDb(app.db)).toBe(before);
	});

	it('lets a co-editor change the scan, the survey and both plans, but not choose co-editors or delete', async () => {
		expect((await answer(coEditor, scan, { factor: 'beleid', current: '2', desired: '3', needed: 'van Eva' })).status).toBe(200);
		expect((await setPriority(coEditor, scan, { category: 'strategie', factor: 'beleid', reason: 'Eva kiest' })).status).toBe(200);
		expect((await addAction(coEditor, scan, { category: 'strategie', text: 'actie van Eva', owner: '', dueDate: '', status: 'open' })).status).toBe(200);
		const [first, second] = await readActionPoints(app.db, scan);
		expect((await coEditor.post(`/scans/${scan}/result?/updateAction`, { id: first!.id, category: 'strategie', text: 'bijgewerkt door Eva', owner: '', dueDate: '', status: 'done' })).status).toBe(200);
		expect((await coEditor.post(`/scans/${scan}/result?/mergeAction`, { id: second!.id, into: first!.id })).status).toBe(200);
		const merged = await readActionPoints(app.db, scan);
		expect(merged.map((p) => p.text)).toEqual(['bijgewerkt door Eva\nactie van Eva']);
		expect((await coEditor.post(`/scans/${scan}/result?/deleteAction`, { id: merged[0]!.id })).status).toBe(200);

		expect((await coEditor.post(`/surveys/${survey}?/texts`, { title: 'Brede scan van Mia en Eva', titleEn: '', message: '', messageEn: '' })).status).toBe(200);
		expect((await coEditor.post(`/surveys/${survey}?/share`, {})).status).toBe(200);
		expect((await coEditor.post(`/surveys/${survey}?/revokeShare`, {})).status).toBe(200);
		expect((await coEditor.post(`/surveys/${survey}/report?/priority`, { category: 'strategie', factor: 'beleid', reason: 'Eva' })).status).toBe(200);
		expect((await coEditor.post(`/surveys/${survey}/report?/addAction`, { category: 'strategie', text: 'tweede brede actie', owner: '', dueDate: '', status: 'open' })).status).toBe(200);
		const [a, b] = await surveyPoints();
		expect((await coEditor.post(`/surveys/${survey}/report?/updateAction`, { id: a!.id, category: 'strategie', text: 'brede actie bijgewerkt', owner: '', dueDate: '', status: 'open' })).status).toBe(200);
		expect((await coEditor.post(`/surveys/${survey}/report?/mergeAction`, { id: b!.id, into: a!.id })).status).toBe(200);
		expect((await coEditor.post(`/surveys/${survey}/report?/deleteAction`, { id: a!.id })).status).toBe(200);
		expect(await surveyPoints()).toEqual([]);
		expect((await coEditor.post(`/surveys/${survey}?/close`, {})).status).toBe(200);
		expect((await app.db.selectFrom('survey').select(['title', 'closed_at']).where('id', '=', survey).executeTakeFirstOrThrow()).title).toBe('Brede scan van Mia en Eva');

		for (const write of managing()) {
			const reply = await coEditor.post(write.path, write.fields);
			expect(reply.status, write.name).toBe(403);
		}
	});

	it('takes the right to change away when the maker removes a co-editor', async () => {
		expect((await maker.post(`/scans/${scan}?/removeEditor`, { user: ids.coEditor! })).status).toBe(200);
		const refused = await answer(coEditor, scan, { factor: 'beleid', current: '3', desired: '3', needed: '' });
		expect(refused.status).toBe(403);
		expect(visibleText(refused.text)).toContain(nl.editors.notAnEditor.scan);
		const again = await maker.post(`/scans/${scan}?/removeEditor`, { user: ids.coEditor! });
		expect(again.status).toBe(400);
		expect(visibleText(again.text)).toContain(nl.editors.problems.notEditor);
		const stranger = await maker.post(`/scans/${scan}?/addEditor`, { user: 'not-a-user' });
		expect(stranger.status).toBe(400);
		expect(visibleText(stranger.text)).toContain(nl.editors.problems.unknown);
	});

	it('refuses a disabled user’s session at once and their sign-in with a message, until an administrator enables them again', async () => {
		// An account single sign-on made: no password, an OpenID Connect identity.
		const institutionId = (await app.db.selectFrom('app_user').select('institution_id').where('id', '=', ids.admin!).executeTakeFirstOrThrow()).institution_id;
		const sso = await users.create(app.db, { institutionId, email: 'sven@a.example', name: 'Sven Sso', passwordHash: '', role: 'facilitator' });
		await app.db.updateTable('app_user').set({ oidc_issuer: 'https://login.example', oidc_subject: 'sven-1' }).where('id', '=', sso.id).execute();
		const page = await admin.get('/admin/users');
		expect(page.status).toBe(200);
		const listed = visibleText(page.text);
		for (const person of [MAKER, COLLEAGUE, CO_EDITOR]) expect(listed).toContain(person.email);
		const card = (email: string) => listed.slice(listed.indexOf(email), listed.indexOf(nl.users.saveRole, listed.indexOf(email)));
		expect(card(MAKER.email)).toContain(nl.users.methods.password);
		expect(card('sven@a.example')).toContain(nl.users.methods.sso);
		expect(card('sven@a.example')).toContain(nl.users.never);
		expect(card('ada@a.example')).not.toContain(nl.users.never);

		expect((await colleague.get('/')).status).toBe(200);
		const disabled = await admin.post('/admin/users?/disable', { id: ids.colleague! });
		expect(disabled.status).toBe(200);
		expect(visibleText(disabled.text)).toContain(format(nl.users.done.disable, { name: COLLEAGUE.name }));
		const next = await colleague.get('/');
		expect([next.status, next.location]).toEqual([303, '/login?next=%2F']);
		expect(await app.db.selectFrom('session').select('id').where('user_id', '=', ids.colleague!).execute()).toEqual([]);
		const login = await new Client(app.url).post('/login', { email: COLLEAGUE.email, password: PASSWORD });
		expect(login.status).toBe(403);
		expect(visibleText(login.text)).toContain(nl.auth.accountDisabled);
		expect(login.setCookies).toEqual([]);
		// A wrong password says only that it is wrong: the address alone reveals nothing.
		expect(visibleText((await new Client(app.url).post('/login', { email: COLLEAGUE.email, password: 'fout fout fout fout' })).text)).toContain(nl.auth.loginFailed);

		expect((await admin.post('/admin/users?/enable', { id: ids.colleague! })).status).toBe(200);
		colleague = await signIn(app.url, COLLEAGUE.email, PASSWORD);
		expect((await colleague.get('/')).status).toBe(200);
		expect((await app.db.selectFrom('app_user').select('last_sign_in_at').where('id', '=', ids.colleague!).executeTakeFirstOrThrow()).last_sign_in_at).not.toBeNull();
	});

	it('never lets the last active administrator be demoted or disabled', async () => {
		const demote = await admin.post('/admin/users?/role', { id: ids.admin!, role: 'facilitator' });
		expect(demote.status).toBe(409);
		expect(visibleText(demote.text)).toContain(nl.users.problems.lastAdmin);
		const self = await admin.post('/admin/users?/disable', { id: ids.admin! });
		expect(self.status).toBe(409);
		expect(visibleText(self.text)).toContain(nl.users.problems.self);

		// With a second administrator, one may disable the other; the one left cannot then step down.
		expect((await admin.post('/admin/users?/role', { id: ids.colleague!, role: 'admin' })).status).toBe(200);
		expect((await colleague.post('/admin/users?/disable', { id: ids.admin! })).status).toBe(200);
		expect((await admin.get('/admin/users')).status).toBe(303);
		const last = await colleague.post('/admin/users?/role', { id: ids.colleague!, role: 'facilitator' });
		expect(last.status).toBe(409);
		expect(visibleText(last.text)).toContain(nl.users.problems.lastAdmin);
		expect((await colleague.post('/admin/users?/role', { id: ids.colleague!, role: 'owner' })).status).toBe(400);
		expect((await colleague.post('/admin/users?/enable', { id: ids.admin! })).status).toBe(200);
		admin = await signIn(app.url, 'ada@a.example', PASSWORD);
		expect((await admin.post('/admin/users?/role', { id: ids.colleague!, role: 'facilitator' })).status).toBe(200);
	});

	it('keeps the admin pages of users for administrators of the institution', async () => {
		await createInstitutionDirect(app.db, { institution: 'Hogeschool B', name: 'Bob', email: 'bob@b.example', password: PASSWORD, role: 'admin' });
		const other = await signIn(app.url, 'bob@b.example', PASSWORD);
		const before = await dumpDb(app.db);
		expect((await maker.get('/admin/users')).status).toBe(403);
		for (const action of ['role', 'disable', 'enable']) expect((await maker.post(`/admin/users?/${action}`, { id: ids.colleague!, role: 'admin' })).status, action).toBe(403);
		expect((await maker.post(`/admin/users/${ids.colleague}/remove`, { successor: ids.maker! })).status).toBe(403);
		expect((await other.get(`/admin/users/${ids.colleague}/remove`)).status).toBe(404);
		expect((await other.post('/admin/users?/disable', { id: ids.colleague! })).status).toBe(404);
		expect(visibleText((await other.get('/admin/users')).text)).not.toContain(COLLEAGUE.email);
		expect(await dumpDb(app.db)).toBe(before);
	});

	it('gives a removed user’s scans, surveys and invitations to the colleague the administrator chose, and ends their session', async () => {
		const confirm = await admin.get(`/admin/users/${ids.maker}/remove`);
		expect(confirm.status).toBe(200);
		const text = visibleText(confirm.text);
		expect(text).toContain(MAKER.email);
		expect(text).toContain('1 zelfscan met het actieplan');
		expect(text).toContain('1 brede scan met het rapport en het actieplan');

		const wrong = await admin.post(`/admin/users/${ids.maker}/remove`, { successor: ids.maker! });
		expect(wrong.status).toBe(400);
		expect(visibleText(wrong.text)).toContain(nl.users.problems.successor);
		expect((await maker.get('/')).status).toBe(200);

		const done = await admin.post(`/admin/users/${ids.maker}/remove`, { successor: ids.colleague! });
		expect(done.status).toBe(303);
		const listed = visibleText((await admin.get(done.location!)).text);
		expect(listed).toContain(format(nl.users.done.remove, { name: MAKER.name, successor: COLLEAGUE.name }));
		expect(listed).not.toContain(MAKER.email);
		expect((await app.db.selectFrom('scan').select('created_by').where('id', '=', scan).executeTakeFirstOrThrow()).created_by).toBe(ids.colleague);
		expect((await app.db.selectFrom('survey').select('created_by').where('id', '=', survey).executeTakeFirstOrThrow()).created_by).toBe(ids.colleague);
		expect((await maker.get('/')).status).toBe(303);
		// The colleague now made the scan: they change it, and choose who else may.
		expect((await answer(colleague, scan, { factor: 'beleid', current: '3', desired: '3', needed: 'van Cas' })).status).toBe(200);
		expect((await colleague.post(`/scans/${scan}?/addEditor`, { user: ids.coEditor! })).status).toBe(200);
	});
});
