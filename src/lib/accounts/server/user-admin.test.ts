import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import { loadInstrument } from '$lib/instrument';
import { defaultAgenda } from '$lib/workshop/workshop';
import { defaultGroups } from '$lib/workshop/table-groups';
import * as institutions from './data/institutions';
import * as users from './data/users';
import * as sessions from './data/sessions';
import * as invites from './data/invites';
import * as scans from '$lib/scan/server/data/scans';
import * as surveys from '$lib/survey/server/data/surveys';
import * as apiTokens from '$lib/survey/server/data/api-tokens';
import * as workshops from '$lib/workshop/server/data/workshops';
import * as objectEditors from '$lib/editors/server/data/object-editors';
import * as courseDesigns from '$lib/blend/server/data/course-designs';
import * as catalogueKeepers from '$lib/catalogue/server/data/catalogue-keepers';
import { changeRole, disableUser, enableUser, holdings, removeUser } from './user-admin';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;

for (const dialect of DIALECTS) {
	describe(`managing users on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let n = 0;
		const person = async (role: users.Role, inInstitution?: string) =>
			(await users.create(t.db, { institutionId: inInstitution ?? institutionId, email: `p${++n}@example.nl`, name: `Persoon ${n}`, passwordHash: 'x', role })).id;
		const scanBy = (createdBy: string) =>
			scans.create(t.db, { institutionId, unitId: null, level: 'institution', title: 'Scan', instrumentKey: instrument.key, instrumentVersion: instrument.version, createdBy });

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Beheer')).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('notes when a user signs in, and notes nothing for a disabled account', async () => {
			const admin = await person('admin');
			const user = await person('facilitator');
			expect(await users.recordSignIn(t.db, user, new Date('2026-12-01T09:00:00Z'))).toBe(true);
			expect((await users.listManaged(t.db, institutionId)).find((u) => u.id === user)?.lastSignInAt).toBe('2026-12-01T09:00:00.000Z');
			expect(await disableUser(t.db, institutionId, admin, user)).toEqual({ ok: true });
			expect(await users.recordSignIn(t.db, user)).toBe(false);
			expect((await users.listManaged(t.db, institutionId)).find((u) => u.id === user)?.lastSignInAt).toBe('2026-12-01T09:00:00.000Z');
		});

		it('ends every session of a disabled account at once, and signs it in again only after it is enabled', async () => {
			const admin = await person('admin');
			const user = await person('facilitator');
			const { token } = await sessions.create(t.db, user);
			const { token: other } = await sessions.create(t.db, admin);
			await disableUser(t.db, institutionId, admin, user);
			expect(await sessions.userIdFor(t.db, token)).toBeUndefined();
			expect(await sessions.userIdFor(t.db, other)).toBe(admin);
			expect(await users.getActive(t.db, user)).toBeUndefined();
			expect(await enableUser(t.db, institutionId, admin, user)).toEqual({ ok: true });
			expect((await users.getActive(t.db, user))?.id).toBe(user);
		});

		it('never leaves the institution without an active administrator, even when two administrators demote each other at once', async () => {
			const own = (await institutions.create(t.db, 'Hogeschool Twee Beheerders')).id;
			const a = await person('admin', own);
			const b = await person('admin', own);
			const results = await Promise.all([changeRole(t.db, own, a, b, 'facilitator'), changeRole(t.db, own, b, a, 'facilitator')]);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(results.find((r) => !r.ok)).toEqual({ ok: false, problem: 'lastAdmin' });
			const admins = (await users.listManaged(t.db, own)).filter((u) => u.role === 'admin' && u.disabledAt === null);
			expect(admins).toHaveLength(1);
			const last = admins[0]!.id;
			const facilitator = last === a ? b : a;
			expect(await disableUser(t.db, own, facilitator, last)).toEqual({ ok: false, problem: 'lastAdmin' });
			expect(await changeRole(t.db, own, last, last, 'facilitator')).toEqual({ ok: false, problem: 'lastAdmin' });
			expect(await disableUser(t.db, own, last, last)).toEqual({ ok: false, problem: 'self' });
		});

		it('does not touch an account of another institution', async () => {
			const admin = await person('admin');
			const elsewhere = (await institutions.create(t.db, 'Universiteit Elders')).id;
			const stranger = await person('facilitator', elsewhere);
			expect(await disableUser(t.db, institutionId, admin, stranger)).toEqual({ ok: false, problem: 'unknown' });
			expect(await changeRole(t.db, institutionId, admin, stranger, 'admin')).toEqual({ ok: false, problem: 'unknown' });
			expect((await users.getActive(t.db, stranger))?.role).toBe('facilitator');
		});

		it('gives everything a removed user made or leads to the chosen colleague, in one go', async () => {
			const admin = await person('admin');
			const leaving = await person('facilitator');
			const successor = await person('facilitator');
			const scan = await scanBy(leaving);
			const othersScan = await scanBy(admin);
			const survey = (
				await surveys.create(t.db, {
					institutionId, unitId: null, level: 'institution', title: 'Breed', instrumentKey: instrument.key, instrumentVersion: instrument.version,
					opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2027-01-01T00:00:00.000Z', roles: ['medewerker'], askUnit: false, minGroupSize: 5, message: '', createdBy: leaving
				})
			).id;
			const workshop = await workshops.create(t.db, {
				institutionId, unitId: null, level: 'institution', title: 'Aanzet', instrumentKey: instrument.key, instrumentVersion: instrument.version,
				leaderId: leaving, agenda: defaultAgenda(instrument), groups: defaultGroups(instrument), askNames: false
			});
			const design = await courseDesigns.create(t.db, { institutionId, createdBy: leaving, unitId: null, title: 'Ontwerp', period: '', studyLoad: { unit: 'ec', amount: 5 }, weeks: 8 });
			const { invite } = await invites.create(t.db, { institutionId, role: 'facilitator', createdBy: leaving });
			await apiTokens.create(t.db, institutionId, 'Dashboard', leaving);
			await objectEditors.add(t.db, { kind: 'scan', objectId: othersScan, institutionId, userId: leaving, addedBy: admin });
			await objectEditors.add(t.db, { kind: 'scan', objectId: scan, institutionId, userId: successor, addedBy: leaving });
			await catalogueKeepers.add(t.db, { institutionId, catalogue: 'tools', userId: leaving, addedBy: admin });
			await catalogueKeepers.add(t.db, { institutionId, catalogue: 'rooms', userId: successor, addedBy: leaving });
			await sessions.create(t.db, leaving);
			expect(await holdings(t.db, leaving)).toEqual({ scans: 1, surveys: 1, workshops: 1, designs: 1, invites: 1, apiTokens: 1 });

			expect(await removeUser(t.db, institutionId, admin, leaving, successor)).toEqual({ ok: true });
			expect(await users.get(t.db, leaving)).toBeUndefined();
			expect((await scans.getInInstitution(t.db, institutionId, scan))?.createdBy).toBe(successor);
			expect((await surveys.getInInstitution(t.db, institutionId, survey))?.createdBy).toBe(successor);
			expect((await workshops.getById(t.db, workshop))?.leaderId).toBe(successor);
			expect((await invites.listOpen(t.db, institutionId)).map((i) => i.id)).toContain(invite.id);
			expect(await holdings(t.db, successor)).toEqual({ scans: 1, surveys: 1, workshops: 1, designs: 1, invites: 1, apiTokens: 1 });
			expect((await t.db.selectFrom('course_design').select('created_by').where('id', '=', design).executeTakeFirstOrThrow()).created_by).toBe(successor);
			// Its place as co-editor went with it; the successor, now the maker, needs none.
			expect(await objectEditors.userIds(t.db, 'scan', othersScan)).toEqual([]);
			expect(await objectEditors.userIds(t.db, 'scan', scan)).toEqual([]);
			// Its keeping of the tool catalogue went with it; whom it named keeps the room inventory, named now by the successor.
			expect(await catalogueKeepers.list(t.db, institutionId, 'tools')).toEqual([]);
			expect((await t.db.selectFrom('catalogue_keeper').select(['user_id', 'added_by']).where('institution_id', '=', institutionId).execute())).toEqual([{ user_id: successor, added_by: successor }]);
			expect(await t.db.selectFrom('session').select('id').where('user_id', '=', leaving).execute()).toEqual([]);
		});

		it('removes nobody when the colleague to take over is unsuitable: the account itself, disabled, or of another institution', async () => {
			const admin = await person('admin');
			const leaving = await person('facilitator');
			const disabled = await person('facilitator');
			await disableUser(t.db, institutionId, admin, disabled);
			const stranger = await person('facilitator', (await institutions.create(t.db, 'Universiteit Vreemd')).id);
			const scan = await scanBy(leaving);
			for (const successor of [leaving, disabled, stranger, 'nobody']) {
				expect(await removeUser(t.db, institutionId, admin, leaving, successor)).toEqual({ ok: false, problem: 'successor' });
			}
			expect(await removeUser(t.db, institutionId, admin, admin, leaving)).toEqual({ ok: false, problem: 'self' });
			expect((await scans.getInInstitution(t.db, institutionId, scan))?.createdBy).toBe(leaving);
			expect(await users.get(t.db, leaving)).toBeDefined();
		});
	});

	describe(`co-editors on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let maker: string;
		let colleague: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Samen')).id;
			maker = (await users.create(t.db, { institutionId, email: 'maker@example.nl', name: 'Maker', passwordHash: 'x', role: 'facilitator' })).id;
			colleague = (await users.create(t.db, { institutionId, email: 'co@example.nl', name: 'Collega', passwordHash: 'x', role: 'facilitator' })).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('are listed once per scan, and taken off again', async () => {
			const scan = await scans.create(t.db, { institutionId, unitId: null, level: 'institution', title: 'Samen', instrumentKey: instrument.key, instrumentVersion: instrument.version, createdBy: maker });
			await objectEditors.add(t.db, { kind: 'scan', objectId: scan, institutionId, userId: colleague, addedBy: maker });
			await expect(objectEditors.add(t.db, { kind: 'scan', objectId: scan, institutionId, userId: colleague, addedBy: maker })).rejects.toThrow();
			expect(await objectEditors.list(t.db, 'scan', scan)).toEqual([{ userId: colleague, name: 'Collega', email: 'co@example.nl' }]);
			expect(await objectEditors.remove(t.db, 'scan', scan, colleague)).toBe(true);
			expect(await objectEditors.remove(t.db, 'scan', scan, colleague)).toBe(false);
		});

		it('go with the scan when it is deleted', async () => {
			const scan = await scans.create(t.db, { institutionId, unitId: null, level: 'institution', title: 'Weg', instrumentKey: instrument.key, instrumentVersion: instrument.version, createdBy: maker });
			await objectEditors.add(t.db, { kind: 'scan', objectId: scan, institutionId, userId: colleague, addedBy: maker });
			expect(await scans.remove(t.db, institutionId, scan)).toBe(true);
			expect(await t.db.selectFrom('object_editor').selectAll().where('scan_id', '=', scan).execute()).toEqual([]);
		});
	});
}
