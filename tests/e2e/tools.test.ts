/**
 * The tool catalogue over plain HTTP against the built app, on SQLite and on PostgreSQL: a CSV
 * import refused whole for wrong columns or bad values, with every problem's line and column on
 * the page; an export that imports back unchanged; only keepers change the catalogue (everyone
 * reads, scores and exports it); bad input is a 4xx with a message, never a 5xx; and in English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { format, messages } from '$lib/i18n';
import { factorsOf } from '$lib/instrument/schema';
import { loadInstrument, TOOL_RUBRIC_KEY } from '$lib/instrument';
import { type App, Client, acceptInvite, createInstitutionDirect, createInvite, postFile, setupFirstAdmin, signIn, startAppWithDb, toolsCsvFile, visibleText } from './http';

const nl = messages('nl');
const en = messages('en');
const PASSWORD = 'een lang genoeg wachtwoord';
const csv = (text: string) => ({ name: 'tools.csv', type: 'text/csv', bytes: new TextEncoder().encode(text) });
const VALID = {
	name: 'Padlet',
	url: 'https://padlet.com',
	description: 'Een digitaal prikbord',
	learningTypes: ['discussion', 'collaboration'],
	synchrony: 'both',
	groupMin: '',
	groupMax: '200',
	worksOnPhone: 'yes',
	licence: 'institution',
	availability: 'all',
	privacy: 'agreement',
	accessibility: 'partly',
	accessibilityUrl: 'https://padlet.com/a11y',
	contactName: 'Sam',
	contactEmail: 'sam@example.nl',
	notes: ''
};

describe.each([
	{ name: 'SQLite', database: 'sqlite' as const },
	{ name: 'PostgreSQL', database: 'postgres' as const }
])('the tool catalogue over HTTP on $name', ({ database }) => {
	let app: App;
	let admin: Client;
	let teacher: Client;
	let stranger: Client;
	const toolRows = async () => (await app.db.selectFrom('tool').selectAll().orderBy('name_key').execute()).map((r) => JSON.stringify(r));
	const toolId = async (name: string) => (await app.db.selectFrom('tool').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

	beforeAll(async () => {
		app = await startAppWithDb({}, database);
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool A', name: 'Ada Admin', email: 'ada@a.example', password: PASSWORD });
		teacher = (await acceptInvite(await createInvite(admin), { name: 'Tim Teacher', email: 'tim@a.example', password: PASSWORD })).client;
		await createInstitutionDirect(app.db, { institution: 'Universiteit B', name: 'Bert', email: 'bert@b.example', password: PASSWORD, role: 'admin' });
		stranger = await signIn(app.url, 'bert@b.example', PASSWORD);
	}, 120_000);
	afterAll(async () => {
		await app?.stop();
	});

	it('imports a file of tools for a keeper and lists them', async () => {
		const reply = await postFile(admin, '/tools/import', 'file', csv(toolsCsvFile(5)));
		expect(reply.status).toBe(303);
		expect(reply.location).toBe('/tools?created=5&updated=0');
		const list = visibleText((await admin.get(reply.location!)).text);
		expect(list).toContain(format(nl.tools.import.done, { created: 5, updated: 0 }));
		for (let i = 1; i <= 5; i++) expect(list).toContain(`Tool ${i}`);
	});

	it('refuses a file with wrong columns, naming them on line 1, and stores nothing', async () => {
		const before = await toolRows();
		const reply = await postFile(admin, '/tools/import', 'file', csv('name;kleur;learning_types;synchrony;licence;availability;privacy;accessibility\nX;rood;practice;sync;free;all;none;unknown\n'));
		expect(reply.status).toBe(400);
		const page = visibleText(reply.text);
		expect(page).toContain(nl.tools.import.failed);
		for (const column of ['kleur', 'url']) expect(page).toContain(format(nl.catalogue.csv.at.cell, { line: 1, column, message: '' }));
		expect(await toolRows()).toEqual(before);
	});

	it('refuses a file with bad values, with every problem’s line and column, and imports none of its good rows', async () => {
		const before = await toolRows();
		const file = [
			'name;url;learning_types;synchrony;licence;availability;privacy;accessibility;group_min;group_max',
			'Goed;https://goed.example;practice;sync;free;all;none;unknown;;',
			'Slecht;javascript:alert(1);dansen;sync;free;all;none;unknown;-3;',
			'Ook goed;https://ook.example;practice;async;free;all;none;unknown;;',
			'Omgekeerd;https://om.example;practice;async;free;all;none;unknown;40;30'
		].join('\n');
		const reply = await postFile(admin, '/tools/import', 'file', csv(file));
		expect(reply.status).toBe(400);
		// One item per problem, each naming its line and column.
		const list = reply.text.slice(reply.text.indexOf('import-problems'), reply.text.indexOf('</ol>', reply.text.indexOf('import-problems')));
		expect(list.match(/<li>/g)).toHaveLength(3);
		const page = visibleText(reply.text);
		for (const column of ['url', 'learning_types', 'group_min']) expect(page).toContain(format(nl.catalogue.csv.at.cell, { line: 3, column, message: '' }));
		expect(await toolRows()).toEqual(before);
	});

	it('names a problem found across cells once the cells are right', async () => {
		const before = await toolRows();
		const reply = await postFile(admin, '/tools/import', 'file', csv('name;url;learning_types;synchrony;licence;availability;privacy;accessibility;group_min;group_max\nOmgekeerd;https://om.example;practice;async;free;all;none;unknown;40;30\n'));
		expect(reply.status).toBe(400);
		expect(visibleText(reply.text)).toContain(nl.tools.problems.min_above_max);
		expect(visibleText(reply.text)).toContain(format(nl.catalogue.csv.at.cell, { line: 2, column: 'group_max', message: nl.tools.problems.min_above_max }));
		expect(await toolRows()).toEqual(before);
	});

	it('reads its own export back without a change, formula guard and all', async () => {
		const exported = await admin.get('/tools/export');
		expect(exported.status).toBe(200);
		expect(exported.headers.get('content-type')).toMatch(/^text\/csv/);
		expect(exported.headers.get('content-disposition')).toMatch(/attachment; filename="tools-\d{4}-\d{2}-\d{2}\.csv"/);
		expect(exported.text).toContain("'=1+1 is geen formule");
		const before = await toolRows();
		const reply = await postFile(admin, '/tools/import', 'file', { name: 'tools.csv', type: 'text/csv', bytes: exported.body });
		expect(reply.location).toBe('/tools?created=0&updated=0');
		expect(await toolRows()).toEqual(before);
		expect((await admin.get('/tools/export')).text).toBe(exported.text);
	});

	it('lets a colleague who is no keeper read, score and export, and refuses every change with a 403', async () => {
		const id = await toolId('Tool 1');
		expect((await teacher.get('/tools')).status).toBe(200);
		expect((await teacher.get(`/tools/${id}`)).status).toBe(200);
		expect((await teacher.get('/tools/export')).status).toBe(200);
		const before = await toolRows();
		for (const path of ['/tools/new', '/tools/import', `/tools/${id}/edit`, `/tools/${id}/delete`]) {
			const page = await teacher.get(path);
			expect(page.status, path).toBe(403);
			expect(visibleText(page.text), path).toContain(nl.catalogue.keepers.notKeeper.tools);
		}
		expect((await teacher.post('/tools/new', VALID)).status).toBe(403);
		expect((await teacher.post(`/tools/${id}/edit`, VALID)).status).toBe(403);
		expect((await teacher.post(`/tools/${id}/delete`, {})).status).toBe(403);
		expect((await postFile(teacher, '/tools/import', 'file', csv(toolsCsvFile(2)))).status).toBe(403);
		expect(await toolRows()).toEqual(before);
	});

	it('does not show one institution’s tools to another', async () => {
		const id = await toolId('Tool 1');
		expect((await stranger.get(`/tools/${id}`)).status).toBe(404);
		expect((await stranger.get(`/tools/compare?ids=${id},${await toolId('Tool 2')}`)).status).toBe(404);
		expect(visibleText((await stranger.get('/tools')).text)).not.toContain('Tool 1');
		expect((await stranger.get('/tools/export')).text).not.toContain('Tool 1');
	});

	it('adds, changes and deletes a tool through the forms, after a confirmation page', async () => {
		const created = await admin.post('/tools/new', VALID);
		expect(created.status).toBe(303);
		const id = created.location!.split('/').pop()!.split('?')[0]!;
		expect(visibleText((await admin.get(`/tools/${id}`)).text)).toContain('Een digitaal prikbord');
		expect((await admin.post(`/tools/${id}/edit`, { ...VALID, privacy: 'pending' })).status).toBe(303);
		expect(visibleText((await admin.get(`/tools/${id}`)).text)).toContain(nl.tools.privacy.pending);
		const confirm = await admin.get(`/tools/${id}/delete`);
		expect(visibleText(confirm.text)).toContain(format(nl.tools.remove.title, { name: 'Padlet' }));
		const deleted = await admin.post(`/tools/${id}/delete`, {});
		expect(deleted.location).toBe(`/tools?deleted=Padlet`);
		expect((await admin.get(`/tools/${id}`)).status).toBe(404);
	});

	it('answers bad input with a 4xx and a message, never a 5xx, and stores nothing', async () => {
		const before = await toolRows();
		const id = await toolId('Tool 1');
		const wrong = await admin.post('/tools/new', { ...VALID, name: '', url: 'ftp://x', synchrony: 'soms', groupMin: 'drie', contactEmail: 'geen' });
		expect(wrong.status).toBe(400);
		const page = visibleText(wrong.text);
		for (const message of [nl.tools.problems.required, nl.tools.problems.not_a_link, nl.tools.problems.unknown_choice, nl.tools.problems.not_a_whole_number, nl.tools.problems.not_an_email]) expect(page).toContain(message);
		expect((await admin.post('/tools/new', { ...VALID, name: 'Tool 1' })).status).toBe(400);
		expect((await admin.post('/tools/new', { ...VALID, extra: 'x' })).status).toBe(400);
		expect((await admin.post('/tools/new', { ...VALID, notes: 'x'.repeat(300_000) })).status).toBe(413);
		expect((await admin.post(`/tools/${id}?/rate`, { 'level.bogus': '2' })).status).toBe(400);
		expect((await postFile(admin, '/tools/import', 'file', { name: 'x.csv', type: 'text/csv', bytes: Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xff, 0xfe]) })).status).toBe(400);
		expect((await admin.post('/tools/import', { file: 'not a file' })).status).toBe(400);
		expect((await postFile(admin, '/tools/import', 'file', { name: '', type: 'application/octet-stream', bytes: new Uint8Array() })).status).toBe(400);
		expect((await postFile(admin, '/tools/import', 'file', csv('a'.repeat(3 * 1024 * 1024)))).status).toBe(413);
		for (const path of [`/tools/${randomUUID()}`, '/tools/not-an-id', `/tools/compare?ids=${randomUUID()},${id}`]) expect((await admin.get(path)).status, path).toBe(404);
		for (const path of ['/tools/compare?ids=', `/tools/compare?ids=${id}`, '/tools/find?asked=1&groupSize=-3&learningType=%3Cscript%3E&must=__proto__', '/tools?learningType=x&privacy=%00']) expect((await admin.get(path)).status, path).toBe(200);
		expect(visibleText((await admin.get('/tools/find?asked=1&groupSize=-3')).text)).toContain(nl.tools.problems.out_of_range);
		expect(await toolRows()).toEqual(before);
	});

	it('scores a tool for anyone signed in, and shows the summary', async () => {
		const id = await toolId('Tool 2');
		const rubric = loadInstrument(TOOL_RUBRIC_KEY, 1)!;
		const fields = Object.fromEntries(factorsOf(rubric).flatMap(({ factor }) => [[`level.${factor.key}`, '3'], [`note.${factor.key}`, '']]));
		const scored = await teacher.post(`/tools/${id}?/rate`, fields);
		expect(scored.status).toBe(303);
		expect(scored.location).toBe(`/tools/${id}?scored=1#scores`);
		expect(visibleText((await admin.get('/tools')).text)).toContain(format(nl.tools.list.scored.one, { mean: '3', count: 1 }));
		// The rubric's criteria and sources are one link away, on the toolkit's page of the instrument.
		expect((await teacher.get(`/tools/${id}`)).text).toContain(`href="/toolkit/instruments/${TOOL_RUBRIC_KEY}"`);
		expect((await teacher.get(`/toolkit/instruments/${TOOL_RUBRIC_KEY}`)).status).toBe(200);
	});

	it('speaks English after the switch, errors included', async () => {
		const client = await signIn(app.url, 'tim@a.example', PASSWORD);
		expect((await client.post('/language', { to: 'en', back: '/tools' })).status).toBe(303);
		expect(visibleText((await client.get('/tools')).text)).toContain(en.tools.list.title);
		expect(visibleText((await client.get('/tools/find?asked=1&learningType=practice')).text)).toContain(en.tools.find.results);
		const english = await signIn(app.url, 'ada@a.example', PASSWORD);
		await english.post('/language', { to: 'en', back: '/tools' });
		const reply = await postFile(english, '/tools/import', 'file', csv('name;url;learning_types;synchrony;licence;availability;privacy;accessibility\nX;https://x.example;practice;sometimes;free;all;none;unknown\n'));
		expect(reply.status).toBe(400);
		expect(visibleText(reply.text)).toContain(en.tools.import.failed);
	});
});
