import { beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '$lib/server/db/test-db';
import { instrument, useWorkshopSuite } from './test-workshop';
import { randomUUID } from 'node:crypto';
import type { EventBus } from '$lib/server/events/bus';
import { findCategory } from '$lib/instrument/schema';
import { minutesField } from '$lib/workshop/workshop';
import { actionField } from '$lib/workshop/group-sheet';
import { newParticipantToken } from '$lib/workshop/join-code';
import * as workshops from './data/workshops';
import * as participants from './data/participants';
import * as reflections from './data/reflections';
import * as actionPoints from '$lib/plan/server/data/action-points';
import { editSheet, joinWorkshop, runCommand, setPreference, workshopChannel } from './live';
import * as leader from './leader';

const strategie = findCategory(instrument, 'strategie')!;

/** A bus whose events cannot be stored: whatever is written with one must not be stored either. */
function brokenBus(bus: EventBus): EventBus {
	const transaction: EventBus['transaction'] = (work) =>
		bus.transaction((trx) =>
			work(trx, async () => {
				throw new Error('the event store is away');
			})
		);
	return Object.assign(Object.create(bus) as EventBus, { transaction });
}

for (const dialect of DIALECTS) {
	describe(`the leader's changes on ${dialect}`, () => {
		const s = useWorkshopSuite(dialect);
		let broken: EventBus;
		beforeAll(() => {
			broken = brokenBus(s.bus);
		});
		const newWorkshop = () => s.newWorkshop();

		const events = async (id: string) => (await s.bus.since(workshopChannel(id), 0)).map((e) => e.type);
		const reread = async (id: string) => (await workshops.getById(s.t.db, id))!;
		const command = (id: string, c: Parameters<typeof runCommand>[3]) => runCommand(s.t.db, s.bus, id, c, { instrument });
		async function joined(w: workshops.Workshop, preference: string | null = null) {
			const r = await joinWorkshop(s.bus, await reread(w.id), { token: newParticipantToken(), displayName: '', preference });
			if (!r.ok) throw new Error(r.problem);
			return r.participant;
		}
		const firstField = (w: workshops.Workshop) => minutesField(w.agenda.steps[0]!, w.agenda.steps[0]!.parts[0]!);

		it('stores new step times with a settings event, and neither for a time out of range', async () => {
			const w = await newWorkshop();
			expect(await leader.setAgenda(s.bus, w.id, { [firstField(w)]: '7' })).toEqual({ ok: true });
			expect((await reread(w.id)).agenda.steps[0]!.parts[0]!.minutes).toBe(7);
			expect(await events(w.id)).toEqual(['settings']);

			const refused = await leader.setAgenda(s.bus, w.id, { [firstField(w)]: '0' });
			expect(refused).toMatchObject({ ok: false, problem: 'agenda' });
			expect((await reread(w.id)).agenda.steps[0]!.parts[0]!.minutes).toBe(7);
			expect(await events(w.id)).toEqual(['settings']);
		});

		it('stores no change whose event cannot be stored', async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'open_joining' });
			await joined(w);
			const before = await events(w.id);
			await expect(leader.setAgenda(broken, w.id, { [firstField(w)]: '9' })).rejects.toThrow('the event store is away');
			await expect(leader.saveReflection(broken, w.id, 'experience', 'Goed')).rejects.toThrow();
			await expect(leader.distribute(broken, w.id)).rejects.toThrow();
			await expect(leader.setAskNames(broken, w.id, true)).rejects.toThrow();
			await expect(leader.share(broken, w.id)).rejects.toThrow();
			await expect(joinWorkshop(broken, await reread(w.id), { token: newParticipantToken(), displayName: '', preference: null })).rejects.toThrow();

			const after = await reread(w.id);
			expect(after.agenda).toEqual(w.agenda);
			expect(after.askNames).toBe(false);
			expect(after.shared).toBe(false);
			expect(await reflections.list(s.t.db, w.id)).toEqual([]);
			const list = await participants.listForWorkshop(s.t.db, w.id);
			expect(list).toHaveLength(1);
			expect(list[0]!.groupKey).toBeNull();
			expect(await events(w.id)).toEqual(before);
		});

		it('refuses every change once the workshop is closed, and stores nothing', async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'open_joining' });
			const p = await joined(w);
			await command(w.id, { type: 'close' });
			const before = await events(w.id);
			const closed = { ok: false, problem: 'closed' };
			expect(await leader.setAgenda(s.bus, w.id, { [firstField(w)]: '9' })).toEqual(closed);
			expect(await leader.setTableCount(s.bus, w.id, instrument, 2)).toEqual(closed);
			expect(await leader.mapTable(s.bus, w.id, instrument, 'table-1', ['strategie'])).toEqual(closed);
			expect(await leader.distribute(s.bus, w.id)).toEqual(closed);
			expect(await leader.moveParticipant(s.bus, w.id, p.id, 'table-1')).toEqual(closed);
			expect(await leader.setAskNames(s.bus, w.id, true)).toEqual(closed);
			expect(await leader.saveReflection(s.bus, w.id, 'experience', 'Laat')).toEqual(closed);
			expect(await leader.takeSheets(s.bus, w.id, instrument, 'strategie')).toEqual(closed);
			expect(await leader.choosePlanGroup(s.bus, w.id, 'strategie', 'table-1')).toEqual(closed);
			const me = { workshop: await reread(w.id), instrument, participant: p };
			expect(await setPreference(s.bus, me, 'strategie')).toEqual(closed);
			expect(await events(w.id)).toEqual(before);
			expect((await reread(w.id)).askNames).toBe(false);
			expect(await reflections.list(s.t.db, w.id)).toEqual([]);
		});

		it('unseats the people at a table that is gone when the leader chooses fewer tables', async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'open_joining' });
			for (let i = 0; i < 6; i++) await joined(w);
			expect(await leader.distribute(s.bus, w.id, () => 0.5)).toEqual({ ok: true, seated: 6 });
			expect(await leader.setTableCount(s.bus, w.id, instrument, 13)).toEqual({ ok: false, problem: 'count' });
			expect(await leader.setTableCount(s.bus, w.id, instrument, 2)).toEqual({ ok: true });
			const list = await participants.listForWorkshop(s.t.db, w.id);
			expect(list.filter((p) => p.groupKey === null)).toHaveLength(2);
			expect(list.every((p) => p.groupKey === null || ['table-1', 'table-2'].includes(p.groupKey))).toBe(true);
			expect((await reread(w.id)).groups.map((g) => g.key)).toEqual(['table-1', 'table-2']);
			expect((await events(w.id)).slice(-2)).toEqual(['participants', 'participants']);
		});

		it("records the leader's seating and the room's answers under the workshop in the audit trail, naming fields only", async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'open_joining' });
			const people = [await joined(w), await joined(w), await joined(w)];
			const trail = () => s.t.db.selectFrom('audit_event').select(['object_kind', 'fields']).where('object_id', '=', w.id).orderBy('id').execute();
			// Made and opened (joining): the entries before the leader seats anyone.
			const before = (await trail()).length;
			await leader.distribute(s.bus, w.id, () => 0.5);
			await leader.moveParticipant(s.bus, w.id, people[0]!.id, 'table-2');
			await leader.saveReflection(s.bus, w.id, 'experience', 'Leerzaam, met namen: Ada');
			const entries = (await trail()).slice(before);
			// Repeats within a minute add no row (decision record 0044): one row per kind of change.
			expect(entries).toEqual([
				{ object_kind: 'workshop', fields: 'seating' },
				{ object_kind: 'workshop', fields: 'reflections' }
			]);
			// Nothing names a participant or repeats what was written.
			const rows = JSON.stringify(await s.t.db.selectFrom('audit_event').selectAll().where('object_id', '=', w.id).execute());
			for (const p of people) expect(rows).not.toContain(p.id);
			expect(rows).not.toContain('Ada');
		});

		it('maps categories to a table only when every category keeps a table', async () => {
			const w = await newWorkshop();
			expect(await leader.mapTable(s.bus, w.id, instrument, 'table-9', ['strategie'])).toEqual({ ok: false, problem: 'unknown_group' });
			const refused = await leader.mapTable(s.bus, w.id, instrument, 'table-1', []);
			expect(refused).toMatchObject({ ok: false, problem: 'mapping' });
			expect(await events(w.id)).toEqual([]);
			const all = instrument.categories.map((c) => c.key);
			expect(await leader.mapTable(s.bus, w.id, instrument, 'table-1', all)).toEqual({ ok: true });
			expect((await reread(w.id)).groups.find((g) => g.key === 'table-1')!.categoryKeys).toEqual(all);
			expect(await events(w.id)).toEqual(['participants']);
		});

		it('stores a reflection with its event, and refuses an unknown question or a text too long', async () => {
			const w = await newWorkshop();
			expect(await leader.saveReflection(s.bus, w.id, 'nope', 'x')).toEqual({ ok: false, problem: 'unknown_question' });
			expect(await leader.saveReflection(s.bus, w.id, 'experience', 'x'.repeat(100_000))).toEqual({ ok: false, problem: 'too_long' });
			expect(await leader.saveReflection(s.bus, w.id, 'experience', 'Leerzaam')).toEqual({ ok: true });
			expect((await reflections.list(s.t.db, w.id)).map((r) => r.text)).toEqual(['Leerzaam']);
			expect(await events(w.id)).toEqual(['reflections']);
		});

		it('takes the sheets into the plan with the state change that reaches the plenary, in one transaction', async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'start' });
			await editSheet(s.bus, w.id, 'table-1', strategie, { field: actionField(randomUUID(), 'text'), value: 'Visie delen', baseVersion: 0, editId: randomUUID(), author: randomUUID() });
			const discuss = w.agenda.steps.findIndex((s) => s.key === 'discuss:strategie');
			expect((await command(w.id, { type: 'move_to', stepIndex: discuss })).ok).toBe(true);
			expect((await actionPoints.list(s.t.db, w.actionPlanId)).map((p) => p.text)).toEqual(['Visie delen']);
			expect((await events(w.id)).slice(-2)).toEqual(['state', 'plan']);
			// Taking them again adds nothing and tells nobody.
			expect(await leader.takeSheets(s.bus, w.id, instrument, 'strategie')).toEqual({ ok: true, added: 0 });
			expect(await leader.takeSheets(s.bus, w.id, instrument, 'nope')).toEqual({ ok: false, problem: 'unknown_category' });
			expect((await events(w.id)).slice(-1)).toEqual(['plan']);
			expect(await leader.choosePlanGroup(s.bus, w.id, 'strategie', 'table-2')).toEqual({ ok: false, problem: 'unknown_plan_group' });
			expect(await leader.choosePlanGroup(s.bus, w.id, 'strategie', 'table-1')).toEqual({ ok: true });
			expect((await reread(w.id)).planGroups).toEqual({ strategie: 'table-1' });
		});

		it('stores a change of the action plan with its plan event, and refuses it once the workshop closed', async () => {
			const w = await newWorkshop();
			const closed = () => new Error('closed');
			const transaction = leader.planTransaction(s.bus, w.id, closed);
			const point = { categoryKey: 'strategie', text: 'Beleid', factorKeys: [], owner: '', dueDate: null, status: 'open' as const, successCriterion: '' };
			await transaction(async (trx, changed) => {
				await actionPoints.add(trx, w.actionPlanId, point);
				await changed();
			});
			expect(await actionPoints.list(s.t.db, w.actionPlanId)).toHaveLength(1);
			expect(await events(w.id)).toEqual(['plan']);

			await expect(
				leader.planTransaction(broken, w.id, closed)(async (trx, changed) => {
					await actionPoints.add(trx, w.actionPlanId, point);
					await changed();
				})
			).rejects.toThrow('the event store is away');
			expect(await actionPoints.list(s.t.db, w.actionPlanId)).toHaveLength(1);

			await command(w.id, { type: 'close' });
			await expect(transaction(async (trx) => actionPoints.add(trx, w.actionPlanId, point))).rejects.toThrow('closed');
			expect(await actionPoints.list(s.t.db, w.actionPlanId)).toHaveLength(1);
		});

		it('stores a participant’s table preference with its event, and refuses an unknown category', async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'open_joining' });
			const p = await joined(w);
			const me = { workshop: await reread(w.id), instrument, participant: p };
			expect(await setPreference(s.bus, me, 'nope')).toEqual({ ok: false, problem: 'unknown_preference' });
			expect(await setPreference(s.bus, me, 'strategie')).toEqual({ ok: true });
			expect((await participants.getInWorkshop(s.t.db, w.id, p.id))!.preference).toBe('strategie');
			expect((await events(w.id)).slice(-2)).toEqual(['participants', 'participants']);
		});

		it('makes and ends the read-only link, each with a settings event', async () => {
			const w = await newWorkshop();
			const token = await leader.share(s.bus, w.id);
			expect((await workshops.findByShareToken(s.t.db, token))?.id).toBe(w.id);
			await leader.unshare(s.bus, w.id);
			expect(await workshops.findByShareToken(s.t.db, token)).toBeUndefined();
			expect(await events(w.id)).toEqual(['settings', 'settings']);
		});
	});
}
