import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import { InProcessBus } from '$lib/server/events/bus';
import { loadInstrument } from '$lib/instrument';
import { findCategory } from '$lib/instrument/schema';
import { defaultAgenda } from '$lib/workshop/workshop';
import { defaultGroups } from '$lib/workshop/table-groups';
import { actionField, factorField, priorityField } from '$lib/workshop/group-sheet';
import { newParticipantToken } from '$lib/workshop/join-code';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import * as workshops from './data/workshops';
import * as participants from './data/participants';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import * as actionPoints from '$lib/plan/server/data/action-points';
import { editSheet, runCommand, seatLateJoiner } from './live';
import { distribute, moveParticipant } from './leader';
import { workshopPlanDocument } from './access';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const strategie = findCategory(instrument, 'strategie')!;

for (const dialect of DIALECTS) {
	describe(`running a workshop on ${dialect}`, () => {
		let t: TestDb;
		let bus: InProcessBus;
		let institutionId: string;
		let leaderId: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			bus = new InProcessBus(t);
			institutionId = (await institutions.create(t.db, 'Hogeschool Test')).id;
			leaderId = (await users.create(t.db, { institutionId, email: 'l@example.nl', name: 'Leider', passwordHash: 'x', role: 'facilitator' })).id;
		});
		afterAll(async () => {
			await bus.close();
			await t.destroy();
		});

		async function newWorkshop(): Promise<workshops.Workshop> {
			const id = await workshops.create(t.db, {
				institutionId,
				unitId: null,
				level: 'institution',
				title: 'Aanzet',
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				leaderId,
				agenda: defaultAgenda(instrument),
				groups: defaultGroups(instrument),
				askNames: false
			});
			return (await workshops.getById(t.db, id))!;
		}
		const command = (id: string, c: Parameters<typeof runCommand>[3]) => runCommand(t.db, bus, id, c, { instrument });

		it('issues a join code when joining opens, and lets nobody in after it closes', async () => {
			const w = await newWorkshop();
			expect((await command(w.id, { type: 'open_joining' })).ok).toBe(true);
			const open = (await workshops.getById(t.db, w.id))!;
			expect(open.joinCode).toMatch(/^[2-9A-Z]{9}$/);
			expect((await workshops.findByJoinCode(t.db, open.joinCode!))?.id).toBe(w.id);
			await command(w.id, { type: 'close_joining' });
			expect(await workshops.findByJoinCode(t.db, open.joinCode!)).toBeUndefined();
		});

		it('takes a group’s sheet into the action plan when the room reaches its category, once', async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'start' });
			const author = randomUUID();
			const edit = (field: string, value: string | null) =>
				editSheet(bus, w.id, 'table-1', strategie, { field, value, baseVersion: 0, editId: randomUUID(), author });
			await edit(priorityField('factor'), 'beleid');
			await edit(priorityField('reason'), 'Richting');
			for (const text of ['Eén', 'Twee', 'Drie']) await edit(actionField(randomUUID(), 'text'), text);

			const discuss = w.agenda.steps.findIndex((s) => s.key === 'discuss:strategie');
			expect((await command(w.id, { type: 'move_to', stepIndex: discuss })).ok).toBe(true);
			const points = await actionPoints.list(t.db, w.actionPlanId);
			expect(points.map((p) => p.text)).toEqual(['Eén', 'Twee', 'Drie']);
			expect(await actionPlans.listPriorities(t.db, w.actionPlanId)).toEqual([{ categoryKey: 'strategie', factorKey: 'beleid', reason: 'Richting' }]);

			// Back and forth, then closing: nothing is copied twice, and a refined point stays refined.
			await actionPoints.update(t.db, w.actionPlanId, points[0]!.id, { ...points[0]!, owner: 'Directie' });
			await command(w.id, { type: 'move_to', stepIndex: discuss - 1 });
			await command(w.id, { type: 'move_to', stepIndex: discuss });
			expect((await command(w.id, { type: 'close' })).ok).toBe(true);
			const after = await actionPoints.list(t.db, w.actionPlanId);
			expect(after.map((p) => [p.text, p.owner])).toEqual([['Eén', 'Directie'], ['Twee', ''], ['Drie', '']]);

			const doc = await workshopPlanDocument(t.db, { workshop: (await workshops.getById(t.db, w.id))!, instrument }, 'nl');
			expect(doc.priorities.find((p) => p.categoryKey === 'strategie')?.factorName).toBe('Beleid');
			expect(doc.actionPoints).toHaveLength(3);
		});

		it('puts the scores of the table the leader chose into the plan when several tables did one category', async () => {
			const w = await newWorkshop();
			// Table 1 and table 4 both analyse Strategie; table 1 is the first, so it stands until the leader chooses.
			const groups = [...w.groups, { key: 'table-4', number: 4, categoryKeys: ['strategie'] }];
			await workshops.setGroups(t.db, w.id, groups);
			await command(w.id, { type: 'start' });
			const score = (group: string, current: number, desired: number) =>
				Promise.all([
					editSheet(bus, w.id, group, strategie, { field: factorField('beleid', 'current'), value: current, baseVersion: 0, editId: randomUUID(), author: randomUUID() }),
					editSheet(bus, w.id, group, strategie, { field: factorField('beleid', 'desired'), value: desired, baseVersion: 0, editId: randomUUID(), author: randomUUID() })
				]);
			await score('table-1', 1, 2);
			await score('table-4', 2, 3);
			const beleid = async () => {
				const doc = await workshopPlanDocument(t.db, { workshop: (await workshops.getById(t.db, w.id))!, instrument }, 'nl');
				const row = doc.rows.find((r) => r.factorKey === 'beleid')!;
				return [row.current, row.desired];
			};
			expect(await beleid()).toEqual([1, 2]);
			const stored = (await workshops.getById(t.db, w.id))!;
			await workshops.setPlanGroup(t.db, stored, 'strategie', 'table-4');
			expect(await beleid()).toEqual([2, 3]);
			// Another category's choice leaves this one alone.
			await workshops.setPlanGroup(t.db, (await workshops.getById(t.db, w.id))!, 'structuur', 'table-2');
			expect((await workshops.getById(t.db, w.id))!.planGroups).toEqual({ strategie: 'table-4', structuur: 'table-2' });
			expect(await beleid()).toEqual([2, 3]);
		});

		it('refuses every command but closing once closed', async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'start' });
			await command(w.id, { type: 'close' });
			expect(await command(w.id, { type: 'move_to', stepIndex: 1 })).toEqual({ ok: false, problem: 'closed' });
			expect((await command(w.id, { type: 'close' })).ok).toBe(true);
		});

		it('seats everyone balanced, then a late joiner at a smallest table, and lets the leader move people', async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'open_joining' });
			const join = async () => {
				const r = await participants.join(t.db, w.id, { token: newParticipantToken(), displayName: '', preference: null });
				if (!r.ok) throw new Error(r.problem);
				return r.participant;
			};
			for (let i = 0; i < 8; i++) await join();
			expect(await distribute(bus, w.id)).toEqual({ ok: true, seated: 8 });
			const sizes = async () => {
				const list = await participants.listForWorkshop(t.db, w.id);
				return ['table-1', 'table-2', 'table-3'].map((g) => list.filter((p) => p.groupKey === g).length);
			};
			expect((await sizes()).sort()).toEqual([2, 3, 3]);
			const late = await join();
			await seatLateJoiner(t.db, w, late);
			expect(await sizes()).toEqual([3, 3, 3]);
			expect(await moveParticipant(bus, w.id, late.id, 'table-9')).toEqual({ ok: false, problem: 'unknown_group' });
			expect(await moveParticipant(bus, w.id, randomUUID(), 'table-1')).toEqual({ ok: false, problem: 'unknown_participant' });
			const target = (await participants.getInWorkshop(t.db, w.id, late.id))!.groupKey === 'table-1' ? 'table-2' : 'table-1';
			expect(await moveParticipant(bus, w.id, late.id, target)).toEqual({ ok: true });
			expect((await participants.getInWorkshop(t.db, w.id, late.id))!.groupKey).toBe(target);
		});
	});
}
