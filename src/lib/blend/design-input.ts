/**
 * Reading a design's course details and an activity from what a form posted: each field checked on
 * its own, so the page can say what is wrong where, and nothing is stored unless all is right.
 * Numbers may be written the Dutch way ("1,5"); weeks as a list with ranges ("1-3, 5").
 */
import {
	GROUPINGS,
	STUDY_LOAD_UNITS,
	SYNCHRONIES,
	TEACHER_ROLES,
	type Activity,
	type CourseDesign,
	type Grouping,
	type StudyLoadUnit,
	type Synchrony,
	type TeacherRole
} from './design';
import { isLearningType, type LearningTypeId } from './learning-types';

export const MAX_TITLE_LENGTH = 200;
export const MAX_PERIOD_LENGTH = 60;
export const MAX_OUTCOME_LENGTH = 500;
export const MAX_OUTCOMES = 30;
export const MAX_NOTES_LENGTH = 2000;
export const MAX_ACTIVITIES = 200;
/** A course longer than a year's weeks is not a course. */
export const MAX_WEEKS = 52;
/** 60 EC is a full year; a single course is rarely more than 30. */
export const MAX_EC = 60;
export const MAX_LOAD_HOURS = MAX_EC * 28;
/** Hours are kept to the quarter hour: finer is false precision in a plan. */
export const HOURS_STEP = 0.25;

export type DesignField = 'title' | 'period' | 'studyLoad' | 'weeks' | 'outcomes';
export type ActivityField = 'title' | 'outcomeIds' | 'environment' | 'synchrony' | 'grouping' | 'learningType' | 'weeks' | 'hours' | 'teacherRole' | 'notes';

export type InputProblem =
	| 'required'
	| 'too_long'
	| 'not_a_number'
	| 'out_of_range'
	| 'unknown_choice'
	| 'weeks_format'
	| 'weeks_outside_course'
	| 'too_many'
	| 'unknown_outcome';

export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; problems: Partial<Record<F, InputProblem>> };

/** A number as people type it: "1,5", "1.5", " 12 "; null when it is not one. */
export function readNumber(raw: string): number | null {
	const text = raw.trim().replace(',', '.');
	if (!/^\d+(\.\d+)?$/.test(text)) return null;
	return Number(text);
}

/**
 * Weeks as a list of numbers and ranges: "1-3, 5" → [1, 2, 3, 5]; sorted, without repeats. Null
 * when the text is not such a list or a range runs backwards.
 */
export function readWeeks(raw: string): number[] | null {
	const parts = raw.split(/[,;\s]+/).filter((p) => p !== '');
	if (parts.length === 0) return null;
	const weeks = new Set<number>();
	for (const part of parts) {
		const match = /^(\d{1,2})(?:[-–](\d{1,2}))?$/.exec(part);
		if (!match) return null;
		const from = Number(match[1]);
		const to = match[2] === undefined ? from : Number(match[2]);
		if (from < 1 || to < from) return null;
		for (let w = from; w <= to; w++) weeks.add(w);
	}
	return [...weeks].sort((a, b) => a - b);
}

/** Weeks back as text, ranges folded: [1, 2, 3, 5] → "1–3, 5". */
export function weeksText(weeks: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < weeks.length; ) {
		let j = i;
		while (j + 1 < weeks.length && weeks[j + 1] === weeks[j]! + 1) j++;
		parts.push(j > i ? `${weeks[i]}–${weeks[j]}` : `${weeks[i]}`);
		i = j + 1;
	}
	return parts.join(', ');
}

function choice<T extends string>(raw: string, options: readonly T[]): T | null {
	return (options as readonly string[]).includes(raw) ? (raw as T) : null;
}

export interface DesignFields {
	title: string;
	period: string;
	studyLoadAmount: string;
	studyLoadUnit: string;
	weeks: string;
	/** One outcome per entry; empty entries are left out. */
	outcomes: readonly string[];
}

export type DesignDetails = Omit<CourseDesign, 'activities' | 'outcomes'> & { outcomes: string[] };

export function checkDesign(fields: DesignFields): Checked<DesignDetails, DesignField> {
	const problems: Partial<Record<DesignField, InputProblem>> = {};
	const title = fields.title.trim();
	if (title === '') problems.title = 'required';
	else if (title.length > MAX_TITLE_LENGTH) problems.title = 'too_long';
	const period = fields.period.trim();
	if (period.length > MAX_PERIOD_LENGTH) problems.period = 'too_long';

	const unit = choice<StudyLoadUnit>(fields.studyLoadUnit, STUDY_LOAD_UNITS);
	const amount = readNumber(fields.studyLoadAmount);
	if (!unit) problems.studyLoad = 'unknown_choice';
	else if (fields.studyLoadAmount.trim() === '') problems.studyLoad = 'required';
	else if (amount === null) problems.studyLoad = 'not_a_number';
	else if (amount <= 0 || amount > (unit === 'ec' ? MAX_EC : MAX_LOAD_HOURS)) problems.studyLoad = 'out_of_range';

	const weeks = readNumber(fields.weeks);
	if (fields.weeks.trim() === '') problems.weeks = 'required';
	else if (weeks === null || !Number.isInteger(weeks)) problems.weeks = 'not_a_number';
	else if (weeks < 1 || weeks > MAX_WEEKS) problems.weeks = 'out_of_range';

	const outcomes = fields.outcomes.map((o) => o.trim()).filter((o) => o !== '');
	if (outcomes.length > MAX_OUTCOMES) problems.outcomes = 'too_many';
	else if (outcomes.some((o) => o.length > MAX_OUTCOME_LENGTH)) problems.outcomes = 'too_long';

	if (Object.keys(problems).length > 0) return { ok: false, problems };
	return { ok: true, value: { title, period, studyLoad: { unit: unit!, amount: amount! }, weeks: weeks!, outcomes } };
}

export interface ActivityFields {
	title: string;
	outcomeIds: readonly string[];
	environment: string;
	synchrony: string;
	grouping: string;
	learningType: string;
	weeks: string;
	hours: string;
	teacherRole: string;
	notes: string;
}

/**
 * An activity of a design with `courseWeeks` weeks, the given outcomes and environments; its id
 * is the caller's (a new one, or the one being edited).
 */
export function checkActivity(
	fields: ActivityFields,
	design: { weeks: number; outcomeIds: readonly string[]; environmentIds: readonly string[] }
): Checked<Omit<Activity, 'id'>, ActivityField> {
	const problems: Partial<Record<ActivityField, InputProblem>> = {};
	const title = fields.title.trim();
	if (title === '') problems.title = 'required';
	else if (title.length > MAX_TITLE_LENGTH) problems.title = 'too_long';

	const outcomeIds = [...new Set(fields.outcomeIds)];
	if (outcomeIds.some((id) => !design.outcomeIds.includes(id))) problems.outcomeIds = 'unknown_outcome';

	const environment = choice(fields.environment, design.environmentIds);
	if (fields.environment === '') problems.environment = 'required';
	else if (!environment) problems.environment = 'unknown_choice';
	const synchrony = choice<Synchrony>(fields.synchrony, SYNCHRONIES);
	if (!synchrony) problems.synchrony = fields.synchrony === '' ? 'required' : 'unknown_choice';
	const grouping = choice<Grouping>(fields.grouping, GROUPINGS);
	if (!grouping) problems.grouping = fields.grouping === '' ? 'required' : 'unknown_choice';
	const learningType: LearningTypeId | null = isLearningType(fields.learningType) ? fields.learningType : null;
	if (!learningType) problems.learningType = fields.learningType === '' ? 'required' : 'unknown_choice';
	const teacherRole = choice<TeacherRole>(fields.teacherRole, TEACHER_ROLES);
	if (!teacherRole) problems.teacherRole = fields.teacherRole === '' ? 'required' : 'unknown_choice';

	const weeks = readWeeks(fields.weeks);
	if (fields.weeks.trim() === '') problems.weeks = 'required';
	else if (!weeks) problems.weeks = 'weeks_format';
	else if (weeks.some((w) => w > design.weeks)) problems.weeks = 'weeks_outside_course';

	const typed = readNumber(fields.hours);
	const hours = typed === null ? null : Math.round(typed / HOURS_STEP) * HOURS_STEP;
	if (fields.hours.trim() === '') problems.hours = 'required';
	else if (hours === null) problems.hours = 'not_a_number';
	else if (hours <= 0 || hours > MAX_LOAD_HOURS) problems.hours = 'out_of_range';

	const notes = fields.notes.trim();
	if (notes.length > MAX_NOTES_LENGTH) problems.notes = 'too_long';

	if (Object.keys(problems).length > 0) return { ok: false, problems };
	return {
		ok: true,
		value: {
			title,
			outcomeIds,
			environment: environment!,
			synchrony: synchrony!,
			grouping: grouping!,
			learningType: learningType!,
			weeks: weeks!,
			hours: hours!,
			teacherRole: teacherRole!,
			notes
		}
	};
}
