import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import { loadInstrument } from '$lib/instrument';
import { defaultAgenda } from '$lib/workshop/workshop';
import { defaultGroups } from '$lib/workshop/table-groups';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as units from '$lib/accounts/server/data/units';
import * as users from '$lib/accounts/server/data/users';
import * as scans from '$lib/scan/server/data/scans';
import * as surveys from '$lib/survey/server/data/surveys';
import * as workshops from '$lib/workshop/server/data/workshops';
import { createWithPlan, scopeColumns, toScoped, type ScopeInput } from './plan-owners';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;

for (const dialect of DIALECTS) {
	describe(`plan owners on ${dialect}`, () => {
		let t: TestDb;
		let userId: string;
		let scope: ScopeInput;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			const institutionId = (await institutions.create(t.db, 'Hogeschool Gedeeld')).id;
			userId = (await users.create(t.db, { institutionId, email: 'lid@example.nl', name: 'Lid', passwordHash: 'x', role: 'admin' })).id;
			const unit = await units.create(t.db, institutionId, 'Faculteit Gedeeld', 'sector');
			scope = { institutionId, unitId: unit.id, level: 'sector', title: 'Zelfde kader', instrumentKey: instrument.key, instrumentVersion: instrument.version };
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('gives a scan, a workshop and a survey made with the same scope the same scope back, each with its own action plan', async () => {
			const scanId = await scans.create(t.db, { ...scope, createdBy: userId });
			const workshopId = await workshops.create(t.db, { ...scope, leaderId: userId, agenda: defaultAgenda(instrument), groups: defaultGroups(instrument), askNames: false });
			const { id: surveyId } = await surveys.create(t.db, {
				...scope,
				opensAt: '2026-01-01T00:00:00.000Z',
				closesAt: '2026-02-01T00:00:00.000Z',
				roles: ['medewerker'],
				askUnit: false,
				minGroupSize: 5,
				message: '',
				createdBy: userId
			});
			const read = [
				await scans.getInInstitution(t.db, scope.institutionId, scanId),
				await workshops.getInInstitution(t.db, scope.institutionId, workshopId),
				await surveys.getInInstitution(t.db, scope.institutionId, surveyId)
			];
			for (const owner of read) {
				expect(owner).toMatchObject({ ...scope, unitName: 'Faculteit Gedeeld' });
				expect(owner!.createdAt).toBe(owner!.updatedAt);
			}
			expect(read.map((owner) => owner!.id)).toEqual([scanId, workshopId, surveyId]);
			expect(new Set(read.map((owner) => owner!.actionPlanId)).size).toBe(3);
		});

		it('makes no action plan when the row it belongs to cannot be written', async () => {
			const plansBefore = await t.db.selectFrom('action_plan').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow();
			await expect(
				createWithPlan(t.db, 'scan', scope, (trx, shared) => trx.insertInto('scan').values({ ...shared, created_by: 'no-such-user' }).execute())
			).rejects.toThrow();
			const plansAfter = await t.db.selectFrom('action_plan').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow();
			expect(Number(plansAfter.n)).toBe(Number(plansBefore.n));
		});

		it('joins the caller’s transaction, so the caller’s rollback takes the new row and its plan with it', async () => {
			let madeId = '';
			await expect(
				t.db.transaction().execute(async (trx) => {
					madeId = await createWithPlan(trx, 'scan', scope, (inner, shared) => inner.insertInto('scan').values({ ...shared, created_by: userId }).execute());
					throw new Error('caller gives up');
				})
			).rejects.toThrow('caller gives up');
			expect(await scans.getInInstitution(t.db, scope.institutionId, madeId)).toBeUndefined();
		});

		it('reads the whole institution as no unit', async () => {
			const id = await scans.create(t.db, { ...scope, unitId: null, level: 'institution', createdBy: userId });
			const row = await t.db
				.selectFrom('scan')
				.leftJoin('unit', 'unit.id', 'scan.unit_id')
				.select(scopeColumns('scan'))
				.where('scan.id', '=', id)
				.executeTakeFirstOrThrow();
			expect(toScoped(row)).toMatchObject({ id, unitId: null, unitName: null, level: 'institution' });
		});
	});
}
