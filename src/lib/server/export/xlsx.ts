/**
 * The action plan as an Excel workbook: one sheet per kind of row — the answers (GAP analysis),
 * the priorities, the action points, and where there are any own questions and step 5 — in the
 * document's language, each column one kind of value under a header that says which, so a sheet
 * pivots as it is. Each sheet is a plain table (bold, frozen header row
 * with a filter) so people can sort and filter; the title and institution are in the workbook's
 * properties rather than above the table, where they would get in the way of sorting.
 *
 * Every piece of text is written as a string cell through `inertCell` — never as a formula —
 * so a participant's "=HYPERLINK(…)" stays the text it was typed as.
 */
import ExcelJS from 'exceljs';
import { messages } from '$lib/i18n';
import type { PlanDocument } from '$lib/plan/plan-document';
import type { PhaseAnswer } from '$lib/scan/scan';
import { inertCell, xmlSafeText } from '$lib/export/inert';

export type CellValue = string | number | Date | null;

/** Text as a spreadsheet must hold it: XML-safe, then formula-inert; empty text is an empty cell. */
export function text(value: string): string | null {
	const safe = xmlSafeText(value);
	return safe === '' ? null : inertCell(safe);
}

function phase(value: PhaseAnswer, label: string): CellValue {
	return typeof value === 'number' ? value : text(label);
}

function isoDate(value: string | null): CellValue {
	if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value ? text(value) : null;
	return new Date(`${value}T00:00:00Z`);
}

export interface Column {
	header: string;
	width: number;
	/** Long free text wraps inside its cell. */
	wrap?: boolean;
	numFmt?: string;
}

export function addTable(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: CellValue[][]): void {
	const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
	sheet.columns = columns.map((column) => ({
		width: column.width,
		style: {
			alignment: { vertical: 'top', wrapText: column.wrap ?? false },
			...(column.numFmt ? { numFmt: column.numFmt } : {})
		}
	}));
	const header = sheet.addRow(columns.map((column) => text(column.header)));
	header.font = { bold: true };
	header.alignment = { vertical: 'top', wrapText: true };
	for (const row of rows) sheet.addRow(row);
	sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export async function planToXlsx(doc: PlanDocument): Promise<Buffer> {
	const m = messages(doc.language).export;
	const c = m.columns;
	const workbook = new ExcelJS.Workbook();
	const generated = new Date(doc.generatedAt);
	workbook.creator = 'Blendwijzer';
	workbook.lastModifiedBy = 'Blendwijzer';
	workbook.title = xmlSafeText(doc.title);
	workbook.subject = xmlSafeText(`${doc.institutionName} — ${doc.scopeLabel}`);
	workbook.description = xmlSafeText(`${doc.instrumentTitle} (${doc.instrumentVersion})`);
	workbook.created = generated;
	workbook.modified = generated;

	addTable(
		workbook,
		m.sheets.answers,
		[
			{ header: c.category, width: 26, wrap: true },
			{ header: c.factor, width: 44, wrap: true },
			{ header: c.current, width: 16 },
			{ header: c.desired, width: 20 },
			{ header: c.gap, width: 8 },
			{ header: c.needed, width: 60, wrap: true }
		],
		doc.rows.map((row) => [
			text(row.categoryName),
			text(row.factorName),
			phase(row.current, row.currentLabel),
			phase(row.desired, row.desiredLabel),
			row.gap,
			text(row.needed)
		])
	);

	addTable(
		workbook,
		m.sheets.priorities,
		[
			{ header: c.category, width: 26, wrap: true },
			{ header: c.factor, width: 44, wrap: true },
			{ header: c.priorityReason, width: 70, wrap: true }
		],
		doc.priorities.map((priority) => [text(priority.categoryName), text(priority.factorName), text(priority.reason)])
	);

	addTable(
		workbook,
		m.sheets.actionPoints,
		[
			{ header: c.category, width: 24, wrap: true },
			{ header: c.text, width: 60, wrap: true },
			{ header: c.linkedFactors, width: 36, wrap: true },
			{ header: c.owner, width: 22, wrap: true },
			// A real date, shown with the month written out in the reader's Excel language.
			{ header: c.dueDate, width: 18, numFmt: 'd mmmm yyyy' },
			{ header: c.status, width: 12 },
			{ header: c.successCriterion, width: 48, wrap: true }
		],
		doc.actionPoints.map((point) => [
			text(point.categoryName),
			text(point.text),
			text(point.factorNames.join(', ')),
			text(point.owner),
			isoDate(point.dueDate),
			text(point.statusLabel),
			text(point.successCriterion)
		])
	);

	if (doc.ownQuestions.length > 0) {
		addTable(
			workbook,
			m.sheets.ownQuestions,
			[
				{ header: c.question, width: 50, wrap: true },
				{ header: c.answer, width: 60, wrap: true }
			],
			doc.ownQuestions.map((own) => [text(own.question), text(own.answer)])
		);
	}

	if (doc.reflections && doc.reflections.length > 0) {
		addTable(
			workbook,
			m.sheets.reflections,
			[
				{ header: c.part, width: 16, wrap: true },
				{ header: c.question, width: 50, wrap: true },
				{ header: c.answer, width: 70, wrap: true }
			],
			doc.reflections.map((reflection) => [text(reflection.part), text(reflection.question), text(reflection.answer)])
		);
	}

	const buffer = await workbook.xlsx.writeBuffer();
	return Buffer.from(buffer);
}
