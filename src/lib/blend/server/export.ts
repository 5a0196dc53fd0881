/**
 * A course design as files for the course file: PDF and Word (a cover, a one-page summary — the
 * load, the Bloem with its shares, the hints — then the other figures, every activity, the outcomes
 * with their activities and the principles with the team's answers), Excel (activities, shares,
 * outcomes and principles on their own sheets, numbers as numbers) and CSV (one tidy table with a
 * row-kind column: each activity, then each share). All from the same view the page shows
 * (`designView`), so a file and the screen say the same. Routes check access first.
 */
import ExcelJS from 'exceljs';
import { PageBreak, Paragraph, HeadingLevel } from 'docx';
import { messages, type Language } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import { PLAN_FORMATS, type PlanFormat } from '$lib/export/formats';
import { exporter } from '$lib/server/export/registry';
import { COLOURS, cover, finishPdf, openPdf, pdfText, type PdfOptions } from '$lib/server/export/pdf';
import { chartBlock, coverBlocks, heading, lead, note, table, wordDocument, type Block } from '$lib/server/export/docx';
import { addTable, text } from '$lib/server/export/xlsx';
import { csvTable } from '$lib/server/export/csv';
import { downloadName, slugify } from '$lib/server/export/filename';
import type { CoverLine, TextTable } from '$lib/server/export/sections';
import { activityFacts, hoursText, percentText } from '$lib/blend/describe';
import type { DesignView } from './view';

export interface DesignDocument {
	view: DesignView;
	language: Language;
	institutionName: string;
	generatedAt: string;
}

/** The width and height an SVG of ours declares in its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
	const match = /viewBox="-?[\d.]+ -?[\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
	return { width: Number(match?.[1] ?? 640), height: Number(match?.[2] ?? 400) };
}

const chart = (svg: string) => ({ svg, ...svgSize(svg) });

export function designCoverLines(doc: DesignDocument): CoverLine[] {
	const m = messages(doc.language);
	const t = m.blendUi.document;
	const d = doc.view.design;
	return [
		...(d.unitName ? [{ label: t.unit, value: d.unitName }] : []),
		...(d.period ? [{ label: t.period, value: d.period }] : []),
		{ label: t.studyLoad, value: `${String(d.studyLoad.amount).replace('.', doc.language === 'nl' ? ',' : '.')} ${m.blend.studyLoadUnit[d.studyLoad.unit]}` },
		{ label: t.weeks, value: String(d.weeks) },
		{ label: t.generated, value: formatDate(doc.generatedAt, doc.language) }
	];
}

/** Every activity as a row, in the team's order: what the page's list shows, in columns. */
export function activityTable(doc: DesignDocument): TextTable {
	const m = messages(doc.language);
	const t = m.blendUi.document;
	const v = doc.view;
	const outcomeText = new Map(v.outcomes.map((o, i) => [o.id, `${i + 1}`]));
	return {
		columns: [
			{ header: t.number, align: 'center' },
			{ header: t.activity },
			{ header: t.environment },
			{ header: t.learningType },
			{ header: t.synchrony },
			{ header: t.grouping },
			{ header: t.weeksColumn, align: 'center' },
			{ header: t.hours, align: 'center' },
			{ header: t.teacherRole },
			{ header: t.outcomes, align: 'center' }
		],
		rows: v.activities.map((a, i) => [
			String(i + 1),
			a.title,
			v.environments.find((e) => e.id === a.environment)?.name ?? a.environment,
			v.learningTypes.find((l) => l.id === a.learningType)?.name ?? a.learningType,
			m.blend.synchronyShort[a.synchrony],
			m.blend.grouping[a.grouping],
			a.weeksText,
			String(a.hours).replace('.', doc.language === 'nl' ? ',' : '.'),
			m.blend.teacherRole[a.teacherRole],
			a.outcomeIds.flatMap((id) => outcomeText.get(id) ?? []).join(', ')
		])
	};
}

export interface ActivityLines {
	title: string;
	/** "Online · Kennis opnemen · Asynchroon · Individueel · week 1 · 3 uur · Niet aanwezig" */
	meta: string;
	/** "Leeruitkomsten: 1, 2", or that it serves none. */
	outcomes: string;
	notes: string;
}

/**
 * Every activity as the page's list shows it — its title, then one line of what it is — for the
 * PDF and Word: ten columns side by side leave an A4 page too narrow for whole words.
 */
export function activityLines(doc: DesignDocument): ActivityLines[] {
	const m = messages(doc.language);
	const v = doc.view;
	const number = new Map(v.outcomes.map((o, i) => [o.id, `${i + 1}`]));
	return v.activities.map((a, i) => {
		const outcomes = a.outcomeIds.flatMap((id) => number.get(id) ?? []);
		return {
			title: `${i + 1}. ${a.title}`,
			meta: activityFacts(a, v, doc.language).join(' · '),
			outcomes: outcomes.length > 0 ? `${m.blendUi.document.outcomes}: ${outcomes.join(', ')}` : m.blendUi.outcomesNone,
			notes: a.notes
		};
	});
}

export function coverageTable(doc: DesignDocument): TextTable {
	const t = messages(doc.language).blendUi.document;
	const ui = messages(doc.language).blendUi;
	return {
		columns: [{ header: t.number, align: 'center' }, { header: t.outcome }, { header: t.servedBy }, { header: t.hours, align: 'center' }],
		rows: doc.view.coverage.map((c, i) => [String(i + 1), c.outcome.text, c.activities.length > 0 ? c.activities.join('; ') : ui.outcomeUncovered, hoursText(c.hours, doc.language)])
	};
}


export function designTitle(doc: DesignDocument): string {
	return doc.view.design.title;
}

export async function designToPdf(doc: DesignDocument, options: PdfOptions = {}): Promise<Buffer> {
	const m = messages(doc.language);
	const ui = m.blendUi;
	const t = ui.document;
	const v = doc.view;
	const warn = options.onWarning ?? (() => {});
	const title = pdfText(designTitle(doc));
	const generated = new Date(doc.generatedAt);
	const { layout, done } = openPdf({ language: doc.language, title, author: doc.institutionName, subject: t.kind, date: Number.isNaN(generated.getTime()) ? new Date(0) : generated });
	cover(layout, t.kind, title, designCoverLines(doc));

	layout.heading(t.summary, 16);
	layout.paragraph(v.load.text, { bold: v.load.status !== 'fits' });
	layout.space(0.5);
	layout.heading(m.blend.figures.bloemTitle, 12);
	layout.svg(chart(v.figures.bloem.svg), warn);
	layout.paragraph(v.figures.bloem.text, { size: 9, colour: COLOURS.muted });
	layout.heading(ui.hints, 12);
	if (v.hints.length === 0) layout.paragraph(ui.hintsNone, { size: 10 });
	for (const h of v.hints) layout.paragraph(`• ${h.message}${h.products.length > 0 ? ` ${ui.helps} ${h.products.map((p) => p.title).join(', ')}.` : ''}`, { size: 10 });

	layout.newPage();
	layout.heading(ui.blend, 14);
	for (const f of [v.figures.learningTypes, v.figures.synchrony]) {
		layout.heading(f.title, 12);
		layout.svg(chart(f.svg), warn);
	}
	layout.heading(v.figures.timeline.title, 12);
	layout.svg(chart(v.figures.timeline.svg), warn);

	layout.heading(ui.activities, 14);
	for (const a of activityLines(doc)) {
		layout.paragraph(a.title, { bold: true, size: 10 });
		layout.paragraph(a.meta, { size: 9 });
		layout.paragraph(a.outcomes, { size: 9, colour: COLOURS.muted });
		if (a.notes) layout.paragraph(a.notes, { size: 9, colour: COLOURS.muted });
		layout.space(0.4);
	}
	layout.space(0.6);
	layout.heading(ui.outcomesTitle, 14);
	layout.textTable(coverageTable(doc));
	for (const line of [...(v.unlinked.length > 0 ? [ui.unlinked.replace('{titles}', v.unlinked.join(', '))] : []), ...(v.outsideWeeks.length > 0 ? [ui.outsideWeeks.replace('{titles}', v.outsideWeeks.join(', '))] : [])])
		layout.paragraph(line, { size: 9 });
	layout.space(0.6);
	layout.heading(ui.principles, 14);
	for (const p of v.principles) {
		layout.paragraph(p.title, { bold: true, size: 10 });
		layout.paragraph(p.question, { size: 9, colour: COLOURS.muted });
		layout.paragraph(p.answer || ui.document.noAnswer, { size: 10 });
		layout.space(0.4);
	}
	return finishPdf(layout, doc.language, title, done, { cover: true });
}

export function designToDocx(doc: DesignDocument): Promise<Buffer> {
	const m = messages(doc.language);
	const ui = m.blendUi;
	const t = ui.document;
	const v = doc.view;
	const title = designTitle(doc);
	const children: Block[] = [...coverBlocks(t.kind, title, designCoverLines(doc))];
	children.push(heading(t.summary, HeadingLevel.HEADING_1), lead(v.load.text));
	children.push(chartBlock(chart(v.figures.bloem.svg), `${m.blend.figures.bloemTitle}: ${v.figures.bloem.text}`, 'bloem'), note(v.figures.bloem.text));
	children.push(heading(ui.hints, HeadingLevel.HEADING_2));
	if (v.hints.length === 0) children.push(note(ui.hintsNone));
	for (const h of v.hints) children.push(lead(`${h.message}${h.products.length > 0 ? ` ${ui.helps} ${h.products.map((p) => p.title).join(', ')}.` : ''}`));
	children.push(new Paragraph({ children: [new PageBreak()] }), heading(ui.blend, HeadingLevel.HEADING_1));
	for (const [i, f] of [v.figures.learningTypes, v.figures.synchrony, v.figures.timeline].entries()) {
		children.push(heading(f.title, HeadingLevel.HEADING_2), chartBlock(chart(f.svg), `${f.title}: ${f.text}`, `figure-${i + 1}`));
	}
	children.push(heading(ui.activities, HeadingLevel.HEADING_1));
	for (const a of activityLines(doc)) children.push(heading(a.title, HeadingLevel.HEADING_3), lead(a.meta), note(a.outcomes), ...(a.notes ? [note(a.notes)] : []));
	children.push(heading(ui.outcomesTitle, HeadingLevel.HEADING_1), table(coverageTable(doc)));
	if (v.unlinked.length > 0) children.push(note(ui.unlinked.replace('{titles}', v.unlinked.join(', '))));
	if (v.outsideWeeks.length > 0) children.push(note(ui.outsideWeeks.replace('{titles}', v.outsideWeeks.join(', '))));
	children.push(heading(ui.principles, HeadingLevel.HEADING_1));
	for (const p of v.principles) children.push(heading(p.title, HeadingLevel.HEADING_3), note(p.question), lead(p.answer || ui.document.noAnswer));
	return wordDocument({ language: doc.language, title, subject: t.kind, description: v.load.text }, children);
}

/** The shares as rows: dimension, value, hours, share (0–1). */
function shareRows(doc: DesignDocument): Array<[string, string, number, number]> {
	const ui = messages(doc.language).blendUi;
	const s = doc.view.shares;
	return [
		...s.environments.map((x) => [ui.environmentColumn, x.name, x.hours, x.share] as [string, string, number, number]),
		...s.learningTypes.map((x) => [ui.learningTypeColumn, x.name, x.hours, x.share] as [string, string, number, number]),
		...s.synchrony.map((x) => [ui.synchronyColumn, x.name, x.hours, x.share] as [string, string, number, number])
	];
}

export async function designToXlsx(doc: DesignDocument): Promise<Buffer> {
	const t = messages(doc.language).blendUi.document;
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Blendwijzer';
	const activities = activityTable(doc);
	addTable(
		workbook,
		t.sheetActivities,
		activities.columns.map((c, i) => ({ header: c.header, width: i === 1 ? 50 : 16, wrap: i === 1 })),
		activities.rows.map((row, i) => row.map((cell, j) => (j === 0 ? i + 1 : j === 7 ? doc.view.activities[i]!.hours : text(cell))))
	);
	addTable(
		workbook,
		t.sheetShares,
		[{ header: t.dimension, width: 26 }, { header: t.value, width: 26 }, { header: t.hours, width: 10 }, { header: t.share, width: 10 }],
		shareRows(doc).map(([dimension, value, hours, share]) => [text(dimension), text(value), hours, Math.round(share * 1000) / 1000])
	);
	const coverage = coverageTable(doc);
	addTable(workbook, t.sheetOutcomes, coverage.columns.map((c, i) => ({ header: c.header, width: i === 0 ? 6 : 50, wrap: i > 0 })), coverage.rows.map((row) => row.map((cell) => text(cell))));
	addTable(
		workbook,
		t.sheetPrinciples,
		[{ header: t.principle, width: 40, wrap: true }, { header: t.question, width: 60, wrap: true }, { header: t.answer, width: 80, wrap: true }],
		doc.view.principles.map((p) => [text(p.title), text(p.question), text(p.answer)])
	);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * One tidy table (decision record 0031): a row per activity, then a row per share; a "Soort rij"
 * column says which, so a spreadsheet filters either with one click.
 */
export function designToCsv(doc: DesignDocument): Buffer {
	const m = messages(doc.language);
	const t = m.blendUi.document;
	const v = doc.view;
	const header = [t.rowKind, t.position, t.activity, t.environment, t.learningType, t.synchrony, t.grouping, t.weeksColumn, t.hours, t.teacherRole, t.outcomes, t.notes, t.dimension, t.value, t.share];
	const outcomeNumber = new Map(v.outcomes.map((o, i) => [o.id, `${i + 1}`]));
	const rows: Array<Array<string | number>> = v.activities.map((a, i) => [
		t.rowActivity,
		i + 1,
		a.title,
		v.environments.find((e) => e.id === a.environment)?.name ?? a.environment,
		v.learningTypes.find((l) => l.id === a.learningType)?.name ?? a.learningType,
		m.blend.synchronyShort[a.synchrony],
		m.blend.grouping[a.grouping],
		a.weeksText,
		a.hours,
		m.blend.teacherRole[a.teacherRole],
		a.outcomeIds.flatMap((id) => outcomeNumber.get(id) ?? []).join(', '),
		a.notes,
		'',
		'',
		''
	]);
	for (const [dimension, value, hours, share] of shareRows(doc)) rows.push([t.rowShare, '', '', '', '', '', '', '', hours, '', '', '', dimension, value, percentText(share)]);
	return csvTable([header, ...rows]);
}

export function designFilename(doc: DesignDocument, extension: string): string {
	return downloadName(messages(doc.language).blendUi.document.fileName, slugify(designTitle(doc)), doc.generatedAt, extension);
}

export const designExports = exporter<DesignDocument, PlanFormat, Buffer>(
	PLAN_FORMATS,
	{ pdf: (doc) => designToPdf(doc), docx: designToDocx, xlsx: designToXlsx, csv: designToCsv },
	designFilename
);
