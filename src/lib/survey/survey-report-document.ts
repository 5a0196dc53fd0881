/**
 * The report of an institution-wide scan as one document in one language: what the report page,
 * the shared read-only page and every export (PDF, Excel, CSV) show, built once so they agree.
 * Hidden groups are already left out here; nothing downstream can show them by mistake.
 */
import { format, messages, type Language } from '$lib/i18n';
import type { Instrument } from '$lib/instrument/schema';
import { categoryName as categoryNameOf, factorName as factorNameOf } from '$lib/instrument/names';
import { formatFigure, formatShare, type Distribution, type FactorStats, type GroupReport, type SurveyReport, type SurveyRole } from './survey-report';
import { documentHeading } from '$lib/plan/plan-document';
import type { ScanLevel } from '$lib/scan/scan';

/** A table cell: the text people read, and the value a spreadsheet stores (a number where it is one). */
export interface ReportCell {
	text: string;
	value: string | number | null;
}

export interface ReportTable {
	/** Stable key, also the sheet name's source. */
	key: 'factors' | 'categories' | 'roles' | 'units' | 'change';
	title: string;
	columns: string[];
	/**
	 * The same columns under spanning headers, for a printed page and a pivot table: after the
	 * first column, each group (a role, with its respondents) over its short column headers
	 * ("Mediaan nu"), every group with the same ones. `groupLabel` names what the groups are
	 * ("Rol"), for a sheet with one row per group.
	 */
	grouped?: { groupLabel: string; groups: { name: string; respondents: number }[]; columns: string[] };
	rows: ReportCell[][];
	/** Columns (by index) that hold numbers, for alignment. */
	numeric: number[];
}

export interface ReportFactorRow {
	factorKey: string;
	factorName: string;
	categoryName: string;
	current: Distribution;
	desired: Distribution;
	medianNow: string;
	medianDesired: string;
	gap: string;
	spread: string;
	/** The gap and spread as numbers (spread as a share 0–1), for the summary's "largest" and "most". */
	gapValue: number | null;
	spreadValue: number | null;
}

export interface HeatCell {
	/** The median as a number for the colour class, null for none. */
	value: number | null;
	text: string;
}

export interface SurveyReportDocument {
	language: Language;
	title: string;
	institutionName: string;
	scopeLabel: string;
	instrumentTitle: string;
	instrumentVersion: number;
	generatedAt: string;
	respondents: number;
	minGroupSize: number;
	/** Too few respondents for any figure. */
	hidden: boolean;
	/** Instrument order. */
	factors: ReportFactorRow[];
	/** Most spread first. */
	factorsBySpread: ReportFactorRow[];
	tables: ReportTable[];
	/** How many role and unit groups with respondents are left out (their names are not shown either). */
	hiddenGroups: number;
	heatmap: { units: { key: string; name: string; respondents: number }[]; rows: { factorName: string; cells: HeatCell[] }[] };
	previous: { title: string; opensAt: string } | null;
}

export interface SurveyReportDocumentInput {
	language: Language;
	instrument: Instrument;
	report: SurveyReport;
	title: string;
	institutionName: string;
	level: ScanLevel;
	unitName: string | null;
	units: readonly { id: string; name: string }[];
	previous: { title: string; opensAt: string } | null;
	generatedAt: Date;
}

export function buildSurveyReportDocument(input: SurveyReportDocumentInput): SurveyReportDocument {
	const { instrument, language, report } = input;
	const m = messages(language).survey;
	const r = m.report;
	const factorName = (key: string) => factorNameOf(instrument, key, language);
	const categoryName = (key: string) => categoryNameOf(instrument, key, language);
	const fig = (v: number | null, signed = false) => formatFigure(v, language, signed);
	const num = (v: number | null, signed = false): ReportCell => ({ text: fig(v, signed), value: v });
	const share = (v: number | null): ReportCell => ({ text: formatShare(v), value: v === null ? null : Math.round(v * 100) });
	const str = (t: string): ReportCell => ({ text: t, value: t });
	const row = (f: FactorStats): ReportFactorRow => ({
		factorKey: f.factorKey,
		factorName: factorName(f.factorKey),
		categoryName: categoryName(f.categoryKey),
		current: f.current,
		desired: f.desired,
		medianNow: fig(f.currentMedian),
		medianDesired: fig(f.desiredMedian),
		gap: fig(f.gap, true),
		spread: formatShare(f.spread),
		gapValue: f.gap,
		spreadValue: f.spread
	});
	const factors = report.total.factors.map(row);
	const factorsBySpread = report.factorsBySpread.map(row);
	const dist = (d: Distribution) => `${d[1]} / ${d[2]} / ${d[3]} / ${d.unknown}`;

	const roleName = (key: string) => m.rolesPlural[key as SurveyRole] ?? key;
	const unitName = (key: string) => (key === '' ? m.unitNotStated : (input.units.find((u) => u.id === key)?.name ?? key));
	const shownRoles = report.byRole.filter((g) => !g.suppressed);
	const shownUnits = report.byUnit.filter((g) => !g.suppressed);
	const hiddenGroups = [...report.byRole, ...report.byUnit].filter((g) => g.suppressed && g.respondents > 0).length;
	const statsIn = (g: GroupReport, key: string) => g.factors.find((f) => f.factorKey === key);

	const byKey = new Map(report.total.factors.map((f) => [f.factorKey, f]));
	const spreadHeader = `${r.spread} (%)`;
	const tables: ReportTable[] = [];
	if (!report.total.suppressed) {
		tables.push({
			key: 'factors',
			title: r.byFactor,
			columns: [r.factor, r.category, `${r.now} (1/2/3/?)`, `${r.desired} (1/2/3/?)`, r.medianNow, r.medianDesired, r.gap, spreadHeader],
			rows: factorsBySpread.map((f) => {
				const s = byKey.get(f.factorKey)!;
				return [str(f.factorName), str(f.categoryName), str(dist(f.current)), str(dist(f.desired)), num(s.currentMedian), num(s.desiredMedian), num(s.gap, true), share(s.spread)];
			}),
			numeric: [4, 5, 6, 7]
		});
		tables.push({
			key: 'categories',
			title: r.byCategory,
			columns: [r.category, r.medianNow, r.medianDesired, r.gap, spreadHeader],
			rows: report.total.categories.map((c) => [str(categoryName(c.categoryKey)), num(c.currentMedian), num(c.desiredMedian), num(c.gap, true), share(c.spread)]),
			numeric: [1, 2, 3, 4]
		});
		if (shownRoles.length > 0) {
			tables.push({
				key: 'roles',
				title: r.byRole,
				columns: [
					r.factor,
					...shownRoles.flatMap((g) => [
						`${roleName(g.key)} (n=${g.respondents}): ${r.medianNow}`,
						`${roleName(g.key)}: ${r.medianDesired}`,
						`${roleName(g.key)}: ${r.gap}`
					])
				],
				// A printed page cannot fit nine such headers side by side without breaking words.
				grouped: {
					groupLabel: m.role,
					groups: shownRoles.map((g) => ({ name: roleName(g.key), respondents: g.respondents })),
					columns: [r.medianNow, r.medianDesired, r.gap]
				},
				rows: factors.map((f) => [
					str(f.factorName),
					...shownRoles.flatMap((g) => {
						const s = statsIn(g, f.factorKey);
						return [num(s?.currentMedian ?? null), num(s?.desiredMedian ?? null), num(s?.gap ?? null, true)];
					})
				]),
				numeric: shownRoles.flatMap((_, i) => [1 + i * 3, 2 + i * 3, 3 + i * 3])
			});
		}
		if (shownUnits.length > 0) {
			tables.push({
				key: 'units',
				title: r.heatmapCaption,
				columns: [r.factor, ...shownUnits.map((g) => `${unitName(g.key)} (n=${g.respondents})`)],
				rows: factors.map((f) => [str(f.factorName), ...shownUnits.map((g) => num(statsIn(g, f.factorKey)?.currentMedian ?? null))]),
				numeric: shownUnits.map((_, i) => i + 1)
			});
		}
		if (report.change && input.previous) {
			tables.push({
				key: 'change',
				title: r.change,
				columns: [r.factor, r.changeNow, r.changeDesired, r.changeGap],
				rows: report.change.map((c) => [str(factorName(c.factorKey)), num(c.currentChange, true), num(c.desiredChange, true), num(c.gapChange, true)]),
				numeric: [1, 2, 3]
			});
		}
	}

	return {
		...documentHeading(input, instrument),
		instrumentVersion: instrument.version,
		generatedAt: input.generatedAt.toISOString(),
		respondents: report.total.respondents,
		minGroupSize: report.minGroupSize,
		hidden: report.total.suppressed,
		factors,
		factorsBySpread,
		tables,
		hiddenGroups,
		heatmap: {
			units: shownUnits.map((g) => ({ key: g.key, name: unitName(g.key), respondents: g.respondents })),
			rows: report.total.suppressed
				? []
				: factors.map((f) => ({
						factorName: f.factorName,
						cells: shownUnits.map((g) => {
							const value = statsIn(g, f.factorKey)?.currentMedian ?? null;
							return { value, text: fig(value) };
						})
					}))
		},
		previous: report.change ? input.previous : null
	};
}

/** The lines above the tables: who answered and how to read it (page, PDF and sheets alike). */
export function reportIntro(doc: SurveyReportDocument): string[] {
	const r = messages(doc.language).survey.report;
	const lines = [format(r.respondents, { n: doc.respondents })];
	if (doc.hidden) return [...lines, format(r.hiddenTotal, { min: doc.minGroupSize })];
	lines.push(r.howToRead, r.spreadExplained, format(r.suppressionExplained, { min: doc.minGroupSize }));
	if (doc.hiddenGroups > 0) lines.push(format(r.hiddenGroups, { n: doc.hiddenGroups }));
	return lines;
}
