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
	key: 'factors' | 'categories' | 'roles' | 'units' | 'change' | 'gaps' | 'roleMeans' | 'unitMeans' | 'unitGaps' | 'roleUnit' | 'changeMeans';
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

/** A factor's paired figures as people read them (issue 11): who wants more, the mean gap and its interval, agreement. */
export interface ReportGapRow extends ReportFactorRow {
	/** "13 van 25 (52%) willen verder dan waar we nu staan". */
	wantsMoreText: string;
	/** "5 willen een lagere fase", or empty when nobody does. */
	wantsLessText: string;
	/** "Gemiddelde GAP +0,5 (95%-interval +0,1 tot +1)". */
	meanGapText: string;
	/** "Overeenstemming over nu: 40%". */
	agreementText: string;
}

/** Groups (roles, units, or the previous scan and this one) set side by side per factor: the mean phase now and desired of each. */
export interface GroupComparison {
	groups: { key: string; label: string; respondents: number }[];
	rows: { factorKey: string; factorName: string; values: { now: number | null; desired: number | null }[] }[];
}

/** One hidden role or unit that can be named without revealing anything (decision record 0033). */
export interface NamedHiddenGroup {
	dimension: 'role' | 'unit';
	name: string;
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
	/** Largest mean gap first. */
	gapFactors: ReportGapRow[];
	/** Shown roles and units side by side, null when fewer than two of them are shown. */
	roleComparison: GroupComparison | null;
	unitComparison: GroupComparison | null;
	/** The previous scan and this one, per factor; null without a previous scan. */
	changeComparison: GroupComparison | null;
	/** The units × factors heat map by mean gap (the cell's value is the mean gap). */
	gapHeatmap: { units: { key: string; name: string; respondents: number }[]; rows: { factorName: string; cells: HeatCell[] }[] };
	/** The shown role × unit combinations with their mean gap per category and over all factors; null when the survey has no such view. */
	roleUnit: { columns: string[]; rows: { label: string; respondents: number; cells: HeatCell[] }[] } | null;
	/** Hidden groups: those named (hidden only to protect a smaller one) and how many are not named (below the minimum). */
	hiddenNamed: NamedHiddenGroup[];
	hiddenUnnamed: { roles: number; units: number; cells: number };
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

	// Issue 11: each respondent's own gap, agreement, groups side by side, hidden groups named where that reveals nothing.
	const plural = (forms: { one: string; other: string }, n: number, values: Record<string, string | number> = {}) => format(n === 1 ? forms.one : forms.other, { n, ...values });
	/** Means to one decimal for people ("+0,5"); spreadsheets get two. */
	const mean1 = (v: number | null, signed = false) => fig(v === null ? null : Math.round(v * 10) / 10, signed);
	const mean2 = (v: number | null): ReportCell => ({ text: mean1(v), value: v === null ? null : Math.round(v * 100) / 100 });
	const gap2 = (v: number | null): ReportCell => ({ text: mean1(v, true), value: v === null ? null : Math.round(v * 100) / 100 });
	const shareOf = (n: number, total: number) => (total === 0 ? null : n / total);
	const gapRow = (f: FactorStats): ReportGapRow => ({
		...row(f),
		wantsMoreText: format(r.wantsMoreSentence, { n: f.wantsMore, total: f.paired, share: formatShare(shareOf(f.wantsMore, f.paired)) }),
		wantsLessText: f.wantsLess === 0 ? '' : plural(r.wantsLessSentence, f.wantsLess),
		meanGapText: f.gapInterval
			? format(r.meanGapSentence, { gap: mean1(f.meanGap, true), low: mean1(f.gapInterval[0], true), high: mean1(f.gapInterval[1], true) })
			: format(r.meanGapOnly, { gap: mean1(f.meanGap, true) }),
		agreementText: format(r.agreementSentence, { share: formatShare(f.agreement) })
	});
	const byMeanGap = report.total.factors
		.map((f, index) => ({ f, index }))
		.sort((a, b) => (b.f.meanGap ?? -Infinity) - (a.f.meanGap ?? -Infinity) || a.index - b.index)
		.map(({ f }) => f);
	const gapFactors = byMeanGap.map(gapRow);
	const comparison = (groups: readonly GroupReport[], label: (g: GroupReport) => string): GroupComparison | null =>
		groups.length < 2
			? null
			: {
					groups: groups.map((g) => ({ key: g.key, label: label(g), respondents: g.respondents })),
					rows: factors.map((f) => ({
						factorKey: f.factorKey,
						factorName: f.factorName,
						values: groups.map((g) => {
							const s = statsIn(g, f.factorKey);
							return { now: s?.currentMean ?? null, desired: s?.desiredMean ?? null };
						})
					}))
				};
	const roleComparison = comparison(shownRoles, (g) => roleName(g.key));
	const unitComparison = comparison(shownUnits, (g) => unitName(g.key));
	const changeComparison =
		report.change && input.previous && report.previousRespondents !== null
			? {
					groups: [
						{ key: 'previous', label: r.previousScan, respondents: report.previousRespondents },
						{ key: 'now', label: r.thisScan, respondents: report.total.respondents }
					],
					rows: report.change.map((c) => {
						const now = byKey.get(c.factorKey);
						return {
							factorKey: c.factorKey,
							factorName: factorName(c.factorKey),
							values: [
								{ now: c.then?.currentMean ?? null, desired: c.then?.desiredMean ?? null },
								{ now: now?.currentMean ?? null, desired: now?.desiredMean ?? null }
							]
						};
					})
				}
			: null;
	const heatCell = (v: number | null): HeatCell => ({ value: v, text: mean1(v, true) });
	const gapHeatmap = {
		units: shownUnits.map((g) => ({ key: g.key, name: unitName(g.key), respondents: g.respondents })),
		rows: report.total.suppressed ? [] : factors.map((f) => ({ factorName: f.factorName, cells: shownUnits.map((g) => heatCell(statsIn(g, f.factorKey)?.meanGap ?? null)) }))
	};
	/** The mean gap over all factors: the categories' pairs added up. */
	const overallGap = (g: GroupReport): number | null => {
		const paired = g.categories.reduce((sum, c) => sum + c.paired, 0);
		return paired === 0 ? null : g.categories.reduce((sum, c) => sum + (c.meanGap ?? 0) * c.paired, 0) / paired;
	};
	const shownCells = report.byRoleAndUnit.filter((g) => !g.suppressed);
	const roleUnit =
		report.byRoleAndUnit.length === 0 || report.total.suppressed
			? null
			: {
					columns: [...instrument.categories.map((c) => categoryName(c.key)), r.allFactors],
					rows: shownCells.map((g) => ({
						label: `${roleName(g.role)} · ${unitName(g.unitKey)}`,
						respondents: g.respondents,
						cells: [...g.categories.map((c) => heatCell(c.meanGap)), heatCell(overallGap(g))]
					}))
				};
	const named = (groups: readonly GroupReport[], dimension: 'role' | 'unit', name: (key: string) => string): NamedHiddenGroup[] =>
		groups.filter((g) => g.hiddenBecause === 'complementary').map((g) => ({ dimension, name: name(g.key) }));
	const hiddenNamed = report.total.suppressed ? [] : [...named(report.byRole, 'role', roleName), ...named(report.byUnit, 'unit', unitName)];
	const below = (groups: readonly GroupReport[]) => groups.filter((g) => g.hiddenBecause === 'belowMinimum').length;
	const hiddenUnnamed = report.total.suppressed
		? { roles: 0, units: 0, cells: 0 }
		: { roles: below(report.byRole), units: below(report.byUnit), cells: report.byRoleAndUnit.filter((g) => g.suppressed).length };
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
			key: 'gaps',
			title: r.gapsTitle,
			columns: [r.factor, r.category, r.paired, r.wantsMore, r.wantsMoreShare, r.wantsLess, r.meanGap, r.intervalLow, r.intervalHigh, `${r.agreement} (%)`, `${r.agreementDesired} (%)`],
			rows: byMeanGap.map((s) => [
				str(factorName(s.factorKey)),
				str(categoryName(s.categoryKey)),
				{ text: String(s.paired), value: s.paired },
				{ text: String(s.wantsMore), value: s.wantsMore },
				share(shareOf(s.wantsMore, s.paired)),
				{ text: String(s.wantsLess), value: s.wantsLess },
				gap2(s.meanGap),
				gap2(s.gapInterval?.[0] ?? null),
				gap2(s.gapInterval?.[1] ?? null),
				share(s.agreement),
				share(s.desiredAgreement)
			]),
			numeric: [2, 3, 4, 5, 6, 7, 8, 9, 10]
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
		const meansTable = (key: 'roleMeans' | 'unitMeans', title: string, groupLabel: string, groups: readonly GroupReport[], label: (g: GroupReport) => string): ReportTable => ({
			key,
			title,
			columns: [r.factor, ...groups.flatMap((g) => [`${label(g)} (n=${g.respondents}): ${r.meanNow}`, `${label(g)}: ${r.meanDesired}`, `${label(g)}: ${r.meanGap}`])],
			// As the roles table: a group's name once over its three figures, so a printed page breaks no word and a sheet pivots.
			// Short headers ("Nu", "Gewenst", "GAP"): the title says they are means, and nine "Gemiddeld …" do not fit an A4 page whole.
			grouped: { groupLabel, groups: groups.map((g) => ({ name: label(g), respondents: g.respondents })), columns: [r.now, r.desired, r.gap] },
			rows: factors.map((f) => [
				str(f.factorName),
				...groups.flatMap((g) => {
					const s = statsIn(g, f.factorKey);
					return [mean2(s?.currentMean ?? null), mean2(s?.desiredMean ?? null), gap2(s?.meanGap ?? null)];
				})
			]),
			numeric: groups.flatMap((_, i) => [1 + i * 3, 2 + i * 3, 3 + i * 3])
		});
		if (shownRoles.length > 0) tables.push(meansTable('roleMeans', r.roleMeansTitle, m.role, shownRoles, (g) => roleName(g.key)));
		if (shownUnits.length > 0) {
			tables.push(meansTable('unitMeans', r.unitMeansTitle, r.unitColumn, shownUnits, (g) => unitName(g.key)));
			tables.push({
				key: 'unitGaps',
				title: r.unitGapsTitle,
				columns: [r.factor, ...gapHeatmap.units.map((u) => `${u.name} (n=${u.respondents})`)],
				rows: gapHeatmap.rows.map((row) => [str(row.factorName), ...row.cells.map((c) => ({ text: c.text, value: c.value === null ? null : Math.round(c.value * 100) / 100 }))]),
				numeric: gapHeatmap.units.map((_, i) => i + 1)
			});
		}
		if (roleUnit && roleUnit.rows.length > 0) {
			tables.push({
				key: 'roleUnit',
				title: r.roleUnitTitle,
				columns: [r.roleUnitGroup, r.respondentsColumn, ...roleUnit.columns],
				rows: roleUnit.rows.map((row) => [str(row.label), { text: String(row.respondents), value: row.respondents }, ...row.cells.map((c) => ({ text: c.text, value: c.value === null ? null : Math.round(c.value * 100) / 100 }))]),
				numeric: [1, ...roleUnit.columns.map((_, i) => i + 2)]
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
		if (report.change && input.previous) {
			const when = (what: string, then: boolean) => format(r.thenNow, { what, when: then ? r.previousScan : r.thisScan });
			tables.push({
				key: 'changeMeans',
				title: r.changeMeansTitle,
				columns: [r.factor, when(r.meanNow, true), when(r.meanNow, false), when(r.meanDesired, true), when(r.meanDesired, false), when(r.meanGap, true), when(r.meanGap, false)],
				rows: report.change.map((c) => {
					const now = byKey.get(c.factorKey);
					return [
						str(factorName(c.factorKey)),
						mean2(c.then?.currentMean ?? null),
						mean2(now?.currentMean ?? null),
						mean2(c.then?.desiredMean ?? null),
						mean2(now?.desiredMean ?? null),
						gap2(c.then?.meanGap ?? null),
						gap2(now?.meanGap ?? null)
					];
				}),
				numeric: [1, 2, 3, 4, 5, 6]
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
		previous: report.change ? input.previous : null,
		gapFactors,
		roleComparison,
		unitComparison,
		changeComparison,
		gapHeatmap,
		roleUnit,
		hiddenNamed,
		hiddenUnnamed
	};
}

/** The lines above the tables: who answered and how to read it (page, PDF and sheets alike). */
export function reportIntro(doc: SurveyReportDocument): string[] {
	const r = messages(doc.language).survey.report;
	const lines = [format(r.respondents, { n: doc.respondents })];
	if (doc.hidden) return [...lines, format(r.hiddenTotal, { min: doc.minGroupSize })];
	lines.push(r.howToRead, r.spreadExplained, format(r.suppressionExplained, { min: doc.minGroupSize }));
	if (doc.hiddenGroups > 0) lines.push(format(r.hiddenGroups, { n: doc.hiddenGroups }));
	lines.push(...hiddenGroupLines(doc));
	return lines;
}

/** Which hidden groups are named and why, and how many are not (decision record 0033); empty when nothing is hidden. */
export function hiddenGroupLines(doc: SurveyReportDocument): string[] {
	const r = messages(doc.language).survey.report;
	const plural = (forms: { one: string; other: string }, n: number) => format(n === 1 ? forms.one : forms.other, { n, min: doc.minGroupSize });
	const lines: string[] = [];
	if (doc.hiddenNamed.length > 0) {
		const names = doc.hiddenNamed.map((g) => `${g.name} (${g.dimension === 'role' ? r.dimensionRole : r.dimensionUnit})`).join(', ');
		lines.push(format(r.hiddenNamed, { names }));
	}
	if (doc.hiddenUnnamed.roles > 0) lines.push(plural(r.hiddenUnnamedRoles, doc.hiddenUnnamed.roles));
	if (doc.hiddenUnnamed.units > 0) lines.push(plural(r.hiddenUnnamedUnits, doc.hiddenUnnamed.units));
	if (doc.hiddenUnnamed.cells > 0) lines.push(plural(r.hiddenCells, doc.hiddenUnnamed.cells));
	return lines;
}

/** How to read the paired figures: the interval and the agreement measure (page, PDF and sheets alike). */
export function gapsIntro(doc: SurveyReportDocument): string[] {
	const r = messages(doc.language).survey.report;
	return doc.hidden ? [] : [r.gapsIntro, r.intervalExplained, r.agreementExplained];
}
