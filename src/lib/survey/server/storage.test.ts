import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import type { FactorAnswer, PhaseAnswer } from '$lib/scan/scan';
import type { SurveyRole } from '$lib/survey/survey-report';
import { rawAnswersStream, surveyForInstitution, surveyReport } from './access';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import * as units from '$lib/accounts/server/data/units';
import * as surveys from './data/surveys';
import * as surveyResponses from './data/survey-responses';
import * as surveyAnswers from './data/survey-answers';
import * as surveyDrafts from './data/survey-drafts';
import * as apiTokens from './data/api-tokens';
import { submissionAnswers, textsIn } from '$lib/survey/survey';
import { completeSteps, draftProblems, mergePage } from '$lib/survey/survey-form';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const keys = factorsOf(instrument).map(({ factor }) => factor.key);

const allAnswers = (current: PhaseAnswer, desired: PhaseAnswer, needed = ''): FactorAnswer[] =>
	keys.map((factorKey) => ({ factorKey, current, desired, needed }));

for (const dialect of DIALECTS) {
	describe(`survey storage on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let otherInstitutionId: string;
		let userId: string;
		let unitA: string;
		let unitB: string;
		let unitC: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Test')).id;
			otherInstitutionId = (await institutions.create(t.db, 'Universiteit Elders')).id;
			userId = (await users.create(t.db, { institutionId, email: 'f@example.nl', name: 'F', passwordHash: 'x', role: 'facilitator' })).id;
			unitA = (await units.create(t.db, institutionId, 'Faculteit A', 'sector')).id;
			unitB = (await units.create(t.db, institutionId, 'Faculteit B', 'sector')).id;
			unitC = (await units.create(t.db, institutionId, 'Faculteit C', 'sector')).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		function newSurvey(opensAt = '2026-01-01T00:00:00.000Z', title = 'Brede scan', unitId: string | null = null) {
			return surveys.create(t.db, {
				institutionId,
				unitId,
				level: unitId ? 'sector' : 'institution',
				title,
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				opensAt,
				closesAt: '2027-01-01T00:00:00.000Z',
				roles: ['bestuurder', 'medewerker'],
				askUnit: true,
				minGroupSize: 5,
				message: 'Doe mee',
				createdBy: userId
			});
		}

		async function respond(surveyId: string, role: SurveyRole, unitId: string | null, answers: FactorAnswer[]) {
			return surveyResponses.submit(t.db, surveyId, { id: randomUUID(), role, unitId, respondentToken: randomUUID(), answers });
		}

		it('finds a survey by id only within its institution, and by its code', async () => {
			const { id, code } = await newSurvey();
			expect((await surveys.getInInstitution(t.db, institutionId, id))?.title).toBe('Brede scan');
			expect(await surveys.getInInstitution(t.db, otherInstitutionId, id)).toBeUndefined();
			const byCode = await surveys.getByCode(t.db, code);
			expect(byCode?.id).toBe(id);
			expect(byCode?.roles).toEqual(['bestuurder', 'medewerker']);
			expect(code).toMatch(/^[A-Za-z0-9_-]{22}$/);
		});

		it('stores a submission once, however often it is sent', async () => {
			const { id } = await newSurvey();
			const submission = { id: randomUUID(), role: 'medewerker' as const, unitId: unitA, respondentToken: randomUUID(), answers: allAnswers(1, 2) };
			expect(await surveyResponses.submit(t.db, id, submission)).toBe('stored');
			expect(await surveyResponses.submit(t.db, id, submission)).toBe('duplicate');
			expect(await surveyResponses.countsByGroup(t.db, id)).toEqual([{ role: 'medewerker', unitId: unitA, n: 1 }]);
			const answerRows = await t.db.selectFrom('survey_answer').select('factor_key').where('survey_id', '=', id).execute();
			expect(answerRows).toHaveLength(keys.length);
		});

		it('refuses a second, different submission from the same device and keeps the first', async () => {
			const { id } = await newSurvey();
			const token = randomUUID();
			await surveyResponses.submit(t.db, id, { id: randomUUID(), role: 'medewerker', unitId: unitA, respondentToken: token, answers: allAnswers(1, 2) });
			const second = await surveyResponses.submit(t.db, id, { id: randomUUID(), role: 'bestuurder', unitId: unitB, respondentToken: token, answers: allAnswers(3, 3) });
			expect(second).toBe('already_answered');
			expect(await surveyResponses.hasAnswered(t.db, id, token)).toBe(true);
			expect(await surveyResponses.countsByGroup(t.db, id)).toEqual([{ role: 'medewerker', unitId: unitA, n: 1 }]);
		});

		it('keeps a paused draft per device and drops it on submission', async () => {
			const { id } = await newSurvey();
			const token = randomUUID();
			const draft = { role: 'bestuurder' as const, unitId: unitB, answers: { [keys[0]!]: { current: 2 as const, desired: 'unknown' as const, needed: '<b>meer tijd</b>' } } };
			await surveyDrafts.save(t.db, id, token, draft);
			await surveyDrafts.save(t.db, id, token, { ...draft, unitId: unitA });
			expect(await surveyDrafts.get(t.db, id, token)).toEqual({ ...draft, unitId: unitA });
			expect(await surveyDrafts.get(t.db, id, randomUUID())).toBeUndefined();
			await surveyResponses.submit(t.db, id, { id: randomUUID(), role: 'bestuurder', unitId: unitA, respondentToken: token, answers: allAnswers(1, 1) });
			expect(await surveyDrafts.get(t.db, id, token)).toBeUndefined();
		});

		it('keeps a survey’s title and message in Dutch and English, empty English when none was written, and replaces them together', async () => {
			const { id, code } = await newSurvey();
			expect(await surveys.getByCode(t.db, code)).toMatchObject({ title: 'Brede scan', titleEn: '', message: 'Doe mee', messageEn: '' });
			await surveys.updateTexts(t.db, id, { title: 'Brede scan 2026', titleEn: 'Wide scan 2026', message: 'Doe mee!', messageEn: 'Join in! <b>' });
			const read = await surveys.getInInstitution(t.db, institutionId, id);
			expect(read).toMatchObject({ title: 'Brede scan 2026', titleEn: 'Wide scan 2026', message: 'Doe mee!', messageEn: 'Join in! <b>' });
			expect(textsIn(read!, 'en')).toEqual({ title: 'Wide scan 2026', message: 'Join in! <b>' });
			const created = await surveys.create(t.db, {
				institutionId, unitId: null, level: 'institution', title: 'Tweetalig', titleEn: 'Bilingual', instrumentKey: instrument.key, instrumentVersion: instrument.version,
				opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2027-01-01T00:00:00.000Z', roles: ['medewerker'], askUnit: false, minGroupSize: 5, message: '', messageEn: 'Hello', createdBy: userId
			});
			expect(await surveys.getByCode(t.db, created.code)).toMatchObject({ titleEn: 'Bilingual', messageEn: 'Hello' });
		});

		it('keeps every page’s answers in the draft as a respondent goes forward and back, and sends them as one response', async () => {
			const { id } = await newSurvey();
			const token = randomUUID();
			const rules = { instrument, roles: ['bestuurder', 'medewerker'] as const, unitIds: [unitA, unitB] };
			const fields = (category: number, phase: string, extra: Record<string, string> = {}) => (name: string) =>
				extra[name] ?? (instrument.categories[category]!.factors.some((f) => name.endsWith(`.${f.key}`)) && !name.startsWith('needed.') ? phase : '');
			// Each page posts into what is stored, as the route does.
			const post = async (step: string, get: (name: string) => string) => {
				const merged = mergePage((await surveyDrafts.get(t.db, id, token)) ?? { role: null, unitId: null, answers: {} }, get, rules, step, true);
				expect(merged.problems).toEqual({});
				await surveyDrafts.save(t.db, id, token, merged.draft);
			};
			await post('strategie', fields(0, '1', { role: 'medewerker', unit: unitB }));
			await post('structuur', fields(1, '2'));
			await post('strategie', fields(0, '3', { role: 'medewerker', unit: unitB }));
			await post('support', fields(2, 'unknown'));
			const draft = (await surveyDrafts.get(t.db, id, token))!;
			expect(completeSteps(draft, rules)).toEqual(['strategie', 'structuur', 'support']);
			expect(draftProblems(draft, rules)).toEqual({});
			expect(await surveyResponses.submit(t.db, id, { id: randomUUID(), role: draft.role!, unitId: draft.unitId, respondentToken: token, answers: submissionAnswers(instrument, draft) })).toBe('stored');
			const stored = await t.db.selectFrom('survey_answer').select(['factor_key', 'current_phase', 'current_unknown']).where('survey_id', '=', id).execute();
			const byKey = Object.fromEntries(stored.map((r) => [r.factor_key, r]));
			expect(byKey[instrument.categories[0]!.factors[0]!.key]).toMatchObject({ current_phase: 3 });
			expect(byKey[instrument.categories[1]!.factors[0]!.key]).toMatchObject({ current_phase: 2 });
			expect(byKey[instrument.categories[2]!.factors[0]!.key]).toMatchObject({ current_phase: null, current_unknown: 1 });
			expect(await surveyDrafts.get(t.db, id, token)).toBeUndefined();
		});

		it('deletes a survey with its responses, answers, paused answers and action plan, only within its institution', async () => {
			const { id } = await newSurvey(undefined, 'Weg', unitC);
			const keep = await newSurvey(undefined, 'Blijft');
			for (const surveyId of [id, keep.id]) {
				await respond(surveyId, 'medewerker', unitC, allAnswers(1, 2));
				await surveyDrafts.save(t.db, surveyId, 'paused', { role: null, unitId: null, answers: {} });
			}
			const planId = (await surveys.getInInstitution(t.db, institutionId, id))!.actionPlanId;
			expect(await surveys.remove(t.db, otherInstitutionId, id)).toBe(false);
			expect(await surveys.remove(t.db, institutionId, id)).toBe(true);
			expect(await surveys.getInInstitution(t.db, institutionId, id)).toBeUndefined();
			for (const table of ['survey_response', 'survey_answer', 'survey_draft'] as const) {
				expect((await t.db.selectFrom(table).select('survey_id').where('survey_id', '=', id).execute()).length, table).toBe(0);
				expect((await t.db.selectFrom(table).select('survey_id').where('survey_id', '=', keep.id).execute()).length, table).toBeGreaterThan(0);
			}
			expect(await t.db.selectFrom('action_plan').select('id').where('id', '=', planId).execute()).toEqual([]);
		});

		it('counts answers per factor, role, unit and pair of phases in the database, and the report hides a unit of four', async () => {
			const { id } = await newSurvey();
			for (let i = 0; i < 6; i++) await respond(id, 'medewerker', unitA, allAnswers(1, 3));
			for (let i = 0; i < 5; i++) await respond(id, 'bestuurder', unitB, allAnswers(2, 'unknown'));
			for (let i = 0; i < 7; i++) await respond(id, 'medewerker', unitB, allAnswers(3, 3));
			for (let i = 0; i < 4; i++) await respond(id, 'medewerker', unitC, allAnswers(2, 2));

			const counts = await surveyAnswers.counts(t.db, id);
			const first = counts.filter((c) => c.factorKey === keys[0]);
			// Each respondent's own pair of phases stays together: the report needs their gap.
			expect(first).toContainEqual({ factorKey: keys[0], role: 'medewerker', unitId: unitA, current: 1, desired: 3, n: 6 });
			expect(first).toContainEqual({ factorKey: keys[0], role: 'bestuurder', unitId: unitB, current: 2, desired: 'unknown', n: 5 });

			const survey = (await surveys.getInInstitution(t.db, institutionId, id))!;
			const { report } = await surveyReport(t.db, { survey, instrument });
			expect(report.total.respondents).toBe(22);
			const total = report.total.factors[0]!;
			expect(total.current).toEqual({ 1: 6, 2: 9, 3: 7, unknown: 0 });
			// 22 current answers: 6×1, 9×2, 7×3 → 11th and 12th are both 2.
			expect(total.currentMedian).toBe(2);
			// Desired: 6×3 + 7×3 + 4×2 = 17 phases (5 unknown): 4×2 then 13×3 → 9th = 3.
			expect(total.desiredMedian).toBe(3);
			expect(report.byUnit.map((u) => [u.key, u.respondents, u.suppressed])).toEqual([
				[unitA, 6, true],
				[unitB, 12, false],
				[unitC, 4, true]
			]);
			expect(report.byRole.map((r) => [r.key, r.respondents, r.suppressed])).toEqual([
				['bestuurder', 5, false],
				['medewerker', 17, false]
			]);
		});

		it('leaves out the unit of a raw answer whose role × unit combination the report hides, also when role and unit are shown', async () => {
			const { id } = await newSurvey(undefined, 'Kruistabel');
			const group = { medewerker: { [unitA]: 6, [unitB]: 6, [unitC]: 6 }, bestuurder: { [unitA]: 1, [unitB]: 5, [unitC]: 6 } } as const;
			for (const [role, byUnit] of Object.entries(group)) for (const [unitId, n] of Object.entries(byUnit)) for (let i = 0; i < n; i++) await respond(id, role as SurveyRole, unitId, allAnswers(2, 3));
			const context = await surveyForInstitution(t.db, institutionId, id);
			const { report } = await surveyReport(t.db, context);
			// Every role and unit is shown; one bestuurder in A hides A and B in both rows (record 0033).
			expect([...report.byRole, ...report.byUnit].filter((g) => g.respondents > 0 && g.suppressed)).toEqual([]);
			const shownCells = new Set(report.byRoleAndUnit.filter((g) => !g.suppressed).map((g) => `${g.role}|${g.unitKey}`));
			expect([...shownCells].sort()).toEqual([`bestuurder|${unitC}`, `medewerker|${unitC}`]);

			const raw = JSON.parse(await new Response(await rawAnswersStream(t.db, context)).text()) as { responses: { role: string | null; unit: string | null }[] };
			expect(raw.responses).toHaveLength(30);
			expect(raw.responses.every((r) => r.role !== null)).toBe(true);
			expect(raw.responses.filter((r) => r.unit === 'Faculteit C')).toHaveLength(12);
			expect(raw.responses.filter((r) => r.unit === null)).toHaveLength(18);
			const unitIdByName = new Map([['Faculteit A', unitA], ['Faculteit B', unitB], ['Faculteit C', unitC]]);
			for (const r of raw.responses.filter((r) => r.unit !== null)) expect(shownCells.has(`${r.role}|${unitIdByName.get(r.unit!)}`)).toBe(true);
		});

		it('compares with the previous survey of the same scope', async () => {
			// Scoped to unit C so the institution-wide surveys of the other tests are not candidates.
			const older = await newSurvey('2024-01-01T00:00:00.000Z', 'Twee jaar geleden', unitC);
			const earlier = await newSurvey('2025-01-01T00:00:00.000Z', 'Vorig jaar', unitC);
			for (let i = 0; i < 5; i++) await respond(earlier.id, 'medewerker', unitA, allAnswers(1, 3));
			const later = await newSurvey('2026-06-01T00:00:00.000Z', 'Dit jaar', unitC);
			for (let i = 0; i < 5; i++) await respond(later.id, 'medewerker', unitA, allAnswers(2, 3));
			const survey = (await surveys.getInInstitution(t.db, institutionId, later.id))!;
			const { report, previous } = await surveyReport(t.db, { survey, instrument });
			expect(previous?.id).toBe(earlier.id);
			expect(previous?.id).not.toBe(older.id);
			expect(report.change!.find((c) => c.factorKey === keys[0])).toMatchObject({ factorKey: keys[0], currentChange: 1, desiredChange: 0, gapChange: -1, meanGapChange: -1 });
			expect(report.previousRespondents).toBe(5);
			const first = (await surveys.getInInstitution(t.db, institutionId, older.id))!;
			expect((await surveyReport(t.db, { survey: first, instrument })).previous).toBeNull();
		});

		it('pages through raw answers without loading the survey at once', async () => {
			const { id } = await newSurvey();
			for (let i = 0; i < 7; i++) await respond(id, 'medewerker', unitA, allAnswers(2, 3, `tekst ${i}`));
			const pages: number[] = [];
			const responses = new Set<string>();
			for await (const page of surveyAnswers.rawPages(t.db, id, 3)) {
				pages.push(page.length);
				for (const row of page) responses.add(row.responseId);
			}
			expect(pages).toEqual([3 * keys.length, 3 * keys.length, 1 * keys.length]);
			expect(responses.size).toBe(7);
		});

		it('closes early once, and shares and revokes a read-only link stored only as a hash', async () => {
			const { id } = await newSurvey();
			await surveys.close(t.db, id, '2026-03-01T00:00:00.000Z');
			await surveys.close(t.db, id, '2026-04-01T00:00:00.000Z');
			expect((await surveys.getInInstitution(t.db, institutionId, id))?.closedAt).toBe('2026-03-01T00:00:00.000Z');
			const token = await surveys.share(t.db, id);
			expect((await surveys.getByShareToken(t.db, token))?.id).toBe(id);
			const row = await t.db.selectFrom('survey').select('share_token_hash').where('id', '=', id).executeTakeFirstOrThrow();
			expect(row.share_token_hash).not.toContain(token);
			const newer = await surveys.share(t.db, id);
			expect(await surveys.getByShareToken(t.db, token)).toBeUndefined();
			await surveys.revokeShare(t.db, id);
			expect(await surveys.getByShareToken(t.db, newer)).toBeUndefined();
		});

		it('keeps API tokens hashed, per institution, and revocable', async () => {
			const { id, token } = await apiTokens.create(t.db, institutionId, 'Dashboard', userId);
			expect(await apiTokens.institutionFor(t.db, token)).toBe(institutionId);
			expect(await apiTokens.revoke(t.db, otherInstitutionId, id)).toBe(false);
			expect(await apiTokens.revoke(t.db, institutionId, id)).toBe(true);
			expect(await apiTokens.institutionFor(t.db, token)).toBeUndefined();
			const stored = await t.db.selectFrom('api_token').select('token_hash').execute();
			expect(stored.every((r) => r.token_hash !== token)).toBe(true);
		});

		it('refuses a phase out of range and an answer under a response of another survey in the database itself', async () => {
			const { id } = await newSurvey();
			const other = await newSurvey();
			const responseId = randomUUID();
			await surveyResponses.submit(t.db, id, { id: responseId, role: 'medewerker', unitId: null, respondentToken: randomUUID(), answers: [] });
			await expect(
				t.db.insertInto('survey_answer').values({ survey_id: id, response_id: responseId, factor_key: keys[0]!, role: 'medewerker', unit_id: null, current_phase: 4, current_unknown: 0, desired_phase: 1, desired_unknown: 0, needed: '' }).execute()
			).rejects.toThrow();
			await expect(
				t.db.insertInto('survey_answer').values({ survey_id: other.id, response_id: responseId, factor_key: keys[0]!, role: 'medewerker', unit_id: null, current_phase: 1, current_unknown: 0, desired_phase: 1, desired_unknown: 0, needed: '' }).execute()
			).rejects.toThrow();
		});
	});
}
