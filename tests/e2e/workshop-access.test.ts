/**
 * Who reaches what in a workshop, over HTTP: participants only their own workshop, leaders only
 * their institution's (and only the workshop's leader or an admin controls it); bad input on
 * every participant write. Guessing codes while a room joins: throttling.test.ts. One app on SQLite; the two-server test is in
 * workshop-two-servers.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Client, acceptInvite, createInstitutionDirect, createInvite, setupFirstAdmin, signIn, startAppWithDb, type App } from './http';
import { messages } from '$lib/i18n';
import { STEP, command, createWorkshop, join, openJoining, postJson, readStreamUntil } from './workshop-http';

const m = messages('nl');
let app: App;
let admin: Client;
let colleague: Client;
let outsider: Client;
let a: string;
let b: string;
let codeA: string;
let codeB: string;
let pA: Client;
let pB: Client;

const count = async (table: 'participant_score' | 'group_sheet' | 'participant', workshopId: string) =>
	Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where workshop_id = ${workshopId}`.execute(app.db)).rows[0]!.n);

beforeAll(async () => {
	app = await startAppWithDb();
	admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool Veerkracht', name: 'Ada', email: 'ada@example.nl', password: 'een lange zin als wachtwoord' });
	const link = await createInvite(admin, 'facilitator');
	colleague = (await acceptInvite(link, { name: 'Bo', email: 'bo@example.nl', password: 'nog een lange zin als wachtwoord' })).client;
	await createInstitutionDirect(app.db, { institution: 'Universiteit Elders', name: 'Cas', email: 'cas@example.nl', password: 'een derde lange zin als wachtwoord' });
	outsider = await signIn(app.url, 'cas@example.nl', 'een derde lange zin als wachtwoord');

	a = await createWorkshop(admin, 'Workshop A');
	b = await createWorkshop(admin, 'Workshop B geheim');
	codeA = await openJoining(admin, a);
	codeB = await openJoining(admin, b);
	pA = await join(app.url, codeA);
	pB = await join(app.url, codeB);
	for (const id of [a, b]) {
		await admin.action(`/workshops/${id}?/distribute`, {});
		await command(admin, id, 'start');
		await command(admin, id, 'move_to', { step: String(STEP.analyse) });
	}
	await admin.action(`/workshops/${b}?/addAction`, { category: 'strategie', text: 'Geheim actiepunt van B', owner: '', dueDate: '', status: 'open' });
}, 120_000);

afterAll(async () => {
	await app?.stop();
});

const leaderRoutes = (id: string) => [
	`/workshops/${id}`,
	`/workshops/${id}/projector`,
	`/workshops/${id}/events`,
	`/workshops/${id}/handout`,
	`/workshops/${id}/export/pdf`,
	`/workshops/${id}/export/xlsx`
];
const leaderActions = ['command', 'agenda', 'groups', 'mapping', 'distribute', 'move', 'askNames', 'reflection', 'takeSheets', 'planGroup', 'share', 'unshare', 'priority', 'addAction', 'updateAction', 'deleteAction', 'mergeAction'];

describe('workshop access', () => {
	it('gives a participant of one workshop nothing of another: no page, action, stream or export', async () => {
		for (const path of leaderRoutes(b)) {
			const reply = await pA.get(path);
			expect([303, 401, 403, 404], path).toContain(reply.status);
			if (reply.status === 303) expect(reply.location).toMatch(/^\/login/);
			expect(reply.text).not.toContain('Workshop B geheim');
		}
		for (const action of leaderActions) {
			const reply = await pA.post(`/workshops/${b}?/${action}`, { command: 'close' });
			expect([303, 401, 403, 404], action).toContain(reply.status);
		}
		// Their own stream and page are their own workshop's.
		const page = await pA.get('/w');
		expect(page.status).toBe(200);
		expect(page.text).toContain('Workshop A');
		expect(page.text).not.toContain('Workshop B geheim');
		const other = await pB.get('/w');
		expect(other.text).toContain('Workshop B geheim');
		expect(other.text).not.toContain('Workshop A<');
	});

	it('writes a participant’s edits only to their own table in their own workshop', async () => {
		const before = await count('group_sheet', b);
		const edit = { kind: 'edit', categoryKey: 'strategie', field: 'factor:beleid:needed', value: 'van A', baseVersion: 0, editId: randomUUID() };
		// pA sits at a table of workshop A; whatever they send lands there or nowhere.
		const reply = await postJson(pA, '/w/sheet', edit);
		expect([200, 403]).toContain(reply.status);
		expect(await count('group_sheet', b)).toBe(before);
		// A device that never joined cannot write or follow anything.
		const stranger = new Client(app.url);
		expect((await postJson(stranger, '/w/sheet', edit)).status).toBe(401);
		expect((await postJson(stranger, '/w/score', { categoryKey: 'strategie', factorKey: 'beleid', current: 1, desired: 2, clientId: randomUUID() })).status).toBe(401);
		expect((await stranger.get('/w/events')).status).toBe(401);
		expect((await stranger.get('/w')).location).toBe('/join');
	});

	it('lets only the leader or an admin control a workshop; another institution does not even see it', async () => {
		const mine = await createWorkshop(colleague, 'Van Bo');
		// The admin may lead any workshop of the institution; a colleague only their own.
		expect((await admin.get(`/workshops/${mine}`)).status).toBe(200);
		for (const path of leaderRoutes(a)) expect((await colleague.get(path)).status, path).toBe(403);
		for (const path of leaderRoutes(a)) expect((await outsider.get(path)).status, path).toBe(404);
		for (const action of leaderActions) {
			expect((await colleague.action(`/workshops/${a}?/${action}`, { command: 'close' })).status, action).toBe(403);
			expect((await outsider.action(`/workshops/${a}?/${action}`, { command: 'close' })).status, action).toBe(404);
		}
		const listed = await outsider.get('/workshops');
		expect(listed.text).not.toContain('Workshop A');
	});

	it('streams the workshop’s events to its leader with ids that resume, and carries no text', async () => {
		const first = await readStreamUntil(admin, `/workshops/${a}/events`, 'state', 3000);
		const ids = [...first.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
		expect(ids.length).toBeGreaterThan(0);
		await postJson(pA, '/w/sheet', { kind: 'edit', categoryKey: (await sheetCategory(pA))!, field: 'priority:reason', value: 'Heel geheime reden', baseVersion: 0, editId: randomUUID() });
		const resumed = await readStreamUntil(admin, `/workshops/${a}/events?lastEventId=${ids.at(-1)}`, 'sheet', 5000);
		expect(resumed).toContain('event: sheet');
		expect([...resumed.matchAll(/^id: (\d+)$/gm)].every((m) => Number(m[1]) > ids.at(-1)!)).toBe(true);
		expect(resumed).not.toContain('Heel geheime reden');
	});

	it('lets the read-only link show one workshop only, and stops it when withdrawn', async () => {
		const shared = await admin.action(`/workshops/${b}?/share`, {});
		const url = shared.strings.find((s) => s.includes('/shared/workshop/'))!;
		const path = new URL(url).pathname;
		const reader = new Client(app.url);
		const page = await reader.get(path);
		expect(page.status).toBe(200);
		expect(page.text).toContain('Geheim actiepunt van B');
		expect(page.text).not.toContain('Workshop A');
		expect((await reader.get(`${path}/export/csv`)).status).toBe(200);
		expect((await reader.get('/shared/workshop/' + 'x'.repeat(43))).status).toBe(404);
		await admin.action(`/workshops/${b}?/unshare`, {});
		expect((await reader.get(path)).status).toBe(404);
	});
});

describe('whose scores go into the plan', () => {
	it('takes only a table that did the category, says so otherwise, and stores nothing then', async () => {
		const planGroups = async () => (await app.db.selectFrom('workshop').select('plan_groups').where('id', '=', a).executeTakeFirstOrThrow()).plan_groups;
		const wrong = await admin.action(`/workshops/${a}?/planGroup`, { category: 'strategie', group: 'table-2' });
		expect(wrong.type).toBe('failure');
		expect(wrong.actionStatus).toBe(400);
		expect(wrong.strings).toContain(m.workshopUi.planGroupUnknown);
		expect(await planGroups()).toBe('{}');
		const right = await admin.action(`/workshops/${a}?/planGroup`, { category: 'strategie', group: 'table-1' });
		expect(right.type).toBe('success');
		expect(JSON.parse(await planGroups())).toEqual({ strategie: 'table-1' });
	});
});

describe('bad input from participants', () => {
	it('refuses wrong scores and sheet edits with a clear 4xx and stores nothing', async () => {
		const category = (await sheetCategory(pA))!;
		const factor = category === 'strategie' ? 'beleid' : category === 'structuur' ? 'infrastructuur' : 'professionalisering';
		const scores = await count('participant_score', a);
		const sheets = await count('group_sheet', a);
		const bad: [string, unknown][] = [
			['/w/score', { categoryKey: category, factorKey: factor, current: 4, desired: 1, clientId: randomUUID() }],
			['/w/score', { categoryKey: category, factorKey: 'bestaat-niet', current: 1, desired: 1, clientId: randomUUID() }],
			['/w/score', { categoryKey: category, factorKey: factor, current: 1, desired: 1, clientId: 'geen-uuid' }],
			['/w/score', { categoryKey: category, factorKey: factor, current: 1, desired: 1, clientId: randomUUID(), extra: true }],
			['/w/sheet', { kind: 'edit', categoryKey: category, field: 'factor:bestaat-niet:needed', value: 'x', baseVersion: 0, editId: randomUUID() }],
			['/w/sheet', { kind: 'edit', categoryKey: category, field: `factor:${factor}:current`, value: 7, baseVersion: 0, editId: randomUUID() }],
			['/w/sheet', { kind: 'edit', categoryKey: category, field: `factor:${factor}:needed`, value: 'x'.repeat(4001), baseVersion: 0, editId: randomUUID() }],
			['/w/sheet', { kind: 'edit', categoryKey: category, field: `factor:${factor}:needed`, value: 'x', baseVersion: 99, editId: randomUUID() }],
			['/w/sheet', { kind: 'delete', categoryKey: category }]
		];
		for (const [path, body] of bad) {
			const reply = await postJson(pA, path, body);
			expect(reply.status, JSON.stringify(body).slice(0, 120)).toBeGreaterThanOrEqual(400);
			expect(reply.status).toBeLessThan(500);
			expect(JSON.parse(reply.text).message).toBeTruthy();
		}
		for (const body of ['niet json', '{"kind":']) {
			const reply = await pA.send('POST', '/w/sheet', { contentType: 'application/json', accept: 'application/json', body });
			expect([400, 413]).toContain(reply.status);
		}
		expect((await pA.send('POST', '/w/score', { contentType: 'text/plain', accept: 'application/json', body: '{}' })).status).toBe(415);
		expect(await count('participant_score', a)).toBe(scores);
		expect(await count('group_sheet', a)).toBe(sheets);
	});

	it('answers a retried score once, and a score outside the analysis step with a clear 409', async () => {
		const category = (await sheetCategory(pA))!;
		const factor = category === 'strategie' ? 'beleid' : category === 'structuur' ? 'infrastructuur' : 'professionalisering';
		const body = { categoryKey: category, factorKey: factor, current: 2, desired: 3, clientId: randomUUID() };
		expect(JSON.parse((await postJson(pA, '/w/score', body)).text)).toEqual({ outcome: 'saved' });
		expect(JSON.parse((await postJson(pA, '/w/score', body)).text)).toEqual({ outcome: 'duplicate' });
		await command(admin, a, 'move_to', { step: String(STEP.break) });
		const late = await postJson(pA, '/w/score', { ...body, clientId: randomUUID() });
		expect(late.status).toBe(409);
		await command(admin, a, 'move_to', { step: String(STEP.analyse) });
	});

	it('refuses bad join input with a message and lets nobody in', async () => {
		const before = await count('participant', a);
		const device = new Client(app.url);
		for (const code of ['', 'O0O-O0O-O0O', '<script>', 'ABC']) {
			const reply = await device.post('/join?/code', { code });
			expect(reply.status).toBe(400);
		}
		expect((await device.post('/join?/join', { code: codeA, name: 'Anna' })).status).toBe(400); // names not asked
		expect((await device.post('/join?/join', { code: codeA, preference: 'bestaat-niet' })).status).toBe(400);
		expect((await device.post('/join?/join', { code: codeA, extra: 'x' })).status).toBe(400);
		expect(await count('participant', a)).toBe(before);
	});
});

describe('oversized bodies', () => {
	// The server refuses the body by its declared length, reads the rest away and answers 413
	// (see src/lib/server/http/body.ts; chunked bodies: oversized-bodies.test.ts).
	it('refuses a participant write larger than 64 KiB before reading it, and stores nothing', async () => {
		const scores = await count('participant_score', a);
		const reply = await pA.send('POST', '/w/score', { contentType: 'application/json', accept: 'application/json', body: JSON.stringify({ pad: 'x'.repeat(70_000) }) });
		expect(reply.status).toBe(413);
		expect(await count('participant_score', a)).toBe(scores);
	});
});

/** The category of the participant's table, read from their page. */
async function sheetCategory(device: Client): Promise<string | undefined> {
	const page = await device.get('/w');
	return /id="sheet-([a-z-]+)"/.exec(page.text)?.[1];
}
