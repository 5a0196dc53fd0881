/**
 * Who keeps the tool catalogue and the room inventory (decision record 0053), over plain HTTP
 * against the built app, on SQLite and on PostgreSQL: an administrator names and removes keepers on
 * /admin/catalogues, audited; anyone else gets a 403 with a message and stores nothing; a disabled
 * colleague, one of another institution, an unknown catalogue or account is refused with a message
 * in the user's language, nothing stored, never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format, messages, type Language } from '$lib/i18n';
import { type App, Client, acceptInvite, createInstitutionDirect, createInvite, dumpDb, setupFirstAdmin, startAppWithDb, visibleText } from './http';

const PASSWORD = 'een lang genoeg wachtwoord';
const KIM = { name: 'Kim Keeper', email: 'kim@a.example', password: PASSWORD };
const LOU = { name: 'Lou Logistiek', email: 'lou@a.example', password: PASSWORD };
const DEE = { name: 'Dee Disabled', email: 'dee@a.example', password: PASSWORD };

/** The same session, answered in `language`. */
function speaking(client: Client, language: Language): Client {
	const copy = new Client(client.base);
	for (const [name, value] of client.cookies) copy.cookies.set(name, value);
	copy.cookies.set('bw_lang', language);
	return copy;
}

describe.each([
	{ name: 'SQLite', database: 'sqlite' as const },
	{ name: 'PostgreSQL', database: 'postgres' as const }
])('catalogue keepers on $name', ({ database }) => {
	let app: App;
	let admin: Client;
	let kim: Client;
	const ids: Record<string, string> = {};
	const userId = async (email: string) => (await app.db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
	const keepers = () => app.db.selectFrom('catalogue_keeper').select(['catalogue', 'user_id']).orderBy('catalogue').orderBy('user_id').execute();

	beforeAll(async () => {
		app = await startAppWithDb({}, database);
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool A', name: 'Ada Admin', email: 'ada@a.example', password: PASSWORD });
		kim = (await acceptInvite(await createInvite(admin), KIM)).client;
		await acceptInvite(await createInvite(admin), LOU);
		await acceptInvite(await createInvite(admin), DEE);
		for (const [key, email] of [['admin', 'ada@a.example'], ['kim', KIM.email], ['lou', LOU.email], ['dee', DEE.email]] as const) ids[key] = await userId(email);
		expect((await admin.post('/admin/users?/disable', { id: ids.dee! })).status).toBe(200);
		ids.stranger = (await createInstitutionDirect(app.db, { institution: 'Universiteit B', name: 'Bert Buiten', email: 'bert@b.example', password: PASSWORD })).userId;
	}, 120_000);
	afterAll(async () => {
		await app?.stop();
	});

	it('is linked from the administration page', async () => {
		const page = await admin.get('/admin');
		expect(page.text).toContain('href="/admin/catalogues"');
		expect(visibleText(page.text)).toContain(messages('nl').catalogue.keepers.link);
	});

	it('lets an administrator name a keeper per catalogue, lists them by name, records it, and removes them again', async () => {
		const m = messages('nl');
		const empty = visibleText((await admin.get('/admin/catalogues')).text);
		expect(empty).toContain(m.catalogue.names.tools);
		expect(empty).toContain(m.catalogue.names.rooms);
		expect(empty).toContain(m.catalogue.keepers.none);

		const added = await admin.post('/admin/catalogues?/add', { catalogue: 'tools', user: ids.kim! });
		expect(added.status).toBe(200);
		expect(visibleText(added.text)).toContain(format(m.catalogue.keepers.added, { name: KIM.name, catalogue: m.catalogue.inSentence.tools }));
		expect(await keepers()).toEqual([{ catalogue: 'tools', user_id: ids.kim }]);
		const page = (await admin.get('/admin/catalogues')).text;
		const tools = page.slice(page.indexOf('id="catalogue-tools"'), page.indexOf('id="catalogue-rooms"'));
		expect(visibleText(tools)).toContain(`${KIM.name} · ${KIM.email}`);
		expect(tools).toContain(`aria-label="${format(m.catalogue.keepers.removeLabel, { name: KIM.name, catalogue: m.catalogue.inSentence.tools })}"`);
		// Kim can be named for the rooms too, but is no longer offered for the tools.
		expect(tools).not.toContain(`<option value="${ids.kim}"`);
		expect(page.slice(page.indexOf('id="catalogue-rooms"'))).toContain(`<option value="${ids.kim}"`);

		const trail = await app.db.selectFrom('audit_event').select(['action', 'object_kind', 'object_id', 'actor_user_id']).where('object_kind', '=', 'catalogue_keeper').execute();
		expect(trail).toEqual([{ action: 'create', object_kind: 'catalogue_keeper', object_id: `tools:${ids.kim}`, actor_user_id: ids.admin }]);

		const removed = await admin.post('/admin/catalogues?/remove', { catalogue: 'tools', user: ids.kim! });
		expect(removed.status).toBe(200);
		expect(visibleText(removed.text)).toContain(format(m.catalogue.keepers.removed, { name: KIM.name, catalogue: m.catalogue.inSentence.tools }));
		expect(await keepers()).toEqual([]);
		expect(await app.db.selectFrom('audit_event').select('action').where('object_kind', '=', 'catalogue_keeper').orderBy('id').execute()).toEqual([{ action: 'create' }, { action: 'delete' }]);
		expect((await admin.post('/admin/catalogues?/add', { catalogue: 'rooms', user: ids.lou! })).status).toBe(200);
	});

	it('gives anyone but an administrator a 403 with a message, on the page and on every post, and stores nothing', async () => {
		const before = await dumpDb(app.db);
		for (const language of ['nl', 'en'] as const) {
			const them = speaking(kim, language);
			const message = messages(language).catalogue.keepers.notAdmin;
			const page = await them.get('/admin/catalogues');
			expect(page.status).toBe(403);
			expect(visibleText(page.text)).toContain(message);
			for (const [action, catalogue] of [['add', 'tools'], ['remove', 'rooms']] as const) {
				const reply = await them.post(`/admin/catalogues?/${action}`, { catalogue, user: action === 'add' ? ids.kim! : ids.lou! });
				expect(reply.status, action).toBe(403);
				expect(visibleText(reply.text), action).toContain(message);
				const json = await them.action(`/admin/catalogues?/${action}`, { catalogue, user: ids.kim! });
				expect([json.status, json.type], `${action} as JSON`).toEqual([403, 'error']);
				expect(json.strings).toContain(message);
			}
		}
		expect(await dumpDb(app.db)).toEqual(before);
	});

	it('names no disabled colleague, no one of another institution and no administrator, with a message, and stores nothing', async () => {
		const before = await dumpDb(app.db);
		const page = (await admin.get('/admin/catalogues')).text;
		for (const id of [ids.dee!, ids.stranger!, ids.admin!]) expect(page).not.toContain(`<option value="${id}"`);
		for (const language of ['nl', 'en'] as const) {
			const problems = messages(language).catalogue.keepers.problems;
			const them = speaking(admin, language);
			for (const [user, message] of [
				[ids.dee!, problems.unknown],
				[ids.stranger!, problems.unknown],
				[ids.admin!, problems.admin]
			] as const) {
				const reply = await them.post('/admin/catalogues?/add', { catalogue: 'tools', user });
				expect(reply.status).toBe(400);
				expect(visibleText(reply.text)).toContain(message);
			}
		}
		expect(await dumpDb(app.db)).toEqual(before);
	});

	it('refuses bad input with a 4xx and a message in the user’s language, never a 5xx, and stores nothing', async () => {
		const before = await dumpDb(app.db);
		for (const language of ['nl', 'en'] as const) {
			const m = messages(language);
			const problems = m.catalogue.keepers.problems;
			const them = speaking(admin, language);
			const cases: Array<[string, Record<string, string | string[]>, number, string]> = [
				['add', { catalogue: 'chairs', user: ids.kim! }, 400, problems.catalogue],
				['add', { catalogue: '__proto__', user: ids.kim! }, 400, problems.catalogue],
				['add', { catalogue: 'Tools', user: ids.kim! }, 400, problems.catalogue],
				['add', { catalogue: '', user: '' }, 400, problems.catalogue],
				['add', { catalogue: 'tools', user: 'no-such-user' }, 400, problems.unknown],
				['add', { catalogue: 'tools', user: '' }, 400, problems.unknown],
				['add', { catalogue: 'tools' }, 400, problems.unknown],
				['add', { catalogue: 'rooms', user: ids.lou! }, 409, problems.already],
				['remove', { catalogue: 'tools', user: ids.lou! }, 400, problems.notKeeper],
				['remove', { catalogue: 'rooms', user: 'no-such-user' }, 400, problems.notKeeper],
				['remove', { catalogue: 'lamps', user: ids.lou! }, 400, problems.catalogue],
				['add', { catalogue: 'tools', user: ids.kim!, role: 'admin' }, 400, m.common.unknownFields],
				['add', { catalogue: ['tools', 'rooms'], user: ids.kim! }, 400, m.common.invalidInput]
			];
			for (const [action, fields, status, message] of cases) {
				const reply = await them.post(`/admin/catalogues?/${action}`, fields);
				expect(reply.status, `${action} ${JSON.stringify(fields)}`).toBe(status);
				expect(visibleText(reply.text), `${action} ${JSON.stringify(fields)}`).toContain(message);
			}
			const invalidUtf8 = await them.send('POST', '/admin/catalogues?/add', { contentType: 'application/x-www-form-urlencoded', body: Uint8Array.from([...new TextEncoder().encode('catalogue=tools&user='), 0xff]) });
			expect(invalidUtf8.status).toBe(400);
		}
		expect(await dumpDb(app.db)).toEqual(before);
	});

	it('speaks English to whoever chose it', async () => {
		const en = messages('en');
		const page = visibleText((await speaking(admin, 'en').get('/admin/catalogues')).text);
		for (const text of [en.catalogue.keepers.title, en.catalogue.names.tools, en.catalogue.names.rooms, en.catalogue.keepers.admins, `${LOU.name} · ${LOU.email}`]) expect(page).toContain(text);
	});
});
