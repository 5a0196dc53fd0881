/**
 * The action plan as an A4 PDF a board can forward as it is: a cover (what, whose, which
 * instrument, when, how many answered), a one-page summary (largest gaps, the priorities with
 * their reasons, who does what by when), then the details: the GAP chart (the very SVG the result
 * page shows, drawn with svg-to-pdfkit), the GAP table, own questions, the action points per
 * category and a workshop's step 5, with page numbers.
 *
 * Layout rules every PDF here keeps (the survey report uses the same `Layout`): a heading is
 * never left alone at the foot of a page (headings wait for what follows them and move with it);
 * table columns are sized to their content so that no word is broken inside (pdfkit's line
 * wrapper splits a word that is wider than its column letter by letter, so every column gets at
 * least its longest word, see `fitColumns`); columns that are empty in every row are left out.
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
import { xmlSafeText } from '$lib/export/inert';
import {
	actionPointTables,
	coverLines,
	documentTitle,
	fitColumns,
	gapTable,
	largestGapsTable,
	morePointsText,
	priorityTable,
	reflectionGroups,
	summaryPointTable,
	TABLE_LAYOUTS,
	type CoverLine,
	type TableColumn,
	type TextTable
} from './sections';

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

let measuring: PDFKit.PDFDocument | undefined;

/**
 * The width of a text in points in our table font (DejaVu Sans), for a document that is not a
 * PDF: the Word export sizes its table columns with it (DejaVu is wider than the fonts Word shows,
 * so a word that fits here fits there).
 */
export function textWidth(text: string, bold: boolean, size: number): number {
	if (!measuring) {
		measuring = new PDFDocument({ autoFirstPage: false });
		measuring.registerFont(FONT, fonts().regular);
		measuring.registerFont(FONT_BOLD, fonts().bold);
	}
	return measuring.font(bold ? FONT_BOLD : FONT).fontSize(size).widthOfString(text);
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

/** A heading (or a heading's short introduction) waiting for the content it belongs to. */
interface PendingHeading {
	text: string;
	size: number;
	bold: boolean;
	colour: string;
	/** Lines of space after it. */
	after: number;
}

/** Layout helpers over one pdfkit document; all positions in points, y grows downwards. */
/** Our own chart SVG into the page at a box, its texts in the document's fonts. */
function drawSvg(pdf: PDFKit.PDFDocument, svg: string, box: { x: number; y: number; width: number; height: number }, onWarning: (message: string) => void): void {
	SVGtoPDF(pdf, svg, box.x, box.y, {
		width: box.width,
		height: box.height,
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
}

export class Layout {
	readonly width: number;
	private pending: PendingHeading[] = [];
	/** Text widths at font size 1 (widths grow linearly with the size); tables measure the same words many times. */
	private widths = new Map<string, number>();

	constructor(readonly pdf: PDFKit.PDFDocument) {
		this.width = pdf.page.width - MARGIN.left - MARGIN.right;
	}

	get bottom(): number {
		return this.pdf.page.height - MARGIN.bottom;
	}

	get pageContentHeight(): number {
		return this.pdf.page.height - MARGIN.top - MARGIN.bottom;
	}

	/** Starts a new page unless `height` points still fit on this one (a fresh page always takes it). */
	ensureSpace(height: number): void {
		if (this.pdf.y + height > this.bottom && this.pdf.y > MARGIN.top + 1) this.pdf.addPage();
	}

	/** Starts a new page (for the summary and the details), unless this one is still empty. */
	newPage(): void {
		if (this.pdf.y > MARGIN.top + 1) this.pdf.addPage();
		this.pdf.x = MARGIN.left;
	}

	/**
	 * A heading. It is written together with the first lines of what follows (`keepWithNext`
	 * points of it, or the first table row): on the next page if they do not fit here, so a
	 * heading never ends a page.
	 */
	heading(raw: string, size: number): void {
		this.pending.push({ text: pdfText(raw), size, bold: true, colour: COLOURS.heading, after: 0.3 });
	}

	/** A short line that introduces what follows (under a heading): it moves to the next page with it. */
	lead(raw: string, size = 9): void {
		this.pending.push({ text: pdfText(raw), size, bold: false, colour: COLOURS.muted, after: 0.6 });
	}

	private headingHeight({ text, size, bold, after }: PendingHeading): number {
		this.pdf.font(bold ? FONT_BOLD : FONT).fontSize(size);
		return this.pdf.heightOfString(text, { width: this.width }) + this.pdf.currentLineHeight(true) * after;
	}

	/** Writes the waiting headings where `next` points of what follows them still fit. */
	private flush(next: number): void {
		const headings = this.pending;
		this.pending = [];
		const height = headings.reduce((sum, heading) => sum + this.headingHeight(heading), 0);
		this.ensureSpace(height + next);
		for (const { text, size, bold, colour, after } of headings) {
			this.pdf
				.font(bold ? FONT_BOLD : FONT)
				.fontSize(size)
				.fillColor(colour)
				.text(text, MARGIN.left, this.pdf.y, { width: this.width });
			this.pdf.moveDown(after);
		}
	}

	paragraph(text: string, options: { size?: number; colour?: string; bold?: boolean } = {}): void {
		const value = pdfText(text);
		this.pdf.font(options.bold ? FONT_BOLD : FONT).fontSize(options.size ?? 10);
		// A heading takes at least two lines of its paragraph along.
		this.flush(Math.min(this.pdf.heightOfString(value || ' ', { width: this.width }), this.pdf.currentLineHeight(true) * 2));
		this.pdf
			.font(options.bold ? FONT_BOLD : FONT)
			.fontSize(options.size ?? 10)
			.fillColor(options.colour ?? COLOURS.text)
			.text(value, MARGIN.left, this.pdf.y, { width: this.width });
	}

	/** "Label: value" with a bold label, wrapping under itself. */
	labelled(label: string, value: string, size = 10): void {
		this.pdf.font(FONT).fontSize(size);
		this.flush(this.pdf.currentLineHeight(true) * 2);
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

	/** Column widths for a table: its shares, or sized to the content at the largest font size where every word fits. */
	private columnWidths(table: TextTable): { widths: number[]; size: number } {
		const { columns } = table;
		if (columns.every((column) => column.share !== undefined)) {
			return { widths: columns.map((column) => (this.width * column.share!) / 100), size: TABLE_FONT_SIZE };
		}
		const unit = (text: string, bold: boolean) => {
			const key = `${bold ? 'b' : 'r'}${text}`;
			let width = this.widths.get(key);
			if (width === undefined) {
				width = this.pdf.font(bold ? FONT_BOLD : FONT).fontSize(1).widthOfString(text);
				this.widths.set(key, width);
			}
			return width;
		};
		// Short cells whole at 9 or 8 points first; then only words whole, down to 7 points.
		for (const [size, keepShortCells] of TABLE_LAYOUTS) {
			const widths = fitColumns(table, this.width, (text, bold) => unit(text, bold) * size, CELL_PADDING, { keepShortCells });
			if (widths) return { widths, size };
		}
		// Even the smallest font cannot fit every word: equal columns, where the longest words break.
		return { widths: columns.map(() => this.width / columns.length), size: 7 };
	}

	/**
	 * A table that breaks across pages, repeating its header rows. Columns are sized to their
	 * content (or given shares); a spanning header row (`groups`) goes above the column headers. A
	 * row taller than a whole page (a 4,000-character text in a narrow column) is written as
	 * "header: value" lines over the full width instead, which pdfkit can flow onto the next page.
	 */
	table(columns: TableColumn[], rawRows: string[][], groups?: TextTable['groups'], sizedBy?: TextTable): void {
		const pdf = this.pdf;
		const rows = rawRows.map((row) => row.map(pdfText));
		const headers = columns.map((column) => pdfText(column.header));
		const groupHeaders = groups?.map((group) => ({ ...group, header: pdfText(group.header) }));
		const { widths, size } = this.columnWidths(
			sizedBy
				? { ...sizedBy, rows: sizedBy.rows.map((row) => row.map(pdfText)) }
				: { columns: columns.map((column, i) => ({ ...column, header: headers[i]! })), rows, groups: groupHeaders }
		);
		const cellHeight = (text: string, width: number, bold: boolean) => {
			pdf.font(bold ? FONT_BOLD : FONT).fontSize(size);
			return pdf.heightOfString(text || ' ', { width: width - 2 * CELL_PADDING });
		};
		const measure = (cells: string[], bold: boolean) => Math.max(...cells.map((cell, i) => cellHeight(cell, widths[i]!, bold))) + 2 * CELL_PADDING;
		const drawCells = (cells: { text: string; width: number; align: 'left' | 'center' }[], bold: boolean) => {
			const height = Math.max(...cells.map((cell) => cellHeight(cell.text, cell.width, bold))) + 2 * CELL_PADDING;
			const top = pdf.y;
			let x = MARGIN.left;
			for (const cell of cells) {
				if (bold) pdf.rect(x, top, cell.width, height).fill(COLOURS.headerFill);
				pdf.rect(x, top, cell.width, height).lineWidth(0.5).stroke(COLOURS.rule);
				pdf
					.font(bold ? FONT_BOLD : FONT)
					.fontSize(size)
					.fillColor(COLOURS.text)
					.text(cell.text, x + CELL_PADDING, top + CELL_PADDING, { width: cell.width - 2 * CELL_PADDING, align: cell.align });
				x += cell.width;
			}
			pdf.x = MARGIN.left;
			pdf.y = top + height;
		};
		const drawRow = (cells: string[], bold: boolean) =>
			drawCells(
				cells.map((text, i) => ({ text, width: widths[i]!, align: columns[i]!.align ?? 'left' })),
				bold
			);
		const groupCells = () => {
			let first = 0;
			return (groupHeaders ?? []).map((group) => {
				const width = widths.slice(first, first + group.span).reduce((a, b) => a + b, 0);
				first += group.span;
				return { text: group.header, width, align: group.span > 1 ? ('center' as const) : ('left' as const) };
			});
		};
		const groupHeight = groupHeaders ? Math.max(...groupCells().map((cell) => cellHeight(cell.text, cell.width, true))) + 2 * CELL_PADDING : 0;
		const drawHeader = () => {
			if (groupHeaders) drawCells(groupCells(), true);
			drawRow(headers, true);
		};
		const headerHeight = groupHeight + measure(headers, true);
		// A table starts with its header and its first rows (up to three) on the same page.
		const firstRows = (rows.length > 0 ? rows.slice(0, 3) : [['']]).reduce((sum, row) => sum + measure(row, false), 0);
		this.flush(headerHeight + Math.min(firstRows, this.pageContentHeight / 3));
		drawHeader();
		for (const row of rows) {
			const height = measure(row, false);
			if (pdf.y + height <= this.bottom) {
				drawRow(row, false);
			} else if (height + headerHeight <= this.pageContentHeight) {
				pdf.addPage();
				drawHeader();
				drawRow(row, false);
			} else {
				this.ensureSpace(40);
				pdf
					.moveTo(MARGIN.left, pdf.y)
					.lineTo(MARGIN.left + this.width, pdf.y)
					.lineWidth(0.5)
					.stroke(COLOURS.rule);
				pdf.moveDown(0.3);
				row.forEach((cell, i) => this.labelled(headers[i]!, cell, size));
				pdf.moveDown(0.3);
			}
		}
		pdf.x = MARGIN.left;
		pdf.moveDown(0.8);
	}

	/** A table from `sections.ts`; with `sizedBy`, its column widths are those that table needs (tables that line up). */
	textTable(table: TextTable, sizedBy?: TextTable): void {
		this.table(table.columns, table.rows, table.groups, sizedBy);
	}

	/** Draws one of our own SVG charts at the full content width (at most one page high), then moves below it. */
	/**
	 * Small charts side by side, `perRow` to a row, each under its own bold title (one per factor,
	 * as the report page sets them in a grid). A row is never split over two pages, and the headings
	 * waiting above go with the first row.
	 */
	svgGrid(items: readonly { title: string; chart: { svg: string; width: number; height: number } }[], perRow: number, onWarning: (message: string) => void): void {
		const pdf = this.pdf;
		const gutter = 18;
		const cellWidth = (this.width - gutter * (perRow - 1)) / perRow;
		for (let first = 0; first < items.length; first += perRow) {
			const row = items.slice(first, first + perRow).map(({ title, chart }) => {
				const text = pdfText(title);
				pdf.font(FONT_BOLD).fontSize(9);
				return { text, chart, titleHeight: pdf.heightOfString(text, { width: cellWidth }) + 3, height: (cellWidth * chart.height) / chart.width };
			});
			const titleHeight = Math.max(...row.map((cell) => cell.titleHeight));
			const rowHeight = titleHeight + Math.max(...row.map((cell) => cell.height));
			this.flush(rowHeight);
			this.ensureSpace(rowHeight);
			const top = pdf.y;
			row.forEach((cell, i) => {
				const x = MARGIN.left + i * (cellWidth + gutter);
				pdf.font(FONT_BOLD).fontSize(9).fillColor(COLOURS.text).text(cell.text, x, top, { width: cellWidth });
				drawSvg(pdf, cell.chart.svg, { x, y: top + titleHeight, width: cellWidth, height: cell.height }, onWarning);
			});
			pdf.x = MARGIN.left;
			pdf.y = top + rowHeight + gutter / 2;
		}
		pdf.moveDown(0.5);
	}

	svg(chart: { svg: string; width: number; height: number }, onWarning: (message: string) => void): void {
		const pdf = this.pdf;
		let width = this.width;
		let height = (width * chart.height) / chart.width;
		// The headings and leads waiting above it go onto the same page: a tall chart (fifteen
		// factors) shrinks to the room they leave, rather than running into the page's footer.
		const above = this.pending.reduce((sum, heading) => sum + this.headingHeight(heading), 0);
		const most = Math.max(this.pageContentHeight * 0.5, Math.min(this.pageContentHeight * 0.85, this.pageContentHeight - above));
		if (height > most) {
			height = most;
			width = (height * chart.width) / chart.height;
		}
		this.flush(height);
		const top = pdf.y;
		drawSvg(pdf, chart.svg, { x: MARGIN.left + (this.width - width) / 2, y: top, width, height }, onWarning);
		pdf.x = MARGIN.left;
		pdf.y = top + height;
		pdf.moveDown(1);
	}
}

/**
 * The cover: what the document is ("Actieplan", "Rapport"), its title, and the lines that say
 * whose it is, about what, with which instrument, when and how many answered. Then a new page.
 */
export function cover(layout: Layout, kind: string, title: string, lines: CoverLine[]): void {
	const pdf = layout.pdf;
	const top = MARGIN.top + layout.pageContentHeight * 0.22;
	pdf.font(FONT_BOLD).fontSize(13).fillColor(COLOURS.heading).text(pdfText(kind), MARGIN.left, top, { width: layout.width });
	pdf.moveDown(0.4);
	pdf.font(FONT_BOLD).fontSize(26).fillColor(COLOURS.text).text(pdfText(title), MARGIN.left, pdf.y, { width: layout.width });
	pdf.moveDown(0.5);
	pdf
		.moveTo(MARGIN.left, pdf.y)
		.lineTo(MARGIN.left + 120, pdf.y)
		.lineWidth(3)
		.stroke(COLOURS.heading);
	pdf.moveDown(1.5);
	for (const line of lines) {
		pdf.font(FONT).fontSize(9).fillColor(COLOURS.muted).text(pdfText(line.label), MARGIN.left, pdf.y, { width: layout.width });
		pdf.font(FONT).fontSize(12).fillColor(COLOURS.text).text(pdfText(line.value), MARGIN.left, pdf.y, { width: layout.width });
		pdf.moveDown(0.7);
	}
	pdf.addPage();
}

/** The one-page summary of an action plan: largest gaps, the priorities with their reasons, who does what by when. */
export function planSummary(layout: Layout, doc: PlanDocument): void {
	const m = messages(doc.language).export.sections;
	layout.heading(m.summary, 18);
	const gaps = largestGapsTable(doc);
	layout.heading(m.largestGaps, 12);
	if (gaps.rows.length > 0) layout.textTable(gaps);
	else {
		layout.paragraph(m.noGaps, { size: 9, colour: COLOURS.muted });
		layout.space(0.8);
	}
	const priorities = priorityTable(doc);
	if (priorities.rows.length > 0) {
		layout.heading(m.summaryPriorities, 12);
		layout.textTable(priorities);
	}
	layout.heading(m.summaryActions, 12);
	const { table, more } = summaryPointTable(doc);
	if (table.rows.length === 0) layout.paragraph(m.noActionPoints, { size: 9, colour: COLOURS.muted });
	else layout.textTable(table);
	if (more > 0) layout.paragraph(morePointsText(more, doc.language), { size: 9, colour: COLOURS.muted });
}

export async function planToPdf(doc: PlanDocument, options: PdfOptions = {}): Promise<Buffer> {
	const m = messages(doc.language).export;
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

	cover(layout, m.actionPlan, title, coverLines(doc));
	planSummary(layout, doc);

	layout.newPage();
	layout.heading(m.sections.chart, 14);
	layout.svg(renderGapChart(doc, { idPrefix: 'pdf-gap-chart' }), options.onWarning ?? (() => {}));

	layout.heading(m.sections.gapTable, 14);
	layout.lead(m.sections.gapTableIntro);
	layout.textTable(gapTable(doc));

	if (doc.ownQuestions.length > 0) {
		layout.heading(m.sections.ownQuestions, 14);
		for (const own of doc.ownQuestions) layout.labelled(own.question, own.answer);
		layout.space(0.4);
	}

	layout.heading(m.sections.actionPoints, 14);
	const points = actionPointTables(doc);
	for (const group of points.groups) {
		layout.heading(group.categoryName, 11);
		if (group.points.length === 0) {
			layout.paragraph(m.sections.noActionPoints, { size: 9, colour: COLOURS.muted });
			layout.space(0.8);
			continue;
		}
		layout.textTable(group.table, points.all);
	}

	const reflections = reflectionGroups(doc);
	if (reflections.length > 0) {
		layout.heading(m.sections.reflections, 14);
		for (const group of reflections) {
			layout.heading(group.part, 11);
			for (const entry of group.entries) {
				layout.ensureSpace(40); // a question is not left alone at the foot of a page
				layout.paragraph(entry.question, { bold: true });
				layout.paragraph(entry.answer);
				layout.space(0.4);
			}
		}
	}

	return finishPdf(layout, doc.language, title, done, { cover: true });
}

function addPageNumbers(pdf: PDFKit.PDFDocument, doc: { language: PlanDocument['language'] }, title: string, withCover: boolean): void {
	const m = messages(doc.language).export.meta;
	const range = pdf.bufferedPageRange();
	const width = pdf.page.width - MARGIN.left - MARGIN.right;
	// The cover carries no footer; it still counts as page 1.
	for (let i = range.start + (withCover ? 1 : 0); i < range.start + range.count; i++) {
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

/** Page numbers with the title in the footer of every page (but a cover), then the end of the document. */
export function finishPdf(layout: Layout, language: PlanDocument['language'], title: string, done: Promise<Buffer>, options: { cover?: boolean } = {}): Promise<Buffer> {
	addPageNumbers(layout.pdf, { language }, title, options.cover ?? false);
	layout.pdf.end();
	return done;
}
