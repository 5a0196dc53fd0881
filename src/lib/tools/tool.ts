/**
 * A digital tool in the institution's catalogue (toolkit product 12, "Van doel, naar tool"), and
 * reading one from what a person typed: a form or a CSV row. Each field is read on its own by one
 * reader, so the form and the import refuse the same things with the same words, and the page can
 * say what is wrong where. Choices are stored as stable English codes; their names are in
 * `messages.ts`. Nothing here knows about databases or pages (decision record 0054).
 */
import { isLearningType, LEARNING_TYPE_IDS, type LearningTypeId } from '$lib/blend/learning-types';

/** When students use the tool: together at one moment, each in their own time, or either. */
export const TOOL_SYNCHRONIES = ['sync', 'async', 'both'] as const;
export type ToolSynchrony = (typeof TOOL_SYNCHRONIES)[number];

/** How the institution pays for it. `unavailable`: no licence can be had (any more). */
export const LICENCES = ['institution', 'free', 'paid-per-user', 'unavailable'] as const;
export type Licence = (typeof LICENCES)[number];

/** Whether teachers may use it: the institution's verdict. */
export const AVAILABILITIES = ['all', 'on-request', 'being-assessed', 'not-approved'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/** The GDPR side: a processing agreement (verwerkersovereenkomst) in place, or none needed because it handles no personal data. */
export const PRIVACY_STATUSES = ['agreement', 'no-personal-data', 'pending', 'none'] as const;
export type PrivacyStatus = (typeof PRIVACY_STATUSES)[number];

/** What the supplier's accessibility statement says about WCAG 2.1 AA (EN 301 549). */
export const ACCESSIBILITY_STATUSES = ['meets', 'partly', 'none', 'unknown'] as const;
export type AccessibilityStatus = (typeof ACCESSIBILITY_STATUSES)[number];

export const MAX_NAME_LENGTH = 120;
export const MAX_URL_LENGTH = 500;
export const MAX_DESCRIPTION_LENGTH = 500;
export const MAX_NOTES_LENGTH = 2000;
export const MAX_EMAIL_LENGTH = 254;
/** Larger than any lecture hall or MOOC cohort a tool is chosen for; a bigger number is a typing slip. */
export const MAX_GROUP_SIZE = 100_000;

export interface ToolInput {
	name: string;
	url: string;
	description: string;
	learningTypes: LearningTypeId[];
	synchrony: ToolSynchrony;
	/** The group size it suits; null: no lower or upper bound given. */
	groupMin: number | null;
	groupMax: number | null;
	worksOnPhone: boolean;
	licence: Licence;
	availability: Availability;
	privacy: PrivacyStatus;
	accessibility: AccessibilityStatus;
	/** The supplier's accessibility statement; '' when there is none. */
	accessibilityUrl: string;
	contactName: string;
	contactEmail: string;
	notes: string;
}

export interface Tool extends ToolInput {
	id: string;
	updatedAt: string;
}

export const TOOL_FIELDS = [
	'name',
	'url',
	'description',
	'learningTypes',
	'synchrony',
	'groupMin',
	'groupMax',
	'worksOnPhone',
	'licence',
	'availability',
	'privacy',
	'accessibility',
	'accessibilityUrl',
	'contactName',
	'contactEmail',
	'notes'
] as const satisfies readonly (keyof ToolInput)[];
export type ToolField = (typeof TOOL_FIELDS)[number];

export type ToolProblem =
	| 'required'
	| 'too_long'
	| 'not_a_link'
	| 'unknown_choice'
	| 'not_a_whole_number'
	| 'out_of_range'
	| 'min_above_max'
	| 'not_yes_or_no'
	| 'not_an_email'
	| 'statement_needed';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: ToolProblem };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const problem = (p: ToolProblem): Read<never> => ({ ok: false, problem: p });

function text(max: number, required: boolean) {
	return (raw: string): Read<string> => {
		const value = raw.trim();
		if (required && value === '') return problem('required');
		return value.length > max ? problem('too_long') : ok(value);
	};
}

function choice<T extends string>(values: readonly T[]) {
	return (raw: string): Read<T> => {
		const value = raw.trim();
		if (value === '') return problem('required');
		return (values as readonly string[]).includes(value) ? ok(value as T) : problem('unknown_choice');
	};
}

/** A link people can open: http or https only, so a `javascript:` or `data:` link never reaches a page. */
export function readLink(raw: string, required: boolean): Read<string> {
	const value = raw.trim();
	if (value === '') return required ? problem('required') : ok('');
	if (value.length > MAX_URL_LENGTH) return problem('too_long');
	try {
		const url = new URL(value);
		if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return problem('not_a_link');
		return ok(url.href);
	} catch {
		return problem('not_a_link');
	}
}

function groupSize(raw: string): Read<number | null> {
	const value = raw.trim();
	if (value === '') return ok(null);
	if (!/^\d+$/.test(value)) return problem('not_a_whole_number');
	const n = Number(value);
	return n < 1 || n > MAX_GROUP_SIZE ? problem('out_of_range') : ok(n);
}

const YES = ['yes', 'ja', 'true', '1', 'y', 'j'];
const NO = ['no', 'nee', 'false', '0', 'n', ''];

/** Yes or no as a CSV or a checkbox writes it (a checkbox left empty sends nothing: no). */
export function readYesNo(raw: string): Read<boolean> {
	const value = raw.trim().toLowerCase();
	if (YES.includes(value)) return ok(true);
	return NO.includes(value) ? ok(false) : problem('not_yes_or_no');
}

/** Learning types as a list: codes separated by `|`, `,` or spaces (a CSV cell), or a form's checked boxes. */
export function readLearningTypes(raw: string | readonly string[]): Read<LearningTypeId[]> {
	const parts = (typeof raw === 'string' ? raw.split(/[|,\s]+/) : raw).map((p) => p.trim()).filter((p) => p !== '');
	if (parts.length === 0) return problem('required');
	if (!parts.every(isLearningType)) return problem('unknown_choice');
	// In the vocabulary's order, once each: the same tool reads the same whatever order was typed.
	return ok(LEARNING_TYPE_IDS.filter((id) => parts.includes(id)));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function email(raw: string): Read<string> {
	const value = raw.trim();
	if (value === '') return ok('');
	if (value.length > MAX_EMAIL_LENGTH) return problem('too_long');
	return EMAIL.test(value) ? ok(value) : problem('not_an_email');
}

/** One reader per field, each from the text a form field or a CSV cell holds. */
export const FIELD_READERS: { [F in Exclude<ToolField, 'learningTypes'>]: (raw: string) => Read<ToolInput[F]> } = {
	name: text(MAX_NAME_LENGTH, true),
	url: (raw) => readLink(raw, true),
	description: text(MAX_DESCRIPTION_LENGTH, false),
	synchrony: choice(TOOL_SYNCHRONIES),
	groupMin: groupSize,
	groupMax: groupSize,
	worksOnPhone: readYesNo,
	licence: choice(LICENCES),
	availability: choice(AVAILABILITIES),
	privacy: choice(PRIVACY_STATUSES),
	accessibility: choice(ACCESSIBILITY_STATUSES),
	accessibilityUrl: (raw) => readLink(raw, false),
	contactName: text(MAX_NAME_LENGTH, false),
	contactEmail: email,
	notes: text(MAX_NOTES_LENGTH, false)
};

export type RawTool = { [F in ToolField]?: F extends 'learningTypes' ? string | readonly string[] : string };

export type CheckedTool = { ok: true; value: ToolInput } | { ok: false; problems: Partial<Record<ToolField, ToolProblem>> };

/**
 * Reads a whole tool: every field's problem at once, then the rules across fields: a group's
 * minimum not above its maximum, and a statement link for a tool said to (partly) meet the
 * accessibility requirements — the status must be checkable.
 */
export function checkTool(raw: RawTool): CheckedTool {
	const problems: Partial<Record<ToolField, ToolProblem>> = {};
	const value: Partial<Record<ToolField, unknown>> = {};
	for (const field of TOOL_FIELDS) {
		const read = field === 'learningTypes' ? readLearningTypes(raw.learningTypes ?? '') : FIELD_READERS[field](raw[field] ?? '');
		if (read.ok) value[field] = read.value;
		else problems[field] = read.problem;
	}
	const tool = value as ToolInput;
	if (!problems.groupMin && !problems.groupMax && tool.groupMin !== null && tool.groupMax !== null && tool.groupMin > tool.groupMax) problems.groupMax = 'min_above_max';
	if (!problems.accessibility && !problems.accessibilityUrl && (tool.accessibility === 'meets' || tool.accessibility === 'partly') && tool.accessibilityUrl === '') {
		problems.accessibilityUrl = 'statement_needed';
	}
	return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value: tool };
}

/** The key two tools' names are compared by: a catalogue holds one tool per name, whatever its case or spaces. */
export function nameKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** The tool's own fields, for a form to show again or a CSV row to write. */
export function toolInput(tool: Tool): ToolInput {
	const { id: _id, updatedAt: _updatedAt, ...input } = tool;
	return input;
}

/** A tool as the form's fields hold it (learning types `|`-separated, yes or empty), to edit it. */
export function toolValues(tool: ToolInput): Record<ToolField, string> {
	return {
		...tool,
		learningTypes: tool.learningTypes.join('|'),
		groupMin: tool.groupMin === null ? '' : String(tool.groupMin),
		groupMax: tool.groupMax === null ? '' : String(tool.groupMax),
		worksOnPhone: tool.worksOnPhone ? 'yes' : ''
	};
}
