/**
 * Several people score one subject (a digital tool, a teaching room) on a rubric: each criterion of
 * the instrument on its three levels, with a note (decision record 0052). This module turns their
 * ratings into what a page shows: per criterion how many raters chose each level, the median and
 * the mean, whether raters disagree, their notes, and which criteria need improvement, worst first.
 * Plain domain code: no database, no framework.
 */
import { factorsOf, type Instrument } from '$lib/instrument/schema';

export type Level = 1 | 2 | 3;
export const LEVELS: readonly Level[] = [1, 2, 3];
/** A note is a remark beside a level, not an essay; long enough for "what I saw and why". */
export const MAX_NOTE_LENGTH = 2000;

/** One criterion of one rating; level null = not scored, or "not applicable" to this subject. */
export interface Score {
	criterion: string;
	level: Level | null;
	note: string;
}

export interface Rating {
	id: string;
	raterId: string;
	/** The rater's display name, as it is now (shown beside their notes). */
	raterName: string;
	instrumentKey: string;
	instrumentVersion: number;
	scores: Score[];
	/** ISO timestamp of the rater's last save. */
	updatedAt: string;
}

export interface CriterionSummary {
	/** The factor key of the criterion. */
	criterion: string;
	/** Raters per level 1, 2, 3. */
	counts: [number, number, number];
	/** Raters who gave a level (not those who left it open). */
	scored: number;
	/** Null when nobody scored the criterion. With an even number of raters, the mean of the middle two (2.5). */
	median: number | null;
	mean: number | null;
	/** See `disagrees`. */
	disagreement: boolean;
	notes: { raterName: string; text: string }[];
}

export interface RatingSummary {
	/** How many people rated the subject. */
	raters: number;
	/** In the instrument's order. */
	criteria: CriterionSummary[];
	/** The mean of the criteria's means, so each criterion weighs the same however many scored it; null when nothing was scored. */
	mean: number | null;
	/** Criterion keys, worst first (see `needsImprovement`). */
	needsImprovement: string[];
}

export function isLevel(value: unknown): value is Level {
	return value === 1 || value === 2 || value === 3;
}

/**
 * The disagreement rule: raters disagree on a criterion when one gave level 1 and another level 3.
 * Neighbouring levels (1 and 2, 2 and 3) are the ordinary spread of judgement on a three-level
 * rubric; a full two levels apart means they saw the subject differently (or read the criterion
 * differently), which is worth a conversation before anyone acts on the median.
 */
export function disagrees(counts: readonly [number, number, number]): boolean {
	return counts[0] > 0 && counts[2] > 0;
}

/**
 * The rule for "needs improvement": the median is below level 2 (at least half the raters put it
 * at level 1), or the raters disagree (someone found it at level 1 while another found it fine).
 * The median and not the mean, so one harsh or kind rater does not decide it; disagreement too,
 * because a 1 beside 3s is one person's real problem that a median would hide.
 */
export function needsImprovement(summary: Pick<CriterionSummary, 'median' | 'disagreement'>): boolean {
	return summary.median !== null && (summary.median < 2 || summary.disagreement);
}

/** The median of levels in ascending order; with an even count the mean of the middle two. */
function medianOf(sorted: readonly number[]): number | null {
	if (sorted.length === 0) return null;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function meanOf(values: readonly number[]): number | null {
	return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * The summary of `ratings` on `instrument`: its criteria in instrument order, each counted from the
 * scores that name it. A rating made on an older version of the instrument counts on every
 * criterion the instrument still has; scores on criteria it no longer has are ignored.
 *
 * @example
 * const summary = summarize(instrument, await ratingsOf(db, institutionId, 'room', roomId));
 * summary.needsImprovement // ['licht', 'klimaat']
 */
export function summarize(instrument: Instrument, ratings: readonly Rating[]): RatingSummary {
	const criteria = factorsOf(instrument).map(({ factor }): CriterionSummary => {
		const counts: [number, number, number] = [0, 0, 0];
		const levels: number[] = [];
		const notes: { raterName: string; text: string }[] = [];
		for (const rating of ratings) {
			// One score per criterion per rating; should a rating hold two, the first counts.
			const score = rating.scores.find((s) => s.criterion === factor.key);
			if (!score) continue;
			if (isLevel(score.level)) {
				counts[(score.level - 1) as 0 | 1 | 2] += 1;
				levels.push(score.level);
			}
			const text = score.note.trim();
			if (text !== '') notes.push({ raterName: rating.raterName, text });
		}
		levels.sort((a, b) => a - b);
		return { criterion: factor.key, counts, scored: levels.length, median: medianOf(levels), mean: meanOf(levels), disagreement: disagrees(counts), notes };
	});
	const order = new Map(criteria.map((c, i) => [c.criterion, i]));
	const worstFirst = criteria
		.filter(needsImprovement)
		.sort((a, b) => a.median! - b.median! || a.mean! - b.mean! || b.counts[0] - a.counts[0] || order.get(a.criterion)! - order.get(b.criterion)!);
	return {
		raters: ratings.length,
		criteria,
		mean: meanOf(criteria.flatMap((c) => (c.mean === null ? [] : [c.mean]))),
		needsImprovement: worstFirst.map((c) => c.criterion)
	};
}

/** A figure as the pages write it: one decimal at most, with the language's decimal sign (2,5 / 2.5). */
export function levelText(value: number, language: 'nl' | 'en'): string {
	const rounded = Math.round(value * 10) / 10;
	const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
	return language === 'nl' ? text.replace('.', ',') : text;
}

/**
 * The heat class of a median, shared by the heat map's cells and its legend: below 2 is where
 * `needsImprovement` starts (level 1 and 1.5), 2 is adequate, 2.5 and 3 good.
 */
export function medianClass(median: number | null): 'heat-none' | 'heat-1' | 'heat-2' | 'heat-3' {
	if (median === null) return 'heat-none';
	return median < 2 ? 'heat-1' : median < 2.5 ? 'heat-2' : 'heat-3';
}
