import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import type { FactorAnswer, PhaseAnswer } from '$lib/scan/scan';
import { SURVEY_ROLES, buildSurveyReport, type AnswerCount, type RespondentCount, type SurveyRole } from '$lib/survey/survey-report';
import { backfillSurveyTallies } from '$lib/server/db/migrations/0021-survey-tallies';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import * as units from '$lib/accounts/server/data/units';
import * as surveys from './data/surveys';
import * as surveyResponses from './data/survey-responses';
import * as surveyAnswers from './data/survey-answers';
import * as surveyDrafts from './data/survey-drafts';
import * as surveyAnswerTallies from './data/survey-answer-tallies';
import * as surveyRespondentTallies from './data/survey-respondent-tallies';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const keys = factorsOf(instrument).map(({ factor }) => factor.key);

const sortedCounts = (counts: readonly AnswerCount[]) =>
	[...counts].map((c) => JSON.stringify([c.factorKey, c.role, c.unitId, c.current, c.desired, c.n])).sort();
const sortedRespondents = (counts: readonly RespondentCount[]) => [...counts].map((c) => JSON.stringify([c.role, c.unitId, c.n])).sort();

const SIDES: PhaseAnswer[] = [null, 1, 2, 3, 'unknown'];
const phase = fc.constantFrom(...SIDES);
/** A respondent: a role, a unit (or none), and an answer per factor, some left out or empty. */
const respondent = (unitCount: number) =>
	fc.record({
		role: fc.constantFrom(...SURVEY_ROLES),
		unit: fc.integer({ min: -1, max: unitCount - 1 }),
		answers: fc.array(fc.tuple(phase, phase), { minLength: keys.length, maxLength: keys.length }),
		skip: fc.array(fc.boolean(), { minLength: keys.length, maxLength: keys.length })
	});

for (const dialect of DIALECTS) {
	describe(`the survey report's tallies on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let userId: string;
		let unitIds: string[];

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Telling')).id;
			userId = (await users.create(t.db, { institutionId, email: 'f@example.nl', name: 'F', passwordHash: 'x', role: 'facilitator' })).id;
			unitIds = [];
			for (const name of ['Faculteit A', 'Faculteit B', 'Faculteit C']) unitIds.push((await units.create(t.db, institutionId, name, 'sector')).id);
		});
		afterAll(async () => {
			await t.destroy();
		});

		const newSurvey = (minGroupSize: number) =>
			surveys.create(t.db, {
				institutionId,
				unitId: null,
				level: 'institution',
				title: 'Telling',
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				opensAt: '2026-01-01T00:00:00.000Z',
				closesAt: '2027-01-01T00:00:00.000Z',
				roles: [...SURVEY_ROLES],
				askUnit: true,
				minGroupSize,
				message: '',
				createdBy: userId
			});

		const submit = (surveyId: string, role: SurveyRole, unitId: string | null, answers: FactorAnswer[], token = randomUUID(), id = randomUUID()) =>
			surveyResponses.submit(t.db, surveyId, { id, role, unitId, respondentToken: token, answers });

		/** The report as it is built from the tallies, and as it is counted from the raw answers. */
		async function bothReports(surveyId: string, minGroupSize: number) {
			const input = { instrument, minGroupSize, roles: SURVEY_ROLES, unitIds };
			const tallied = { counts: await surveyAnswerTallies.counts(t.db, surveyId), respondents: await surveyRespondentTallies.countsByGroup(t.db, surveyId) };
			const raw = { counts: await surveyAnswers.counts(t.db, surveyId), respondents: await surveyResponses.countsByGroup(t.db, surveyId) };
			return { tallied, raw, fromTallies: buildSurveyReport({ ...input, ...tallied }), fromAnswers: buildSurveyReport({ ...input, ...raw }) };
		}

		it('gives the same report as counting the raw answers, for any respondents (every figure, per respondent gap and agreement included)', async () => {
			await fc.assert(
				fc.asyncProperty(fc.array(respondent(unitIds.length), { maxLength: 40 }), fc.integer({ min: 2, max: 6 }), async (people, minGroupSize) => {
					const { id } = await newSurvey(minGroupSize);
					for (const p of people) {
						const answers = keys
							.map((factorKey, i) => ({ factorKey, current: p.answers[i]![0], desired: p.answers[i]![1], needed: '' }))
							.filter((_, i) => !p.skip[i]);
						expect(await submit(id, p.role, p.unit < 0 ? null : unitIds[p.unit]!, answers)).toBe('stored');
					}
					const { tallied, raw, fromTallies, fromAnswers } = await bothReports(id, minGroupSize);
					expect(sortedCounts(tallied.counts)).toEqual(sortedCounts(raw.counts));
					expect(sortedRespondents(tallied.respondents)).toEqual(sortedRespondents(raw.respondents));
					expect(fromTallies).toEqual(fromAnswers);
				}),
				{ numRuns: Number(process.env.PROPERTY_RUNS ?? 25) }
			);
		});

		it('counts a resent submission and a second one from the same device once, and paused answers not at all', async () => {
			const { id } = await newSurvey(2);
			const token = randomUUID();
			const responseId = randomUUID();
			const answers = keys.map((factorKey) => ({ factorKey, current: 1 as const, desired: 3 as const, needed: '' }));
			await surveyDrafts.save(t.db, id, randomUUID(), { role: 'student', unitId: unitIds[0]!, answers: { [keys[0]!]: { current: 2, desired: 2, needed: '' } } });
			expect(await submit(id, 'medewerker', unitIds[0]!, answers, token, responseId)).toBe('stored');
			expect(await submit(id, 'medewerker', unitIds[0]!, answers, token, responseId)).toBe('duplicate');
			expect(await submit(id, 'student', null, answers, token)).toBe('already_answered');
			expect(await surveyRespondentTallies.countsByGroup(t.db, id)).toEqual([{ role: 'medewerker', unitId: unitIds[0], n: 1 }]);
			const counts = await surveyAnswerTallies.counts(t.db, id);
			expect(counts).toHaveLength(keys.length);
			expect(counts.every((c) => c.n === 1 && c.current === 1 && c.desired === 3 && c.role === 'medewerker')).toBe(true);
		});

		it('is counted again for surveys answered before the tallies existed (the backfill of migration 0021)', async () => {
			const { id } = await newSurvey(2);
			await submit(id, 'student', null, keys.map((factorKey, i) => ({ factorKey, current: SIDES[i % SIDES.length]!, desired: i % 3 === 0 ? null : 2, needed: '' })));
			await submit(id, 'bestuurder', unitIds[1]!, keys.map((factorKey) => ({ factorKey, current: 'unknown' as const, desired: 3 as const, needed: '' })));
			const before = await bothReports(id, 2);
			await sql`delete from survey_answer_tally`.execute(t.db);
			await sql`delete from survey_respondent_tally`.execute(t.db);
			// The migration's own function, as it runs on a database before the tallies (migrations see no table types).
			await backfillSurveyTallies(t.db as unknown as Kysely<unknown>);
			const after = await bothReports(id, 2);
			expect(sortedCounts(after.tallied.counts)).toEqual(sortedCounts(before.tallied.counts));
			expect(sortedRespondents(after.tallied.respondents)).toEqual(sortedRespondents(before.tallied.respondents));
			expect(after.fromTallies).toEqual(after.fromAnswers);
		});

		it('goes with its survey when the survey is deleted, and the survey list counts respondents from it', async () => {
			const gone = await newSurvey(2);
			const kept = await newSurvey(2);
			for (const surveyId of [gone.id, kept.id]) for (const role of ['student', 'student', 'medewerker'] as const) await submit(surveyId, role, null, [{ factorKey: keys[0]!, current: 2, desired: 3, needed: '' }]);
			expect((await surveys.listForInstitution(t.db, institutionId)).find((s) => s.id === kept.id)?.responses).toBe(3);
			expect(await surveys.remove(t.db, institutionId, gone.id)).toBe(true);
			for (const table of ['survey_answer_tally', 'survey_respondent_tally'] as const) {
				expect(await t.db.selectFrom(table).select('survey_id').where('survey_id', '=', gone.id).execute(), table).toEqual([]);
				expect((await t.db.selectFrom(table).select('survey_id').where('survey_id', '=', kept.id).execute()).length, table).toBeGreaterThan(0);
			}
		});
	});
}
