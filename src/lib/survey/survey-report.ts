/**
 * The report of an institution-wide scan (a "survey", issue 4): many respondents answer the same
 * self-scan, and this module turns counted answers into what a board reads — per factor the
 * distribution of current and desired phases, the median, the gap and the spread, per category,
 * per role and per unit, with small groups hidden, and the change since the previous survey.
 *
 * Plain TypeScript over *counts*: the database groups the answers (survey-answers.ts) and hands
 * over one number per factor × role × unit × phase, so a report over 10,000 respondents never
 * loads 150,000 answers into memory. Medians are exact from the counts.
 */
import { PHASES, factorsOf, type Instrument, type Phase } from '$lib/instrument/schema';

export const SURVEY_ROLES = ['bestuurder', 'medewerker', 'student'] as const;
export type SurveyRole = (typeof SURVEY_ROLES)[number];

export const isSurveyRole = (value: unknown): value is SurveyRole => (SURVEY_ROLES as readonly unknown[]).includes(value);

/** Smallest group shown in any breakdown unless a survey sets its own (never below 2). */
export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MIN_MIN_GROUP_SIZE = 2;
export const MAX_MIN_GROUP_SIZE = 100;

export type Side = 'current' | 'desired';
/** A counted phase: 1–3, or "weet ik niet". Not answered is not counted. */
export type CountedPhase = Phase | 'unknown';

/**
 * One number from the database: how many submitted answers of a role and unit gave this pair of
 * current and desired phase for this factor (null: that side left empty). Pairs, not the two sides
 * apart, because "who wants more than they have" and the mean gap are about each respondent's own
 * two answers; the distributions per side are added up from the pairs.
 */
export interface AnswerCount {
	factorKey: string;
	role: SurveyRole;
	unitId: string | null;
	current: CountedPhase | null;
	desired: CountedPhase | null;
	n: number;
}

/** How many respondents of a role and unit submitted. Suppression is decided on these, not on answer counts. */
export interface RespondentCount {
	role: SurveyRole;
	unitId: string | null;
	n: number;
}

export interface Distribution {
	1: number;
	2: number;
	3: number;
	unknown: number;
}

export const emptyDistribution = (): Distribution => ({ 1: 0, 2: 0, 3: 0, unknown: 0 });

/** Respondents who gave a phase (1–3); "weet ik niet" is reported but takes no part in median or spread. */
export const phaseTotal = (d: Distribution): number => d[1] + d[2] + d[3];

/**
 * The median phase of a distribution, or null without any phase. With an even number of answers
 * it is the mean of the two middle answers, so it can be 1.5 or 2.5 ("between phase 1 and 2").
 */
export function median(d: Distribution): number | null {
	const total = phaseTotal(d);
	if (total === 0) return null;
	const at = (rank: number): Phase => {
		// rank is 1-based: the rank-th answer in phase order.
		let seen = 0;
		for (const phase of PHASES) {
			seen += d[phase];
			if (rank <= seen) return phase;
		}
		return 3;
	};
	return total % 2 === 1 ? at((total + 1) / 2) : (at(total / 2) + at(total / 2 + 1)) / 2;
}

/**
 * The spread: the share of respondents (with a phase) who did NOT give the most common phase,
 * 0 (everyone agrees) to 2/3 (evenly split over three phases). We chose this over the
 * interquartile range because on a three-point scale the IQR is almost always 0 or 1 and does not
 * tell "half say 1, half say 3" from "a few say 3"; "41% answered differently from the most common
 * phase" is also a sentence a board reads without a statistics course. Null without any phase.
 */
export function spread(d: Distribution): number | null {
	const total = phaseTotal(d);
	if (total === 0) return null;
	return 1 - Math.max(d[1], d[2], d[3]) / total;
}

/** How the answers about a factor, or about all factors of a category together, are spread over the phases. */
interface PhaseStats {
	categoryKey: string;
	current: Distribution;
	desired: Distribution;
	currentMedian: number | null;
	desiredMedian: number | null;
	/** Desired median minus current median, or null when either is missing. */
	gap: number | null;
	/** Spread of the current phase: how much respondents disagree about where we stand now. */
	spread: number | null;
	/** Mean phase of each side (answers with a phase), for charts that set groups side by side. */
	currentMean: number | null;
	desiredMean: number | null;
	/** Respondents who gave a phase (1–3) on both sides: the base of the paired figures below. */
	paired: number;
	/** Of those, how many want a higher phase than they say we are at, and how many a lower one. */
	wantsMore: number;
	wantsLess: number;
	/** Mean of each respondent's own desired − current phase, or null without pairs. */
	meanGap: number | null;
	/** Agreement about the current phase (1 − Leik's ordinal dispersion, 0–1; decision record 0032). */
	agreement: number | null;
	desiredAgreement: number | null;
}

export interface FactorStats extends PhaseStats {
	factorKey: string;
	desiredSpread: number | null;
	/**
	 * 95% confidence interval of the mean gap (Student's t on the paired differences, decision
	 * record 0032), or null with fewer than two pairs. Only per factor: a category's answers come
	 * several from one respondent, so they are not independent and get no interval.
	 */
	gapInterval: [number, number] | null;
}

/** All answers of the category's factors together. */
export type CategoryStats = PhaseStats;

/** Why a group has no figures: too small, hidden so that a smaller one cannot be worked out, or nobody in it. */
export type HiddenBecause = 'belowMinimum' | 'complementary' | 'empty';

/** A group of respondents (everyone, a role, a unit) with its figures, or only its key when hidden. */
export interface GroupReport {
	key: string;
	respondents: number;
	/** Hidden because the group is smaller than the minimum, or because it would be derivable from the others. */
	suppressed: boolean;
	/** Null when shown. */
	hiddenBecause: HiddenBecause | null;
	/** Empty when suppressed. Instrument order. */
	factors: FactorStats[];
	categories: CategoryStats[];
}

/** A combination of one role and one unit ("" for respondents who gave no unit). */
export interface RoleUnitGroupReport extends GroupReport {
	role: SurveyRole;
	unitKey: string;
}

export interface FactorChange {
	factorKey: string;
	/** Current median now minus current median then; null when either is missing. */
	currentChange: number | null;
	desiredChange: number | null;
	gapChange: number | null;
	/** Mean gap now minus then. */
	meanGapChange: number | null;
	/** The earlier survey's figures for this factor, for the chart of then and now; null when it did not have the factor. */
	then: { currentMean: number | null; desiredMean: number | null; meanGap: number | null; paired: number; wantsMore: number } | null;
}

export interface SurveyReport {
	minGroupSize: number;
	total: GroupReport;
	byRole: GroupReport[];
	/** Empty when the survey did not ask for the unit. */
	byUnit: GroupReport[];
	/** Every role × unit combination with respondents; empty without units or with one role. Role order, then unit order. */
	byRoleAndUnit: RoleUnitGroupReport[];
	/** Factors with the most disagreement first (the best starting points for the discussion). */
	factorsBySpread: FactorStats[];
	/** Against the previous survey of the same scope, matched by factor key; null when there is none or either total is hidden. */
	change: FactorChange[] | null;
	/** Respondents of that previous survey, when there is a change. */
	previousRespondents: number | null;
}

/**
 * Agreement on an ordinal scale: 1 − Leik's ordinal dispersion (Leik 1966; decision record 0032).
 * From the cumulative shares F₁, F₂ of phases 1 and 2: D = Σ min(Fᵢ, 1 − Fᵢ) × 2 / (k − 1), k = 3.
 * 1 when everyone gives the same phase, 0.5 when half say 1 and half 2, 0 when half say 1 and
 * half 3: unlike the spread it knows that 1 and 3 lie further apart than 1 and 2, without
 * treating the phases as distances. "Weet ik niet" takes no part. Null without any phase.
 */
export function agreement(d: Distribution): number | null {
	const total = phaseTotal(d);
	if (total === 0) return null;
	let cumulative = 0;
	let dispersion = 0;
	for (const phase of [1, 2] as const) {
		cumulative += d[phase] / total;
		dispersion += Math.min(cumulative, 1 - cumulative);
	}
	return 1 - (dispersion * 2) / (PHASES.length - 1);
}

/** The mean phase of a distribution ("weet ik niet" left out), or null without any phase. */
export function mean(d: Distribution): number | null {
	const total = phaseTotal(d);
	return total === 0 ? null : (d[1] + 2 * d[2] + 3 * d[3]) / total;
}

/** Student's t, 97.5th percentile, for 1–30 degrees of freedom; beyond, interpolated in 1/df (error < 0.001). */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
const T975_FAR: [number, number][] = [
	[30, 2.042],
	[40, 2.021],
	[60, 2.0],
	[120, 1.98],
	[Infinity, 1.96]
];

export function tQuantile975(df: number): number {
	if (df < 1) throw new RangeError('df must be at least 1');
	if (df <= 30) return T975[Math.floor(df) - 1]!;
	for (let i = 1; i < T975_FAR.length; i++) {
		const [d0, t0] = T975_FAR[i - 1]!;
		const [d1, t1] = T975_FAR[i]!;
		if (df <= d1) {
			const share = (1 / d0 - 1 / df) / (1 / d0 - 1 / d1);
			return t0 + (t1 - t0) * share;
		}
	}
	return 1.96;
}

/** What the pairs of one factor (or one category) add up to: each respondent's own current → desired. */
interface PairTally {
	paired: number;
	wantsMore: number;
	wantsLess: number;
	sum: number;
	sumOfSquares: number;
}

const emptyTally = (): PairTally => ({ paired: 0, wantsMore: 0, wantsLess: 0, sum: 0, sumOfSquares: 0 });

interface Tally {
	current: Distribution;
	desired: Distribution;
	pairs: PairTally;
}

function tallyPair(into: Tally, c: AnswerCount): void {
	if (c.current !== null) into.current[c.current] += c.n;
	if (c.desired !== null) into.desired[c.desired] += c.n;
	if (typeof c.current !== 'number' || typeof c.desired !== 'number') return;
	const difference = c.desired - c.current;
	into.pairs.paired += c.n;
	if (difference > 0) into.pairs.wantsMore += c.n;
	if (difference < 0) into.pairs.wantsLess += c.n;
	into.pairs.sum += difference * c.n;
	into.pairs.sumOfSquares += difference * difference * c.n;
}

/**
 * The 95% t-interval of the mean paired difference: mean ± t(0.975, n − 1) × s / √n, kept
 * within −2…2 (no gap can be larger). Null below two pairs, where no spread can be estimated.
 */
export function gapInterval(pairs: PairTally): [number, number] | null {
	const { paired: n, sum, sumOfSquares } = pairs;
	if (n < 2) return null;
	const m = sum / n;
	const variance = Math.max(0, (sumOfSquares - n * m * m) / (n - 1));
	const half = (tQuantile975(n - 1) * Math.sqrt(variance)) / Math.sqrt(n);
	return [Math.max(-2, m - half), Math.min(2, m + half)];
}

function phaseStats(categoryKey: string, { current, desired, pairs }: Tally): PhaseStats {
	const currentMedian = median(current);
	const desiredMedian = median(desired);
	return {
		categoryKey,
		current,
		desired,
		currentMedian,
		desiredMedian,
		gap: currentMedian === null || desiredMedian === null ? null : desiredMedian - currentMedian,
		spread: spread(current),
		currentMean: mean(current),
		desiredMean: mean(desired),
		paired: pairs.paired,
		wantsMore: pairs.wantsMore,
		wantsLess: pairs.wantsLess,
		meanGap: pairs.paired === 0 ? null : pairs.sum / pairs.paired,
		agreement: agreement(current),
		desiredAgreement: agreement(desired)
	};
}

const emptyTallyOf = (): Tally => ({ current: emptyDistribution(), desired: emptyDistribution(), pairs: emptyTally() });

function statsOf(instrument: Instrument, counts: readonly AnswerCount[]): { factors: FactorStats[]; categories: CategoryStats[] } {
	const byFactor = new Map<string, Tally>();
	for (const { factor } of factorsOf(instrument)) byFactor.set(factor.key, emptyTallyOf());
	for (const c of counts) {
		const entry = byFactor.get(c.factorKey);
		// An answer to a factor the instrument does not have cannot be stored (the server checks), but never count it.
		if (entry) tallyPair(entry, c);
	}
	const factors = factorsOf(instrument).map(({ category, factor }): FactorStats => {
		const tally = byFactor.get(factor.key)!;
		return { factorKey: factor.key, ...phaseStats(category.key, tally), desiredSpread: spread(tally.desired), gapInterval: gapInterval(tally.pairs) };
	});
	const categories = instrument.categories.map((category) => {
		const sum = emptyTallyOf();
		for (const { factor } of factorsOf(instrument).filter((f) => f.category.key === category.key)) {
			const t = byFactor.get(factor.key)!;
			for (const k of [1, 2, 3, 'unknown'] as const) {
				sum.current[k] += t.current[k];
				sum.desired[k] += t.desired[k];
			}
			for (const k of ['paired', 'wantsMore', 'wantsLess', 'sum', 'sumOfSquares'] as const) sum.pairs[k] += t.pairs[k];
		}
		return phaseStats(category.key, sum);
	});
	return { factors, categories };
}

/**
 * Which groups of one breakdown to hide. First every group smaller than the minimum, and those
 * `alreadyHidden` by another rule. Then complementary suppression: the total is shown, so if the
 * hidden groups together were one group, or fewer respondents than the minimum, their answers
 * would follow from the total minus the shown groups. So while that is so, the smallest shown
 * group is hidden too. Empty groups (no respondents) reveal nothing and hide nothing, so they take
 * no part.
 */
export function suppressedGroups(sizes: ReadonlyMap<string, number>, minGroupSize: number, alreadyHidden: ReadonlySet<string> = new Set()): Set<string> {
	const groups = [...sizes].filter(([, n]) => n > 0).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
	const hidden = new Set(groups.filter(([key, n]) => n < minGroupSize || alreadyHidden.has(key)).map(([key]) => key));
	if (hidden.size === 0) return hidden;
	const hiddenTotal = () => groups.filter(([key]) => hidden.has(key)).reduce((sum, [, n]) => sum + n, 0);
	while (hidden.size < groups.length && (hidden.size === 1 || hiddenTotal() < minGroupSize)) {
		const next = groups.find(([key]) => !hidden.has(key));
		if (!next) break;
		hidden.add(next[0]);
	}
	return hidden;
}

/**
 * Which cells of the role × unit table to hide (decision record 0033). The roles' and the units'
 * own totals are shown wherever they are not hidden themselves, so a row or a column is a
 * breakdown like any other: every cell of a hidden role or unit is hidden, and then each row and
 * each column gets the rule of `suppressedGroups` (hidden cells at least two, together at least
 * the minimum), over and over until nothing changes, because hiding a cell for its row can leave
 * its column with one hidden cell.
 */
export function suppressedCells(
	cells: ReadonlyMap<string, { role: string; unit: string; n: number }>,
	minGroupSize: number,
	hiddenRoles: ReadonlySet<string>,
	hiddenUnits: ReadonlySet<string>
): Set<string> {
	const hidden = new Set([...cells].filter(([, c]) => c.n > 0 && (hiddenRoles.has(c.role) || hiddenUnits.has(c.unit))).map(([key]) => key));
	const lines = (by: 'role' | 'unit') => {
		const out = new Map<string, Map<string, number>>();
		for (const [key, c] of cells) {
			if (!out.has(c[by])) out.set(c[by], new Map());
			out.get(c[by])!.set(key, c.n);
		}
		return [...out.values()];
	};
	const all = [...lines('role'), ...lines('unit')];
	for (let changed = true; changed; ) {
		changed = false;
		for (const line of all) {
			for (const key of suppressedGroups(line, minGroupSize, hidden)) {
				if (!hidden.has(key)) {
					hidden.add(key);
					changed = true;
				}
			}
		}
	}
	return hidden;
}

export interface SurveyReportInput {
	instrument: Instrument;
	counts: readonly AnswerCount[];
	respondents: readonly RespondentCount[];
	minGroupSize: number;
	/** The roles the survey asked, in display order. */
	roles: readonly SurveyRole[];
	/** The units respondents could pick, or empty when the survey did not ask for a unit. */
	unitIds: readonly string[];
	previous?: SurveyReport | null;
}

function group(instrument: Instrument, key: string, counts: readonly AnswerCount[], respondents: number, suppressed: boolean, minGroupSize: number): GroupReport {
	if (suppressed) {
		const hiddenBecause = respondents === 0 ? 'empty' : respondents < minGroupSize ? 'belowMinimum' : 'complementary';
		return { key, respondents, suppressed, hiddenBecause, factors: [], categories: [] };
	}
	return { key, respondents, suppressed, hiddenBecause: null, ...statsOf(instrument, counts) };
}

const NO_UNIT = '';

export function buildSurveyReport(input: SurveyReportInput): SurveyReport {
	const { instrument, counts, respondents, minGroupSize } = input;
	const totalRespondents = respondents.reduce((sum, r) => sum + r.n, 0);
	const total = group(instrument, 'total', counts, totalRespondents, totalRespondents < minGroupSize, minGroupSize);

	const breakdown = (keys: readonly string[], keyOf: (r: { role: SurveyRole; unitId: string | null }) => string): GroupReport[] => {
		const sizes = new Map<string, number>(keys.map((k) => [k, 0]));
		for (const r of respondents) {
			const k = keyOf(r);
			sizes.set(k, (sizes.get(k) ?? 0) + r.n);
		}
		// A hidden total hides every breakdown: the groups would show what the total hides.
		const hidden = total.suppressed ? new Set(sizes.keys()) : suppressedGroups(sizes, minGroupSize);
		return [...sizes.keys()].map((k) =>
			group(
				instrument,
				k,
				counts.filter((c) => keyOf(c) === k),
				sizes.get(k)!,
				hidden.has(k) || sizes.get(k)! === 0,
				minGroupSize
			)
		);
	};

	const byRole = breakdown(input.roles, (r) => r.role);
	const byUnit = input.unitIds.length === 0 ? [] : breakdown(input.unitIds, (r) => r.unitId ?? NO_UNIT).filter((g) => g.key !== NO_UNIT || g.respondents > 0);

	const byRoleAndUnit = input.unitIds.length === 0 || input.roles.length < 2 ? [] : crossTable(input, total.suppressed, byRole, byUnit);

	const factorsBySpread = total.factors
		.map((f, index) => ({ f, index }))
		.sort((a, b) => (b.f.spread ?? -1) - (a.f.spread ?? -1) || a.index - b.index)
		.map(({ f }) => f);

	const previous = input.previous;
	const change =
		previous && !previous.total.suppressed && !total.suppressed ? compareFactors(total.factors, previous.total.factors) : null;

	return { minGroupSize, total, byRole, byUnit, byRoleAndUnit, factorsBySpread, change, previousRespondents: change ? previous!.total.respondents : null };
}

/** The role × unit combinations with respondents, hidden as `suppressedCells` says (every one when the total is hidden). */
function crossTable(input: SurveyReportInput, totalHidden: boolean, byRole: readonly GroupReport[], byUnit: readonly GroupReport[]): RoleUnitGroupReport[] {
	const { instrument, counts, respondents, minGroupSize } = input;
	const unitKeys = byUnit.map((g) => g.key);
	const cellKey = (role: string, unit: string) => `${role}|${unit}`;
	const cells = new Map<string, { role: SurveyRole; unit: string; n: number }>();
	for (const role of input.roles) for (const unit of unitKeys) cells.set(cellKey(role, unit), { role, unit, n: 0 });
	for (const r of respondents) {
		const cell = cells.get(cellKey(r.role, r.unitId ?? NO_UNIT));
		if (cell) cell.n += r.n;
	}
	const hidden = totalHidden
		? new Set(cells.keys())
		: suppressedCells(cells, minGroupSize, new Set(byRole.filter((g) => g.suppressed).map((g) => g.key)), new Set(byUnit.filter((g) => g.suppressed).map((g) => g.key)));
	return [...cells]
		.filter(([, c]) => c.n > 0)
		.map(([key, c]) => ({
			...group(
				instrument,
				key,
				counts.filter((a) => a.role === c.role && (a.unitId ?? NO_UNIT) === c.unit),
				c.n,
				hidden.has(key),
				minGroupSize
			),
			role: c.role,
			unitKey: c.unit
		}));
}

const diff = (now: number | null, then: number | null): number | null => (now === null || then === null ? null : now - then);

/** Change per factor of this survey against an earlier one, matched by factor key (keys are stable across instrument versions). */
export function compareFactors(now: readonly FactorStats[], then: readonly FactorStats[]): FactorChange[] {
	const earlier = new Map(then.map((f) => [f.factorKey, f]));
	return now.map((f) => {
		const e = earlier.get(f.factorKey);
		return {
			factorKey: f.factorKey,
			currentChange: e ? diff(f.currentMedian, e.currentMedian) : null,
			desiredChange: e ? diff(f.desiredMedian, e.desiredMedian) : null,
			gapChange: e ? diff(f.gap, e.gap) : null,
			meanGapChange: e ? diff(f.meanGap, e.meanGap) : null,
			then: e ? { currentMean: e.currentMean, desiredMean: e.desiredMean, meanGap: e.meanGap, paired: e.paired, wantsMore: e.wantsMore } : null
		};
	});
}

/** A median or gap as people read it: "2", "2,5" (Dutch) or "2.5"; "–" for none. */
export function formatFigure(value: number | null, language: 'nl' | 'en', signed = false): string {
	if (value === null) return '–';
	const rounded = Math.round(value * 100) / 100;
	const text = String(Math.abs(rounded)).replace('.', language === 'nl' ? ',' : '.');
	if (!signed) return rounded < 0 ? `−${text}` : text;
	return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : '0';
}

/** A spread as a whole percentage ("41%"), "–" for none. */
export function formatShare(value: number | null): string {
	return value === null ? '–' : `${Math.round(value * 100)}%`;
}

export type SurveyWindow = 'not_open' | 'open' | 'closed';

/** Whether a survey takes answers at `at`: from its opening until its close date or an early close. */
export function surveyWindow(survey: { opensAt: string; closesAt: string; closedAt: string | null }, at: Date): SurveyWindow {
	const iso = at.toISOString();
	if (survey.closedAt !== null && survey.closedAt <= iso) return 'closed';
	if (iso < survey.opensAt) return 'not_open';
	if (iso >= survey.closesAt) return 'closed';
	return 'open';
}
