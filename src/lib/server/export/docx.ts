/**
 * The action plan as an editable Word document with the PDF's structure: a cover (what, whose,
 * which instrument, when, how many answered), a one-page summary (largest gaps, priorities with
 * their reasons, who does what by when), then the details: the GAP chart as a picture, the GAP
 * table, own questions, the action points per category and a workshop's step 5.
 *
 * The chart is the very SVG the result page shows, rendered to PNG on the server with resvg
 * (`png.ts`, docs/decisions/0030-charts-as-png-with-resvg.md), with the chart's title as its
 * alternative text. Headings keep with what follows and table rows do not split over pages
 * (Word's own "keep with next" and "row cannot break"); columns are sized to their content like
 * the PDF's, so Word never breaks a word inside a narrow column.
 *
 * All text goes in as text runs (docx escapes it as XML); characters XML cannot hold are dropped
 * first, because one would make Word refuse the file.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	HeadingLevel,
	ImageRun,
	Packer,
	PageBreak,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { format, messages } from '$lib/i18n';
import type { PlanDocument } from '$lib/plan/plan-document';
import { renderGapChart } from '$lib/chart/gap-chart';
import { xmlSafeText } from '$lib/export/inert';
import { textWidth } from './pdf';
import { svgToPng } from './png';
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
	type TextTable
} from './sections';

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The table cells' left and right margin (in twips: 80 = 4 pt). */
const CELL_MARGIN = 80;
const HEADING_COLOUR = '1F4E8C';
const MUTED = '4B5563';

export type Block = Paragraph | Table;

/** One text run per line, so line breaks typed by a user survive as breaks. */
function runs(text: string, options: { bold?: boolean; size?: number; colour?: string; italics?: boolean } = {}): TextRun[] {
	return xmlSafeText(text)
		.split(/\r\n|\r|\n/)
		.map(
			(line, index) =>
				new TextRun({
					text: line,
					bold: options.bold,
					italics: options.italics,
					size: options.size ? options.size * 2 : undefined,
					color: options.colour,
					break: index > 0 ? 1 : undefined
				})
		);
}

export function labelled(label: string, value: string): Paragraph {
	return new Paragraph({ children: [new TextRun({ text: `${xmlSafeText(label)}: `, bold: true }), ...runs(value)] });
}

/** A muted note ("Nog geen actiepunten."). */
export function note(text: string): Paragraph {
	return new Paragraph({ spacing: { after: 160 }, children: runs(text, { italics: true, colour: MUTED }) });
}

/** Column widths in twips, sized to the content as the PDF's are (`fitColumns`), at the largest size where every word fits. */
function columnWidths(table: TextTable): { widths: number[]; size: number } {
	const available = CONTENT_WIDTH / 20;
	for (const [size, keepShortCells] of TABLE_LAYOUTS) {
		const widths = fitColumns(table, available, (text, bold) => textWidth(text, bold, size), CELL_MARGIN / 20, { keepShortCells });
		if (widths) return { widths: widths.map((w) => Math.floor(w * 20)), size };
	}
	return { widths: table.columns.map(() => Math.floor(CONTENT_WIDTH / table.columns.length)), size: 7 };
}

/** A table from `sections.ts`: header rows repeat on every page, a row does not break over two pages. */
export function table(text: TextTable, sizedBy?: TextTable): Table {
	const { widths, size } = columnWidths(sizedBy ?? text);
	const cell = (value: string, width: number, header: boolean, align: 'left' | 'center' | undefined, span = 1) =>
		new TableCell({
			width: { size: width, type: WidthType.DXA },
			columnSpan: span > 1 ? span : undefined,
			margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
			...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E5E7EB' } } : {}),
			children: [
				new Paragraph({
					alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
					children: runs(value, { bold: header, size })
				})
			]
		});
	const headerRows: TableRow[] = [];
	if (text.groups) {
		let first = 0;
		headerRows.push(
			new TableRow({
				tableHeader: true,
				cantSplit: true,
				children: text.groups.map((group) => {
					const width = widths.slice(first, first + group.span).reduce((a, b) => a + b, 0);
					first += group.span;
					return cell(group.header, width, true, group.span > 1 ? 'center' : 'left', group.span);
				})
			})
		);
	}
	headerRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: text.columns.map((column, i) => cell(column.header, widths[i]!, true, column.align)) }));
	const border = { style: BorderStyle.SINGLE, size: 4, color: '9CA3AF' };
	return new Table({
		width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
		columnWidths: widths,
		// Our widths, not Word's autofit: they already give every word room.
		layout: TableLayoutType.FIXED,
		borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
		rows: [
			...headerRows,
			...text.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, widths[i]!, false, text.columns[i]!.align)) }))
		]
	});
}

/** A heading that Word keeps on the same page as what follows it. */
export function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
	return new Paragraph({ heading: level, keepNext: true, keepLines: true, children: runs(text) });
}

/** A short introduction under a heading, kept with what follows. */
export function lead(text: string): Paragraph {
	return new Paragraph({ keepNext: true, spacing: { after: 120 }, children: runs(text, { colour: MUTED, size: 9 }) });
}

/** A space after a table, so the next heading does not touch it. */
const gap = () => new Paragraph({ spacing: { after: 120 }, children: [] });

/** The cover: what it is, its title, then the lines that say whose, about what, when; then a page break. */
export function coverBlocks(kind: string, title: string, lines: CoverLine[]): Paragraph[] {
	return [
		new Paragraph({ spacing: { before: 3600, after: 120 }, children: runs(kind, { bold: true, size: 13, colour: HEADING_COLOUR }) }),
		new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 480 }, children: runs(title) }),
		...lines.flatMap(({ label, value }) => [
			new Paragraph({ keepNext: true, children: runs(label, { size: 9, colour: MUTED }) }),
			new Paragraph({ spacing: { after: 160 }, children: runs(value, { size: 12 }) })
		]),
		new Paragraph({ children: [new PageBreak()] })
	];
}

/** A chart as a picture over the content width, with its title as alternative text. */
export function chartBlock(chart: { svg: string; width: number; height: number }, title: string, name: string): Paragraph {
	// 2 image pixels per point of width: sharp in print, a few hundred kilobytes.
	const image = svgToPng(chart.svg, Math.round((CONTENT_WIDTH / 20) * 2));
	// Word sizes pictures in pixels at 96 per inch: the content width is CONTENT_WIDTH / 15 of them.
	const width = Math.round(CONTENT_WIDTH / 15);
	const height = Math.round((width * image.height) / image.width);
	return new Paragraph({
		spacing: { after: 200 },
		children: [new ImageRun({ type: 'png', data: image.png, transformation: { width, height }, altText: { name, title: xmlSafeText(title), description: xmlSafeText(title) } })]
	});
}

/** A Word document of these blocks, A4, in the document's language. */
export function wordDocument(meta: { language: PlanDocument['language']; title: string; subject: string; description: string }, children: Block[]): Promise<Buffer> {
	const document = new Document({
		title: xmlSafeText(meta.title),
		subject: xmlSafeText(meta.subject),
		description: xmlSafeText(meta.description),
		creator: 'Blendwijzer',
		lastModifiedBy: 'Blendwijzer',
		styles: {
			default: {
				document: { run: { font: 'Calibri', size: 21, language: { value: meta.language === 'nl' ? 'nl-NL' : 'en-GB' } } },
				title: { run: { size: 52, bold: true, color: '1A1A1A' } },
				heading1: { run: { size: 30, bold: true, color: HEADING_COLOUR }, paragraph: { spacing: { before: 240, after: 120 } } },
				heading2: { run: { size: 24, bold: true, color: HEADING_COLOUR }, paragraph: { spacing: { before: 200, after: 80 } } }
			}
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: PAGE.width, height: PAGE.height },
						margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin }
					}
				},
				children
			}
		]
	});
	return Packer.toBuffer(document);
}

export async function planToDocx(doc: PlanDocument): Promise<Buffer> {
	const m = messages(doc.language).export;
	const title = documentTitle(doc);
	const children: Block[] = [...coverBlocks(m.actionPlan, title, coverLines(doc))];

	// The one-page summary.
	children.push(heading(m.sections.summary, HeadingLevel.HEADING_1), heading(m.sections.largestGaps, HeadingLevel.HEADING_2));
	const gaps = largestGapsTable(doc);
	children.push(gaps.rows.length > 0 ? table(gaps) : note(m.sections.noGaps));
	const priorities = priorityTable(doc);
	if (priorities.rows.length > 0) children.push(heading(m.sections.summaryPriorities, HeadingLevel.HEADING_2), table(priorities));
	children.push(heading(m.sections.summaryActions, HeadingLevel.HEADING_2));
	const summary = summaryPointTable(doc);
	children.push(summary.table.rows.length > 0 ? table(summary.table) : note(m.sections.noActionPoints));
	if (summary.more > 0) children.push(note(morePointsText(summary.more, doc.language)));

	// The details.
	const chart = renderGapChart(doc, { idPrefix: 'docx-gap-chart' });
	children.push(
		new Paragraph({ children: [new PageBreak()] }),
		heading(m.sections.chart, HeadingLevel.HEADING_1),
		chartBlock(chart, format(m.sections.chartAlt, { title: m.sections.chart }), 'gap-chart'),
		heading(m.sections.gapTable, HeadingLevel.HEADING_1),
		lead(m.sections.gapTableIntro),
		table(gapTable(doc))
	);

	if (doc.ownQuestions.length > 0) {
		children.push(heading(m.sections.ownQuestions, HeadingLevel.HEADING_1));
		for (const own of doc.ownQuestions) children.push(labelled(own.question, own.answer));
	}

	children.push(heading(m.sections.actionPoints, HeadingLevel.HEADING_1));
	const points = actionPointTables(doc);
	for (const group of points.groups) {
		children.push(heading(group.categoryName, HeadingLevel.HEADING_2));
		children.push(group.points.length === 0 ? note(m.sections.noActionPoints) : table(group.table, points.all), gap());
	}

	const reflections = reflectionGroups(doc);
	if (reflections.length > 0) {
		children.push(heading(m.sections.reflections, HeadingLevel.HEADING_1));
		for (const group of reflections) {
			children.push(heading(group.part, HeadingLevel.HEADING_2));
			for (const entry of group.entries) children.push(new Paragraph({ keepNext: true, children: runs(entry.question, { bold: true }) }), new Paragraph({ children: runs(entry.answer) }));
		}
	}

	return wordDocument({ language: doc.language, title, subject: doc.instrumentTitle, description: `${doc.institutionName} — ${doc.scopeLabel}` }, children);
}
