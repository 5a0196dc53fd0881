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

/** One number from the database: how many submitted answers of a role and unit gave this phase for this side of this factor. */
export interface AnswerCount {
	factorKey: string;
	role: SurveyRole;
	unitId: string | null;
	side: Side;
	phase: CountedPhase;
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
}

export interface FactorStats extends PhaseStats {
	factorKey: string;
	desiredSpread: number | null;
}

/** All answers of the category's factors together. */
export type CategoryStats = PhaseStats;

/** A group of respondents (everyone, a role, a unit) with its figures, or only its key when hidden. */
export interface GroupReport {
	key: string;
	respondents: number;
	/** Hidden because the group is smaller than the minimum, or because it would be derivable from the others. */
	suppressed: boolean;
	/** Empty when suppressed. Instrument order. */
	factors: FactorStats[];
	categories: CategoryStats[];
}

export interface FactorChange {
	factorKey: string;
	/** Current median now minus current median then; null when either is missing. */
	currentChange: number | null;
	desiredChange: number | null;
	gapChange: number | null;
}

export interface SurveyReport {
	minGroupSize: number;
	total: GroupReport;
	byRole: GroupReport[];
	/** Empty when the survey did not ask for the unit. */
	byUnit: GroupReport[];
	/** Factors with the most disagreement first (the best starting points for the discussion). */
	factorsBySpread: FactorStats[];
	/** Against the previous survey of the same scope, matched by factor key; null when there is none or either total is hidden. */
	change: FactorChange[] | null;
}

function add(into: Distribution, phase: CountedPhase, n: number): void {
	into[phase] += n;
}

function statsOf(instrument: Instrument, counts: readonly AnswerCount[]): { factors: FactorStats[]; categories: CategoryStats[] } {
	const byFactor = new Map<string, { current: Distribution; desired: Distribution }>();
	for (const { factor } of factorsOf(instrument)) byFactor.set(factor.key, { current: emptyDistribution(), desired: emptyDistribution() });
	for (const c of counts) {
		const entry = byFactor.get(c.factorKey);
		// An answer to a factor the instrument does not have cannot be stored (the server checks), but never count it.
		if (entry) add(entry[c.side], c.phase, c.n);
	}
	const factors = factorsOf(instrument).map(({ category, factor }) => {
		const { current, desired } = byFactor.get(factor.key)!;
		return figures(factor.key, category.key, current, desired);
	});
	const categories = instrument.categories.map((category) => {
		const current = emptyDistribution();
		const desired = emptyDistribution();
		for (const f of factors.filter((f) => f.categoryKey === category.key)) {
			for (const k of [1, 2, 3, 'unknown'] as const) {
				current[k] += f.current[k];
				desired[k] += f.desired[k];
			}
		}
		const { currentMedian, desiredMedian, gap, spread } = figures('', category.key, current, desired);
		return { categoryKey: category.key, current, desired, currentMedian, desiredMedian, gap, spread };
	});
	return { factors, categories };
}

function figures(factorKey: string, categoryKey: string, current: Distribution, desired: Distribution): FactorStats {
	const currentMedian = median(current);
	const desiredMedian = median(desired);
	return {
		factorKey,
		categoryKey,
		current,
		desired,
		currentMedian,
		desiredMedian,
		gap: currentMedian === null || desiredMedian === null ? null : desiredMedian - currentMedian,
		spread: spread(current),
		desiredSpread: spread(desired)
	};
}

/**
 * Which groups of one breakdown to hide. First every group smaller than the minimum. Then
 * complementary suppression: the total is shown, so if the hidden groups together were one group,
 * or fewer respondents than the minimum, their answers would follow from the total minus the
 * shown groups. So while that is so, the smallest shown group is hidden too. Empty groups (no
 * respondents) reveal nothing and hide nothing, so they take no part.
 */
export function suppressedGroups(sizes: ReadonlyMap<string, number>, minGroupSize: number): Set<string> {
	const groups = [...sizes].filter(([, n]) => n > 0).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
	const hidden = new Set(groups.filter(([, n]) => n < minGroupSize).map(([key]) => key));
	if (hidden.size === 0) return hidden;
	const hiddenTotal = () => groups.filter(([key]) => hidden.has(key)).reduce((sum, [, n]) => sum + n, 0);
	while (hidden.size < groups.length && (hidden.size === 1 || hiddenTotal() < minGroupSize)) {
		const next = groups.find(([key]) => !hidden.has(key));
		if (!next) break;
		hidden.add(next[0]);
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

function group(
	instrument: Instrument,
	key: string,
	counts: readonly AnswerCount[],
	respondents: number,
	suppressed: boolean
): GroupReport {
	if (suppressed) return { key, respondents, suppressed, factors: [], categories: [] };
	return { key, respondents, suppressed, ...statsOf(instrument, counts) };
}

const NO_UNIT = '';

export function buildSurveyReport(input: SurveyReportInput): SurveyReport {
	const { instrument, counts, respondents, minGroupSize } = input;
	const totalRespondents = respondents.reduce((sum, r) => sum + r.n, 0);
	const total = group(instrument, 'total', counts, totalRespondents, totalRespondents < minGroupSize);

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
				hidden.has(k) || sizes.get(k)! === 0
			)
		);
	};

	const byRole = breakdown(input.roles, (r) => r.role);
	const byUnit = input.unitIds.length === 0 ? [] : breakdown(input.unitIds, (r) => r.unitId ?? NO_UNIT).filter((g) => g.key !== NO_UNIT || g.respondents > 0);

	const factorsBySpread = total.factors
		.map((f, index) => ({ f, index }))
		.sort((a, b) => (b.f.spread ?? -1) - (a.f.spread ?? -1) || a.index - b.index)
		.map(({ f }) => f);

	const previous = input.previous;
	const change =
		previous && !previous.total.suppressed && !total.suppressed ? compareFactors(total.factors, previous.total.factors) : null;

	return { minGroupSize, total, byRole, byUnit, factorsBySpread, change };
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
			gapChange: e ? diff(f.gap, e.gap) : null
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
