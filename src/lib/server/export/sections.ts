/**
 * What the PDF and Word exports show in the same order and words: the title-block lines, the gap
 * table and the action points grouped per category, each table as columns and rows of text that a
 * renderer only draws. Kept here once so the two documents cannot drift apart.
 */
import { format, messages, type Language } from '$lib/i18n';
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

/** The date a plan was made, as people write it ("31 januari 2025", "31 January 2025"). */
export function formatGeneratedDate(iso: string, language: Language): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
		dateStyle: 'long',
		timeZone: 'Europe/Amsterdam'
	}).format(date);
}

/** The lines under the title: institution, level, date, instrument. */
export function titleBlock(doc: PlanDocument): { label: string; value: string }[] {
	const m = messages(doc.language).export.meta;
	return [
		{ label: m.institution, value: doc.institutionName },
		{ label: m.scope, value: doc.scopeLabel },
		{ label: m.date, value: formatGeneratedDate(doc.generatedAt, doc.language) },
		{
			label: m.instrument,
			value: format(m.instrumentVersion, { title: doc.instrumentTitle, version: doc.instrumentVersion })
		}
	];
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
	/** Percent of the table's width. */
	share: number;
	align?: 'left' | 'center';
}

/** A table as the PDF and Word exports draw it: one header per column, one text per cell. */
export interface TextTable {
	columns: TableColumn[];
	rows: string[][];
}

/** The gap table as both the PDF and Word write it: columns and rows, largest gap first. */
export function gapTable(doc: PlanDocument): TextTable {
	const c = messages(doc.language).export.columns;
	return {
		columns: [
			{ header: c.factor, share: 26 },
			{ header: c.category, share: 17 },
			{ header: c.current, share: 11, align: 'center' },
			{ header: c.desired, share: 12, align: 'center' },
			{ header: c.gap, share: 7, align: 'center' },
			{ header: c.needed, share: 27 }
		],
		rows: doc.rowsByGap.map((row) => [row.factorName, row.categoryName, row.currentLabel, row.desiredLabel, gapText(row.gap), row.needed])
	};
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

/** One category's action points as both the PDF and Word write them: text, factors, owner, due date, status. */
export function actionPointTable(points: PlanDocumentActionPoint[], language: Language): TextTable {
	const c = messages(language).export.columns;
	return {
		columns: [
			{ header: c.text, share: 36 },
			{ header: c.factors, share: 23 },
			{ header: c.owner, share: 15 },
			{ header: c.dueDate, share: 13 },
			{ header: c.status, share: 13 }
		],
		rows: points.map((point) => [withSuccessCriterion(point, language), point.factorNames.join(', '), point.owner, point.dueDate ?? '', point.statusLabel])
	};
}
