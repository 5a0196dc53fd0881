/**
 * A course design's blend: the course (study load, weeks, intended learning outcomes) and its
 * learning activities, each placed in one learning environment of the Blended Leren Bloem, typed by
 * learning type, synchronous or not, alone or in a group, with the study hours it takes a student.
 * Everything a page, a figure or an export shows of a blend is computed here, from the design alone,
 * so the screen and the documents cannot differ.
 *
 * Environments are ids of the Bloem's petals: content data an institution's admin may rename or
 * extend (`$lib/toolkit`, the knowledge page's `flower` block), so they are passed in, not imported.
 *
 * @example
 * const blend = summariseBlend(design, ['online', 'campus', 'werkplek', 'samenleving']);
 * blend.environments; // [{ id: 'online', hours: 40, share: 0.29 }, …]
 */
import { LEARNING_TYPE_IDS, type LearningTypeId } from './learning-types';

/**
 * One EC is 28 hours of study in the Netherlands (WHW art. 7.4: 60 EC a year of 1,680 hours).
 * A course's study load may be given in EC or in hours; every sum is in hours.
 */
export const HOURS_PER_EC = 28;

export const STUDY_LOAD_UNITS = ['ec', 'hours'] as const;
export type StudyLoadUnit = (typeof STUDY_LOAD_UNITS)[number];

export const SYNCHRONIES = ['sync', 'async'] as const;
export type Synchrony = (typeof SYNCHRONIES)[number];

export const GROUPINGS = ['individual', 'group'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/**
 * What the teacher does during the activity. A fixed list rather than free text, so that a hint
 * can ask, for instance, whether there is any moment of feedback online.
 */
export const TEACHER_ROLES = ['leads', 'guides', 'feedback', 'none'] as const;
export type TeacherRole = (typeof TEACHER_ROLES)[number];

export interface StudyLoad {
	unit: StudyLoadUnit;
	amount: number;
}

export interface Outcome {
	id: string;
	text: string;
}

export interface Activity {
	id: string;
	/** What students do, in the teacher's words. */
	title: string;
	/** The outcomes it serves (ids of the design's outcomes). */
	outcomeIds: string[];
	/** A petal id of the Bloem. */
	environment: string;
	synchrony: Synchrony;
	grouping: Grouping;
	learningType: LearningTypeId;
	/** The weeks it runs in, 1-based, ascending, no repeats. */
	weeks: number[];
	/** Study hours a student spends on it in all its weeks together. */
	hours: number;
	teacherRole: TeacherRole;
	notes: string;
}

export interface CourseDesign {
	title: string;
	/** When the course runs, as the programme names it ("Periode 1", "Blok 2"); '' when not said. */
	period: string;
	studyLoad: StudyLoad;
	/** How many weeks the course lasts. */
	weeks: number;
	outcomes: Outcome[];
	/** In the order the team put them. */
	activities: Activity[];
}

export interface Share<K extends string = string> {
	id: K;
	hours: number;
	/** hours / all planned hours; 0 when nothing is planned. */
	share: number;
}

export function studyLoadHours(load: StudyLoad): number {
	return load.unit === 'ec' ? load.amount * HOURS_PER_EC : load.amount;
}

export function plannedHours(activities: readonly Activity[]): number {
	return activities.reduce((sum, a) => sum + a.hours, 0);
}

/**
 * Hours per value of `key`, in the order of `ids`; values the activities use that `ids` lacks (an
 * environment the admin has since removed) follow at the end, so no hour is ever dropped.
 */
export function sharesBy<K extends string>(activities: readonly Activity[], key: (a: Activity) => K, ids: readonly K[]): Share<K>[] {
	const hours = new Map<K, number>(ids.map((id) => [id, 0]));
	for (const a of activities) hours.set(key(a), (hours.get(key(a)) ?? 0) + a.hours);
	const total = plannedHours(activities);
	return [...hours].map(([id, h]) => ({ id, hours: h, share: total > 0 ? h / total : 0 }));
}

export interface WeekRow {
	week: number;
	/** Hours in this week per environment, in the order given; an activity's hours spread evenly over its weeks. */
	environments: Share[];
	hours: number;
}

/** Week by week: how much study time falls in which environment. */
export function weekTimeline(design: Pick<CourseDesign, 'weeks' | 'activities'>, environmentIds: readonly string[]): WeekRow[] {
	const rows: WeekRow[] = [];
	for (let week = 1; week <= design.weeks; week++) {
		const parts = design.activities
			.filter((a) => a.weeks.includes(week))
			.map((a) => ({ ...a, hours: a.hours / a.weeks.length }));
		const environments = sharesBy(parts, (a) => a.environment, environmentIds);
		rows.push({ week, environments, hours: plannedHours(parts) });
	}
	return rows;
}

export interface OutcomeCoverage {
	outcome: Outcome;
	/** The activities that serve it, in the design's order. */
	activityIds: string[];
	hours: number;
}

/** Each outcome and the activities that serve it; an outcome without any is a gap in the design. */
export function outcomeCoverage(design: Pick<CourseDesign, 'outcomes' | 'activities'>): OutcomeCoverage[] {
	return design.outcomes.map((outcome) => {
		const serving = design.activities.filter((a) => a.outcomeIds.includes(outcome.id));
		return { outcome, activityIds: serving.map((a) => a.id), hours: plannedHours(serving) };
	});
}

/**
 * Planned hours within this fraction of the study load count as fitting it: a design is a plan, and
 * a few hours either way (rounding, self-study left unnamed) should not raise a flag.
 */
export const LOAD_TOLERANCE = 0.1;

export type LoadStatus = 'under' | 'fits' | 'over';

export interface LoadCheck {
	planned: number;
	load: number;
	/** planned − load, in hours. */
	difference: number;
	status: LoadStatus;
}

export function loadCheck(design: Pick<CourseDesign, 'studyLoad' | 'activities'>): LoadCheck {
	const planned = plannedHours(design.activities);
	const load = studyLoadHours(design.studyLoad);
	const difference = planned - load;
	const status: LoadStatus = Math.abs(difference) <= load * LOAD_TOLERANCE ? 'fits' : difference < 0 ? 'under' : 'over';
	return { planned, load, difference, status };
}

export interface BlendSummary {
	environments: Share[];
	learningTypes: Share<LearningTypeId>[];
	synchrony: Share<Synchrony>[];
	grouping: Share<Grouping>[];
	timeline: WeekRow[];
	outcomes: OutcomeCoverage[];
	/** Outcomes no activity serves. */
	uncoveredOutcomes: Outcome[];
	/** Activities that serve no outcome. */
	unlinkedActivities: Activity[];
	/** Activities with a week after the course's last (the course was shortened after they were planned). */
	activitiesOutsideWeeks: Activity[];
	load: LoadCheck;
}

/** Everything the blend's page, figures and exports show, computed once. */
export function summariseBlend(design: CourseDesign, environmentIds: readonly string[]): BlendSummary {
	const outcomes = outcomeCoverage(design);
	const known = new Set(design.outcomes.map((o) => o.id));
	return {
		environments: sharesBy(design.activities, (a) => a.environment, environmentIds),
		learningTypes: sharesBy(design.activities, (a) => a.learningType, LEARNING_TYPE_IDS),
		synchrony: sharesBy(design.activities, (a) => a.synchrony, SYNCHRONIES),
		grouping: sharesBy(design.activities, (a) => a.grouping, GROUPINGS),
		timeline: weekTimeline(design, environmentIds),
		outcomes,
		uncoveredOutcomes: outcomes.filter((c) => c.activityIds.length === 0).map((c) => c.outcome),
		unlinkedActivities: design.activities.filter((a) => !a.outcomeIds.some((id) => known.has(id))),
		activitiesOutsideWeeks: design.activities.filter((a) => a.weeks.some((w) => w > design.weeks)),
		load: loadCheck(design)
	};
}

/** Moves the activity `id` one place up (-1) or down (+1); at either end nothing changes. */
export function moveActivity<T extends { id: string }>(activities: readonly T[], id: string, by: -1 | 1): T[] {
	const from = activities.findIndex((a) => a.id === id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= activities.length) return [...activities];
	return placeActivity(activities, id, to);
}

/** Puts the activity `id` at position `to` (0-based, clamped), as dragging does. */
export function placeActivity<T extends { id: string }>(activities: readonly T[], id: string, to: number): T[] {
	const from = activities.findIndex((a) => a.id === id);
	if (from < 0) return [...activities];
	const rest = activities.filter((a) => a.id !== id);
	const at = Math.max(0, Math.min(rest.length, Math.trunc(to)));
	return [...rest.slice(0, at), activities[from]!, ...rest.slice(at)];
}

export interface ProgrammeCourse {
	id: string;
	design: CourseDesign;
}

export interface ProgrammeColumn {
	/** The course's id, or null for the programme as a whole. */
	courseId: string | null;
	title: string;
	period: string;
	hours: number;
	environments: Share[];
	learningTypes: Share<LearningTypeId>[];
	synchrony: Share<Synchrony>[];
}

export interface ProgrammePeriod {
	period: string;
	courses: ProgrammeColumn[];
	/** The period's courses together. */
	total: ProgrammeColumn;
}

function column(courseId: string | null, title: string, period: string, activities: readonly Activity[], environmentIds: readonly string[]): ProgrammeColumn {
	return {
		courseId,
		title,
		period,
		hours: plannedHours(activities),
		environments: sharesBy(activities, (a) => a.environment, environmentIds),
		learningTypes: sharesBy(activities, (a) => a.learningType, LEARNING_TYPE_IDS),
		synchrony: sharesBy(activities, (a) => a.synchrony, SYNCHRONIES)
	};
}

/**
 * A programme's courses side by side, grouped by period (in the order periods first appear when the
 * courses are sorted by period name, so "Periode 1" comes before "Periode 2"), each period with its
 * total, and the programme as a whole. Totals weigh by hours, not by course: a 15 EC project counts
 * more than a 3 EC course, as it does in a student's week.
 */
export function programmeBlend(
	courses: readonly ProgrammeCourse[],
	environmentIds: readonly string[],
	wholeTitle: string
): { periods: ProgrammePeriod[]; whole: ProgrammeColumn } {
	const sorted = [...courses].sort(
		(a, b) => a.design.period.localeCompare(b.design.period, 'nl', { numeric: true }) || a.design.title.localeCompare(b.design.title, 'nl')
	);
	const byPeriod = new Map<string, ProgrammeCourse[]>();
	for (const course of sorted) byPeriod.set(course.design.period, [...(byPeriod.get(course.design.period) ?? []), course]);
	const periods = [...byPeriod].map(([period, list]) => ({
		period,
		courses: list.map((c) => column(c.id, c.design.title, period, c.design.activities, environmentIds)),
		total: column(null, wholeTitle, period, list.flatMap((c) => c.design.activities), environmentIds)
	}));
	const whole = column(null, wholeTitle, '', courses.flatMap((c) => c.design.activities), environmentIds);
	return { periods, whole };
}

/**
 * The outcomes after the team rewrote the list as `texts`: an outcome keeps its id — and so the
 * activities that serve it — when its text is unchanged (wherever it moved), or when it was
 * reworded in its place (its old text is gone from the list). Other texts are new outcomes
 * (`newId` gives their ids); outcomes not kept are gone.
 */
export function matchOutcomes(current: readonly Outcome[], texts: readonly string[], newId: () => string): Outcome[] {
	const unused = new Set(current.map((o) => o.id));
	const take = (o: Outcome | undefined) => (o && unused.has(o.id) ? (unused.delete(o.id), o.id) : undefined);
	const ids = texts.map((text) => take(current.find((o) => o.text === text)));
	return texts.map((text, i) => {
		const atPlace = current[i];
		const id = ids[i] ?? (atPlace && !texts.includes(atPlace.text) ? take(atPlace) : undefined) ?? newId();
		return { id, text };
	});
}
