/**
 * Exports of an institution-wide scan's report: PDF (the same distribution chart as the page,
 * then every table), Excel (one sheet per table, numbers as numbers) and CSV (one long table:
 * table, row, column, value — one header row, so every tool can filter and sort it, as the plan's
 * CSV does). All from the report document, where small groups are already left out; the raw
 * anonymous answers (json) come as a stream the route opens. Routes check access first; nothing
 * here reads storage.
 */
import ExcelJS from 'exceljs';
import { messages } from '$lib/i18n';
import { reportIntro, type SurveyReportDocument } from '$lib/survey/survey-report-document';
import { renderDistributionChart } from '$lib/chart/distribution-chart';
import { drawSvg, finishPdf, openPdf, pdfText, pdfTitle, type PdfOptions } from '$lib/server/export/pdf';
import { addTable, text } from '$lib/server/export/xlsx';
import { BOM, LINE_END, SEPARATOR, field } from '$lib/server/export/csv';
import { xmlSafeText } from '$lib/server/export/inert';
import { downloadName, slugify } from '$lib/server/export/filename';
import { exporter } from '$lib/server/export/registry';
import { REPORT_FORMATS, type ReportFormat } from '$lib/export/formats';

/** `rapport-<slug>-<date>.pdf` or `report-<slug>-<date>.pdf`, in the report's language. */
export function reportFilename(doc: SurveyReportDocument, extension: string): string {
	return downloadName(messages(doc.language).export.fileNames.report, slugify(doc.title), doc.generatedAt, extension);
}

/** What a report export gets: the report, and a way to open the raw answers (only the json format reads them). */
export interface ReportExport {
	report: SurveyReportDocument;
	rawAnswers: () => Promise<ReadableStream<Uint8Array>>;
}

/** The survey report's formats, registered with the same export registry as the action plan. */
export const reportExports = exporter<ReportExport, ReportFormat>(
	REPORT_FORMATS,
	{
		pdf: ({ report }) => reportToPdf(report),
		xlsx: ({ report }) => reportToXlsx(report),
		csv: ({ report }) => reportToCsv(report),
		json: ({ rawAnswers }) => rawAnswers()
	},
	({ report }, extension) => reportFilename(report, extension)
);

export async function reportToPdf(doc: SurveyReportDocument, options: PdfOptions = {}): Promise<Buffer> {
	const r = messages(doc.language).survey.report;
	const title = pdfText(`${r.title}: ${doc.title}`);
	const generated = new Date(doc.generatedAt);
	const { layout, done } = openPdf({
		language: doc.language,
		title,
		author: doc.institutionName,
		subject: `${doc.instrumentTitle} — ${doc.scopeLabel}`,
		date: Number.isNaN(generated.getTime()) ? new Date(0) : generated
	});
	pdfTitle(layout, title);
	layout.space(0.4);
	layout.paragraph(`${doc.institutionName} · ${doc.scopeLabel} · ${doc.instrumentTitle}`, { size: 10 });
	layout.space(0.6);
	for (const line of reportIntro(doc)) {
		layout.paragraph(line, { size: 9 });
		layout.space(0.4);
	}
	if (!doc.hidden) {
		layout.heading(r.byFactor, 14, 200);
		drawSvg(layout, renderDistributionChart(doc.factorsBySpread, doc.language, 'pdf-distribution'), options.onWarning ?? (() => {}));
		for (const table of doc.tables) {
			layout.heading(table.title, 13);
			const first = table.key === 'factors' ? 24 : 34;
			const rest = (100 - first) / (table.columns.length - 1);
			layout.table(
				table.columns.map((header, i) => ({ header, share: i === 0 ? first : rest, align: table.numeric.includes(i) ? 'center' : 'left' })),
				table.rows.map((row) => row.map((cell) => cell.text))
			);
			layout.space(0.6);
		}
	}
	return finishPdf(layout, doc.language, title, done);
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (title: string) => xmlSafeText(title).replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export async function reportToXlsx(doc: SurveyReportDocument): Promise<Buffer> {
	const r = messages(doc.language).survey.report;
	const workbook = new ExcelJS.Workbook();
	const generated = new Date(doc.generatedAt);
	workbook.creator = 'Blendwijzer';
	workbook.title = xmlSafeText(`${r.title}: ${doc.title}`);
	workbook.subject = xmlSafeText(`${doc.institutionName} — ${doc.scopeLabel}`);
	workbook.created = generated;
	workbook.modified = generated;
	addTable(workbook, sheetName(r.title), [{ header: r.title, width: 120, wrap: true }], reportIntro(doc).map((line) => [text(line)]));
	for (const table of doc.tables) {
		addTable(
			workbook,
			sheetName(table.title),
			table.columns.map((header, i) => ({ header, width: i === 0 ? 44 : table.numeric.includes(i) ? 14 : 22, wrap: i === 0 })),
			table.rows.map((row) => row.map((cell) => (typeof cell.value === 'number' ? cell.value : cell.value === null ? null : text(cell.value))))
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
	return Buffer.from(BOM + rows.map((record) => record.map(field).join(SEPARATOR)).join(LINE_END) + LINE_END, 'utf8');
}
