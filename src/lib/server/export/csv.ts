/**
 * The action plan as CSV for Dutch Excel: semicolon-separated, UTF-8 with a byte-order mark (so
 * Excel reads é and € right), CRLF line ends, every field quoted.
 *
 * Layout: ONE table with a "section" column (Onderdeel: Antwoord / Prioriteit / Actiepunt) rather
 * than three blocks one under the other. A CSV file is a single table to every tool that reads it
 * (Excel's autofilter and sort, Power Query, pandas): with one header row a user can filter on the
 * section and sort any column without the blocks' headers getting mixed into the data. Columns are
 * shared where the meaning is shared — category, factor(s), text — and left empty where a section
 * has nothing (a priority has no owner). The Excel export has the same data on three sheets.
 *
 *   section     | category | factor(s)        | current | desired | gap | text                  | owner | due date | status | success criterion
 *   Antwoord    | …        | the factor       | 1       | 3       | 2   | what is needed        |       |          |
 *   Prioriteit  | …        | chosen factor    |         |         |     | why                   |       |          |
 *   Actiepunt   | …        | linked factors   |         |         |     | the action point      | …     | …        | …
 *   Eigen vraag |          | the question     |         |         |     | the answer            |       |          |
 *   Terugblik   |          | the question     |         |         |     | the room's answer     |       |          |   (workshops: step 5, per part)
 */
import { messages } from '$lib/i18n';
import type { PlanDocument } from '$lib/plan/plan-document';
import { inertCell, xmlSafeText } from './inert';

export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const LINE_END = '\r\n';

/**
 * Quotes a field, doubling quotes. Text loses control characters (a leading one could hide a
 * formula from the check) and is made formula-inert. Numbers are computed by us and stay numbers.
 */
export function field(value: string | number | null): string {
	if (value === null) return '""';
	const text = typeof value === 'number' ? String(value) : inertCell(xmlSafeText(value));
	return `"${text.replace(/"/g, '""')}"`;
}

export function planToCsv(doc: PlanDocument): Buffer {
	const m = messages(doc.language).export;
	const c = m.columns;
	const records: (string | number | null)[][] = [
		[c.section, c.category, c.factor, c.current, c.desired, c.gap, c.text, c.owner, c.dueDate, c.status, c.successCriterion]
	];
	for (const row of doc.rows) {
		records.push([
			m.csvSections.answer,
			row.categoryName,
			row.factorName,
			typeof row.current === 'number' ? row.current : row.currentLabel,
			typeof row.desired === 'number' ? row.desired : row.desiredLabel,
			row.gap,
			row.needed,
			null,
			null,
			null,
			null
		]);
	}
	for (const priority of doc.priorities) {
		records.push([
			m.csvSections.priority,
			priority.categoryName,
			priority.factorName,
			null,
			null,
			null,
			priority.reason,
			null,
			null,
			null,
			null
		]);
	}
	for (const point of doc.actionPoints) {
		records.push([
			m.csvSections.actionPoint,
			point.categoryName,
			point.factorNames.join(', '),
			null,
			null,
			null,
			point.text,
			point.owner,
			point.dueDate,
			point.statusLabel,
			point.successCriterion
		]);
	}
	for (const own of doc.ownQuestions) {
		records.push([m.csvSections.ownQuestion, null, own.question, null, null, null, own.answer, null, null, null, null]);
	}
	for (const reflection of doc.reflections ?? []) {
		records.push([reflection.part, null, reflection.question, null, null, null, reflection.answer, null, null, null, null]);
	}
	const text = records.map((record) => record.map(field).join(SEPARATOR)).join(LINE_END) + LINE_END;
	return Buffer.from(BOM + text, 'utf8');
}
