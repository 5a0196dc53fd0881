/** The answers of one scan, one row per factor, written as each answer is given. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { FactorAnswer } from '$lib/scan/scan';
import { now } from '$lib/server/db/ids';
import { fromColumns, toColumns } from '$lib/server/db/phase-columns';
import { changedFields } from '$lib/audit/audit';
import * as audit from '$lib/audit/server/data/audit';
import { writeTransaction } from '$lib/server/db/group-commit';
import { prepared } from '$lib/server/db/prepared';

export async function list(db: Kysely<Database>, scanId: string): Promise<FactorAnswer[]> {
	const rows = await db.selectFrom('scan_answer').selectAll().where('scan_id', '=', scanId).execute();
	return rows.map((r) => ({
		factorKey: r.factor_key,
		current: fromColumns(r.current_phase, r.current_unknown),
		desired: fromColumns(r.desired_phase, r.desired_unknown),
		needed: r.needed
	}));
}

/**
 * Saves the whole answer of one factor (insert or replace) and marks the scan as changed, in one
 * transaction. `seq` orders the writes of one page: a write with a sequence number not above the
 * stored one arrived late and changes nothing (it returns false). The audit trail gets an update
 * of the scan naming the parts of the answer that changed (never what they say), coalesced per
 * person and minute while a page saves as it changes (decision record 0044). On SQLite the commit
 * may be shared with other requests' writes, and the promise settles after it (decision record 0058).
 */
export async function save(db: Kysely<Database>, scanId: string, answer: FactorAnswer, seq = Date.now() * 1000): Promise<boolean> {
	const current = toColumns(answer.current);
	const desired = toColumns(answer.desired);
	const at = now();
	const values = {
		current_phase: current.phase,
		current_unknown: current.unknown,
		desired_phase: desired.phase,
		desired_unknown: desired.unknown,
		needed: answer.needed,
		client_seq: seq,
		updated_at: at
	};
	return writeTransaction(db, async (trx) => {
		const [before] = (await answerBefore(trx, { scanId, factorKey: answer.factorKey })).rows;
		const result = await upsertAnswer(trx, { scanId, factorKey: answer.factorKey, ...values });
		if (Number(result.numAffectedRows ?? 0) === 0) return false;
		const [scan] = (await touchScan(trx, { scanId, at })).rows;
		const fields = changedFields(before && answerParts(before), answerParts(values), ANSWER_PARTS);
		if (scan && fields.length > 0) await audit.record(trx, { institutionId: scan.institution_id, action: 'update', objectKind: 'scan', objectId: scanId, fields });
		return true;
	});
}

// The three statements of every autosave, prepared once (decision record 0058).
const answerBefore = prepared((db, p: { scanId: string; factorKey: string }) =>
	db
		.selectFrom('scan_answer')
		.select(['current_phase', 'current_unknown', 'desired_phase', 'desired_unknown', 'needed'])
		.where('scan_id', '=', p.scanId)
		.where('factor_key', '=', p.factorKey)
);

type AnswerValues = {
	current_phase: number | null;
	current_unknown: number;
	desired_phase: number | null;
	desired_unknown: number;
	needed: string;
	client_seq: number;
	updated_at: string;
};

const upsertAnswer = prepared((db, p: { scanId: string; factorKey: string } & AnswerValues) => {
	const values = {
		current_phase: p.current_phase,
		current_unknown: p.current_unknown,
		desired_phase: p.desired_phase,
		desired_unknown: p.desired_unknown,
		needed: p.needed,
		client_seq: p.client_seq,
		updated_at: p.updated_at
	};
	return db
		.insertInto('scan_answer')
		.values({ scan_id: p.scanId, factor_key: p.factorKey, ...values })
		.onConflict((oc) =>
			oc
				.columns(['scan_id', 'factor_key'])
				.doUpdateSet(values)
				.where('scan_answer.client_seq', '<', p.client_seq)
		);
});

const touchScan = prepared((db, p: { scanId: string; at: string }) => db.updateTable('scan').set({ updated_at: p.at }).where('id', '=', p.scanId).returning('institution_id'));

const ANSWER_PARTS = ['answer.current', 'answer.desired', 'answer.needed'] as const;

type AnswerColumns = { current_phase: number | null; current_unknown: number; desired_phase: number | null; desired_unknown: number; needed: string };

/** The parts of an answer the trail names, each as one comparable value. */
function answerParts(r: AnswerColumns): Record<(typeof ANSWER_PARTS)[number], string | null> {
	const phase = (p: number | null, unknown: number) => (unknown === 1 ? 'unknown' : p === null ? null : String(p));
	return { 'answer.current': phase(r.current_phase, r.current_unknown), 'answer.desired': phase(r.desired_phase, r.desired_unknown), 'answer.needed': r.needed };
}
