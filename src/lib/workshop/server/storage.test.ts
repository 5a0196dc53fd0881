import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import { InProcessBus } from '$lib/server/events/bus';
import { loadInstrument } from '$lib/instrument';
import { findCategory } from '$lib/instrument/schema';
import { applyCommand, defaultAgenda, type WorkshopCommand } from '$lib/workshop/workshop';
import { defaultGroups } from '$lib/workshop/table-groups';
import { actionField, factorField, priorityField, type SheetEdit } from '$lib/workshop/group-sheet';
import { newParticipantToken } from '$lib/workshop/join-code';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import * as units from '$lib/accounts/server/data/units';
import * as actionPoints from '$lib/plan/server/data/action-points';
import * as workshops from './data/workshops';
import * as participants from './data/participants';
import * as participantScores from './data/participant-scores';
import * as groupSheets from './data/group-sheets';
import * as reflections from './data/reflections';

// Pinned to version 1 so a new version of the instrument does not change what these tests mean.
const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const strategie = findCategory(instrument, 'strategie')!;
const structuur = findCategory(instrument, 'structuur')!;
// defaultGroups: table-1 analyses strategie, table-2 structuur, table-3 support.
const STRATEGIE_GROUP = 'table-1';

for (const dialect of DIALECTS) {
	describe(`workshop storage on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let otherInstitutionId: string;
		let leaderId: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Test')).id;
			otherInstitutionId = (await institutions.create(t.db, 'Universiteit Elders')).id;
			leaderId = (
				await users.create(t.db, { institutionId, email: 'leider@example.nl', name: 'Leider', passwordHash: 'x', role: 'facilitator' })
			).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		function newWorkshop(title = 'Aanzet tot een actieplan', leader = leaderId): Promise<string> {
			return workshops.create(t.db, {
				institutionId,
				unitId: null,
				level: 'institution',
				title,
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				leaderId: leader,
				agenda: defaultAgenda(instrument),
				groups: defaultGroups(instrument),
				askNames: false
			});
		}

		/** Applies a leader's command the way a route does: read, apply, store on the revision read. */
		async function command(id: string, cmd: WorkshopCommand): Promise<void> {
			const w = (await workshops.getInInstitution(t.db, institutionId, id))!;
			const result = applyCommand(w.state, cmd, w.agenda, Date.now());
			if (!result.ok) throw new Error(result.problem);
			expect(await workshops.saveState(t.db, id, result.state, w.revision)).toBe(w.revision + 1);
		}

		/** A workshop people can join, with its code. */
		async function openWorkshop(): Promise<{ id: string; code: string }> {
			const id = await newWorkshop();
			await command(id, { type: 'open_joining' });
			const { code } = await workshops.issueJoinCode(t.db, id);
			return { id, code };
		}

		async function joined(workshopId: string, displayName = ''): Promise<participants.Participant> {
			const result = await participants.join(t.db, workshopId, { token: newParticipantToken(), displayName, preference: null });
			if (!result.ok) throw new Error(result.problem);
			return result.participant;
		}

		const edit = (field: string, value: SheetEdit['value'], author: string, baseVersion = 0): SheetEdit => ({
			field,
			value,
			baseVersion,
			editId: randomUUID(),
			author
		});

		it('creates a workshop and its action plan together, readable only by its own institution', async () => {
			const id = await newWorkshop('Workshop 2026');
			const workshop = await workshops.getInInstitution(t.db, institutionId, id);
			expect(workshop).toMatchObject({
				title: 'Workshop 2026',
				leaderId,
				askNames: false,
				joinCode: null,
				shared: false,
				closedAt: null,
				state: { phase: 'preparing', stepIndex: 0, joiningOpen: false }
			});
			expect(workshop!.groups.map((g) => g.categoryKeys)).toEqual([['strategie'], ['structuur'], ['support']]);
			const plan = await t.db.selectFrom('action_plan').selectAll().where('id', '=', workshop!.actionPlanId).executeTakeFirst();
			expect(plan?.institution_id).toBe(institutionId);

			expect(await workshops.getInInstitution(t.db, otherInstitutionId, id)).toBeUndefined();
			expect((await workshops.listForInstitution(t.db, otherInstitutionId)).map((w) => w.id)).not.toContain(id);
			expect((await workshops.listForInstitution(t.db, institutionId)).map((w) => w.id)).toContain(id);
		});

		it('leaves no action plan behind when the workshop cannot be created', async () => {
			const plansBefore = await t.db.selectFrom('action_plan').select('id').execute();
			await expect(newWorkshop('Geen leider', 'no-such-user')).rejects.toThrow();
			const plansAfter = await t.db.selectFrom('action_plan').select('id').execute();
			expect(plansAfter).toHaveLength(plansBefore.length);
		});

		it('stores nothing when a leader command was made on an older revision', async () => {
			const id = await newWorkshop();
			const read = (await workshops.getInInstitution(t.db, institutionId, id))!;
			const started = applyCommand(read.state, { type: 'start' }, read.agenda, Date.now());
			const joining = applyCommand(read.state, { type: 'open_joining' }, read.agenda, Date.now());
			if (!started.ok || !joining.ok) throw new Error('commands refused');
			expect(await workshops.saveState(t.db, id, started.state, read.revision)).toBe(read.revision + 1);
			expect(await workshops.saveState(t.db, id, joining.state, read.revision)).toBeUndefined();
			const after = (await workshops.getInInstitution(t.db, institutionId, id))!;
			expect(after.state).toMatchObject({ phase: 'running', joiningOpen: false });
		});

		it('finds a workshop by its join code only while joining is open and the code unexpired', async () => {
			const id = await newWorkshop();
			const { code, expiresAt } = await workshops.issueJoinCode(t.db, id);
			expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
			expect(await workshops.findByJoinCode(t.db, code)).toBeUndefined(); // not opened yet

			await command(id, { type: 'open_joining' });
			expect((await workshops.findByJoinCode(t.db, code))?.id).toBe(id);
			expect(await workshops.findByJoinCode(t.db, code, new Date(Date.parse(expiresAt) + 1))).toBeUndefined();
			expect(await workshops.findByJoinCode(t.db, code.toLowerCase())).toBeUndefined(); // only the canonical form

			await command(id, { type: 'close_joining' });
			expect(await workshops.findByJoinCode(t.db, code)).toBeUndefined();
		});

		it('does not let anyone in by the code of a closed workshop', async () => {
			const { id, code } = await openWorkshop();
			expect((await workshops.findByJoinCode(t.db, code))?.id).toBe(id);
			await command(id, { type: 'start' });
			await command(id, { type: 'close' });
			expect(await workshops.findByJoinCode(t.db, code)).toBeUndefined();
			const closed = (await workshops.getInInstitution(t.db, institutionId, id))!;
			expect(closed.closedAt).not.toBeNull();
			expect(closed.state.phase).toBe('closed');
			// Closing again (a retried request) keeps the first closing time.
			expect(await workshops.saveState(t.db, id, closed.state)).toBe(closed.revision + 1);
			expect((await workshops.getInInstitution(t.db, institutionId, id))!.closedAt).toBe(closed.closedAt);
		});

		it('never gives two workshops the same join code', async () => {
			const { code: taken } = await openWorkshop();
			const other = await newWorkshop();
			const drawn = ['ABCDEFGHJ', 'KMNPQRSTU'];
			const codes = [taken, ...drawn];
			const issued = await workshops.issueJoinCode(t.db, other, new Date(), () => codes.shift()!);
			expect(issued.code).toBe('ABCDEFGHJ');
			// The unique index holds even when the check is bypassed.
			await expect(t.db.updateTable('workshop').set({ join_code: taken }).where('id', '=', other).execute()).rejects.toThrow();
		});

		it('finds a participant by the hash of their token and never stores the token itself', async () => {
			const { id } = await openWorkshop();
			const token = newParticipantToken();
			const result = await participants.join(t.db, id, { token, displayName: 'Anna <b>', preference: 'strategie' });
			if (!result.ok) throw new Error(result.problem);
			const found = await participants.byToken(t.db, token);
			expect(found).toEqual(result.participant);
			expect(found).toMatchObject({ workshopId: id, displayName: 'Anna <b>', preference: 'strategie', groupKey: null });
			expect(await participants.byToken(t.db, newParticipantToken())).toBeUndefined();

			const rows = await t.db.selectFrom('participant').selectAll().where('workshop_id', '=', id).execute();
			expect(JSON.stringify(rows)).not.toContain(token);
			expect(rows[0]!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
		});

		it('lets nobody join once joining is closed, the code expired or the workshop is full', async () => {
			const { id } = await openWorkshop();
			const token = () => ({ token: newParticipantToken(), displayName: '', preference: null });
			const later = new Date(Date.now() + 5 * 3600 * 1000);
			expect(await participants.join(t.db, id, token(), later)).toEqual({ ok: false, problem: 'not_open' });

			await t.db.transaction().execute(async (trx) => {
				for (let i = 0; i < participants.MAX_PARTICIPANTS_PER_WORKSHOP; i++) {
					expect((await participants.join(trx, id, token())).ok).toBe(true);
				}
			});
			expect(await participants.join(t.db, id, token())).toEqual({ ok: false, problem: 'full' });

			const { id: closing } = await openWorkshop();
			await command(closing, { type: 'close_joining' });
			expect(await participants.join(t.db, closing, token())).toEqual({ ok: false, problem: 'not_open' });
		});

		it('never lists or moves the participants of one workshop in another', async () => {
			const a = await openWorkshop();
			const b = await openWorkshop();
			const anna = await joined(a.id, 'Anna');
			const bram = await joined(b.id, 'Bram');
			expect((await participants.listForWorkshop(t.db, a.id)).map((p) => p.id)).toEqual([anna.id]);
			expect((await participants.listForWorkshop(t.db, b.id)).map((p) => p.id)).toEqual([bram.id]);
			expect(await participants.getInWorkshop(t.db, b.id, anna.id)).toBeUndefined();
			expect(await participants.assign(t.db, b.id, anna.id, 'table-1')).toBe(false);
			expect(await participants.assignAll(t.db, b.id, new Map([[anna.id, 'table-1'], [bram.id, 'table-2']]))).toBe(1);
			expect((await participants.getInWorkshop(t.db, a.id, anna.id))?.groupKey).toBeNull();
			expect((await participants.getInWorkshop(t.db, b.id, bram.id))?.groupKey).toBe('table-2');
			// The database itself refuses a score filed under the other workshop.
			await expect(
				participantScores.save(t.db, b.id, anna.id, { factorKey: 'beleid', current: 1, desired: 2 }, randomUUID())
			).rejects.toThrow();
			expect(await participantScores.listForWorkshop(t.db, b.id)).toEqual([]);
		});

		it('saves a participant score once per client id and never duplicates its row', async () => {
			const { id } = await openWorkshop();
			const anna = await joined(id);
			const first = randomUUID();
			const score = { factorKey: 'beleid', current: 1 as const, desired: 3 as const };
			expect(await participantScores.save(t.db, id, anna.id, score, first)).toBe('saved');
			expect(await participantScores.save(t.db, id, anna.id, score, first)).toBe('duplicate');

			// Retries arriving together: one row, whatever order they land in.
			const second = randomUUID();
			const retried = await Promise.all(
				Array.from({ length: 5 }, () =>
					participantScores.save(t.db, id, anna.id, { factorKey: 'beleid', current: 'unknown', desired: 2 }, second)
				)
			);
			expect(retried).toContain('saved');
			const rows = await t.db.selectFrom('participant_score').selectAll().where('participant_id', '=', anna.id).execute();
			expect(rows).toHaveLength(1);
			expect(rows[0]!.client_id).toBe(second);
			expect(await participantScores.listForParticipant(t.db, id, anna.id)).toEqual([
				{ participantId: anna.id, factorKey: 'beleid', current: 'unknown', desired: 2 }
			]);
		});

		it('lists the scores of the members now seated at a group, for its spread', async () => {
			const { id } = await openWorkshop();
			const [anna, bram, cas] = [await joined(id), await joined(id), await joined(id)];
			await participants.assignAll(t.db, id, new Map([[anna.id, 'table-1'], [bram.id, 'table-1'], [cas.id, 'table-2']]));
			for (const [who, phase] of [[anna, 1], [bram, 2], [cas, 3]] as const) {
				await participantScores.save(t.db, id, who.id, { factorKey: 'beleid', current: phase, desired: 3 }, randomUUID());
			}
			const group = await participantScores.listForGroup(t.db, id, 'table-1');
			expect(group.map((s) => [s.participantId, s.current]).sort()).toEqual(
				[[anna.id, 1], [bram.id, 2]].sort()
			);
			// Moving Cas takes his scores along.
			await participants.assign(t.db, id, cas.id, 'table-1');
			expect(await participantScores.listForGroup(t.db, id, 'table-1')).toHaveLength(3);
			expect(await participantScores.listForGroup(t.db, id, 'table-2')).toEqual([]);
		});

		it('keeps every one of concurrent edits of one field on the same version: one applied, the others alternatives', async () => {
			const { id } = await openWorkshop();
			const members = await Promise.all(Array.from({ length: 6 }, () => joined(id)));
			// The sheet exists already, so only its row lock stands between the edits.
			await groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, edit(factorField('beleid', 'current'), 1, members[0]!.id), strategie);
			const field = factorField('beleid', 'needed');
			const texts = members.map((_, i) => `Voorstel ${i}`);
			const results = await Promise.all(
				members.map((member, i) => groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, edit(field, texts[i]!, member.id), strategie))
			);
			expect(results.map((r) => r.outcome).sort()).toEqual(['applied', ...Array(5).fill('conflict')]);

			const loaded = (await groupSheets.load(t.db, id, STRATEGIE_GROUP, strategie))!;
			expect(loaded.version).toBe(7);
			const current = loaded.view.factors.find((f) => f.factorKey === 'beleid')!.needed;
			const conflict = loaded.view.conflicts.find((c) => c.field === field)!;
			expect(conflict.value).toBe(current);
			expect([current, ...conflict.choices.map((c) => c.value)].sort()).toEqual(texts);
		});

		it('applies a retried edit id once and reports what happened the first time', async () => {
			const { id } = await openWorkshop();
			const anna = await joined(id);
			const first = edit(factorField('beleid', 'current'), 2, anna.id);
			const applied = await groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, first, strategie);
			expect(applied).toMatchObject({ outcome: 'applied', version: 1 });
			const retry = await groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, first, strategie);
			expect(retry).toMatchObject({ outcome: 'duplicate', original: 'applied', version: 1 });

			// The same edit sent twice at once (a retry racing the original): applied once.
			const twice = edit(factorField('beleid', 'desired'), 3, anna.id);
			const raced = await Promise.all([
				groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, twice, strategie),
				groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, twice, strategie)
			]);
			expect(raced.map((r) => r.outcome).sort()).toEqual(['applied', 'duplicate']);
			const loaded = (await groupSheets.load(t.db, id, STRATEGIE_GROUP, strategie))!;
			expect(loaded.version).toBe(2);
			expect(loaded.sheet.editIds).toEqual([first.editId, twice.editId]);
			const stored = await t.db.selectFrom('sheet_edit').select(['edit_id', 'outcome']).where('workshop_id', '=', id).execute();
			expect(stored.map((r) => r.outcome)).toEqual(['applied', 'applied']);
		});

		it('lands 20 concurrent edits of different fields', async () => {
			const { id } = await openWorkshop();
			const members = await Promise.all(Array.from({ length: 4 }, () => joined(id)));
			const actionIds = Array.from({ length: 20 }, () => randomUUID());
			const results = await Promise.all(
				actionIds.map((actionId, i) =>
					groupSheets.applyEdit(
						t.db,
						id,
						STRATEGIE_GROUP,
						edit(actionField(actionId, 'text'), `Actiepunt ${i}`, members[i % members.length]!.id),
						strategie
					)
				)
			);
			expect(results.map((r) => r.outcome)).toEqual(Array(20).fill('applied'));
			const loaded = (await groupSheets.load(t.db, id, STRATEGIE_GROUP, strategie))!;
			expect(loaded.version).toBe(20);
			expect(loaded.view.actionPoints.map((p) => p.text).sort()).toEqual(actionIds.map((_, i) => `Actiepunt ${i}`).sort());
		});

		it('changes no sheet of a closed workshop, an unknown group or a category the group does not analyse', async () => {
			const { id } = await openWorkshop();
			const anna = await joined(id);
			const field = factorField('beleid', 'current');
			expect(await groupSheets.applyEdit(t.db, id, 'table-9', edit(field, 1, anna.id), strategie)).toEqual({ outcome: 'not_found' });
			expect(await groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, edit(field, 1, anna.id), structuur)).toEqual({ outcome: 'not_found' });
			expect(await groupSheets.load(t.db, id, STRATEGIE_GROUP, structuur)).toBeUndefined();
			expect(await groupSheets.applyEdit(t.db, randomUUID(), STRATEGIE_GROUP, edit(field, 1, anna.id), strategie)).toEqual({ outcome: 'not_found' });

			await command(id, { type: 'start' });
			await command(id, { type: 'close' });
			expect(await groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, edit(field, 1, anna.id), strategie)).toEqual({ outcome: 'read_only' });
			expect(await groupSheets.listForWorkshop(t.db, id)).toEqual([]);
			expect(await t.db.selectFrom('sheet_edit').select('edit_id').where('workshop_id', '=', id).execute()).toEqual([]);
		});

		it('does not use up the id of a refused edit, so the corrected edit can be sent with it', async () => {
			const { id } = await openWorkshop();
			const anna = await joined(id);
			const wrong = edit(factorField('beleid', 'current'), 7, anna.id);
			const refused = await groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, wrong, strategie);
			expect(refused).toMatchObject({ outcome: 'rejected', problem: 'invalid_value', version: 0 });
			const corrected = await groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, { ...wrong, value: 3 }, strategie);
			expect(corrected).toMatchObject({ outcome: 'applied', version: 1 });
		});

		it('settles a conflict through the same transaction as an edit', async () => {
			const { id } = await openWorkshop();
			const [anna, bram] = [await joined(id), await joined(id)];
			const field = priorityField('reason');
			await groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, edit(field, 'Eerst beleid', anna.id), strategie);
			const conflict = await groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, edit(field, 'Eerst visie', bram.id), strategie);
			expect(conflict.outcome).toBe('conflict');
			const open = (await groupSheets.load(t.db, id, STRATEGIE_GROUP, strategie))!.view.conflicts[0]!;
			const resolution = {
				field,
				value: 'Eerst visie, dan beleid',
				resolves: open.choices.flatMap((c) => c.editIds),
				baseVersion: open.version,
				editId: randomUUID(),
				author: anna.id
			};
			expect(await groupSheets.resolve(t.db, id, STRATEGIE_GROUP, resolution, strategie)).toMatchObject({ outcome: 'applied' });
			expect(await groupSheets.resolve(t.db, id, STRATEGIE_GROUP, resolution, strategie)).toMatchObject({
				outcome: 'duplicate',
				original: 'applied'
			});
			const view = (await groupSheets.load(t.db, id, STRATEGIE_GROUP, strategie))!.view;
			expect(view.priority.reason).toBe('Eerst visie, dan beleid');
			expect(view.conflicts).toEqual([]);
		});

		it('stores a sheet edit and its event together through the event bus, or neither', async () => {
			const { id } = await openWorkshop();
			const anna = await joined(id);
			const bus = new InProcessBus(t);
			const channel = `workshop:${id}`;
			try {
				const field = factorField('beleid', 'needed');
				const result = await bus.transaction(async (trx, publish) => {
					const r = await groupSheets.applyEdit(trx, id, STRATEGIE_GROUP, edit(field, 'Samen', anna.id), strategie);
					if (r.outcome === 'applied') await publish(channel, 'sheet', { groupKey: STRATEGIE_GROUP, version: r.version });
					return r;
				});
				expect(result.outcome).toBe('applied');
				expect((await bus.since(channel, 0)).map((e) => e.data)).toEqual([{ groupKey: STRATEGIE_GROUP, version: 1 }]);

				const lost = edit(field, 'Nooit opgeslagen', anna.id, 1);
				await expect(
					bus.transaction(async (trx, publish) => {
						await groupSheets.applyEdit(trx, id, STRATEGIE_GROUP, lost, strategie);
						await publish(channel, 'sheet', { groupKey: STRATEGIE_GROUP, version: 2 });
						throw new Error('the route failed after the edit');
					})
				).rejects.toThrow('the route failed');
				expect(await bus.since(channel, 0)).toHaveLength(1);
				const loaded = (await groupSheets.load(t.db, id, STRATEGIE_GROUP, strategie))!;
				expect(loaded).toMatchObject({ version: 1 });
				expect(loaded.view.factors.find((f) => f.factorKey === 'beleid')!.needed).toBe('Samen');
				// Rolled back entirely: the edit id is free, so the client's retry is applied.
				expect(await groupSheets.applyEdit(t.db, id, STRATEGIE_GROUP, lost, strategie)).toMatchObject({ outcome: 'applied' });
			} finally {
				await bus.close();
			}
		});

		it('keeps one answer per reflection question, replaced when saved again', async () => {
			const { id } = await openWorkshop();
			const other = await openWorkshop();
			await reflections.save(t.db, id, 'actionPlan', 'De teamleider');
			await reflections.save(t.db, id, 'insight', '=1+1 <script>');
			await reflections.save(t.db, id, 'actionPlan', 'De opleidingsmanager');
			expect((await reflections.list(t.db, id)).map((r) => [r.questionKey, r.text])).toEqual([
				['actionPlan', 'De opleidingsmanager'],
				['insight', '=1+1 <script>']
			]);
			expect(await reflections.list(t.db, other.id)).toEqual([]);
		});

		it('opens the read-only result by its share token only until the link is withdrawn', async () => {
			const id = await newWorkshop();
			const token = await workshops.share(t.db, id);
			expect((await workshops.findByShareToken(t.db, token))?.id).toBe(id);
			expect((await workshops.getInInstitution(t.db, institutionId, id))?.shared).toBe(true);
			const stored = await t.db.selectFrom('workshop').select('share_token_hash').where('id', '=', id).executeTakeFirstOrThrow();
			expect(stored.share_token_hash).not.toBe(token);
			const replaced = await workshops.share(t.db, id);
			expect(await workshops.findByShareToken(t.db, token)).toBeUndefined();
			await workshops.unshare(t.db, id);
			expect(await workshops.findByShareToken(t.db, replaced)).toBeUndefined();
		});

		it('keeps a unit that a workshop is for from being deleted until the workshop is gone', async () => {
			const unit = await units.create(t.db, institutionId, 'Faculteit Werkvorm', 'sector');
			const id = await workshops.create(t.db, {
				institutionId,
				unitId: unit.id,
				level: 'sector',
				title: 'Faculteitsworkshop',
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				leaderId,
				agenda: defaultAgenda(instrument),
				groups: defaultGroups(instrument),
				askNames: false
			});
			expect(await units.isInUse(t.db, unit.id)).toBe(true);
			expect(await workshops.remove(t.db, institutionId, id)).toBe(true);
			expect(await units.isInUse(t.db, unit.id)).toBe(false);
		});

		it('removes a workshop with its participants, scores, sheets, reflections and action plan', async () => {
			const { id } = await openWorkshop();
			const keep = await openWorkshop();
			for (const workshopId of [id, keep.id]) {
				const anna = await joined(workshopId);
				await participants.assign(t.db, workshopId, anna.id, STRATEGIE_GROUP);
				await participantScores.save(t.db, workshopId, anna.id, { factorKey: 'beleid', current: 1, desired: 2 }, randomUUID());
				await groupSheets.applyEdit(t.db, workshopId, STRATEGIE_GROUP, edit(factorField('beleid', 'current'), 1, anna.id), strategie);
				await reflections.save(t.db, workshopId, 'experience', 'Goed');
			}
			const planId = (await workshops.getInInstitution(t.db, institutionId, id))!.actionPlanId;
			await actionPoints.add(t.db, planId, {
				categoryKey: 'strategie',
				text: 'Beleid schrijven',
				factorKeys: ['beleid'],
				owner: '',
				dueDate: null,
				status: 'open',
				successCriterion: ''
			});

			expect(await workshops.remove(t.db, otherInstitutionId, id)).toBe(false);
			expect(await workshops.remove(t.db, institutionId, id)).toBe(true);
			expect(await workshops.getInInstitution(t.db, institutionId, id)).toBeUndefined();
			const left = async (table: 'participant' | 'participant_score' | 'group_sheet' | 'sheet_edit' | 'reflection', workshopId: string) =>
				(await t.db.selectFrom(table).select('workshop_id').where('workshop_id', '=', workshopId).execute()).length;
			for (const table of ['participant', 'participant_score', 'group_sheet', 'sheet_edit', 'reflection'] as const) {
				expect(await left(table, id), table).toBe(0);
				expect(await left(table, keep.id), table).toBe(1);
			}
			expect(await t.db.selectFrom('action_plan').select('id').where('id', '=', planId).execute()).toEqual([]);
			expect(await t.db.selectFrom('action_point').select('id').where('action_plan_id', '=', planId).execute()).toEqual([]);
		});

		it('counts the participants of each workshop in the institution list', async () => {
			const { id } = await openWorkshop();
			await joined(id);
			await joined(id);
			const summary = (await workshops.listForInstitution(t.db, institutionId)).find((w) => w.id === id);
			expect(summary?.participants).toBe(2);
		});

		it('refuses a phase outside 1 to 3 in a participant score at the database too', async () => {
			const { id } = await openWorkshop();
			const anna = await joined(id);
			await expect(
				sql`insert into participant_score (workshop_id, participant_id, factor_key, current_phase, current_unknown, desired_phase, desired_unknown, client_id, updated_at)
					values (${id}, ${anna.id}, 'beleid', 4, 0, 1, 0, 'x', 'now')`.execute(t.db)
			).rejects.toThrow();
		});
	});
}
