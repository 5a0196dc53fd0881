import { describe, expect, it } from 'vitest';
import { DIALECTS } from '$lib/server/db/test-db';
import { instrument, useWorkshopSuite } from './test-workshop';
import { randomUUID } from 'node:crypto';
import { findCategory } from '$lib/instrument/schema';
import { actionField, factorField, priorityField } from '$lib/workshop/group-sheet';
import { newParticipantToken } from '$lib/workshop/join-code';
import * as workshops from './data/workshops';
import * as participants from './data/participants';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import * as actionPoints from '$lib/plan/server/data/action-points';
import { editSheet, runCommand, seatLateJoiner } from './live';
import { distribute, moveParticipant } from './leader';
import { workshopPlanDocument } from './access';
import { mergeActionPoints } from '$lib/plan/server/plan-actions';

const strategie = findCategory(instrument, 'strategie')!;

for (const dialect of DIALECTS) {
	describe(`running a workshop on ${dialect}`, () => {
		const s = useWorkshopSuite(dialect);
		const newWorkshop = () => s.newWorkshop();

		const command = (id: string, c: Parameters<typeof runCommand>[3]) => runCommand(s.t.db, s.bus, id, c, { instrument });

		it('issues a join code when joining opens, and lets nobody in after it closes', async () => {
			const w = await newWorkshop();
			expect((await command(w.id, { type: 'open_joining' })).ok).toBe(true);
			const open = (await workshops.getById(s.t.db, w.id))!;
			expect(open.joinCode).toMatch(/^[2-9A-Z]{10}$/);
			expect((await workshops.findByJoinCode(s.t.db, open.joinCode!))?.id).toBe(w.id);
			await command(w.id, { type: 'close_joining' });
			expect(await workshops.findByJoinCode(s.t.db, open.joinCode!)).toBeUndefined();
		});

		it('replaces a nine-character code from before decision 45 when joining opens again', async () => {
			const w = await newWorkshop();
			await workshops.issueJoinCode(s.t.db, w.id, new Date(), () => 'K7PM4QXR9');
			expect((await command(w.id, { type: 'open_joining' })).ok).toBe(true);
			const open = (await workshops.getById(s.t.db, w.id))!;
			expect(open.joinCode).toMatch(/^[2-9A-Z]{10}$/);
		});

		it('takes a group’s sheet into the action plan when the room reaches its category, once', async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'open_joining' });
			for (const preference of ['strategie', 'support']) expect((await participants.join(s.t.db, w.id, { token: randomUUID(), displayName: '', preference })).ok).toBe(true);
			await command(w.id, { type: 'start' });
			const author = randomUUID();
			const edit = (field: string, value: string | null) =>
				editSheet(s.bus, w.id, 'table-1', strategie, { field, value, baseVersion: 0, editId: randomUUID(), author });
			await edit(priorityField('factor'), 'beleid');
			await edit(priorityField('reason'), 'Richting');
			for (const text of ['Eén', 'Twee', 'Drie']) await edit(actionField(randomUUID(), 'text'), text);

			const discuss = w.agenda.steps.findIndex((s) => s.key === 'discuss:strategie');
			expect((await command(w.id, { type: 'move_to', stepIndex: discuss })).ok).toBe(true);
			const points = await actionPoints.list(s.t.db, w.actionPlanId);
			expect(points.map((p) => p.text)).toEqual(['Eén', 'Twee', 'Drie']);
			expect(await actionPlans.listPriorities(s.t.db, w.actionPlanId)).toEqual([{ categoryKey: 'strategie', factorKey: 'beleid', reason: 'Richting' }]);

			// Back and forth, then closing: nothing is copied twice, and a refined point stays refined.
			await actionPoints.update(s.t.db, w.actionPlanId, points[0]!.id, { ...points[0]!, owner: 'Directie' });
			await command(w.id, { type: 'move_to', stepIndex: discuss - 1 });
			await command(w.id, { type: 'move_to', stepIndex: discuss });
			expect((await command(w.id, { type: 'close' })).ok).toBe(true);
			const after = await actionPoints.list(s.t.db, w.actionPlanId);
			expect(after.map((p) => [p.text, p.owner])).toEqual([['Eén', 'Directie'], ['Twee', ''], ['Drie', '']]);

			const doc = await workshopPlanDocument(s.t.db, { workshop: (await workshops.getById(s.t.db, w.id))!, instrument }, 'nl');
			expect(doc.priorities.find((p) => p.categoryKey === 'strategie')?.factorName).toBe('Beleid');
			expect(doc.actionPoints).toHaveLength(3);
			// The documents' cover says how many took part.
			expect(doc.people).toEqual({ kind: 'participants', count: 2 });
		});

		it('closes with exactly the plan the leader left: refined and merged points, a cleared priority, and no sheet point taken twice', async () => {
			const w = await newWorkshop();
			await command(w.id, { type: 'start' });
			const edit = (field: string, value: string | null) =>
				editSheet(s.bus, w.id, 'table-1', strategie, { field, value, baseVersion: 0, editId: randomUUID(), author: randomUUID() });
			await edit(priorityField('factor'), 'beleid');
			for (const text of ['Visie opstellen', 'Draagvlak zoeken', 'Tijd vrijmaken']) await edit(actionField(randomUUID(), 'text'), text);

			const discuss = w.agenda.steps.findIndex((step) => step.key === 'discuss:strategie');
			await command(w.id, { type: 'move_to', stepIndex: discuss });
			const [visie, draagvlak, tijd] = await actionPoints.list(s.t.db, w.actionPlanId);
			// In plenary the leader refines the first point, merges the other two and drops the priority.
			await actionPoints.update(s.t.db, w.actionPlanId, visie!.id, { ...visie!, text: 'Visie opstellen met de opleidingen', owner: 'Directie' });
			await actionPoints.update(s.t.db, w.actionPlanId, draagvlak!.id, mergeActionPoints(draagvlak!, tijd!));
			await actionPoints.remove(s.t.db, w.actionPlanId, tijd!.id);
			await actionPlans.clearPriority(s.t.db, w.actionPlanId, 'strategie');
			// A point the table adds after the plenary is new, and still comes in.
			await edit(actionField(randomUUID(), 'text'), 'Later bedacht');
			const left = (await actionPoints.list(s.t.db, w.actionPlanId)).map((p) => [p.text, p.owner]);

			// Back to the step and again, then closing (and closing again): the plan stays what the leader left.
			await command(w.id, { type: 'move_to', stepIndex: discuss - 1 });
			await command(w.id, { type: 'move_to', stepIndex: discuss });
			await command(w.id, { type: 'close' });
			await command(w.id, { type: 'close' });
			const after = await actionPoints.list(s.t.db, w.actionPlanId);
			expect(after.map((p) => [p.text, p.owner])).toEqual([...left, ['Later bedacht', '']]);
			expect(after.map((p) => p.text)).toEqual(['Visie opstellen met de opleidingen', 'Draagvlak zoeken\nTijd vrijmaken', 'Later bedacht']);
			expect(await actionPlans.listPriorities(s.t.db, w.actionPlanId)).toEqual([]);

			// What was taken goes with the workshop.
			const takenRows = () => s.t.db.selectFrom('taken_sheet_point').select('point_key').where('workshop_id', '=', w.id).execute();
			expect((await takenRows()).length).toBe(5);
			await s.t.db.deleteFrom('workshop').where('id', '=', w.id).execute();
			expect(await takenRows()).toEqual([]);
		});

		it('puts the scores of the table the leader chose into the plan when several tables did one category', async () => {
			const w = await newWorkshop();
			// Table 1 and table 4 both analyse Strategie; table 1 is the first, so it stands until the leader chooses.
			const groups = [...w.groups, { key: 'table-4', number: 4, categoryKeys: ['strategie'] }];
			await workshops.setGroups(s.t.db, w.id, groups);
			await command(w.id, { type: 'start' });
			const score = (group: string, current: number, desired: number) =>
				Promise.all([
					editSheet(s.bus, w.id, group, strategie, { field: factorField('beleid', 'current'), value: current, baseVersion: 0, editId: randomUUID(), author: randomUUID() }),
					editSheet(s.bus, w.id, group, strategie, { field: factorField('beleid', 'desired'), value: desired, baseVersion: 0, editId: randomUUID(), author: randomUUID() })
				]);
			await score('table-1', 1, 2);
			await score('table-4', 2, 3);
			const beleid = async () => {
				const doc = await workshopPlanDocument(s.t.db, { workshop: (await workshops.getById(s.t.db, w.id))!, instrument }, 'nl');
				const row = doc.rows.find((r) => r.factorKey === 'beleid')!;
				return [row.current, row.desired];
			};
			expect(await beleid()).toEqual([1, 2]);
			const stored = (await workshops.getById(s.t.db, w.id))!;
			await workshops.setPlanGroup(s.t.db, stored, 'strategie', 'table-4');
			expect(await beleid()).toEqual([2, 3]);
			// Another category's choice leaves this one alone.
			await workshops.setPlanGroup(s.t.db, (await workshops.getById(s.t.db, w.id))!, 'structuur', 'table-2');
			expect((await workshops.getById(s.t.db, w.id))!.planGroups).toEqual({ strategie: 'table-4', structuur: 'table-2' });
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
				const r = await participants.join(s.t.db, w.id, { token: newParticipantToken(), displayName: '', preference: null });
				if (!r.ok) throw new Error(r.problem);
				return r.participant;
			};
			for (let i = 0; i < 8; i++) await join();
			expect(await distribute(s.bus, w.id)).toEqual({ ok: true, seated: 8 });
			const sizes = async () => {
				const list = await participants.listForWorkshop(s.t.db, w.id);
				return ['table-1', 'table-2', 'table-3'].map((g) => list.filter((p) => p.groupKey === g).length);
			};
			expect((await sizes()).sort()).toEqual([2, 3, 3]);
			const late = await join();
			await seatLateJoiner(s.t.db, w, late);
			expect(await sizes()).toEqual([3, 3, 3]);
			expect(await moveParticipant(s.bus, w.id, late.id, 'table-9')).toEqual({ ok: false, problem: 'unknown_group' });
			expect(await moveParticipant(s.bus, w.id, randomUUID(), 'table-1')).toEqual({ ok: false, problem: 'unknown_participant' });
			const target = (await participants.getInWorkshop(s.t.db, w.id, late.id))!.groupKey === 'table-1' ? 'table-2' : 'table-1';
			expect(await moveParticipant(s.bus, w.id, late.id, target)).toEqual({ ok: true });
			expect((await participants.getInWorkshop(s.t.db, w.id, late.id))!.groupKey).toBe(target);
		});
	});
}
