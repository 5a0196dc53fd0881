/**
 * The action plan as CSV for Dutch Excel, written as every CSV of ours is (`$lib/export/csv`):
 * semicolon-separated, UTF-8 with a byte-order mark, CRLF line ends, every field quoted.
 *
 * Layout (docs/decisions/0031-one-tidy-csv-per-plan.md): ONE table, one row per thing the plan
 * holds, its first column saying which kind of row it is (Soort rij: GAP-analyse / Prioriteit /
 * Actiepunt / Eigen vraag / Terugblik / Vooruitblik). Every column holds one kind of value and
 * its header says which; a row leaves empty what its kind does not have. So a user filters on the
 * kind and sorts or pivots any column, and no header ever stands above something else ("wat is
 * nodig" is not under "Actiepunt"). Dates stay ISO (2026-12-07), which every tool reads as a
 * date. The Excel export has the same data on one sheet per kind.
 *
 *   kind        | category | factor | now | desired | gap | what is needed | why this priority | action point | linked factors | owner | due date | status | success criterion | question | answer
 *   GAP-analyse | …        | …      | 1   | 3       | 2   | …              |                   |              |                |       |          |        |                   |          |
 *   Prioriteit  | …        | chosen |     |         |     |                | why               |              |                |       |          |        |                   |          |
 *   Actiepunt   | …        |        |     |         |     |                |                   | the point    | …              | …     | …        | …      | …                 |          |
 *   Eigen vraag |          |        |     |         |     |                |                   |              |                |       |          |        |                   | question | answer
 *   Terugblik   |          |        |     |         |     |                |                   |              |                |       |          |        |                   | question | the room's answer
 */
import { messages } from '$lib/i18n';
import type { PlanDocument } from '$lib/plan/plan-document';
import { csvDocument, type CsvField } from '$lib/export/csv';

type Field = CsvField;

/** The plan CSV's columns, in order; each row kind fills its own. */
const COLUMNS = [
	'rowKind',
	'category',
	'factor',
	'current',
	'desired',
	'gap',
	'needed',
	'priorityReason',
	'text',
	'linkedFactors',
	'owner',
	'dueDate',
	'status',
	'successCriterion',
	'question',
	'answer'
] as const;

type ColumnKey = (typeof COLUMNS)[number];

export function planToCsv(doc: PlanDocument): Buffer {
	const m = messages(doc.language).export;
	const c = m.columns;
	const record = (values: Partial<Record<ColumnKey, Field>>): Field[] => COLUMNS.map((key) => values[key] ?? null);
	const records: Field[][] = [COLUMNS.map((key) => c[key])];
	for (const row of doc.rows) {
		records.push(
			record({
				rowKind: m.csvSections.answer,
				category: row.categoryName,
				factor: row.factorName,
				current: typeof row.current === 'number' ? row.current : row.currentLabel,
				desired: typeof row.desired === 'number' ? row.desired : row.desiredLabel,
				gap: row.gap,
				needed: row.needed
			})
		);
	}
	for (const priority of doc.priorities) {
		records.push(record({ rowKind: m.csvSections.priority, category: priority.categoryName, factor: priority.factorName, priorityReason: priority.reason }));
	}
	for (const point of doc.actionPoints) {
		records.push(
			record({
				rowKind: m.csvSections.actionPoint,
				category: point.categoryName,
				text: point.text,
				linkedFactors: point.factorNames.join(', '),
				owner: point.owner,
				dueDate: point.dueDate,
				status: point.statusLabel,
				successCriterion: point.successCriterion
			})
		);
	}
	for (const own of doc.ownQuestions) records.push(record({ rowKind: m.csvSections.ownQuestion, question: own.question, answer: own.answer }));
	for (const reflection of doc.reflections ?? []) records.push(record({ rowKind: reflection.part, question: reflection.question, answer: reflection.answer }));
	return csvTable(records);
}

/** A whole CSV file of `records` (the header row first), as the bytes a download sends. */
export function csvTable(records: readonly (readonly Field[])[]): Buffer {
	return Buffer.from(csvDocument(records), 'utf8');
}
