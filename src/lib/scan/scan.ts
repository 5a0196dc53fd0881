/**
 * Answers of a self-scan and the GAP analysis over them: where we are, where we want to be,
 * and the gap between. Plain TypeScript, shared by the scan, the workshop and the reports.
 */
import { z } from 'zod';
import { PHASES, factorsOf, type Instrument, type Phase } from '$lib/instrument/schema';

/** A phase, or "weet ik niet" (unknown), or not yet answered (null). */
export type PhaseAnswer = Phase | 'unknown' | null;

export interface FactorAnswer {
	factorKey: string;
	current: PhaseAnswer;
	desired: PhaseAnswer;
	/** "Wat is daarvoor nodig": free text, empty when not given. */
	needed: string;
}

export const MAX_TEXT_LENGTH = 4000;

export const phaseAnswerSchema = z.union([
	z.literal(1),
	z.literal(2),
	z.literal(3),
	z.literal('unknown'),
	z.null()
]);

/** Parses a phase as a form sends it: "1".."3", "unknown", or empty for not answered. */
export function parsePhaseField(value: unknown): { ok: true; value: PhaseAnswer } | { ok: false } {
	if (value === null || value === undefined || value === '') return { ok: true, value: null };
	if (value === 'unknown') return { ok: true, value: 'unknown' };
	const n = typeof value === 'number' ? value : typeof value === 'string' && /^[0-9]$/.test(value) ? Number(value) : NaN;
	return (PHASES as readonly number[]).includes(n) ? { ok: true, value: n as Phase } : { ok: false };
}

export function emptyAnswer(factorKey: string): FactorAnswer {
	return { factorKey, current: null, desired: null, needed: '' };
}

/** A factor counts as answered once both where we are and where we want to be are given (a phase or "weet ik niet"). */
export function isAnswered(answer: FactorAnswer | undefined): boolean {
	return !!answer && answer.current !== null && answer.desired !== null;
}

export interface Progress {
	answered: number;
	total: number;
	/** Whole percent, rounded down so 100 means really complete. */
	percent: number;
}

export function progress(instrument: Instrument, answers: ReadonlyMap<string, FactorAnswer>): Progress {
	const factors = factorsOf(instrument);
	const answered = factors.filter(({ factor }) => isAnswered(answers.get(factor.key))).length;
	const total = factors.length;
	return { answered, total, percent: total === 0 ? 0 : Math.floor((answered * 100) / total) };
}

/** Desired minus current, or null when either is missing or unknown. */
export function gap(answer: FactorAnswer | undefined): number | null {
	if (!answer) return null;
	const { current, desired } = answer;
	if (typeof current !== 'number' || typeof desired !== 'number') return null;
	return desired - current;
}

export interface GapRow {
	categoryKey: string;
	factorKey: string;
	current: PhaseAnswer;
	desired: PhaseAnswer;
	gap: number | null;
	needed: string;
}

/** One row per factor, in instrument order. */
export function gapRows(instrument: Instrument, answers: ReadonlyMap<string, FactorAnswer>): GapRow[] {
	return factorsOf(instrument).map(({ category, factor }) => {
		const answer = answers.get(factor.key) ?? emptyAnswer(factor.key);
		return {
			categoryKey: category.key,
			factorKey: factor.key,
			current: answer.current,
			desired: answer.desired,
			gap: gap(answer),
			needed: answer.needed
		};
	});
}

/**
 * Largest gap first; rows without a gap last. Ties keep instrument order, so the table reads
 * the same on the page and in every export.
 */
export function sortByGap(rows: readonly GapRow[]): GapRow[] {
	return rows
		.map((row, index) => ({ row, index }))
		.sort((a, b) => {
			const ga = a.row.gap ?? Number.NEGATIVE_INFINITY;
			const gb = b.row.gap ?? Number.NEGATIVE_INFINITY;
			return gb === ga ? a.index - b.index : gb - ga;
		})
		.map(({ row }) => row);
}

export function answersByFactor(answers: Iterable<FactorAnswer>): Map<string, FactorAnswer> {
	return new Map([...answers].map((answer) => [answer.factorKey, answer]));
}

/** The scope a scan is about, in the seed's words: instelling, sector/faculteit/domein, opleiding. */
export const SCAN_LEVELS = ['institution', 'sector', 'programme'] as const;
export type ScanLevel = (typeof SCAN_LEVELS)[number];
