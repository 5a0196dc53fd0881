/**
 * The report's counts of answers, kept up to date as responses arrive (migration 0021, decision
 * record 0049): one row per survey × factor × role × unit × (current, desired) pair, increased in
 * the transaction that stores the response. A report reads these few thousand rows instead of
 * grouping every answer, so its time does not grow with the number of respondents.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { FactorAnswer, PhaseAnswer } from '$lib/scan/scan';
import { isSurveyRole, type AnswerCount, type CountedPhase, type SurveyRole } from '$lib/survey/survey-report';
import { preparedRows } from '$lib/server/db/prepared';

/** How a side is stored in the tally: a key column cannot be NULL, so a side left empty is ''. */
export const sideKey = (phase: PhaseAnswer): string => (phase === null ? '' : String(phase));

const sideOf = (key: string): CountedPhase | null | undefined =>
	key === '' ? null : key === 'unknown' ? 'unknown' : key === '1' || key === '2' || key === '3' ? (Number(key) as 1 | 2 | 3) : undefined;

/** '' is "no unit" in a tally's key. */
export const unitKey = (unitId: string | null): string => unitId ?? '';

/**
 * Adds one response's answers. Called by `surveyResponses.submit` inside its transaction, after
 * the response row. Rows go in key order, so two concurrent submissions on PostgreSQL lock the
 * rows they share in the same order and wait for each other instead of deadlocking.
 */
export async function add(
	db: Kysely<Database>,
	response: { surveyId: string; role: SurveyRole; unitId: string | null },
	answers: readonly FactorAnswer[]
): Promise<void> {
	const byKey = new Map<string, { factor_key: string; current_phase: string; desired_phase: string; n: number }>();
	for (const a of answers) {
		if (a.current === null && a.desired === null) continue;
		const row = { factor_key: a.factorKey, current_phase: sideKey(a.current), desired_phase: sideKey(a.desired), n: 1 };
		const key = `${row.factor_key}\u0000${row.current_phase}\u0000${row.desired_phase}`;
		const seen = byKey.get(key);
		if (seen) seen.n++;
		else byKey.set(key, row);
	}
	if (byKey.size === 0) return;
	const rows = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
	await addRows(db, rows, { surveyId: response.surveyId, role: response.role, unitKey: unitKey(response.unitId) });
}

// Prepared once per number of rows: every submission adds its answers (decision record 0058).
const addRows = preparedRows((db, rows: { factor_key: string; current_phase: string; desired_phase: string; n: number }[], p: { surveyId: string; role: string; unitKey: string }) =>
	db
		.insertInto('survey_answer_tally')
		.values(rows.map((r) => ({ survey_id: p.surveyId, role: p.role, unit_key: p.unitKey, factor_key: r.factor_key, current_phase: r.current_phase, desired_phase: r.desired_phase, n: r.n })))
		.onConflict((oc) =>
			oc
				.columns(['survey_id', 'factor_key', 'role', 'unit_key', 'current_phase', 'desired_phase'])
				.doUpdateSet((eb) => ({ n: eb(eb.ref('survey_answer_tally.n'), '+', eb.ref('excluded.n')) }))
		)
);

/** The counts the report is built from (the same as `surveyAnswers.counts` over the raw answers). */
export async function counts(db: Kysely<Database>, surveyId: string): Promise<AnswerCount[]> {
	const rows = await db
		.selectFrom('survey_answer_tally')
		.select(['factor_key', 'role', 'unit_key', 'current_phase', 'desired_phase', 'n'])
		.where('survey_id', '=', surveyId)
		.where('n', '>', 0)
		.execute();
	const out: AnswerCount[] = [];
	for (const r of rows) {
		const current = sideOf(r.current_phase);
		const desired = sideOf(r.desired_phase);
		if (!isSurveyRole(r.role) || current === undefined || desired === undefined || (current === null && desired === null)) continue;
		out.push({ factorKey: r.factor_key, role: r.role, unitId: r.unit_key === '' ? null : r.unit_key, current, desired, n: Number(r.n) });
	}
	return out;
}
