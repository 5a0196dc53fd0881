/**
 * From goal to tool: what a teacher wants students to do, for how many, together or not, and what
 * the tool must have, against the catalogue. Plain and deterministic, so the page, the tests and
 * anything else rank the same way (decision record 0054).
 *
 * - A tool that does not serve the learning type asked for is left out: it is not a near miss,
 *   it is another tool's job.
 * - Every other thing asked (group size, synchrony, each must-have) the tool meets or lacks. A tool
 *   that lacks nothing fits; one that lacks one or two things is a near miss, shown with what it
 *   lacks so the teacher can judge (a pending processing agreement may be a week away); more than
 *   two and it is only counted.
 * - Fitting tools rank by how many of the other good things they have (works on a phone, an
 *   agreement, an accessibility statement, a licence, approval), then by the rubric's mean score,
 *   then by name; near misses first by how little they lack.
 */
import { LEARNING_TYPE_IDS, type LearningTypeId } from '$lib/blend/learning-types';
import type { Availability, Licence, PrivacyStatus, AccessibilityStatus, ToolInput, ToolSynchrony } from './tool';

export const MUST_HAVES = ['phone', 'agreement', 'accessibility', 'licence', 'approved'] as const;
export type MustHave = (typeof MUST_HAVES)[number];

export interface Goal {
	/** What students should do; null: any. */
	learningType: LearningTypeId | null;
	/** How many students use it at once; null: not said. */
	groupSize: number | null;
	/** null: either. */
	synchrony: 'sync' | 'async' | null;
	mustHaves: readonly MustHave[];
}

/** What a match is made on: a tool's facts and, for the ranking, its rubric summary's mean. */
export type Matchable = Pick<ToolInput, 'name' | 'learningTypes' | 'synchrony' | 'groupMin' | 'groupMax' | 'worksOnPhone' | 'licence' | 'availability' | 'privacy' | 'accessibility' | 'accessibilityUrl'> & { id: string };

/** Why a tool fits: each thing asked for (or a must-have's quality when not asked) it has. */
export type Reason =
	| { kind: 'learningType'; learningType: LearningTypeId }
	| { kind: 'groupSize'; groupSize: number; min: number | null; max: number | null }
	| { kind: 'synchrony'; synchrony: ToolSynchrony }
	| { kind: MustHave; asked: boolean }
	| { kind: 'rubric'; mean: number; raters: number };

/** What a tool lacks of what was asked. */
export type Lack =
	| { kind: 'groupTooSmall'; groupSize: number; min: number }
	| { kind: 'groupTooLarge'; groupSize: number; max: number }
	| { kind: 'synchrony'; wanted: 'sync' | 'async'; synchrony: ToolSynchrony }
	| { kind: 'phone' }
	| { kind: 'agreement'; privacy: PrivacyStatus }
	| { kind: 'accessibility'; accessibility: AccessibilityStatus; hasStatement: boolean }
	| { kind: 'licence'; licence: Licence }
	| { kind: 'approved'; availability: Availability };

export interface ToolMatch<T extends Matchable> {
	tool: T;
	reasons: Reason[];
	lacks: Lack[];
	rubric: { mean: number | null; raters: number };
}

export interface MatchResult<T extends Matchable> {
	fitting: ToolMatch<T>[];
	nearMisses: ToolMatch<T>[];
	/** Tools for this learning type that lack more than a near miss may. */
	others: number;
	/** Tools that serve another learning type only. */
	otherPurpose: number;
}

/** The most a near miss may lack; more, and the list would be the whole catalogue again. */
export const NEAR_MISS_MAX_LACKS = 2;

/** Whether the tool has a must-have's quality: the rule behind each checkbox, in one place. */
export function hasQuality(tool: Matchable, quality: MustHave): boolean {
	switch (quality) {
		case 'phone':
			return tool.worksOnPhone;
		case 'agreement':
			// No personal data, no agreement needed: the tool is as safe to use as one with an agreement.
			return tool.privacy === 'agreement' || tool.privacy === 'no-personal-data';
		case 'accessibility':
			// A statement that can be read, and that does not say the tool fails.
			return tool.accessibilityUrl !== '' && (tool.accessibility === 'meets' || tool.accessibility === 'partly');
		case 'licence':
			return tool.licence === 'institution' || tool.licence === 'free';
		case 'approved':
			return tool.availability === 'all' || tool.availability === 'on-request';
	}
}

function lackOf(tool: Matchable, quality: MustHave): Lack {
	switch (quality) {
		case 'phone':
			return { kind: 'phone' };
		case 'agreement':
			return { kind: 'agreement', privacy: tool.privacy };
		case 'accessibility':
			return { kind: 'accessibility', accessibility: tool.accessibility, hasStatement: tool.accessibilityUrl !== '' };
		case 'licence':
			return { kind: 'licence', licence: tool.licence };
		case 'approved':
			return { kind: 'approved', availability: tool.availability };
	}
}

export function matchTool<T extends Matchable>(tool: T, goal: Goal, rubric: { mean: number | null; raters: number } = { mean: null, raters: 0 }): ToolMatch<T> {
	const reasons: Reason[] = [];
	const lacks: Lack[] = [];
	if (goal.learningType) reasons.push({ kind: 'learningType', learningType: goal.learningType });
	if (goal.groupSize !== null) {
		if (tool.groupMin !== null && goal.groupSize < tool.groupMin) lacks.push({ kind: 'groupTooSmall', groupSize: goal.groupSize, min: tool.groupMin });
		else if (tool.groupMax !== null && goal.groupSize > tool.groupMax) lacks.push({ kind: 'groupTooLarge', groupSize: goal.groupSize, max: tool.groupMax });
		else reasons.push({ kind: 'groupSize', groupSize: goal.groupSize, min: tool.groupMin, max: tool.groupMax });
	}
	if (goal.synchrony) {
		if (tool.synchrony === goal.synchrony || tool.synchrony === 'both') reasons.push({ kind: 'synchrony', synchrony: tool.synchrony });
		else lacks.push({ kind: 'synchrony', wanted: goal.synchrony, synchrony: tool.synchrony });
	}
	for (const quality of MUST_HAVES) {
		const asked = goal.mustHaves.includes(quality);
		if (hasQuality(tool, quality)) reasons.push({ kind: quality, asked });
		else if (asked) lacks.push(lackOf(tool, quality));
	}
	if (rubric.mean !== null) reasons.push({ kind: 'rubric', mean: rubric.mean, raters: rubric.raters });
	return { tool, reasons, lacks, rubric };
}

/** How many of the must-haves' qualities a tool has: the first ranking signal among equals in fit. */
const strengths = (match: ToolMatch<Matchable>) => match.reasons.filter((r) => (MUST_HAVES as readonly string[]).includes(r.kind)).length;

function compare(a: ToolMatch<Matchable>, b: ToolMatch<Matchable>): number {
	return (
		a.lacks.length - b.lacks.length ||
		strengths(b) - strengths(a) ||
		(b.rubric.mean ?? -1) - (a.rubric.mean ?? -1) ||
		a.tool.name.localeCompare(b.tool.name, 'nl', { sensitivity: 'base' }) ||
		a.tool.id.localeCompare(b.tool.id)
	);
}

/**
 * The catalogue against a goal. `rubrics` holds each tool's rubric summary (mean of the criteria's
 * medians as `summarize` gives it, and how many scored it); a tool without one ranks after the scored.
 */
export function matchTools<T extends Matchable>(tools: readonly T[], goal: Goal, rubrics: ReadonlyMap<string, { mean: number | null; raters: number }> = new Map()): MatchResult<T> {
	const result: MatchResult<T> = { fitting: [], nearMisses: [], others: 0, otherPurpose: 0 };
	for (const tool of tools) {
		if (goal.learningType && !tool.learningTypes.includes(goal.learningType)) {
			result.otherPurpose++;
			continue;
		}
		const match = matchTool(tool, goal, rubrics.get(tool.id));
		if (match.lacks.length === 0) result.fitting.push(match);
		else if (match.lacks.length <= NEAR_MISS_MAX_LACKS) result.nearMisses.push(match);
		else result.others++;
	}
	result.fitting.sort(compare);
	result.nearMisses.sort(compare);
	return result;
}

export const MAX_FIND_GROUP_SIZE = 100_000;

/**
 * The goal as the find form sends it (a GET form, so a result can be bookmarked and works without
 * JavaScript). Anything unknown is dropped rather than refused: a query string is not a form
 * anyone typed into; only a group size that is not a whole number from 1 is named, on its field.
 * With nothing asked yet (a first visit), "approved" is ticked: a teacher looks for tools they may use.
 */
export function readGoal(query: URLSearchParams): { goal: Goal; asked: boolean; groupSizeProblem: boolean } {
	const asked = query.has('asked');
	const type = query.get('learningType') ?? '';
	const learningType = (LEARNING_TYPE_IDS as readonly string[]).includes(type) ? (type as LearningTypeId) : null;
	const size = (query.get('groupSize') ?? '').trim();
	const sizeOk = size === '' || (/^\d{1,6}$/.test(size) && Number(size) >= 1 && Number(size) <= MAX_FIND_GROUP_SIZE);
	const synchrony = query.get('synchrony');
	const mustHaves = asked ? MUST_HAVES.filter((q) => query.getAll('must').includes(q)) : (['approved'] as MustHave[]);
	return {
		goal: { learningType, groupSize: sizeOk && size !== '' ? Number(size) : null, synchrony: synchrony === 'sync' || synchrony === 'async' ? synchrony : null, mustHaves },
		asked,
		groupSizeProblem: !sizeOk
	};
}

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 3;

/** The tools to compare from `?ids=a,b,c` or a checkbox form's `?ids=a&ids=b`: unique, in the order given; null when not 2–3. */
export function compareIds(query: URLSearchParams): string[] | null {
	const ids = [...new Set(query.getAll('ids').flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''))];
	return ids.length >= MIN_COMPARE && ids.length <= MAX_COMPARE ? ids : null;
}
