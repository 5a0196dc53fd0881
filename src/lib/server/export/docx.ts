/**
 * The action plan as an editable Word document: title block, the GAP table (largest gap first),
 * the priority per category with its reason, and the action points per category as tables.
 *
 * The chart is not in the Word file. docx 9.7.1 can embed an SVG, but only together with a PNG
 * fallback for Word versions without SVG support, and turning our SVG into a PNG needs a
 * rasteriser (a browser or a native library) that the server does not have. The GAP table holds
 * the same data as the chart, and a sentence under the heading says so.
 *
 * All text goes in as text runs (docx escapes it as XML); characters XML cannot hold are dropped
 * first, because one would make Word refuse the file.
 */
import {
	AlignmentType,
	Document,
	HeadingLevel,
	Packer,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { messages } from '$lib/i18n';
import type { PlanDocument } from '$lib/plan/plan-document';
import { xmlSafeText } from './inert';
import { actionPointGroups, actionPointTable, documentTitle, gapTable, reflectionGroups, titleBlock, type TableColumn } from './sections';

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** One text run per line, so line breaks typed by a user survive as breaks. */
function runs(text: string, options: { bold?: boolean } = {}): TextRun[] {
	return xmlSafeText(text)
		.split(/\r\n|\r|\n/)
		.map((line, index) => new TextRun({ text: line, bold: options.bold, break: index > 0 ? 1 : undefined }));
}

function labelled(label: string, value: string): Paragraph {
	return new Paragraph({ children: [new TextRun({ text: `${xmlSafeText(label)}: `, bold: true }), ...runs(value)] });
}

function table(columns: TableColumn[], rows: string[][]): Table {
	const widths = columns.map((column) => Math.round((CONTENT_WIDTH * column.share) / 100));
	const cell = (text: string, index: number, header: boolean) =>
		new TableCell({
			width: { size: widths[index]!, type: WidthType.DXA },
			margins: { top: 40, bottom: 40, left: 80, right: 80 },
			...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
			children: [
				new Paragraph({
					alignment: columns[index]!.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
					children: runs(text, { bold: header })
				})
			]
		});
	return new Table({
		width: { size: CONTENT_WIDTH, type: WidthType.DXA },
		columnWidths: widths,
		rows: [
			new TableRow({ tableHeader: true, children: columns.map((column, i) => cell(column.header, i, true)) }),
			...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i, false)) }))
		]
	});
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
	return new Paragraph({ heading: level, children: runs(text) });
}

export async function planToDocx(doc: PlanDocument): Promise<Buffer> {
	const m = messages(doc.language).export;
	const c = m.columns;
	const gap = gapTable(doc);
	const title = documentTitle(doc);

	const children: (Paragraph | Table)[] = [
		heading(title, HeadingLevel.TITLE),
		...titleBlock(doc).map(({ label, value }) => labelled(label, value)),

		heading(m.sections.gapTable, HeadingLevel.HEADING_1),
		new Paragraph({ children: runs(m.sections.gapTableIntro) }),
		new Paragraph({ children: [new TextRun({ text: m.sections.chartInTable, italics: true })] }),
		table(gap.columns, gap.rows),

		heading(m.sections.priorities, HeadingLevel.HEADING_1)
	];
	for (const priority of doc.priorities) {
		children.push(heading(priority.categoryName, HeadingLevel.HEADING_2), labelled(c.priority, priority.factorName));
		if (priority.reason.trim()) children.push(labelled(c.reason, priority.reason));
	}

	if (doc.ownQuestions.length > 0) {
		children.push(heading(m.sections.ownQuestions, HeadingLevel.HEADING_1));
		for (const own of doc.ownQuestions) children.push(labelled(own.question, own.answer));
	}

	children.push(heading(m.sections.actionPoints, HeadingLevel.HEADING_1));
	for (const group of actionPointGroups(doc)) {
		children.push(heading(group.categoryName, HeadingLevel.HEADING_2));
		if (group.points.length === 0) {
			children.push(new Paragraph({ children: [new TextRun({ text: m.sections.noActionPoints, italics: true })] }));
			continue;
		}
		const points = actionPointTable(group.points, doc.language);
		children.push(table(points.columns, points.rows));
	}

	const reflections = reflectionGroups(doc);
	if (reflections.length > 0) {
		children.push(heading(m.sections.reflections, HeadingLevel.HEADING_1));
		for (const group of reflections) {
			children.push(heading(group.part, HeadingLevel.HEADING_2));
			for (const entry of group.entries) children.push(new Paragraph({ children: runs(entry.question, { bold: true }) }), new Paragraph({ children: runs(entry.answer) }));
		}
	}

	const document = new Document({
		title: xmlSafeText(title),
		subject: xmlSafeText(doc.instrumentTitle),
		description: xmlSafeText(`${doc.institutionName} — ${doc.scopeLabel}`),
		creator: 'Blendwijzer',
		lastModifiedBy: 'Blendwijzer',
		styles: {
			default: {
				document: { run: { language: { value: doc.language === 'nl' ? 'nl-NL' : 'en-GB' } } }
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
