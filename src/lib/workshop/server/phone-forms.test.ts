/**
 * The phone's step-3 forms without JavaScript, in-process (a `Request` as a browser posts it), on
 * SQLite and PostgreSQL: scores and sheet edits land where the outbox's JSON would put them, a
 * clash keeps both versions, a form posted twice writes once, and the own questions are stored
 * per participant and come into the plan document. Also the "who is at the table" note.
 */
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { DIALECTS } from '$lib/server/db/test-db';
import { instrument as shipped, useWorkshopSuite } from './test-workshop';
import { findCategory, type Instrument } from '$lib/instrument/schema';
import { actionField, factorField, priorityField } from '$lib/workshop/group-sheet';
import { newParticipantToken } from '$lib/workshop/join-code';
import { FormError } from '$lib/server/http/forms';
import { messages } from '$lib/i18n';
import * as participants from './data/participants';
import * as participantScores from './data/participant-scores';
import * as groupSheets from './data/group-sheets';
import * as ownAnswers from './data/own-answers';
import * as workshops from './data/workshops';
import { derivedId, postOwnAnswers, postOwnScore, postResolve, postSheet } from './phone-forms';
import { editSheet, noteArrival, runCommand } from './live';
import { workshopPlanDocument, type ParticipantContext } from './access';
import { PRESENCE_WINDOW_MS } from '$lib/workshop/presence';

const strategie = findCategory(shipped, 'strategie')!;
const instrument: Instrument = {
	...shipped,
	questions: [
		{ key: 'rooster', kind: 'phase', text: { nl: 'Hoe ver is het rooster?', en: 'How far is the timetable?' } },
		{ key: 'wens', kind: 'text', text: { nl: 'Wat wil je nog kwijt?', en: 'Anything else?' } }
	]
};

const post = (fields: Record<string, string>) =>
	new Request('http://localhost/w?/sheet', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });

for (const dialect of DIALECTS) {
	describe(`the phone's forms without JavaScript on ${dialect}`, () => {
		const s = useWorkshopSuite(dialect);
		/** A workshop people have joined, running: the writes check nothing of the step themselves (the routes do). */
		const running = async () => {
			const w = await s.newWorkshop();
			await runCommand(s.t.db, s.bus, w.id, { type: 'open_joining' }, { instrument });
			await runCommand(s.t.db, s.bus, w.id, { type: 'start' }, { instrument });
			return (await workshops.getById(s.t.db, w.id))!;
		};

		async function seated(workshop: workshops.Workshop, displayName = '') {
			const joined = await participants.join(s.t.db, workshop.id, { token: newParticipantToken(), displayName, preference: null });
			if (!joined.ok) throw new Error(joined.problem);
			await participants.assign(s.t.db, workshop.id, joined.participant.id, 'table-1');
			const participant = (await participants.listForWorkshop(s.t.db, workshop.id)).find((p) => p.id === joined.participant.id)!;
			return { workshop, instrument, participant, groupKey: 'table-1', category: strategie } satisfies ParticipantContext & { groupKey: string; category: typeof strategie };
		}
		const sheetOf = async (workshopId: string) => (await groupSheets.load(s.t.db, workshopId, 'table-1', strategie))!;

		it('stores one’s own score of a factor, once however often the form is posted', async () => {
			const w = await running();
			const anna = await seated(w);
			const formId = randomUUID();
			const fields = { formId, factorKey: 'beleid', 'own-current': '1', 'own-desired': 'unknown' };
			expect(await postOwnScore(s.bus, anna, post(fields), 'nl')).toBe(true);
			expect(await postOwnScore(s.bus, anna, post(fields), 'nl')).toBe(true);
			expect(await participantScores.listForParticipant(s.t.db, w.id, anna.participant.id)).toEqual([expect.objectContaining({ factorKey: 'beleid', current: 1, desired: 'unknown' })]);
		});

		it('refuses a phase that does not exist and a factor of another category, storing nothing', async () => {
			const w = await running();
			const anna = await seated(w);
			const bad = await postOwnScore(s.bus, anna, post({ formId: randomUUID(), factorKey: 'beleid', 'own-current': '4', 'own-desired': '' }), 'en');
			expect(bad).toMatchObject({ status: 400, data: { errors: { own: messages('en').workshopPhone.errors.invalidPhase } } });
			const other = await postOwnScore(s.bus, anna, post({ formId: randomUUID(), factorKey: 'infrastructuur', 'own-current': '1', 'own-desired': '' }), 'nl');
			expect(other).toMatchObject({ status: 403 });
			await expect(postOwnScore(s.bus, anna, post({ formId: 'nope', factorKey: 'beleid' }), 'nl')).rejects.toBeInstanceOf(FormError);
			expect(await participantScores.listForParticipant(s.t.db, w.id, anna.participant.id)).toEqual([]);
		});

		it('writes only the fields the person changed, and keeps a clash with a table mate as two versions', async () => {
			const w = await running();
			const anna = await seated(w);
			const bob = await seated(w);
			const needed = factorField('beleid', 'needed');
			const current = factorField('beleid', 'current');
			// Anna's page showed the empty sheet (version 0 everywhere); meanwhile Bob wrote both fields.
			for (const [field, value] of [[needed, 'Tekst van Bob'], [current, 2]] as const) {
				await editSheet(s.bus, w.id, 'table-1', strategie, { field, value, baseVersion: 0, editId: randomUUID(), author: bob.participant.id });
			}
			// Anna changes only "needed": her untouched phase field must not clash with Bob's 2.
			const form = { formId: randomUUID(), 'field-0': current, 'value-0': '', 'base-0': '0', 'was-0': '', 'field-1': needed, 'value-1': 'Tekst van Anna', 'base-1': '0', 'was-1': '' };
			expect(await postSheet(s.bus, anna, post(form), 'nl')).toBe(true);
			const view = (await sheetOf(w.id)).view;
			expect(view.factors.find((f) => f.factorKey === 'beleid')).toMatchObject({ current: 2, needed: 'Tekst van Bob' });
			expect(view.conflicts.map((c) => [c.field, c.value, c.choices.map((x) => x.value)])).toEqual([[needed, 'Tekst van Bob', ['Tekst van Anna']]]);

			// Posted again (a double tap, a reload): nothing new.
			expect(await postSheet(s.bus, anna, post(form), 'nl')).toBe(true);
			expect((await sheetOf(w.id)).view.conflicts[0]!.choices).toHaveLength(1);

			// The table keeps Anna's version, from the clash's own form.
			const conflict = (await sheetOf(w.id)).view.conflicts[0]!;
			const resolve = { formId: randomUUID(), field: needed, value: JSON.stringify('Tekst van Anna'), resolves: JSON.stringify(conflict.alternatives.map((a) => a.editId)), baseVersion: String(conflict.version) };
			expect(await postResolve(s.bus, bob, post(resolve), 'nl')).toBe(true);
			const after = (await sheetOf(w.id)).view;
			expect(after.conflicts).toEqual([]);
			expect(after.factors.find((f) => f.factorKey === 'beleid')?.needed).toBe('Tekst van Anna');
		});

		it('adds a new action point, edits the priority and removes a point from one form', async () => {
			const w = await running();
			const anna = await seated(w);
			const formId = randomUUID();
			expect(await postSheet(s.bus, anna, post({ formId, 'field-0': priorityField('factor'), 'value-0': 'beleid', 'base-0': '0', 'was-0': '', 'new-point': 'Werkgroep instellen' }), 'nl')).toBe(true);
			let view = (await sheetOf(w.id)).view;
			expect(view.priority.factorKey).toBe('beleid');
			expect(view.actionPoints.map((p) => p.text)).toEqual(['Werkgroep instellen']);
			const point = view.actionPoints[0]!;
			expect(point.id).toBe(derivedId(formId, 'new-point'));

			const textVersion = view.versions[actionField(point.id, 'text')]!;
			expect(await postSheet(s.bus, anna, post({ formId: randomUUID(), remove: `${point.id}:${textVersion}:0` }), 'nl')).toBe(true);
			view = (await sheetOf(w.id)).view;
			expect(view.actionPoints).toEqual([]);
		});

		it('says which field the sheet refused and stores nothing of it', async () => {
			const w = await running();
			const anna = await seated(w);
			const result = await postSheet(s.bus, anna, post({ formId: randomUUID(), 'field-0': factorField('infrastructuur', 'needed'), 'value-0': 'x', 'base-0': '0', 'was-0': '' }), 'nl');
			expect(result).toMatchObject({ status: 422, data: { errors: { [factorField('infrastructuur', 'needed')]: messages('nl').workshop.sheet.errors.unknown_field } } });
			const bad = await postSheet(s.bus, anna, post({ formId: randomUUID(), 'field-0': factorField('beleid', 'current'), 'value-0': '7', 'base-0': '0', 'was-0': '' }), 'nl');
			expect(bad).toMatchObject({ status: 400 });
			await expect(postSheet(s.bus, anna, post({ formId: randomUUID(), 'field-99': 'x' }), 'nl')).rejects.toBeInstanceOf(FormError);
			expect((await sheetOf(w.id)).view.versions).toEqual({});
		});

		it('stores each participant’s answers to the own questions and puts the room’s answers in the plan document', async () => {
			const w = await running();
			const anna = await seated(w);
			const bob = await seated(w);
			expect(await postOwnAnswers(s.bus, anna, post({ 'q:rooster': '2', 'q:wens': 'Meer tijd' }), 'nl')).toBe(true);
			expect(await postOwnAnswers(s.bus, bob, post({ 'q:rooster': 'unknown', 'q:wens': '' }), 'nl')).toBe(true);
			// Changing one's answer replaces it.
			expect(await postOwnAnswers(s.bus, anna, post({ 'q:rooster': '3', 'q:wens': 'Meer tijd' }), 'nl')).toBe(true);
			expect(await ownAnswers.listForParticipant(s.t.db, w.id, anna.participant.id)).toEqual([
				{ participantId: anna.participant.id, questionKey: 'rooster', phase: 3, text: '' },
				{ participantId: anna.participant.id, questionKey: 'wens', phase: null, text: 'Meer tijd' }
			]);
			// An empty answer is no answer.
			expect((await ownAnswers.listForParticipant(s.t.db, w.id, bob.participant.id)).map((a) => a.questionKey)).toEqual(['rooster']);

			expect(await postOwnAnswers(s.bus, anna, post({ 'q:rooster': '9' }), 'nl')).toMatchObject({ status: 400 });
			await expect(postOwnAnswers(s.bus, anna, post({ 'q:beleid': '1' }), 'nl')).rejects.toBeInstanceOf(FormError);

			const doc = await workshopPlanDocument(s.t.db, { workshop: w, instrument }, 'nl');
			expect(doc.ownQuestions.map((q) => q.question)).toEqual(['Hoe ver is het rooster?', 'Wat wil je nog kwijt?']);
			expect(doc.ownQuestions[0]!.answer).toContain(`1 × Fase 3`);
			expect(doc.ownQuestions[0]!.answer).toContain(`1 × weet ik niet`);
			expect(doc.ownQuestions[1]!.answer).toBe('– Meer tijd');
		});

		it('refuses an own answer once the workshop is closed, and refuses a phase outside 1 to 3 at the database', async () => {
			const w = await running();
			const anna = await seated(w);
			await runCommand(s.t.db, s.bus, w.id, { type: 'close' }, { instrument });
			expect(await postOwnAnswers(s.bus, anna, post({ 'q:rooster': '1' }), 'nl')).toMatchObject({ status: 409 });
			expect(await ownAnswers.listForWorkshop(s.t.db, w.id)).toEqual([]);
			await expect(
				sql`insert into workshop_own_answer (workshop_id, participant_id, question_key, phase, unknown, text, updated_at) values (${w.id}, ${anna.participant.id}, 'rooster', 4, 0, '', 'now')`.execute(s.t.db)
			).rejects.toThrow();
			// An answer filed under someone of another workshop is refused too.
			const other = await seated(await running());
			await expect(ownAnswers.save(s.t.db, w.id, other.participant.id, [{ questionKey: 'rooster', phase: 1, text: '' }])).rejects.toThrow();
		});

		it('tells the table when someone comes back after being away, and says nothing while they stay', async () => {
			const w = await running();
			const anna = await seated(w);
			const channel = `workshop:${w.id}`;
			const count = async () => Number((await s.t.db.selectFrom('event').select((e) => e.fn.countAll().as('n')).where('channel', '=', channel).where('type', '=', 'presence').executeTakeFirst())?.n ?? 0);
			expect(await noteArrival(s.bus, anna)).toBe(false); // just joined: present already
			const away = { ...anna, participant: { ...anna.participant, lastSeenAt: new Date(Date.now() - PRESENCE_WINDOW_MS - 1000).toISOString() } };
			expect(await noteArrival(s.bus, away)).toBe(true);
			expect(await count()).toBe(1);
			const event = await s.t.db.selectFrom('event').select('data').where('channel', '=', channel).where('type', '=', 'presence').executeTakeFirst();
			// The event names the table only, never the person.
			expect(JSON.parse(event!.data)).toEqual({ groupKey: 'table-1' });
		});
	});
}
