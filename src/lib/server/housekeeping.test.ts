import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from './db/test-db';
import { loadInstrument } from '$lib/instrument';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import * as sessions from '$lib/accounts/server/data/sessions';
import * as invites from '$lib/accounts/server/data/invites';
import * as surveys from '$lib/survey/server/data/surveys';
import * as surveyDrafts from '$lib/survey/server/data/survey-drafts';
import * as scans from '$lib/scan/server/data/scans';
import * as workshops from '$lib/workshop/server/data/workshops';
import * as actionPoints from '$lib/plan/server/data/action-points';
import { defaultAgenda } from '$lib/workshop/workshop';
import { defaultGroups } from '$lib/workshop/table-groups';
import { append, since } from './events/store';
import { KEEP_CLOSED_SURVEY_DRAFTS_DAYS, KEEP_EVENTS_DAYS, KEEP_EXPIRED_INVITES_DAYS, monthsBefore, sweep } from './housekeeping';

const DAY = 24 * 3600 * 1000;
const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const draft = { role: 'medewerker' as const, unitId: null, answers: {} };

for (const dialect of DIALECTS) {
	describe(`housekeeping on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let userId: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Opruim')).id;
			userId = (await users.create(t.db, { institutionId, email: 'o@example.nl', name: 'Opruimer', passwordHash: 'x', role: 'admin' })).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		const newSurvey = (closesAt: string) =>
			surveys.create(t.db, {
				institutionId,
				unitId: null,
				level: 'institution',
				title: 'Brede scan',
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				opensAt: '2026-01-01T00:00:00.000Z',
				closesAt,
				roles: ['medewerker'],
				askUnit: false,
				minGroupSize: 5,
				message: '',
				createdBy: userId
			});

		it('deletes expired sessions and keeps the ones still valid', async () => {
			const old = await sessions.create(t.db, userId, new Date(Date.now() - (sessions.SESSION_DAYS + 1) * DAY));
			const fresh = await sessions.create(t.db, userId);
			const swept = await sweep(t.db);
			expect(swept.sessions).toBeGreaterThanOrEqual(1);
			expect(await sessions.userIdFor(t.db, old.token, new Date(0))).toBeUndefined();
			expect(await sessions.userIdFor(t.db, fresh.token)).toBe(userId);
		});

		it('deletes live events only once they are older than the catch-up period, and never reuses their ids', async () => {
			const channel = `housekeeping-${dialect}`;
			const first = await append(t.db, t.dialect, channel, 'changed', {});
			expect((await sweep(t.db, new Date(Date.now() + (KEEP_EVENTS_DAYS - 1) * DAY))).events).toBe(0);
			expect(await since(t.db, channel, 0)).toHaveLength(1);
			expect((await sweep(t.db, new Date(Date.now() + (KEEP_EVENTS_DAYS + 1) * DAY))).events).toBeGreaterThanOrEqual(1);
			expect(await since(t.db, channel, 0)).toHaveLength(0);
			const next = await append(t.db, t.dialect, channel, 'changed', {});
			expect(next.id).toBeGreaterThan(first.id);
			expect((await since(t.db, channel, first.id)).map((e) => e.id)).toEqual([next.id]);
		});

		it('deletes invitations long expired, used or not, and keeps the open ones', async () => {
			const longAgo = new Date(Date.now() - (invites.INVITE_DAYS + KEEP_EXPIRED_INVITES_DAYS + 1) * DAY);
			const expired = await invites.create(t.db, { institutionId, role: 'facilitator', createdBy: userId }, longAgo);
			const open = await invites.create(t.db, { institutionId, role: 'facilitator', createdBy: userId });
			await sweep(t.db);
			const left = await t.db.selectFrom('invite').select('id').where('institution_id', '=', institutionId).execute();
			expect(left.map((r) => r.id)).toEqual([open.invite.id]);
			expect(left.map((r) => r.id)).not.toContain(expired.invite.id);
		});

		it('deletes paused answers of surveys closed more than a month ago, and keeps those of open and recently closed surveys', async () => {
			const iso = (days: number) => new Date(Date.now() + days * DAY).toISOString();
			const longClosed = await newSurvey(iso(-(KEEP_CLOSED_SURVEY_DRAFTS_DAYS + 1)));
			const recentlyClosed = await newSurvey(iso(-1));
			const open = await newSurvey(iso(10));
			for (const s of [longClosed, recentlyClosed, open]) await surveyDrafts.save(t.db, s.id, 'respondent-token', draft);
			expect((await sweep(t.db)).surveyDrafts).toBe(1);
			expect(await surveyDrafts.get(t.db, longClosed.id, 'respondent-token')).toBeUndefined();
			expect(await surveyDrafts.get(t.db, recentlyClosed.id, 'respondent-token')).toEqual(draft);
			expect(await surveyDrafts.get(t.db, open.id, 'respondent-token')).toEqual(draft);
		});

		it('deletes scans, workshops and surveys left untouched past the institution’s retention period, and nothing else', async () => {
			const kept = (await institutions.create(t.db, 'Bewaart alles')).id;
			const strict = (await institutions.create(t.db, 'Bewaart een jaar')).id;
			await institutions.setRetention(t.db, strict, 12);
			const longAgo = monthsBefore(new Date(), 13).toISOString();
			const age = async (table: 'scan' | 'workshop' | 'survey', id: string, closes = false) =>
				t.db.updateTable(table).set(closes ? { updated_at: longAgo, closes_at: longAgo } : { updated_at: longAgo }).where('id', '=', id).execute();
			const scan = async (institutionId: string, title: string) =>
				scans.create(t.db, { institutionId, unitId: null, level: 'institution', title, instrumentKey: instrument.key, instrumentVersion: instrument.version, createdBy: userId });
			const oldScan = await scan(strict, 'Oud');
			const recentScan = await scan(strict, 'Recent');
			const followedUp = await scan(strict, 'Oud, maar het plan leeft');
			const otherOld = await scan(kept, 'Oud bij wie alles bewaart');
			for (const id of [oldScan, followedUp, otherOld]) await age('scan', id);
			const planId = (await scans.getInInstitution(t.db, strict, followedUp))!.actionPlanId;
			await actionPoints.add(t.db, planId, { categoryKey: 'strategie', text: 'Loopt nog', factorKeys: [], owner: '', dueDate: null, status: 'in_progress', successCriterion: '' });
			const workshop = await workshops.create(t.db, { institutionId: strict, unitId: null, level: 'institution', title: 'Oude workshop', instrumentKey: instrument.key, instrumentVersion: instrument.version, leaderId: userId, agenda: defaultAgenda(instrument), groups: defaultGroups(instrument), askNames: false });
			await age('workshop', workshop);
			const closed = await surveys.create(t.db, { institutionId: strict, unitId: null, level: 'institution', title: 'Oud en dicht', instrumentKey: instrument.key, instrumentVersion: instrument.version, opensAt: longAgo, closesAt: longAgo, roles: ['medewerker'], askUnit: false, minGroupSize: 5, message: '', createdBy: userId });
			const stillOpen = await surveys.create(t.db, { institutionId: strict, unitId: null, level: 'institution', title: 'Oud maar open', instrumentKey: instrument.key, instrumentVersion: instrument.version, opensAt: longAgo, closesAt: monthsBefore(new Date(), -1).toISOString(), roles: ['medewerker'], askUnit: false, minGroupSize: 5, message: '', createdBy: userId });
			await age('survey', closed.id, true);
			await age('survey', stillOpen.id);

			expect((await sweep(t.db)).expired).toBe(3);
			expect(await scans.getInInstitution(t.db, strict, oldScan)).toBeUndefined();
			expect(await workshops.getInInstitution(t.db, strict, workshop)).toBeUndefined();
			expect(await surveys.getInInstitution(t.db, strict, closed.id)).toBeUndefined();
			for (const [institutionId, id] of [[strict, recentScan], [strict, followedUp], [kept, otherOld]] as const) expect(await scans.getInInstitution(t.db, institutionId, id)).toBeDefined();
			expect(await surveys.getInInstitution(t.db, strict, stillOpen.id)).toBeDefined();
		});
	});
}
