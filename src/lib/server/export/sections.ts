/**
 * What the PDF and Word exports show in the same order and words: the cover's lines, the one-page
 * summary (largest gaps, priorities, who does what by when), the gap table and the action points
 * grouped per category, each table as columns and rows of text that a renderer only draws; and
 * how wide each column must be so that no word is broken. Kept here once so the two documents
 * cannot drift apart.
 */
import { format, messages, type Language } from '$lib/i18n';
import { formatDate } from '$lib/i18n/format';
import type { PlanDocument, PlanDocumentActionPoint } from '$lib/plan/plan-document';

export interface ActionPointGroup {
	categoryKey: string;
	categoryName: string;
	points: PlanDocumentActionPoint[];
}

/**
 * Action points per category, in instrument order, including categories without any (so the
 * document shows that a category still needs action points). Points of a category the plan no
 * longer lists come last rather than being dropped.
 */
export function actionPointGroups(doc: PlanDocument): ActionPointGroup[] {
	const groups: ActionPointGroup[] = doc.categories.map((category) => ({
		categoryKey: category.key,
		categoryName: category.name,
		points: []
	}));
	for (const point of doc.actionPoints) {
		let group = groups.find((g) => g.categoryKey === point.categoryKey);
		if (!group) {
			group = { categoryKey: point.categoryKey, categoryName: point.categoryName, points: [] };
			groups.push(group);
		}
		group.points.push(point);
	}
	return groups;
}

export interface ReflectionGroup {
	part: string;
	entries: { question: string; answer: string }[];
}

/** A workshop's step-5 answers per part ("Terugblik", then "Vooruitblik"), as PDF and Word write them; empty for a scan or survey. */
export function reflectionGroups(doc: PlanDocument): ReflectionGroup[] {
	const groups: ReflectionGroup[] = [];
	for (const reflection of doc.reflections ?? []) {
		let group = groups.find((g) => g.part === reflection.part);
		if (!group) groups.push((group = { part: reflection.part, entries: [] }));
		group.entries.push({ question: reflection.question, answer: reflection.answer });
	}
	return groups;
}

/** A date as people write it ("31 januari 2025", "31 January 2025"), in Amsterdam time. */
export const formatGeneratedDate = formatDate;

/** An action point's due date as the documents print it ("7 december 2026"), or nothing. */
export function dueDateText(dueDate: string | null, language: Language): string {
	return dueDate ? formatDate(`${dueDate}T12:00:00Z`, language) : '';
}

/** One line of a document's cover: what it is about, with which instrument, when, and whose answers. */
export interface CoverLine {
	label: string;
	value: string;
}

/** The cover's lines: institution, level, instrument and version, date, and (survey, workshop) how many answered. */
export function coverLines(doc: {
	language: Language;
	institutionName: string;
	scopeLabel: string;
	instrumentTitle: string;
	instrumentVersion: number;
	generatedAt: string;
	people?: { kind: 'respondents' | 'participants'; count: number };
}): CoverLine[] {
	const m = messages(doc.language).export.meta;
	const lines: CoverLine[] = [
		{ label: m.institution, value: doc.institutionName },
		{ label: m.scope, value: doc.scopeLabel },
		{ label: m.instrument, value: format(m.instrumentVersion, { title: doc.instrumentTitle, version: doc.instrumentVersion }) },
		{ label: m.date, value: formatGeneratedDate(doc.generatedAt, doc.language) }
	];
	if (doc.people) lines.push({ label: m[doc.people.kind], value: String(doc.people.count) });
	return lines.filter((line) => line.value.trim() !== '');
}

/** The document's title, or "Actieplan"/"Action plan" when the plan has none. */
export function documentTitle(doc: PlanDocument): string {
	return doc.title.trim() || messages(doc.language).export.actionPlan;
}

/** The gap as a figure, as the chart shows it: "+2", "0", "−1" (a real minus sign), or "—" when there is none. */
export function gapText(gap: number | null): string {
	if (gap === null) return '—';
	if (gap < 0) return `\u2212${-gap}`;
	return gap > 0 ? `+${gap}` : '0';
}

export interface TableColumn {
	header: string;
	/**
	 * Percent of the table's width, for a form with blank columns to write in (the workshop
	 * handout). Without it the renderer sizes every column to its content (`fitColumns`).
	 */
	share?: number;
	align?: 'left' | 'center';
}

/** A header over several neighbouring columns ("Bestuurders (n=5)" over now, desired and gap). */
export interface ColumnGroup {
	header: string;
	span: number;
}

/** A table as the PDF and Word exports draw it: one header per column, one text per cell. */
export interface TextTable {
	columns: TableColumn[];
	rows: string[][];
	/** Spanning headers above the column headers; their spans add up to the number of columns. */
	groups?: ColumnGroup[];
}

/**
 * The table without the columns that are empty in every row (a "Factoren" column when no
 * action point names a factor): an empty column tells a reader nothing and takes width from the
 * text. A table without rows keeps its columns. Tables with spanning headers are kept as they are.
 */
export function withoutEmptyColumns(table: TextTable): TextTable {
	if (table.rows.length === 0 || table.groups) return table;
	const keep = table.columns.map((_, i) => table.rows.some((row) => (row[i] ?? '').trim() !== ''));
	if (keep.every(Boolean)) return table;
	return { columns: table.columns.filter((_, i) => keep[i]), rows: table.rows.map((row) => row.filter((_, i) => keep[i])) };
}

/**
 * The font sizes (points) a table tries in PDF and Word, first keeping short cells on one line,
 * then only words whole, before a word would have to break.
 */
export const TABLE_LAYOUTS: readonly (readonly [size: number, keepShortCells: boolean])[] = [
	[9, true],
	[8, true],
	[9, false],
	[8, false],
	[7, false]
];

/** The width of a text in points, in the table's font at its size (bold for headers). */
export type MeasureText = (text: string, bold: boolean) => number;

/**
 * Column widths (in points) that add up to `width` and give every column at least the width of
 * its longest word, so a renderer never has to break a word ("Opleidingsma-nager") — the layout
 * a browser gives a table: first each column its longest word, then the rest of the width to the
 * columns in proportion to how much longer their longest line is. Null when even the longest
 * words do not fit side by side (the renderer then tries a smaller font). A single word wider
 * than half the table (a pasted link) counts as half the table: that one word may break.
 */
export function fitColumns(table: TextTable, width: number, measure: MeasureText, padding: number, options: { keepShortCells?: boolean } = {}): number[] | null {
	// Short cells (a date, "9 / 11 / 17 / 0", "In progress") read best on one line: with
	// `keepShortCells`, a column whose cells are all short gets its longest cell, not its longest word.
	const keepWhole = options.keepShortCells === false ? 0 : width / 5;
	const count = table.columns.length;
	const min = new Array<number>(count).fill(0);
	const max = new Array<number>(count).fill(0);
	// The longest line of the body cells: a column whose cells are all short keeps them whole (a header may still wrap).
	const body = new Array<number>(count).fill(0);
	const consider = (i: number, text: string, bold: boolean) => {
		for (const line of text.split('\n')) {
			const lineWidth = measure(line, bold);
			max[i] = Math.max(max[i]!, lineWidth);
			if (!bold) body[i] = Math.max(body[i]!, lineWidth);
			// pdfkit's line wrapper measures a word with the space after it, and splits it when that does not fit.
			for (const word of line.split(/\s+/)) if (word) min[i] = Math.max(min[i]!, Math.min(measure(`${word} `, bold), width / 2));
		}
	};
	table.columns.forEach((column, i) => consider(i, column.header, true));
	for (const row of table.rows) row.forEach((cell, i) => i < count && consider(i, cell, false));
	// Rounding in the renderer must not push a word that just fits onto two lines.
	const pad = 2 * padding + 1;
	for (let i = 0; i < count; i++) {
		if (body[i]! <= keepWhole) min[i] = Math.max(min[i]!, body[i]!);
		min[i] = min[i]! + pad;
		max[i] = Math.max(max[i]! + pad, min[i]!);
	}
	// A spanning header's longest word must fit across its columns.
	let first = 0;
	for (const group of table.groups ?? []) {
		const spanned = min.slice(first, first + group.span).reduce((a, b) => a + b, 0);
		const words = Math.max(0, ...group.header.split(/\s+/).map((word) => measure(`${word} `, true) + pad));
		if (words > spanned) for (let i = first; i < first + group.span; i++) min[i] = min[i]! + (words - spanned) / group.span;
		first += group.span;
	}
	const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
	const minTotal = sum(min);
	if (minTotal > width) return null;
	const maxTotal = sum(max);
	if (maxTotal <= width) return max.map((value) => (value * width) / maxTotal);
	const room = width - minTotal;
	const want = maxTotal - minTotal;
	return min.map((value, i) => value + (room * (max[i]! - value)) / want);
}

/** The gap table as both the PDF and Word write it: columns and rows, largest gap first. */
export function gapTable(doc: PlanDocument): TextTable {
	const c = messages(doc.language).export.columns;
	return withoutEmptyColumns({
		columns: [
			{ header: c.factor },
			{ header: c.category },
			{ header: c.current, align: 'center' },
			{ header: c.desired, align: 'center' },
			{ header: c.gap, align: 'center' },
			{ header: c.needed }
		],
		rows: doc.rowsByGap.map((row) => [row.factorName, row.categoryName, row.currentLabel, row.desiredLabel, gapText(row.gap), row.needed])
	});
}

/** How many factors the summary names as the largest gaps. */
export const SUMMARY_GAPS = 5;
/** How many action points the one-page summary lists; the details have every one. */
export const SUMMARY_POINTS = 10;

/** The summary's largest gaps: the factors with the largest positive gap, at most five. */
export function largestGapsTable(doc: PlanDocument): TextTable {
	const c = messages(doc.language).export.columns;
	return {
		columns: [{ header: c.factor }, { header: c.current, align: 'center' }, { header: c.desired, align: 'center' }, { header: c.gap, align: 'center' }],
		rows: doc.rowsByGap
			.filter((row) => (row.gap ?? 0) > 0)
			.slice(0, SUMMARY_GAPS)
			.map((row) => [row.factorName, row.currentLabel, row.desiredLabel, gapText(row.gap)])
	};
}

/** The priority per category with its reason, as the summary lists them. */
export function priorityTable(doc: PlanDocument): TextTable {
	const c = messages(doc.language).export.columns;
	return withoutEmptyColumns({
		columns: [{ header: c.category }, { header: c.priority }, { header: c.reason }],
		rows: doc.priorities.map((priority) => [priority.categoryName, priority.factorName, priority.reason])
	});
}

/** Who does what by when: the plan's first action points for the summary, and how many more the details hold. */
export function summaryPointTable(doc: PlanDocument): { table: TextTable; more: number } {
	const c = messages(doc.language).export.columns;
	const points = doc.actionPoints.slice(0, SUMMARY_POINTS);
	return {
		table: {
			columns: [{ header: c.text }, { header: c.owner }, { header: c.dueDate }],
			rows: points.map((point) => [point.text, point.owner, dueDateText(point.dueDate, doc.language)])
		},
		more: doc.actionPoints.length - points.length
	};
}

/** "En nog 1 actiepunt: zie Actiepunten." with the right plural. */
export function morePointsText(more: number, language: Language): string {
	const m = messages(language).export.sections;
	return format(more === 1 ? m.morePointsOne : m.morePoints, { n: more, section: m.actionPoints });
}

/**
 * An action point's cell in the PDF and Word tables: its text, and under it how we will know it
 * worked. A sixth column would squeeze owner and date onto two lines; the spreadsheet and CSV have
 * the criterion in a column of its own, for analysis.
 */
export function withSuccessCriterion(point: PlanDocumentActionPoint, language: Language): string {
	if (!point.successCriterion) return point.text;
	return `${point.text}\n${format(messages(language).plan.actionSuccessShort, { criterion: point.successCriterion })}`;
}

/** An action point as a table row: text with its success criterion, factors, owner, due date, status. */
function actionPointRow(point: PlanDocumentActionPoint, language: Language): string[] {
	return [withSuccessCriterion(point, language), point.factorNames.join(', '), point.owner, dueDateText(point.dueDate, language), point.statusLabel];
}

/** One category's action points as both the PDF and Word write them: text, factors, owner, due date, status (empty columns left out). */
export function actionPointTable(points: PlanDocumentActionPoint[], language: Language): TextTable {
	const c = messages(language).export.columns;
	return withoutEmptyColumns({
		columns: [{ header: c.text }, { header: c.factors }, { header: c.owner }, { header: c.dueDate }, { header: c.status }],
		rows: points.map((point) => actionPointRow(point, language))
	});
}

/**
 * The action point tables of every category with the same columns (those not empty in the whole
 * plan), and the table of all points together, from which a renderer takes one set of column
 * widths, so the categories' tables line up under each other.
 */
export function actionPointTables(doc: PlanDocument): { all: TextTable; groups: (ActionPointGroup & { table: TextTable })[] } {
	const all = actionPointTable(doc.actionPoints, doc.language);
	const full = actionPointTable([], doc.language).columns;
	const kept = full.map((column) => all.columns.some((c) => c.header === column.header));
	return {
		all,
		groups: actionPointGroups(doc).map((group) => {
			const table = actionPointTable([], doc.language);
			const rows = group.points.map((point) => actionPointRow(point, doc.language));
			return {
				...group,
				table: { columns: table.columns.filter((_, i) => kept[i]), rows: rows.map((row) => row.filter((_, i) => kept[i])) }
			};
		})
	};
}
