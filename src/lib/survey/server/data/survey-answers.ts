/**
 * The answers of submitted survey responses, and the report's counting: the database groups them
 * by factor, role, unit and pair of phases, so a report never loads the answers themselves.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { FactorAnswer } from '$lib/scan/scan';
import { isSurveyRole, type AnswerCount, type CountedPhase, type SurveyRole } from '$lib/survey/survey-report';
import { fromColumns, toColumns } from '$lib/server/db/phase-columns';
import { preparedRows } from '$lib/server/db/prepared';

/** Called by `surveyResponses.submit` inside its transaction. */
export async function insertAll(
	db: Kysely<Database>,
	response: { surveyId: string; responseId: string; role: SurveyRole; unitId: string | null },
	answers: readonly FactorAnswer[]
): Promise<void> {
	if (answers.length === 0) return;
	const rows = answers.map((a) => {
		const current = toColumns(a.current);
		const desired = toColumns(a.desired);
		return { factor_key: a.factorKey, current_phase: current.phase, current_unknown: current.unknown, desired_phase: desired.phase, desired_unknown: desired.unknown, needed: a.needed };
	});
	await insertRows(db, rows, response);
}

type AnswerRow = { factor_key: string; current_phase: number | null; current_unknown: number; desired_phase: number | null; desired_unknown: number; needed: string };

// One insert of all of a response's answers, prepared once per number of answers (decision record 0058).
const insertRows = preparedRows((db, rows: AnswerRow[], p: { surveyId: string; responseId: string; role: string; unitId: string | null }) =>
	db.insertInto('survey_answer').values(
		rows.map((r) => ({
			survey_id: p.surveyId,
			response_id: p.responseId,
			role: p.role,
			unit_id: p.unitId,
			factor_key: r.factor_key,
			current_phase: r.current_phase,
			current_unknown: r.current_unknown,
			desired_phase: r.desired_phase,
			desired_unknown: r.desired_unknown,
			needed: r.needed
		}))
	)
);

/**
 * Counts per factor × role × unit × (current, desired) pair from the answers themselves: what
 * `surveyAnswerTallies.counts` (which the report reads, decision record 0049) must always equal.
 * ONE GROUP BY that walks the
 * covering index survey_answer_report in its own order (no join, no sort, no table reads). The
 * pairs stay pairs: the report needs each respondent's own gap. Answers left empty on both sides
 * are not counted.
 */
export async function counts(db: Kysely<Database>, surveyId: string): Promise<AnswerCount[]> {
	const rows = await db
		.selectFrom('survey_answer')
		.select(['factor_key', 'role', 'unit_id', 'current_phase', 'current_unknown', 'desired_phase', 'desired_unknown', sql<number | string>`count(*)`.as('n')])
		.where('survey_id', '=', surveyId)
		.groupBy(['factor_key', 'role', 'unit_id', 'current_phase', 'current_unknown', 'desired_phase', 'desired_unknown'])
		.execute();
	const out: AnswerCount[] = [];
	for (const r of rows) {
		const current = fromColumns(r.current_phase, r.current_unknown) as CountedPhase | null;
		const desired = fromColumns(r.desired_phase, r.desired_unknown) as CountedPhase | null;
		if (!isSurveyRole(r.role) || (current === null && desired === null)) continue;
		// PostgreSQL returns count(*) as a string, SQLite as a number.
		out.push({ factorKey: r.factor_key, role: r.role, unitId: r.unit_id, current, desired, n: Number(r.n) });
	}
	return out;
}

export interface RawAnswerRow {
	responseId: string;
	role: SurveyRole;
	unitId: string | null;
	submittedAt: string;
	answer: FactorAnswer;
}

/**
 * Every answer of a survey in pages of `pageSize` responses, ordered by response, for the raw
 * export: the caller writes each page out before asking for the next.
 */
export async function* rawPages(db: Kysely<Database>, surveyId: string, pageSize = 500): AsyncGenerator<RawAnswerRow[]> {
	let after = '';
	for (;;) {
		const ids = await db
			.selectFrom('survey_response')
			.select('id')
			.where('survey_id', '=', surveyId)
			.where('id', '>', after)
			.orderBy('id')
			.limit(pageSize)
			.execute();
		if (ids.length === 0) return;
		const last = ids[ids.length - 1]!.id;
		const rows = await db
			.selectFrom('survey_answer as a')
			.innerJoin('survey_response as r', (j) => j.onRef('r.survey_id', '=', 'a.survey_id').onRef('r.id', '=', 'a.response_id'))
			.select(['r.id', 'r.role', 'r.unit_id', 'r.submitted_at', 'a.factor_key', 'a.current_phase', 'a.current_unknown', 'a.desired_phase', 'a.desired_unknown', 'a.needed'])
			.where('a.survey_id', '=', surveyId)
			.where('r.id', '>', after)
			.where('r.id', '<=', last)
			.orderBy('r.id')
			.orderBy('a.factor_key')
			.execute();
		yield rows
			.filter((r) => isSurveyRole(r.role))
			.map((r) => ({
				responseId: r.id,
				role: r.role as SurveyRole,
				unitId: r.unit_id,
				submittedAt: r.submitted_at,
				answer: {
					factorKey: r.factor_key,
					current: fromColumns(r.current_phase, r.current_unknown),
					desired: fromColumns(r.desired_phase, r.desired_unknown),
					needed: r.needed
				}
			}));
		if (ids.length < pageSize) return;
		after = last;
	}
}
