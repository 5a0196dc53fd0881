import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as units from '$lib/accounts/server/data/units';
import * as users from '$lib/accounts/server/data/users';
import * as sessions from '$lib/accounts/server/data/sessions';
import * as invites from '$lib/accounts/server/data/invites';
import * as scans from './data/scans';
import * as scanAnswers from './data/scan-answers';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import * as actionPoints from '$lib/plan/server/data/action-points';

for (const dialect of DIALECTS) {
	describe(`storage on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let otherInstitutionId: string;
		let userId: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Test')).id;
			otherInstitutionId = (await institutions.create(t.db, 'Universiteit Elders')).id;
			userId = (
				await users.create(t.db, { institutionId, email: ' Ada@Example.NL ', name: 'Ada', passwordHash: 'x', role: 'admin' })
			).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('stores e-mail addresses lower-cased and finds them case-insensitively', async () => {
			const found = await users.findWithHashByEmail(t.db, 'ADA@example.nl');
			expect(found?.email).toBe('ada@example.nl');
			expect(await users.emailTaken(t.db, 'ada@EXAMPLE.nl')).toBe(true);
		});

		it('refuses a second user with the same e-mail address', async () => {
			await expect(
				users.create(t.db, { institutionId, email: 'ada@example.nl', name: 'Ada 2', passwordHash: 'x', role: 'facilitator' })
			).rejects.toThrow();
		});

		it('ends a session on logout and never accepts its token again', async () => {
			const { token } = await sessions.create(t.db, userId);
			expect(await sessions.userIdFor(t.db, token)).toBe(userId);
			await sessions.destroy(t.db, token);
			expect(await sessions.userIdFor(t.db, token)).toBeUndefined();
		});

		it('reads the user of a live session in one go, and no user for an ended, expired or disabled one', async () => {
			const { token } = await sessions.create(t.db, userId);
			expect(await sessions.userFor(t.db, token)).toEqual(await users.get(t.db, userId));
			expect(await sessions.userFor(t.db, token, new Date(Date.now() + (sessions.SESSION_DAYS + 1) * 24 * 3600 * 1000))).toBeUndefined();
			await t.db.updateTable('app_user').set({ disabled_at: new Date().toISOString() }).where('id', '=', userId).execute();
			expect(await sessions.userFor(t.db, token)).toBeUndefined();
			await t.db.updateTable('app_user').set({ disabled_at: null }).where('id', '=', userId).execute();
			await sessions.destroy(t.db, token);
			expect(await sessions.userFor(t.db, token)).toBeUndefined();
		});

		it('does not accept an expired session', async () => {
			const past = new Date(Date.now() - (sessions.SESSION_DAYS + 1) * 24 * 3600 * 1000);
			const { token } = await sessions.create(t.db, userId, past);
			expect(await sessions.userIdFor(t.db, token)).toBeUndefined();
		});

		it('stores only the hash of a session token', async () => {
			const { token } = await sessions.create(t.db, userId);
			const rows = await t.db.selectFrom('session').select('id').execute();
			expect(rows.some((r) => r.id === token)).toBe(false);
			expect(rows.some((r) => r.id === sessions.hashToken(token))).toBe(true);
		});

		it('lets an invite be used once only', async () => {
			const { invite, token } = await invites.create(t.db, { institutionId, role: 'facilitator', createdBy: userId });
			expect((await invites.findUsable(t.db, token))?.id).toBe(invite.id);
			expect(await invites.markUsed(t.db, invite.id)).toBe(true);
			expect(await invites.markUsed(t.db, invite.id)).toBe(false);
			expect(await invites.findUsable(t.db, token)).toBeUndefined();
		});

		it('does not accept an expired invite', async () => {
			const past = new Date(Date.now() - (invites.INVITE_DAYS + 1) * 24 * 3600 * 1000);
			const { token } = await invites.create(t.db, { institutionId, role: 'facilitator', createdBy: userId }, past);
			expect(await invites.findUsable(t.db, token)).toBeUndefined();
		});

		it('keeps unit names unique within an institution but not across institutions', async () => {
			await units.create(t.db, institutionId, 'Faculteit Techniek', 'sector');
			await expect(units.create(t.db, institutionId, 'Faculteit Techniek', 'programme')).rejects.toThrow();
			await units.create(t.db, otherInstitutionId, 'Faculteit Techniek', 'sector');
			expect(await units.nameTaken(t.db, institutionId, 'Faculteit Techniek')).toBe(true);
		});

		it('shows a scan only to its own institution', async () => {
			const scanId = await scans.create(t.db, {
				institutionId,
				unitId: null,
				level: 'institution',
				title: 'Scan 2026',
				instrumentKey: 'zelfscan-blended-leren',
				instrumentVersion: 1,
				createdBy: userId
			});
			expect((await scans.getInInstitution(t.db, institutionId, scanId))?.title).toBe('Scan 2026');
			expect(await scans.getInInstitution(t.db, otherInstitutionId, scanId)).toBeUndefined();
			expect((await scans.listForInstitution(t.db, otherInstitutionId)).map((s) => s.id)).not.toContain(scanId);
		});

		it('saves answers, replaces them, and keeps "weet ik niet" apart from unanswered', async () => {
			const unit = await units.create(t.db, institutionId, 'Bachelor Verpleegkunde', 'programme');
			const scanId = await scans.create(t.db, {
				institutionId,
				unitId: unit.id,
				level: 'programme',
				title: 'Opleidingsscan',
				instrumentKey: 'zelfscan-blended-leren',
				instrumentVersion: 1,
				createdBy: userId
			});
			await scanAnswers.save(t.db, scanId, { factorKey: 'beleid', current: 1, desired: 3, needed: 'Beleid <b>schrijven</b>' });
			await scanAnswers.save(t.db, scanId, { factorKey: 'modellen', current: 'unknown', desired: 2, needed: '' });
			await scanAnswers.save(t.db, scanId, { factorKey: 'beleid', current: 2, desired: 3, needed: 'Beleid vaststellen' });
			const answers = await scanAnswers.list(t.db, scanId);
			expect(answers).toHaveLength(2);
			expect(answers.find((a) => a.factorKey === 'beleid')).toEqual({
				factorKey: 'beleid',
				current: 2,
				desired: 3,
				needed: 'Beleid vaststellen'
			});
			expect(answers.find((a) => a.factorKey === 'modellen')?.current).toBe('unknown');
			const summary = (await scans.listForInstitution(t.db, institutionId)).find((s) => s.id === scanId);
			expect(summary?.answered).toBe(2);
			expect(summary?.unitName).toBe('Bachelor Verpleegkunde');
		});

		it('deletes a scan with its answers and action plan, only within its own institution, and frees its unit', async () => {
			const unit = await units.create(t.db, institutionId, 'Te verwijderen opleiding', 'programme');
			const input = { institutionId, unitId: unit.id, level: 'programme' as const, title: 'Weg', instrumentKey: 'zelfscan-blended-leren', instrumentVersion: 1, createdBy: userId };
			const scanId = await scans.create(t.db, input);
			expect(await units.isInUse(t.db, unit.id)).toBe(true);
			const keepId = await scans.create(t.db, { ...input, unitId: null, level: 'institution', title: 'Blijft' });
			for (const id of [scanId, keepId]) await scanAnswers.save(t.db, id, { factorKey: 'beleid', current: 1, desired: 3, needed: '' });
			const planId = (await scans.getInInstitution(t.db, institutionId, scanId))!.actionPlanId;
			await actionPoints.add(t.db, planId, { categoryKey: 'strategie', text: 'Weg ermee', factorKeys: ['beleid'], owner: '', dueDate: null, status: 'open', successCriterion: '' });

			expect(await scans.remove(t.db, otherInstitutionId, scanId)).toBe(false);
			expect(await scans.remove(t.db, institutionId, scanId)).toBe(true);
			expect(await scans.remove(t.db, institutionId, scanId)).toBe(false);
			expect(await scans.getInInstitution(t.db, institutionId, scanId)).toBeUndefined();
			expect(await scanAnswers.list(t.db, scanId)).toEqual([]);
			expect(await t.db.selectFrom('action_plan').select('id').where('id', '=', planId).execute()).toEqual([]);
			expect(await t.db.selectFrom('action_point').select('id').where('action_plan_id', '=', planId).execute()).toEqual([]);
			expect(await scanAnswers.list(t.db, keepId)).toHaveLength(1);
			expect(await units.isInUse(t.db, unit.id)).toBe(false);
		});

		it('keeps the newer answer when an older write of the same page arrives late', async () => {
			const scanId = (await scans.listForInstitution(t.db, institutionId))[0]!.id;
			expect(await scanAnswers.save(t.db, scanId, { factorKey: 'aansturing', current: 1, desired: 3, needed: 'nieuw' }, 2000)).toBe(true);
			expect(await scanAnswers.save(t.db, scanId, { factorKey: 'aansturing', current: 1, desired: 2, needed: 'oud' }, 1000)).toBe(false);
			const stored = (await scanAnswers.list(t.db, scanId)).find((a) => a.factorKey === 'aansturing');
			expect(stored).toEqual({ factorKey: 'aansturing', current: 1, desired: 3, needed: 'nieuw' });
			expect(await scanAnswers.save(t.db, scanId, { factorKey: 'aansturing', current: 2, desired: 3, needed: 'nieuwer' }, 3000)).toBe(true);
		});

		it('refuses a phase outside 1 to 3 at the database too', async () => {
			const scanId = (await scans.listForInstitution(t.db, institutionId))[0]!.id;
			await expect(
				t.db
					.insertInto('scan_answer')
					.values({
						scan_id: scanId,
						factor_key: 'infrastructuur',
						current_phase: 4,
						current_unknown: 0,
						desired_phase: 1,
						desired_unknown: 0,
						needed: '',
						updated_at: new Date().toISOString()
					})
					.execute()
			).rejects.toThrow();
		});

		it('keeps one priority per category and action points with their factors in order', async () => {
			const scan = (await scans.listForInstitution(t.db, institutionId))[0]!;
			const planId = scan.actionPlanId;
			await actionPlans.setPriority(t.db, planId, { categoryKey: 'strategie', factorKey: 'beleid', reason: 'eerst' });
			await actionPlans.setPriority(t.db, planId, { categoryKey: 'strategie', factorKey: 'definitie', reason: 'toch dit' });
			expect(await actionPlans.listPriorities(t.db, planId)).toEqual([
				{ categoryKey: 'strategie', factorKey: 'definitie', reason: 'toch dit' }
			]);
			const a = await actionPoints.add(t.db, planId, {
				categoryKey: 'strategie',
				text: 'Definitie opstellen',
				factorKeys: ['definitie', 'definitie', 'beleid'],
				owner: 'Teamleider',
				dueDate: '2027-03-01',
				status: 'open',
				successCriterion: 'Definitie vastgesteld door het MT'
			});
			const b = await actionPoints.add(t.db, planId, {
				categoryKey: 'strategie',
				text: 'Visie bespreken',
				factorKeys: [],
				owner: '',
				dueDate: null,
				status: 'in_progress',
				successCriterion: ''
			});
			const listed = await actionPoints.list(t.db, planId);
			expect(listed.map((p) => p.id)).toEqual([a, b]);
			expect(listed[0]!.factorKeys).toEqual(['beleid', 'definitie']);
			expect(listed[0]!.dueDate).toBe('2027-03-01');
			expect(listed[0]!.successCriterion).toBe('Definitie vastgesteld door het MT');
			expect(
				await actionPoints.update(t.db, planId, b, {
					categoryKey: 'strategie',
					text: 'Visie vaststellen',
					factorKeys: ['doelstellingen'],
					owner: 'Directeur',
					dueDate: null,
					status: 'done',
					successCriterion: 'Visie staat op de website'
				})
			).toBe(true);
			expect((await actionPoints.get(t.db, planId, b))?.status).toBe('done');
			expect((await actionPoints.get(t.db, planId, b))?.successCriterion).toBe('Visie staat op de website');
			expect(await actionPoints.update(t.db, 'another-plan', b, {
				categoryKey: 'strategie', text: 'x', factorKeys: [], owner: '', dueDate: null, status: 'open', successCriterion: ''
			})).toBe(false);
			expect(await actionPoints.remove(t.db, planId, a)).toBe(true);
			expect((await actionPoints.list(t.db, planId)).map((p) => p.id)).toEqual([b]);
			const orphans = await t.db.selectFrom('action_point_factor').select('action_point_id').where('action_point_id', '=', a).execute();
			expect(orphans).toHaveLength(0);
		});

		it('runs with the durability settings the product promises', async () => {
			if (dialect !== 'sqlite') {
				const r = await sql<{ v: string }>`select current_setting('synchronous_commit') as v`.execute(t.db);
				expect(r.rows[0]!.v).toBe('on');
				return;
			}
			const r = await sql<{ synchronous: number }>`pragma synchronous`.execute(t.db);
			expect(r.rows[0]!.synchronous).toBe(2);
			const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(t.db);
			expect(fk.rows[0]!.foreign_keys).toBe(1);
		});
	});
}
