/**
 * An administrator erases the institution (quality.md: "erase an institution — nothing personal
 * left in database or exports"): after it, no row in any table and no file mentions it, its
 * people or what they wrote, and another institution on the same server keeps everything. Over
 * plain HTTP, on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { format, messages } from '$lib/i18n';
import { defaultContent } from '$lib/toolkit';
import * as surveyResponses from '$lib/survey/server/data/survey-responses';
import { saveRating } from '$lib/rating/server/ratings';
import { latestInstrument, ROOM_INSTRUMENT_KEY } from '$lib/instrument';
import { type App, Client, acceptInvite, addAction, answer, createInstitutionDirect, createInvite, createScan, createUnit, setupFirstAdmin, signIn, startAppWithDb, visibleText } from './http';
import { createWorkshop, join as joinWorkshop, openJoining } from './workshop-http';

const m = messages('nl');
const PASSWORD = 'een lang genoeg wachtwoord';
/** In every text institution A writes, so a leftover anywhere is found by one search. */
const MARK = 'Zeldzaamheid';
const TABLES = ['institution', 'unit', 'app_user', 'session', 'invite', 'scan', 'scan_answer', 'action_plan', 'plan_priority', 'action_point', 'action_point_factor', 'event', 'workshop', 'participant', 'participant_score', 'group_sheet', 'sheet_edit', 'reflection', 'taken_sheet_point', 'workshop_own_answer', 'survey', 'survey_response', 'survey_answer', 'survey_draft', 'survey_answer_tally', 'survey_respondent_tally', 'api_token', 'instrument_version', 'instrument_draft', 'content_override', 'product_attachment', 'course_design', 'design_outcome', 'design_activity', 'design_principle_answer', 'blend_content', 'design_presence', 'audit_event', 'sso_request', 'sso_login', 'object_editor', 'catalogue_keeper', 'rating', 'rating_score', 'tool', 'room', 'room_photo'];

describe.each([
	{ name: 'SQLite', database: 'sqlite' as const },
	{ name: 'PostgreSQL', database: 'postgres' as const }
])('erasing an institution on $name', ({ database }) => {
	let app: App;
	let admin: Client;
	let facilitator: Client;
	let otherAdmin: Client;
	let institutionA = '';
	let scanB = '';
	const everything = async () => {
		const rows: string[] = [];
		for (const table of TABLES) rows.push(...(await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(app.db)).rows.map((r) => `${table}: ${JSON.stringify(r)}`));
		return rows;
	};

	beforeAll(async () => {
		app = await startAppWithDb({}, database);
		admin = await setupFirstAdmin(app.url, { institution: `Hogeschool ${MARK}`, name: `Ada ${MARK}`, email: 'ada@a.example', password: PASSWORD });
		facilitator = (await acceptInvite(await createInvite(admin), { name: `Fien ${MARK}`, email: 'fien@a.example', password: PASSWORD })).client;
		institutionA = (await app.db.selectFrom('institution').select('id').executeTakeFirstOrThrow()).id;
		const { institutionId: b } = await createInstitutionDirect(app.db, { institution: 'Universiteit Blijft', name: 'Bert', email: 'bert@b.example', password: PASSWORD, role: 'admin' });
		otherAdmin = await signIn(app.url, 'bert@b.example', PASSWORD);
		scanB = await createScan(otherAdmin, { title: 'Scan van B', level: 'institution' });
		await answer(otherAdmin, scanB, { factor: 'beleid', current: '1', desired: '2', needed: 'Blijft staan' });
		expect(b).not.toBe(institutionA);

		// A's data: a unit, a scan with an answer and a point, a workshop with a participant, a survey with a response,
		// an own instrument version, a content change with an attached file, and an API token.
		const unit = await createUnit(admin, `Faculteit ${MARK}`, 'sector');
		const scan = await createScan(facilitator, { title: `Scan ${MARK}`, level: 'sector', unit });
		await answer(facilitator, scan, { factor: 'beleid', current: '1', desired: '3', needed: `Nodig: ${MARK}` });
		await addAction(facilitator, scan, { category: 'strategie', text: `Actie ${MARK}`, owner: `Eigenaar ${MARK}`, dueDate: '', status: 'open', success: `Gelukt ${MARK}` });
		const adminId = (await app.db.selectFrom('app_user').select('id').where('email', '=', 'ada@a.example').executeTakeFirstOrThrow()).id;
		expect((await facilitator.post(`/scans/${scan}?/addEditor`, { user: adminId })).status).toBe(200);
		const facilitatorId = (await app.db.selectFrom('app_user').select('id').where('email', '=', 'fien@a.example').executeTakeFirstOrThrow()).id;
		expect((await admin.post('/admin/catalogues?/add', { catalogue: 'rooms', user: facilitatorId })).status).toBe(200);
		// A tool in the catalogue (decision record 0054), its name and notes marked.
		const tool = await admin.post('/tools/new', { name: `Tool ${MARK}`, url: 'https://tool.a.example', description: '', learningTypes: ['practice'], synchrony: 'both', groupMin: '', groupMax: '', worksOnPhone: 'yes', licence: 'free', availability: 'all', privacy: 'none', accessibility: 'unknown', accessibilityUrl: '', contactName: `Contact ${MARK}`, contactEmail: 'contact@a.example', notes: MARK });
		expect(tool.status).toBe(303);
		const workshop = await createWorkshop(admin, `Workshop ${MARK}`);
		await joinWorkshop(app.url, await openJoining(admin, workshop));
		const created = await admin.post('/surveys/new', { title: `Brede scan ${MARK}`, level: 'institution', unit: '', opensAt: new Date().toISOString().slice(0, 10), closesAt: new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10), minGroupSize: '5', message: MARK, roles: ['medewerker'] });
		const survey = created.location!.split('/').pop()!;
		await surveyResponses.submit(app.db, survey, { id: randomUUID(), role: 'medewerker', unitId: null, respondentToken: randomUUID(), answers: [{ factorKey: 'beleid', current: 2, desired: 3, needed: `Antwoord ${MARK}` }] });
		const design = (await facilitator.post('/designs/new', { title: `Ontwerp ${MARK}`, unit: '', period: '', studyLoadAmount: '5', studyLoadUnit: 'ec', weeks: '8', outcomes: `Uitkomst ${MARK}`, start: 'template:leeg' })).location!.split('/').pop()!;
		expect((await facilitator.post(`/designs/${design}?/add`, { title: `Activiteit ${MARK}`, environment: 'online', synchrony: 'async', grouping: 'group', learningType: 'practice', weeks: '1', hours: '2', teacherRole: 'feedback', notes: MARK })).status).toBe(200);
		expect((await facilitator.post(`/designs/${design}?/answer`, { principle: 'werkveld', revision: '0', text: `Antwoord ${MARK}` })).status).toBe(200);
		expect((await admin.post('/admin/instruments?/start', {})).status).toBe(200);
		expect((await admin.post('/admin/instruments?/publish', {})).status).toBe(200);
		const product = defaultContent().products[0]!;
		const upload = new FormData();
		upload.set('title', `Werkblad ${MARK}`);
		upload.set('file', new Blob([new TextEncoder().encode('%PDF-1.7\n')], { type: 'application/pdf' }), 'werkblad.pdf');
		const request = new Request(new URL(`/admin/content/products/${product.key}?/addFile`, app.url), { method: 'POST', body: upload });
		expect((await admin.send('POST', `/admin/content/products/${product.key}?/addFile`, { body: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get('content-type') })).status).toBe(200);
		expect((await admin.post('/surveys/api-tokens?/create', { label: `Dashboard ${MARK}` })).status).toBeLessThan(400);
		// A room of the inventory with a photo (its bytes beside the attachments).
		expect((await admin.post('/rooms/new', { building: `Gebouw ${MARK}`, name: '0.12', floor: '', capacity: '20', bookable: 'yes', notes: MARK })).status).toBe(303);
		const roomId = (await app.db.selectFrom('room').select('id').where('institution_id', '=', institutionA).executeTakeFirstOrThrow()).id;
		const photo = new FormData();
		photo.set('caption', `Foto ${MARK}`);
		photo.set('photo', new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], { type: 'image/jpeg' }), 'lokaal.jpg');
		const photoRequest = new Request(new URL(`/rooms/${roomId}?/addPhoto`, app.url), { method: 'POST', body: photo });
		expect((await admin.send('POST', `/rooms/${roomId}?/addPhoto`, { body: new Uint8Array(await photoRequest.arrayBuffer()), contentType: photoRequest.headers.get('content-type') })).status).toBe(200);
		expect(existsSync(join(app.dataDir, 'attachments', institutionA))).toBe(true);
		// Someone waiting for approval after a first single sign-on (decision record 0042).
		await app.db
			.insertInto('sso_request')
			.values({ id: randomUUID(), institution_id: institutionA, oidc_issuer: 'https://idp.example', oidc_subject: `sub-${MARK}`, email: 'wacht@a.example', name: `Wachtend ${MARK}`, created_at: new Date().toISOString() })
			.execute();
		// A rating of a room with a note (the rooms' own pages are not needed to store one).
		const rater = (await app.db.selectFrom('app_user').select('id').where('email', '=', 'fien@a.example').executeTakeFirstOrThrow()).id;
		const rated = await saveRating(app.db, { institutionId: institutionA, kind: 'room', subjectId: randomUUID(), raterId: rater, instrument: latestInstrument(ROOM_INSTRUMENT_KEY)!, form: new URLSearchParams({ 'level.licht': '2', 'note.licht': `Licht ${MARK}` }), language: 'nl' });
		expect(rated).toEqual({ ok: true });
	}, 120_000);
	afterAll(async () => {
		await app?.stop();
	});

	it('looks at every table there is (but the server-wide settings and migration bookkeeping)', async () => {
		const query =
			database === 'sqlite'
				? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
				: sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`;
		const tables = (await query.execute(app.db)).rows.map((r) => r.name).filter((name) => !name.startsWith('kysely_') && name !== 'app_setting');
		expect(tables.sort()).toEqual([...TABLES].sort());
	});

	it('lets only an administrator in, and erases nothing without the institution’s name typed exactly', async () => {
		const before = await everything();
		expect((await facilitator.get('/admin/erase')).status).toBe(403);
		expect((await facilitator.post('/admin/erase', { name: `Hogeschool ${MARK}` })).status).toBe(403);
		const page = visibleText((await admin.get('/admin/erase')).text);
		expect(page).toContain(format(m.admin.erase.intro, { name: `Hogeschool ${MARK}` }));
		const wrong = await admin.post('/admin/erase', { name: 'Hogeschool' });
		expect(wrong.status).toBe(400);
		expect(visibleText(wrong.text)).toContain(m.admin.erase.nameMismatch);
		expect(await everything()).toEqual(before);
	});

	it('erases every row and file of the institution, signs its people out, and leaves the other institution whole', async () => {
		const ownRows = (await everything()).filter((row) => !row.includes(MARK) && !row.includes(institutionA));
		// The ids of what A had: events, participants, answers and points name these, not A itself.
		const ids: string[] = [];
		for (const table of ['scan', 'workshop', 'survey', 'app_user', 'action_plan', 'unit'] as const)
			ids.push(...(await app.db.selectFrom(table).select('id').where('institution_id', '=', institutionA).execute()).map((r) => r.id));
		expect(ids.length).toBeGreaterThanOrEqual(8);
		const done = await admin.post('/admin/erase', { name: `  Hogeschool ${MARK} ` });
		expect(done.status).toBe(303);
		expect(done.location).toBe('/');
		const left = await everything();
		expect(left.filter((row) => [MARK, institutionA, 'a.example', ...ids].some((trace) => row.includes(trace)))).toEqual([]);
		// What B has is still there, row for row (A's ids gone; B's untouched).
		expect(left.filter((row) => row.startsWith('scan') || row.startsWith('app_user') || row.startsWith('institution'))).toEqual(
			ownRows.filter((row) => row.startsWith('scan') || row.startsWith('app_user') || row.startsWith('institution'))
		);
		expect(existsSync(join(app.dataDir, 'attachments', institutionA))).toBe(false);
		expect((await admin.get('/admin')).status).toBe(303);
		expect((await facilitator.get('/')).status).toBe(303);
		expect(visibleText((await otherAdmin.get(`/scans/${scanB}`)).text)).toContain('Scan van B');
	});
});
