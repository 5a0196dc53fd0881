import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import { loadInstrument } from '$lib/instrument';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import * as scans from '$lib/scan/server/data/scans';
import * as scanAnswers from '$lib/scan/server/data/scan-answers';
import * as actionPoints from '$lib/plan/server/data/action-points';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import * as overrides from '$lib/toolkit/server/data/content-overrides';
import { eraseInstitution } from '$lib/accounts/server/erase-institution';
import { sweep } from '$lib/server/housekeeping';
import { actingAs } from '../actor';
import { titles, objectKey } from '../titles';
import * as audit from './audit';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const FREE_TEXT = 'Geheime notitie 7Q';
const point = { categoryKey: 'strategie', text: FREE_TEXT, factorKeys: ['doelstellingen'], owner: 'Piet', dueDate: null, status: 'open' as const, successCriterion: '' };

for (const dialect of DIALECTS) {
	describe(`the audit trail on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let otherInstitutionId: string;
		let adminId: string;
		let facilitatorId: string;
		const asAdmin = <T>(work: () => Promise<T>) => actingAs({ userId: adminId, via: 'page' }, work);
		const newScan = (title = FREE_TEXT) =>
			scans.create(t.db, { institutionId, unitId: null, level: 'institution', title, instrumentKey: instrument.key, instrumentVersion: instrument.version, createdBy: adminId });
		const entriesFor = async (objectId: string) => (await audit.list(t.db, institutionId, {}, 1, 1000)).events.filter((e) => e.objectId === objectId);

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Spoor')).id;
			otherInstitutionId = (await institutions.create(t.db, 'Universiteit Elders')).id;
			adminId = (await users.create(t.db, { institutionId, email: 'a@spoor.nl', name: 'Ada', passwordHash: 'x', role: 'admin' })).id;
			facilitatorId = (await users.create(t.db, { institutionId, email: 'f@spoor.nl', name: 'Fien', passwordHash: 'x', role: 'facilitator' })).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('records a scan’s creation, change and deletion by whoever is acting, newest first', async () => {
			const id = await asAdmin(() => newScan());
			await asAdmin(() => scans.rename(t.db, id, 'Nieuwe titel'));
			await actingAs({ userId: facilitatorId, via: 'page' }, () => scans.remove(t.db, institutionId, id));
			const entries = await entriesFor(id);
			expect(entries.map((e) => [e.action, e.actorUserId, e.fields, e.via])).toEqual([
				['delete', facilitatorId, [], 'page'],
				['update', adminId, ['title'], 'page'],
				['create', adminId, [], 'page']
			]);
			expect(entries.every((e) => e.objectKind === 'scan' && e.institutionId === institutionId)).toBe(true);
		});

		it('names nobody, via system, outside a request, and an entry may name its actor itself', async () => {
			const id = await newScan();
			expect((await entriesFor(id)).map((e) => [e.actorUserId, e.via])).toEqual([[null, 'system']]);
			await audit.record(t.db, { institutionId, action: 'update', objectKind: 'user', objectId: facilitatorId, fields: ['role'], actorUserId: adminId });
			expect((await entriesFor(facilitatorId))[0]).toMatchObject({ actorUserId: adminId, fields: ['role'], via: 'system' });
		});

		it('stores the entry in the writer’s transaction: a change rolled back leaves no entry', async () => {
			const before = (await audit.list(t.db, institutionId, {}, 1, 1)).total;
			await expect(
				t.db.transaction().execute(async (trx) => {
					await asAdmin(() => newScanIn(trx));
					throw new Error('rolled back');
				})
			).rejects.toThrow('rolled back');
			expect((await audit.list(t.db, institutionId, {}, 1, 1)).total).toBe(before);
			function newScanIn(trx: typeof t.db) {
				return scans.create(trx, { institutionId, unitId: null, level: 'institution', title: 'x', instrumentKey: instrument.key, instrumentVersion: instrument.version, createdBy: adminId });
			}
		});

		it('names the changed parts of an answer and folds a minute of autosaves by one person into one entry', async () => {
			const id = await asAdmin(() => newScan());
			await asAdmin(async () => {
				await scanAnswers.save(t.db, id, { factorKey: 'doelstellingen', current: 1, desired: null, needed: '' }, 1);
				await scanAnswers.save(t.db, id, { factorKey: 'doelstellingen', current: 2, desired: null, needed: '' }, 2);
				await scanAnswers.save(t.db, id, { factorKey: 'doelstellingen', current: 2, desired: 3, needed: FREE_TEXT }, 3);
				// The same answer again changes nothing, and records nothing.
				await scanAnswers.save(t.db, id, { factorKey: 'doelstellingen', current: 2, desired: 3, needed: FREE_TEXT }, 4);
			});
			await actingAs({ userId: facilitatorId, via: 'page' }, () => scanAnswers.save(t.db, id, { factorKey: 'doelstellingen', current: 3, desired: 3, needed: FREE_TEXT }, 5));
			const updates = (await entriesFor(id)).filter((e) => e.action === 'update');
			expect(updates.map((e) => [e.actorUserId, e.fields])).toEqual([
				[facilitatorId, ['answer.current']],
				[adminId, ['answer.desired', 'answer.needed']],
				[adminId, ['answer.current']]
			]);
		});

		it('names each person of answers saved at the same moment, when they share one commit (SQLite)', async () => {
			const id = await asAdmin(() => newScan());
			const colleagueId = (await users.create(t.db, { institutionId, email: 'g@spoor.nl', name: 'Gijs', passwordHash: 'x', role: 'facilitator' })).id;
			const saved = await Promise.all([
				asAdmin(() => scanAnswers.save(t.db, id, { factorKey: 'doelstellingen', current: 1, desired: null, needed: '' }, 1)),
				actingAs({ userId: colleagueId, via: 'api' }, () => scanAnswers.save(t.db, id, { factorKey: 'beleid', current: 2, desired: null, needed: '' }, 1)),
				actingAs({ userId: null, via: 'system' }, () => scanAnswers.save(t.db, id, { factorKey: 'definitie', current: 3, desired: null, needed: '' }, 1))
			]);
			expect(saved).toEqual([true, true, true]);
			const updates = (await entriesFor(id)).filter((e) => e.action === 'update');
			expect(updates.map((e) => [e.actorUserId, e.via]).sort()).toEqual([
				[adminId, 'page'],
				[colleagueId, 'api'],
				[null, 'system']
			].sort());
		});

		it('records an action point’s fields by name and its plan’s priorities, and never what they say', async () => {
			const scanId = await asAdmin(() => newScan());
			const scan = (await scans.getInInstitution(t.db, institutionId, scanId))!;
			const pointId = await asAdmin(() => actionPoints.add(t.db, scan.actionPlanId, point));
			await asAdmin(() => actionPoints.update(t.db, scan.actionPlanId, pointId, { ...point, owner: 'Marie', status: 'done', factorKeys: [] }));
			await asAdmin(() => actionPlans.setPriority(t.db, scan.actionPlanId, { categoryKey: 'strategie', factorKey: 'doelstellingen', reason: FREE_TEXT }));
			await asAdmin(() => actionPoints.remove(t.db, scan.actionPlanId, pointId));
			expect((await entriesFor(pointId)).map((e) => [e.action, e.fields])).toEqual([
				['delete', []],
				['update', ['factors', 'owner', 'status']],
				['create', []]
			]);
			expect((await entriesFor(scan.actionPlanId)).map((e) => [e.objectKind, e.fields])).toEqual([['plan', ['priority.factor', 'priority.reason']]]);
		});

		it('records content changes by kind and key, with the document’s changed fields', async () => {
			const texts = (title: string) => JSON.stringify({ title: { nl: title, en: title }, summary: { nl: 's', en: 's' }, purpose: { nl: 'p', en: 'p' }, howToUse: { nl: 'h', en: 'h' } });
			await asAdmin(() => overrides.put(t.db, institutionId, 'product-texts', 'blended-leren', texts('Eerste')));
			await asAdmin(() => overrides.put(t.db, institutionId, 'product-texts', 'blended-leren', texts(FREE_TEXT)));
			await asAdmin(() => overrides.remove(t.db, institutionId, 'product-texts', 'blended-leren'));
			expect((await entriesFor('product-texts:blended-leren')).map((e) => [e.action, e.objectKind, e.fields])).toEqual([
				['delete', 'content', []],
				['update', 'content', ['title']],
				['create', 'content', []]
			]);
		});

		it('holds no free text anywhere in its rows', async () => {
			const rows = await sql<Record<string, unknown>>`select * from audit_event`.execute(t.db);
			expect(rows.rows.length).toBeGreaterThan(10);
			const text = JSON.stringify(rows.rows);
			for (const written of [FREE_TEXT, 'Nieuwe titel', 'Piet', 'Marie', 'Eerste', 'Ada', 'Hogeschool Spoor']) expect(text).not.toContain(written);
		});

		it('filters by kind, action, person and days, and pages newest first with the total', async () => {
			const all = await audit.list(t.db, institutionId, {}, 1, 1000);
			const kinds = await audit.list(t.db, institutionId, { objectKind: 'action_point' }, 1, 1000);
			expect(kinds.events.length).toBe(3);
			expect(kinds.events.every((e) => e.objectKind === 'action_point')).toBe(true);
			const deletes = await audit.list(t.db, institutionId, { action: 'delete' }, 1, 1000);
			expect(deletes.events.every((e) => e.action === 'delete')).toBe(true);
			const byFien = await audit.list(t.db, institutionId, { actorUserId: facilitatorId }, 1, 1000);
			expect(byFien.events.map((e) => e.actorUserId)).toEqual(byFien.events.map(() => facilitatorId));
			// Her account (made by herself), the scan she deleted, the answer she changed.
			expect(byFien.total).toBe(3);
			const today = new Date().toISOString().slice(0, 10);
			expect((await audit.list(t.db, institutionId, { from: today, to: today }, 1, 1000)).total).toBe(all.total);
			expect((await audit.list(t.db, institutionId, { to: '2020-01-01' }, 1, 1000)).total).toBe(0);
			const first = await audit.list(t.db, institutionId, {}, 1, 5);
			const second = await audit.list(t.db, institutionId, {}, 2, 5);
			expect(first.total).toBe(all.total);
			expect([...first.events, ...second.events].map((e) => e.id)).toEqual(all.events.slice(0, 10).map((e) => e.id));
			expect(all.events.map((e) => e.id)).toEqual([...all.events.map((e) => e.id)].sort((a, b) => b - a));
			const batches = [];
			for await (const batch of audit.all(t.db, institutionId, {}, 4)) batches.push(...batch);
			expect(batches.map((e) => e.id)).toEqual(all.events.map((e) => e.id));
		});

		it('looks up each object’s title while it exists, only within the institution', async () => {
			const id = await asAdmin(() => newScan('Zichtbare titel'));
			const gone = await asAdmin(() => newScan('Weg'));
			await asAdmin(() => scans.remove(t.db, institutionId, gone));
			const events = [...(await entriesFor(id)), ...(await entriesFor(gone))];
			const found = await titles(t.db, institutionId, events);
			expect(found.get(objectKey('scan', id))).toBe('Zichtbare titel');
			expect(found.has(objectKey('scan', gone))).toBe(false);
			expect((await titles(t.db, otherInstitutionId, events)).size).toBe(0);
		});

		it('keeps entries within the retention period, deletes older ones hourly, and keeps all without a period', async () => {
			const old = new Date(Date.now() - 400 * 24 * 3600 * 1000);
			await audit.record(t.db, { institutionId, action: 'update', objectKind: 'institution', objectId: institutionId, fields: ['name'] }, old);
			await audit.record(t.db, { institutionId: otherInstitutionId, action: 'update', objectKind: 'institution', objectId: otherInstitutionId, fields: ['name'] }, old);
			const before = (await audit.list(t.db, institutionId, {}, 1, 1)).total;
			await sweep(t.db);
			expect((await audit.list(t.db, institutionId, {}, 1, 1)).total).toBe(before);
			await institutions.setRetention(t.db, institutionId, 12);
			const swept = await sweep(t.db);
			expect(swept.auditEvents).toBe(1);
			const left = await audit.list(t.db, institutionId, {}, 1, 1000);
			// The old entry went; setting the period is itself in the trail.
			expect(left.total).toBe(before);
			expect(left.events[0]).toMatchObject({ objectKind: 'institution', fields: ['retention_months'] });
			expect(left.events.every((e) => e.at > old.toISOString())).toBe(true);
			expect((await audit.list(t.db, otherInstitutionId, {}, 1, 1000)).events.some((e) => e.at === old.toISOString())).toBe(true);
		});

		it('goes with its institution when that is erased, and leaves the others’ trail', async () => {
			const others = (await audit.list(t.db, otherInstitutionId, {}, 1, 1)).total;
			expect(await eraseInstitution(t.db, institutionId)).toBe(true);
			const left = await t.db.selectFrom('audit_event').select('institution_id').execute();
			expect(left.every((r) => r.institution_id === otherInstitutionId)).toBe(true);
			expect(left.length).toBe(others);
		});
	});
}
