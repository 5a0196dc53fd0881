/**
 * The action plan as an A4 PDF: title block, the GAP chart (the very SVG the result page shows,
 * drawn with svg-to-pdfkit), the GAP table, the priorities and the action points, with page
 * numbers.
 *
 * Fonts: DejaVu Sans from the `dejavu-fonts-ttf` package, embedded (subset) in the PDF. The PDF
 * standard fonts (Helvetica…) only cover WinAnsi, so "ŀ", Polish or Greek text in an action point
 * would come out as garbage; DejaVu covers Latin, Greek and Cyrillic completely. It has no CJK
 * or emoji: those print as empty boxes (the Word and Excel exports, which use the reader's fonts,
 * show them). Full-width ASCII forms are shown as ordinary ASCII (see `pdfText`).
 *
 * Safety: user text only ever reaches `text()` as a string to lay out; it never names a font,
 * image, file or link. The SVG renderer gets callbacks that map every font to our embedded
 * fonts, refuse every image and load no external document, so nothing in the chart can make
 * the PDF renderer read a file or fetch a URL.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { format, messages } from '$lib/i18n';
import type { PlanDocument } from '$lib/plan/plan-document';
import { renderGapChart } from '$lib/chart/gap-chart';
import { xmlSafeText } from './inert';
import { actionPointGroups, actionPointTable, documentTitle, gapTable, reflectionGroups, titleBlock, type TableColumn } from './sections';

export const FONT = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

export const COLOURS = { text: '#1a1a1a', muted: '#4b5563', heading: '#1f4e8c', rule: '#9ca3af', headerFill: '#e5e7eb' };
export const MARGIN = { top: 56, bottom: 56, left: 50, right: 50 };
const TABLE_FONT_SIZE = 9;
const CELL_PADDING = 4;

let fontData: { regular: Buffer; bold: Buffer } | undefined;

/** Reads the font files once, by package path (never a path from data), on first use. */
export function fonts(): { regular: Buffer; bold: Buffer } {
	if (!fontData) {
		const require = createRequire(import.meta.url);
		fontData = {
			regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
			bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'))
		};
	}
	return fontData;
}

/**
 * User text as pdfkit should lay it out: control characters (which the font has no glyph for and
 * would print as boxes) dropped, tabs as spaces, every line end as "\n", and full-width ASCII
 * forms (＝, Ａ…), which DejaVu lacks, shown as their ordinary counterparts.
 */
export function pdfText(text: string): string {
	return xmlSafeText(text)
		.replace(/\r\n?/g, '\n')
		.replace(/\t/g, ' ')
		.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

export interface PdfOptions {
	/** Told about anything svg-to-pdfkit could not draw (tests assert there is nothing). */
	onWarning?: (message: string) => void;
}

/** Layout helpers over one pdfkit document; all positions in points, y grows downwards. */
export class Layout {
	readonly width: number;

	constructor(readonly pdf: PDFKit.PDFDocument) {
		this.width = pdf.page.width - MARGIN.left - MARGIN.right;
	}

	get bottom(): number {
		return this.pdf.page.height - MARGIN.bottom;
	}

	get pageContentHeight(): number {
		return this.pdf.page.height - MARGIN.top - MARGIN.bottom;
	}

	/** Starts a new page unless `height` points still fit on this one. */
	ensureSpace(height: number): void {
		if (this.pdf.y + height > this.bottom) this.pdf.addPage();
	}

	heading(raw: string, size: number, keepWithNext = 60): void {
		const text = pdfText(raw);
		this.pdf.font(FONT_BOLD).fontSize(size);
		const height = this.pdf.heightOfString(text, { width: this.width });
		this.ensureSpace(height + keepWithNext);
		this.pdf.fillColor(COLOURS.heading).text(text, MARGIN.left, this.pdf.y, { width: this.width });
		this.pdf.moveDown(0.3);
	}

	paragraph(text: string, options: { size?: number; colour?: string; bold?: boolean } = {}): void {
		this.pdf
			.font(options.bold ? FONT_BOLD : FONT)
			.fontSize(options.size ?? 10)
			.fillColor(options.colour ?? COLOURS.text)
			.text(pdfText(text), MARGIN.left, this.pdf.y, { width: this.width });
	}

	/** "Label: value" with a bold label, wrapping under itself. */
	labelled(label: string, value: string, size = 10): void {
		this.pdf
			.font(FONT_BOLD)
			.fontSize(size)
			.fillColor(COLOURS.text)
			.text(`${pdfText(label)}: `, MARGIN.left, this.pdf.y, { width: this.width, continued: true })
			.font(FONT)
			.text(pdfText(value) || ' ');
	}

	space(lines = 1): void {
		this.pdf.moveDown(lines);
	}

	/**
	 * A table that breaks across pages, repeating its header row. A row taller than a whole page
	 * (a 4,000-character text in a narrow column) is written as "header: value" lines over the
	 * full width instead, which pdfkit can flow onto the next page.
	 */
	table(columns: TableColumn[], rawRows: string[][]): void {
		const pdf = this.pdf;
		const rows = rawRows.map((row) => row.map(pdfText));
		const widths = columns.map((column) => (this.width * column.share) / 100);
		const measure = (cells: string[], bold: boolean) => {
			pdf.font(bold ? FONT_BOLD : FONT).fontSize(TABLE_FONT_SIZE);
			return (
				Math.max(
					...cells.map((cell, i) => pdf.heightOfString(cell || ' ', { width: widths[i]! - 2 * CELL_PADDING }))
				) +
				2 * CELL_PADDING
			);
		};
		const drawRow = (cells: string[], bold: boolean) => {
			const height = measure(cells, bold);
			const top = pdf.y;
			let x = MARGIN.left;
			cells.forEach((cell, i) => {
				const width = widths[i]!;
				if (bold) pdf.rect(x, top, width, height).fill(COLOURS.headerFill);
				pdf.rect(x, top, width, height).lineWidth(0.5).stroke(COLOURS.rule);
				pdf
					.font(bold ? FONT_BOLD : FONT)
					.fontSize(TABLE_FONT_SIZE)
					.fillColor(COLOURS.text)
					.text(cell, x + CELL_PADDING, top + CELL_PADDING, {
						width: width - 2 * CELL_PADDING,
						align: columns[i]!.align ?? 'left'
					});
				x += width;
			});
			pdf.x = MARGIN.left;
			pdf.y = top + height;
		};
		const headers = columns.map((column) => column.header);
		const headerHeight = measure(headers, true);
		this.ensureSpace(headerHeight + measure(rows[0] ?? [''], false));
		drawRow(headers, true);
		for (const row of rows) {
			const height = measure(row, false);
			if (pdf.y + height <= this.bottom) {
				drawRow(row, false);
			} else if (height + headerHeight <= this.pageContentHeight) {
				pdf.addPage();
				drawRow(headers, true);
				drawRow(row, false);
			} else {
				this.ensureSpace(40);
				pdf
					.moveTo(MARGIN.left, pdf.y)
					.lineTo(MARGIN.left + this.width, pdf.y)
					.lineWidth(0.5)
					.stroke(COLOURS.rule);
				pdf.moveDown(0.3);
				row.forEach((cell, i) => this.labelled(headers[i]!, cell, TABLE_FONT_SIZE));
				pdf.moveDown(0.3);
			}
		}
		pdf.x = MARGIN.left;
		pdf.moveDown(0.8);
	}
}

function drawChart(layout: Layout, doc: PlanDocument, onWarning: (message: string) => void): void {
	const chart = renderGapChart(doc, { idPrefix: 'pdf-gap-chart' });
	drawSvg(layout, chart, onWarning);
}

/** Draws one of our own SVG charts at the full content width (at most one page high), then moves below it. */
export function drawSvg(layout: Layout, chart: { svg: string; width: number; height: number }, onWarning: (message: string) => void): void {
	const pdf = layout.pdf;
	let width = layout.width;
	let height = (width * chart.height) / chart.width;
	if (height > layout.pageContentHeight) {
		height = layout.pageContentHeight;
		width = (height * chart.width) / chart.height;
	}
	layout.ensureSpace(height);
	const top = pdf.y;
	SVGtoPDF(pdf, chart.svg, MARGIN.left + (layout.width - width) / 2, top, {
		width,
		height,
		assumePt: true,
		fontCallback: (_family, bold, italic, options) => {
			options.fauxItalic = italic;
			return bold ? FONT_BOLD : FONT;
		},
		// The chart has no images; should one ever appear, an empty buffer makes pdfkit refuse it
		// instead of opening whatever path or URL its href names.
		imageCallback: () => Buffer.alloc(0),
		warningCallback: onWarning
	});
	pdf.x = MARGIN.left;
	pdf.y = top + height;
	pdf.moveDown(1);
}

function addPageNumbers(pdf: PDFKit.PDFDocument, doc: { language: PlanDocument['language'] }, title: string): void {
	const m = messages(doc.language).export.meta;
	const range = pdf.bufferedPageRange();
	const width = pdf.page.width - MARGIN.left - MARGIN.right;
	for (let i = range.start; i < range.start + range.count; i++) {
		pdf.switchToPage(i);
		// Writing inside the bottom margin would otherwise make pdfkit start a new page.
		const bottomMargin = pdf.page.margins.bottom;
		pdf.page.margins.bottom = 0;
		const y = pdf.page.height - MARGIN.bottom / 2 - 4;
		pdf.font(FONT).fontSize(8).fillColor(COLOURS.muted);
		pdf.text(title, MARGIN.left, y, { width: width * 0.7, height: 10, ellipsis: true, lineBreak: false });
		pdf.text(format(m.page, { page: i + 1 - range.start, pages: range.count }), MARGIN.left, y, {
			width,
			align: 'right',
			lineBreak: false
		});
		pdf.page.margins.bottom = bottomMargin;
	}
}

export async function planToPdf(doc: PlanDocument, options: PdfOptions = {}): Promise<Buffer> {
	const m = messages(doc.language).export;
	const c = m.columns;
	const gap = gapTable(doc);
	const title = pdfText(documentTitle(doc));
	const generated = new Date(doc.generatedAt);
	const date = Number.isNaN(generated.getTime()) ? new Date(0) : generated;

	const { layout, done } = openPdf({
		language: doc.language,
		title,
		author: doc.institutionName,
		subject: `${doc.instrumentTitle} — ${doc.scopeLabel}`,
		date
	});

	pdfTitle(layout, title);
	layout.space(0.4);
	for (const { label, value } of titleBlock(doc)) layout.labelled(label, value);
	layout.space(1);

	layout.heading(m.sections.chart, 14, 200);
	drawChart(layout, doc, options.onWarning ?? (() => {}));

	layout.heading(m.sections.gapTable, 14);
	layout.paragraph(m.sections.gapTableIntro, { size: 9, colour: COLOURS.muted });
	layout.space(0.4);
	layout.table(gap.columns, gap.rows);

	layout.heading(m.sections.priorities, 14);
	for (const priority of doc.priorities) {
		layout.heading(priority.categoryName, 11, 40);
		layout.labelled(c.priority, priority.factorName);
		if (priority.reason.trim()) layout.labelled(c.reason, priority.reason);
		layout.space(0.6);
	}
	layout.space(0.4);

	if (doc.ownQuestions.length > 0) {
		layout.heading(m.sections.ownQuestions, 14);
		for (const own of doc.ownQuestions) layout.labelled(own.question, own.answer);
		layout.space(0.4);
	}

	layout.heading(m.sections.actionPoints, 14);
	for (const group of actionPointGroups(doc)) {
		layout.heading(group.categoryName, 11);
		if (group.points.length === 0) {
			layout.paragraph(m.sections.noActionPoints, { size: 9, colour: COLOURS.muted });
			layout.space(0.8);
			continue;
		}
		const points = actionPointTable(group.points, doc.language);
		layout.table(points.columns, points.rows);
	}

	const reflections = reflectionGroups(doc);
	if (reflections.length > 0) {
		layout.heading(m.sections.reflections, 14);
		for (const group of reflections) {
			layout.heading(group.part, 11, 40);
			for (const entry of group.entries) {
				layout.ensureSpace(40); // a question is not left alone at the foot of a page
				layout.paragraph(entry.question, { bold: true });
				layout.paragraph(entry.answer);
				layout.space(0.4);
			}
		}
	}

	return finishPdf(layout, doc.language, title, done);
}

/** A new A4 document with the embedded DejaVu fonts and fixed metadata (the same input gives the same bytes). */
export function openPdf(meta: {
	language: PlanDocument['language'];
	title: string;
	author: string;
	subject: string;
	date: Date;
	/** A one-page sheet (the workshop handout) uses narrower top and bottom margins. */
	margins?: typeof MARGIN;
}): {
	pdf: PDFKit.PDFDocument;
	layout: Layout;
	done: Promise<Buffer>;
} {
	const pdf = new PDFDocument({
		size: 'A4',
		margins: meta.margins ?? MARGIN,
		bufferPages: true,
		pdfVersion: '1.7',
		lang: meta.language === 'nl' ? 'nl-NL' : 'en-GB',
		displayTitle: true,
		// A fixed creation date also fixes the file ID, so the same plan gives the same bytes.
		info: {
			Title: meta.title,
			Author: pdfText(meta.author),
			Subject: pdfText(meta.subject),
			Creator: 'Blendwijzer',
			Producer: 'Blendwijzer',
			CreationDate: meta.date,
			ModDate: meta.date
		}
	});
	const chunks: Buffer[] = [];
	const done = new Promise<Buffer>((resolve, reject) => {
		pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
		pdf.on('end', () => resolve(Buffer.concat(chunks)));
		pdf.on('error', reject);
	});
	const { regular, bold } = fonts();
	pdf.registerFont(FONT, regular);
	pdf.registerFont(FONT_BOLD, bold);
	return { pdf, layout: new Layout(pdf), done };
}

/** The big title at the top of the first page. */
export function pdfTitle(layout: Layout, title: string): void {
	layout.pdf.font(FONT_BOLD).fontSize(20).fillColor(COLOURS.text).text(title, MARGIN.left, MARGIN.top, { width: layout.width });
}

/** Page numbers with the title in the footer of every page, then the end of the document. */
export function finishPdf(layout: Layout, language: PlanDocument['language'], title: string, done: Promise<Buffer>): Promise<Buffer> {
	addPageNumbers(layout.pdf, { language }, title);
	layout.pdf.end();
	return done;
}
