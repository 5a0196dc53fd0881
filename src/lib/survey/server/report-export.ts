/**
 * Exports of an institution-wide scan's report: PDF (a cover, a one-page summary — where the gaps
 * and the disagreement are largest, and the survey's action plan in short — then the same
 * distribution chart as the page and every table), Excel (one sheet per table, numbers as numbers;
 * the roles table one row per factor and role, so it pivots) and CSV (one long table: table, row,
 * column, value — one header row, so every tool can filter and sort it). All from the report
 * document, where small groups are already left out; the raw anonymous answers (json) come as a
 * stream the route opens. Routes check access first; nothing here reads storage.
 */
import ExcelJS from 'exceljs';
import { messages } from '$lib/i18n';
import { reportIntro, type GroupComparison, type ReportCell, type ReportTable, type SurveyReportDocument } from '$lib/survey/survey-report-document';
import type { PlanDocument } from '$lib/plan/plan-document';
import { renderDistributionChart } from '$lib/chart/distribution-chart';
import { renderGroupChart } from '$lib/chart/group-chart';
import { COLOURS, cover, finishPdf, openPdf, pdfText, type PdfOptions } from '$lib/server/export/pdf';
import { coverLines, morePointsText, priorityTable, SUMMARY_GAPS, summaryPointTable, type TextTable } from '$lib/server/export/sections';
import { addTable, text } from '$lib/server/export/xlsx';
import { csvTable } from '$lib/server/export/csv';
import { xmlSafeText } from '$lib/export/inert';
import { downloadName, slugify } from '$lib/server/export/filename';
import { exporter } from '$lib/server/export/registry';
import { REPORT_FORMATS, type ReportFormat } from '$lib/export/formats';

/** `rapport-<slug>-<date>.pdf` or `report-<slug>-<date>.pdf`, in the report's language. */
export function reportFilename(doc: SurveyReportDocument, extension: string): string {
	return downloadName(messages(doc.language).export.fileNames.report, slugify(doc.title), doc.generatedAt, extension);
}

/** What a report export gets: the report, the survey's action plan (for the summary), and a way to open the raw answers (only the json format reads them). */
export interface ReportExport {
	report: SurveyReportDocument;
	plan?: PlanDocument;
	rawAnswers: () => Promise<ReadableStream<Uint8Array>>;
}

/** The survey report's formats, registered with the same export registry as the action plan. */
export const reportExports = exporter<ReportExport, ReportFormat>(
	REPORT_FORMATS,
	{
		pdf: ({ report, plan }) => reportToPdf(report, { plan }),
		xlsx: ({ report }) => reportToXlsx(report),
		csv: ({ report }) => reportToCsv(report),
		json: ({ rawAnswers }) => rawAnswers()
	},
	({ report }, extension) => reportFilename(report, extension)
);

/** A report table as the PDF and Word draw it: under spanning headers where it has them (roles). */
export function reportTextTable(table: ReportTable): TextTable {
	const numeric = (i: number) => table.numeric.includes(i);
	const rows = table.rows.map((row) => row.map((cell) => cell.text));
	if (table.grouped) {
		const { groups, columns } = table.grouped;
		return {
			columns: [{ header: table.columns[0]! }, ...groups.flatMap(() => columns.map((header) => ({ header })))].map((column, i) => ({
				...column,
				align: numeric(i) ? ('center' as const) : ('left' as const)
			})),
			groups: [{ header: '', span: 1 }, ...groups.map((group) => ({ header: `${group.name} (n=${group.respondents})`, span: columns.length }))],
			rows
		};
	}
	return { columns: table.columns.map((header, i) => ({ header, align: numeric(i) ? 'center' : 'left' })), rows };
}

/** More columns than this side by side on an A4 page leave too little width per column for a header's words. */
const PRINTED_COLUMNS = 8;

/**
 * A report table as the PDF draws it: one table, or — when it has more columns than a page holds
 * with whole words (the eleven of "who wants more") — two tables one under the other, each with the
 * first column (the factor) again, so every figure is still read next to its factor's name.
 */
export function reportTextTables(table: ReportTable): TextTable[] {
	const whole = reportTextTable(table);
	if (whole.groups || whole.columns.length <= PRINTED_COLUMNS) return [whole];
	const half = Math.ceil((whole.columns.length - 1) / 2);
	const part = (from: number, to: number): TextTable => ({
		columns: [whole.columns[0]!, ...whole.columns.slice(from, to)],
		rows: whole.rows.map((row) => [row[0]!, ...row.slice(from, to)])
	});
	return [part(1, 1 + half), part(1 + half, whole.columns.length)];
}

/** The summary's largest gaps: factors with the largest positive gap between the medians, at most five. */
export function reportGapsTable(doc: SurveyReportDocument): TextTable {
	const r = messages(doc.language).survey.report;
	const rows = doc.factors
		.filter((f) => (f.gapValue ?? 0) > 0)
		.sort((a, b) => b.gapValue! - a.gapValue!)
		.slice(0, SUMMARY_GAPS);
	return {
		columns: [{ header: r.factor }, { header: r.medianNow, align: 'center' }, { header: r.medianDesired, align: 'center' }, { header: r.gap, align: 'center' }],
		rows: rows.map((f) => [f.factorName, f.medianNow, f.medianDesired, f.gap])
	};
}

/** How many factors the summary names as those people disagree on most. */
const SUMMARY_SPREAD = 3;

/** The summary's most disagreement: the factors with the largest spread. */
export function reportSpreadTable(doc: SurveyReportDocument): TextTable {
	const r = messages(doc.language).survey.report;
	return {
		columns: [{ header: r.factor }, { header: r.category }, { header: r.spread, align: 'center' }],
		rows: doc.factorsBySpread
			.filter((f) => (f.spreadValue ?? 0) > 0)
			.slice(0, SUMMARY_SPREAD)
			.map((f) => [f.factorName, f.categoryName, f.spread])
	};
}

/** What the cover of a report says: the report's own lines and how many responded. */
export function reportCoverLines(doc: SurveyReportDocument) {
	return coverLines({ ...doc, people: { kind: 'respondents', count: doc.respondents } });
}

export async function reportToPdf(doc: SurveyReportDocument, options: PdfOptions & { plan?: PlanDocument } = {}): Promise<Buffer> {
	const m = messages(doc.language);
	const r = m.survey.report;
	const s = m.export.sections;
	const title = pdfText(`${r.title}: ${doc.title}`);
	const generated = new Date(doc.generatedAt);
	const { layout, done } = openPdf({
		language: doc.language,
		title,
		author: doc.institutionName,
		subject: `${doc.instrumentTitle} — ${doc.scopeLabel}`,
		date: Number.isNaN(generated.getTime()) ? new Date(0) : generated
	});
	cover(layout, r.title, doc.title, reportCoverLines(doc));

	// The summary: who answered, where the gaps and the disagreement are largest, and the plan.
	const [respondents, ...reading] = reportIntro(doc);
	layout.heading(s.summary, 18);
	layout.paragraph(respondents!, { size: 10 });
	if (doc.hidden) layout.paragraph(reading[0]!, { size: 10 });
	else if (doc.hiddenGroups > 0) layout.paragraph(reading.at(-1)!, { size: 9, colour: COLOURS.muted });
	layout.space(0.6);
	if (!doc.hidden) {
		const gaps = reportGapsTable(doc);
		layout.heading(s.largestGaps, 12);
		if (gaps.rows.length > 0) layout.textTable(gaps);
		else {
			layout.paragraph(s.noGaps, { size: 9, colour: COLOURS.muted });
			layout.space(0.8);
		}
		const spread = reportSpreadTable(doc);
		if (spread.rows.length > 0) {
			layout.heading(s.mostSpread, 12);
			layout.textTable(spread);
		}
	}
	if (options.plan) {
		const priorities = priorityTable(options.plan);
		if (options.plan.priorities.some((p) => p.factorKey !== null)) {
			layout.heading(s.summaryPriorities, 12);
			layout.textTable(priorities);
		}
		const { table, more } = summaryPointTable(options.plan);
		if (table.rows.length > 0) {
			layout.heading(s.summaryActions, 12);
			layout.textTable(table);
			if (more > 0) layout.paragraph(morePointsText(more, doc.language), { size: 9, colour: COLOURS.muted });
		}
	}

	if (!doc.hidden) {
		const warn = options.onWarning ?? (() => {});
		layout.newPage();
		layout.heading(s.distribution, 14);
		for (const line of reading) layout.lead(line);
		layout.svg(renderDistributionChart(doc.factorsBySpread, doc.language, 'pdf-distribution'), warn);
		// Groups side by side as the page shows them: one small chart per factor, above the tables of the same groups.
		const grid = (comparison: GroupComparison | null, prefix: string) => {
			if (!comparison) return;
			const charts = comparison.rows.map((row) => ({ title: row.factorName, chart: renderGroupChart(row, comparison.groups, doc.language, `${prefix}-${row.factorKey}`) }));
			layout.svgGrid(charts, 2, warn);
		};
		let groupsHeading = false;
		for (const table of doc.tables) {
			const comparison = table.key === 'roles' ? doc.roleComparison : table.key === 'units' ? doc.unitComparison : table.key === 'change' ? doc.changeComparison : null;
			if (comparison) {
				if (table.key !== 'change' && !groupsHeading) {
					layout.heading(r.groupsTitle, 14);
					layout.lead(r.groupChartIntro);
					groupsHeading = true;
				}
				layout.heading(table.key === 'roles' ? r.byRole : table.key === 'units' ? r.byUnit : r.changeChart, 13);
				if (table.key === 'change') layout.lead(r.groupChartIntro);
				grid(comparison, `pdf-${table.key}`);
			}
			layout.heading(table.title, 13);
			for (const part of reportTextTables(table)) {
				layout.textTable(part);
				layout.space(0.6);
			}
		}
	}
	return finishPdf(layout, doc.language, title, done, { cover: true });
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (title: string) => xmlSafeText(title).replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export async function reportToXlsx(doc: SurveyReportDocument): Promise<Buffer> {
	const m = messages(doc.language);
	const r = m.survey.report;
	const workbook = new ExcelJS.Workbook();
	const generated = new Date(doc.generatedAt);
	workbook.creator = 'Blendwijzer';
	workbook.title = xmlSafeText(`${r.title}: ${doc.title}`);
	workbook.subject = xmlSafeText(`${doc.institutionName} — ${doc.scopeLabel}`);
	workbook.created = generated;
	workbook.modified = generated;
	addTable(workbook, sheetName(r.title), [{ header: r.title, width: 120, wrap: true }], reportIntro(doc).map((line) => [text(line)]));
	const value = (cell: ReportCell) => (typeof cell.value === 'number' ? cell.value : cell.value === null ? null : text(cell.value));
	for (const table of doc.tables) {
		if (table.grouped) {
			// One row per factor and role (tidy): a pivot table can then put roles in columns itself.
			const { groupLabel, groups, columns } = table.grouped;
			addTable(
				workbook,
				sheetName(table.title),
				[
					{ header: table.columns[0]!, width: 44, wrap: true },
					{ header: groupLabel, width: 22 },
					{ header: m.export.meta.respondents, width: 14 },
					...columns.map((header) => ({ header, width: 16 }))
				],
				table.rows.flatMap((row) =>
					groups.map((group, g) => [value(row[0]!), text(group.name), group.respondents, ...row.slice(1 + g * columns.length, 1 + (g + 1) * columns.length).map(value)])
				)
			);
			continue;
		}
		addTable(
			workbook,
			sheetName(table.title),
			table.columns.map((header, i) => ({ header, width: i === 0 ? 44 : table.numeric.includes(i) ? 14 : 22, wrap: i === 0 })),
			table.rows.map((row) => row.map(value))
		);
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function reportToCsv(doc: SurveyReportDocument): Buffer {
	const r = messages(doc.language).survey.report;
	const rows: (string | number | null)[][] = [[r.csvTable, r.csvRow, r.csvColumn, r.csvValue]];
	for (const table of doc.tables) {
		for (const row of table.rows) {
			row.slice(1).forEach((cell, i) => rows.push([table.title, row[0]!.text, table.columns[i + 1]!, cell.value]));
		}
	}
	return csvTable(rows);
}
