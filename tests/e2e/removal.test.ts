/**
 * Deleting a scan, workshop or survey over plain HTTP: only its maker (or leader) and the
 * institution's administrators may, another institution sees nothing, and a deletion takes
 * everything that belonged to it, so links that led to it lead nowhere afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { format, messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import * as surveyResponses from '$lib/survey/server/data/survey-responses';
import { type App, Client, acceptInvite, createInstitutionDirect, createInvite, createScan, answer, setupFirstAdmin, signIn, startAppWithDb, visibleText } from './http';
import { createWorkshop, join, openJoining } from './workshop-http';

const m = messages('nl');
const PASSWORD = 'een lang genoeg wachtwoord';
const today = new Date().toISOString().slice(0, 10);
const nextWeek = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);

/** How many rows each table holds for the ids: equal before and after means nothing was deleted. */
async function rowsOf(db: Kysely<Database>, ids: { scan: string; workshop: string; survey: string }): Promise<Record<string, number>> {
	const count = async (table: keyof Database, column: string, id: string) =>
		(await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${id}`.execute(db)).rows[0]!.n;
	return {
		scan: Number(await count('scan', 'id', ids.scan)),
		scanAnswers: Number(await count('scan_answer', 'scan_id', ids.scan)),
		workshop: Number(await count('workshop', 'id', ids.workshop)),
		participants: Number(await count('participant', 'workshop_id', ids.workshop)),
		survey: Number(await count('survey', 'id', ids.survey)),
		responses: Number(await count('survey_response', 'survey_id', ids.survey))
	};
}

describe('deleting a scan, a workshop and a survey', () => {
	let app: App;
	let admin: Client;
	let facilitator: Client;
	let otherAdmin: Client;
	let participant: Client;
	const ids = { scan: '', workshop: '', survey: '' };
	let surveyCode = '';

	beforeAll(async () => {
		app = await startAppWithDb();
		admin = await setupFirstAdmin(app.url, { institution: 'Hogeschool A', name: 'Ada', email: 'ada@a.example', password: PASSWORD });
		facilitator = (await acceptInvite(await createInvite(admin), { name: 'Fien', email: 'fien@a.example', password: PASSWORD })).client;
		await createInstitutionDirect(app.db, { institution: 'Universiteit B', name: 'Bert', email: 'bert@b.example', password: PASSWORD, role: 'admin' });
		otherAdmin = await signIn(app.url, 'bert@b.example', PASSWORD);

		ids.scan = await createScan(admin, { title: 'Scan van Ada', level: 'institution' });
		expect((await answer(admin, ids.scan, { factor: 'beleid', current: '1', desired: '3', needed: '' })).status).toBeLessThan(400);
		ids.workshop = await createWorkshop(admin, 'Workshop van Ada');
		participant = await join(app.url, await openJoining(admin, ids.workshop));
		const created = await admin.post('/surveys/new', { title: 'Brede scan van Ada', level: 'institution', unit: '', opensAt: today, closesAt: nextWeek, minGroupSize: '5', message: '', roles: ['medewerker'] });
		expect(created.status).toBe(303);
		ids.survey = created.location!.split('/').pop()!;
		surveyCode = (await admin.get(`/surveys/${ids.survey}`)).text.match(/\/r\/([A-Za-z0-9_-]{22})/)![1]!;
		await surveyResponses.submit(app.db, ids.survey, { id: randomUUID(), role: 'medewerker', unitId: null, respondentToken: randomUUID(), answers: [] });
	});
	afterAll(async () => {
		await app?.stop();
	});

	it('refuses a facilitator what an administrator made, shows another institution nothing, and deletes nothing', async () => {
		const before = await rowsOf(app.db, ids);
		for (const path of [`/scans/${ids.scan}/delete`, `/workshops/${ids.workshop}/delete`, `/surveys/${ids.survey}/delete`]) {
			expect((await facilitator.get(path)).status, path).toBe(403);
			expect((await facilitator.post(path, {})).status, path).toBe(403);
			expect((await otherAdmin.get(path)).status, path).toBe(404);
			expect((await otherAdmin.post(path, {})).status, path).toBe(404);
			expect((await new Client(app.url).post(path, {})).status, path).toBe(303);
		}
		// The facilitator's pages do not offer what would be refused.
		expect((await facilitator.get(`/scans/${ids.scan}`)).text).not.toContain(`/scans/${ids.scan}/delete`);
		expect((await facilitator.get(`/surveys/${ids.survey}`)).text).not.toContain(`/surveys/${ids.survey}/delete`);
		expect(await rowsOf(app.db, ids)).toEqual(before);
	});

	it('lets a facilitator delete their own scan, after a page that says what goes with it', async () => {
		const own = await createScan(facilitator, { title: 'Scan van Fien <b>vet</b>', level: 'institution' });
		await answer(facilitator, own, { factor: 'beleid', current: '2', desired: '3', needed: '' });
		expect((await facilitator.get(`/scans/${own}`)).text).toContain(`/scans/${own}/delete`);
		const confirm = visibleText((await facilitator.get(`/scans/${own}/delete`)).text);
		expect(confirm).toContain('Scan van Fien <b>vet</b>');
		expect(confirm).toContain(plural(m.removal.parts.scanAnswers, 1, 'nl'));
		expect(confirm).toContain(plural(m.removal.parts.plan, 0, 'nl'));
		expect(confirm).toContain(m.removal.irreversible);
		const done = await facilitator.post(`/scans/${own}/delete`, {});
		expect(done.status).toBe(303);
		const list = await facilitator.get(done.location!);
		expect(visibleText(list.text)).toContain(format(m.removal.done.scan, { title: 'Scan van Fien <b>vet</b>' }));
		expect(list.text).not.toContain(`/scans/${own}`);
		expect((await facilitator.get(`/scans/${own}`)).status).toBe(404);
		expect((await facilitator.post(`/scans/${own}/delete`, {})).status).toBe(404);
	});

	it('lets the administrator delete the workshop with its participants, whose phones are sent back to joining', async () => {
		expect((await participant.get('/w')).status).toBe(200);
		expect(visibleText((await admin.get(`/workshops/${ids.workshop}/delete`)).text)).toContain(plural(m.removal.parts.workshopParticipants, 1, 'nl'));
		// The phone's stream is open while the workshop goes: it hears a change, reloads, and is sent to joining.
		const stream = await fetch(new URL('/w/events', app.url), { headers: { cookie: participant.cookieHeader(), accept: 'text/event-stream' } });
		expect(stream.status).toBe(200);
		const reader = stream.body!.getReader();
		await reader.read(); // the stream is open
		const done = await admin.post(`/workshops/${ids.workshop}/delete`, {});
		expect(done.status).toBe(303);
		expect(done.location).toMatch(/^\/workshops\?deleted=/);
		expect((await admin.get(`/workshops/${ids.workshop}`)).status).toBe(404);
		let heard = '';
		for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
			heard += new TextDecoder().decode(chunk.value);
			if (heard.includes('event: state\n')) break;
		}
		await reader.cancel();
		expect(heard).toContain('event: state\n');
		const phone = await participant.get('/w');
		expect(phone.status).toBe(303);
		expect(phone.location).toBe('/join');
		expect((await rowsOf(app.db, ids)).participants).toBe(0);
	});

	it('lets an administrator choose a retention period from the list, and nobody else', async () => {
		const months = async () => (await app.db.selectFrom('institution').select('retention_months').where('name', '=', 'Hogeschool A').executeTakeFirstOrThrow()).retention_months;
		expect(await months()).toBeNull();
		expect((await facilitator.post('/admin?/retention', { months: '12' })).status).toBe(403);
		const odd = await admin.post('/admin?/retention', { months: '7' });
		expect(odd.status).toBe(400);
		expect(visibleText(odd.text)).toContain(m.admin.retention.invalid);
		expect(await months()).toBeNull();
		expect((await admin.post('/admin?/retention', { months: '12' })).status).toBe(200);
		expect(Number(await months())).toBe(12);
		expect((await admin.get('/admin')).text).toMatch(/<option value="12" selected/);
		expect((await admin.post('/admin?/retention', { months: '' })).status).toBe(200);
		expect(await months()).toBeNull();
	});

	it('lets the administrator delete the survey with its responses, and its respondent link opens no more', async () => {
		expect((await new Client(app.url).get(`/r/${surveyCode}`)).status).toBe(200);
		expect(visibleText((await admin.get(`/surveys/${ids.survey}/delete`)).text)).toContain(plural(m.removal.parts.surveyResponses, 1, 'nl'));
		const done = await admin.post(`/surveys/${ids.survey}/delete`, {});
		expect(done.status).toBe(303);
		expect(visibleText((await admin.get(done.location!)).text)).toContain(format(m.removal.done.survey, { title: 'Brede scan van Ada' }));
		expect((await new Client(app.url).get(`/r/${surveyCode}`)).status).toBe(404);
		expect(await rowsOf(app.db, ids)).toMatchObject({ survey: 0, responses: 0, scan: 1, scanAnswers: 1 });
	});
});
