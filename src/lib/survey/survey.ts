/**
 * An institution-wide scan ("survey") as respondents meet it: who may answer (roles, units), what
 * a submission holds, and how a posted form becomes one. Plain TypeScript; the routes read the
 * form and the data modules store what this module accepts.
 */
import { z } from 'zod';
import type { Language } from '$lib/i18n';
import { factorsOf, type Instrument } from '$lib/instrument/schema';
import { MAX_TEXT_LENGTH, parsePhaseField, type FactorAnswer, type PhaseAnswer, phaseAnswerSchema } from '$lib/scan/scan';
import { MAX_MIN_GROUP_SIZE, MIN_MIN_GROUP_SIZE, SURVEY_ROLES, isSurveyRole, type SurveyRole } from './survey-report';

export { SURVEY_ROLES, type SurveyRole };

export const MAX_SURVEY_MESSAGE_LENGTH = 2000;
export const MAX_SURVEY_TITLE_LENGTH = 200;
/** Longest a survey can stay open: a year is plenty and keeps a typo in the year from opening it for a decade. */
export const MAX_SURVEY_DAYS = 366;

/** Field names of the respondent form, one set per factor. */
export const currentField = (factorKey: string) => `current.${factorKey}`;
export const desiredField = (factorKey: string) => `desired.${factorKey}`;
export const neededField = (factorKey: string) => `needed.${factorKey}`;

export function respondentFormFields(instrument: Instrument): string[] {
	return factorsOf(instrument).flatMap(({ factor }) => [currentField(factor.key), desiredField(factor.key), neededField(factor.key)]);
}

/** What a respondent has filled in so far; also what a paused draft stores. */
export interface SurveyDraft {
	role: SurveyRole | null;
	unitId: string | null;
	answers: Record<string, { current: PhaseAnswer; desired: PhaseAnswer; needed: string }>;
}

export const surveyDraftSchema = z
	.object({
		role: z.enum(SURVEY_ROLES).nullable(),
		unitId: z.string().max(100).nullable(),
		answers: z.record(
			z.string().max(100),
			z.object({ current: phaseAnswerSchema, desired: phaseAnswerSchema, needed: z.string().max(MAX_TEXT_LENGTH) }).strict()
		)
	})
	.strict();

export interface SurveyRules {
	instrument: Instrument;
	roles: readonly SurveyRole[];
	/** The units a respondent may pick, or null when the survey does not ask for one. */
	unitIds: readonly string[] | null;
}

export type FieldProblem = 'role' | 'unit' | 'phase' | 'too_long' | 'missing';

export interface ParsedAnswers {
	draft: SurveyDraft;
	/** Field name → problem. Empty when the draft is acceptable. */
	problems: Record<string, FieldProblem>;
}

/** Which part of the form a post carries: "about you" (role and unit) and/or some factors. */
export interface AnswerScope {
	aboutYou: boolean;
	factorKeys: readonly string[];
}

/** The whole form: what a post without a page (every question at once) carries. */
export const wholeForm = (instrument: Instrument): AnswerScope => ({ aboutYou: true, factorKeys: factorsOf(instrument).map(({ factor }) => factor.key) });

/**
 * Reads a respondent's form, or the part of it that `scope` names (one page of the paged form).
 * Invalid values (an unknown role or unit, a phase of 4, a text over the limit) are problems in
 * both a draft and a submission; `complete` also asks a role, a unit when the survey asks for
 * one, and both phases of every factor ("weet ik niet" counts). What lies outside the scope is
 * left out of the draft and not checked.
 */
export function parseAnswers(get: (name: string) => string, rules: SurveyRules, complete: boolean, scope: AnswerScope = wholeForm(rules.instrument)): ParsedAnswers {
	const problems: Record<string, FieldProblem> = {};
	let role: SurveyRole | null = null;
	let unitId: string | null = null;
	if (scope.aboutYou) {
		const roleField = get('role');
		if (roleField === '') {
			if (complete) problems.role = 'missing';
		} else if (isSurveyRole(roleField) && rules.roles.includes(roleField)) role = roleField;
		else problems.role = 'role';

		const unitField = get('unit');
		if (rules.unitIds === null) {
			if (unitField !== '') problems.unit = 'unit';
		} else if (unitField === '') {
			if (complete) problems.unit = 'missing';
		} else if (rules.unitIds.includes(unitField)) unitId = unitField;
		else problems.unit = 'unit';
	}

	const answers: SurveyDraft['answers'] = {};
	for (const { factor } of factorsOf(rules.instrument)) {
		if (!scope.factorKeys.includes(factor.key)) continue;
		const current = parsePhaseField(get(currentField(factor.key)));
		const desired = parsePhaseField(get(desiredField(factor.key)));
		const needed = get(neededField(factor.key)).trim();
		if (!current.ok) problems[currentField(factor.key)] = 'phase';
		else if (complete && current.value === null) problems[currentField(factor.key)] = 'missing';
		if (!desired.ok) problems[desiredField(factor.key)] = 'phase';
		else if (complete && desired.value === null) problems[desiredField(factor.key)] = 'missing';
		if (needed.length > MAX_TEXT_LENGTH) problems[neededField(factor.key)] = 'too_long';
		const entry = { current: current.ok ? current.value : null, desired: desired.ok ? desired.value : null, needed };
		if (entry.current !== null || entry.desired !== null || entry.needed !== '') answers[factor.key] = entry;
	}
	return { draft: { role, unitId, answers }, problems };
}

/** The answers of a complete draft, in instrument order. */
export function submissionAnswers(instrument: Instrument, draft: SurveyDraft): FactorAnswer[] {
	return factorsOf(instrument).map(({ factor }) => {
		const a = draft.answers[factor.key];
		return { factorKey: factor.key, current: a?.current ?? null, desired: a?.desired ?? null, needed: a?.needed ?? '' };
	});
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A submission id made by the respondent's page: a UUID, lower case. */
export const isSubmissionId = (value: string): boolean => UUID.test(value);

export interface SurveySettingsInput {
	title: string;
	/** The English title; empty when respondents who read English see the Dutch one. */
	titleEn: string;
	opensAt: string;
	closesAt: string;
	roles: string[];
	askUnit: boolean;
	minGroupSize: string;
	message: string;
	messageEn: string;
}

export type SettingsProblem = 'title' | 'title_long' | 'opens' | 'closes' | 'order' | 'too_long_open' | 'roles' | 'min_group' | 'message_long';

/** A survey's texts for respondents, Dutch and English (an empty English text falls back to the Dutch one). */
export interface SurveyTexts {
	title: string;
	titleEn: string;
	message: string;
	messageEn: string;
}

/** Checks the texts respondents see; shared by the "new" form and the texts form of an existing survey. */
export function parseTexts(input: SurveyTexts): { value: SurveyTexts; problems: Partial<Record<keyof SurveyTexts, SettingsProblem>> } {
	const problems: Partial<Record<keyof SurveyTexts, SettingsProblem>> = {};
	const value = { title: input.title.trim(), titleEn: input.titleEn.trim(), message: input.message.trim(), messageEn: input.messageEn.trim() };
	if (value.title === '') problems.title = 'title';
	else if (value.title.length > MAX_SURVEY_TITLE_LENGTH) problems.title = 'title_long';
	if (value.titleEn.length > MAX_SURVEY_TITLE_LENGTH) problems.titleEn = 'title_long';
	if (value.message.length > MAX_SURVEY_MESSAGE_LENGTH) problems.message = 'message_long';
	if (value.messageEn.length > MAX_SURVEY_MESSAGE_LENGTH) problems.messageEn = 'message_long';
	return { value, problems };
}

/** The title and message a respondent reads in `language`: the English text when there is one, else the Dutch. */
export function textsIn(texts: SurveyTexts, language: Language): { title: string; message: string } {
	if (language === 'en') return { title: texts.titleEn || texts.title, message: texts.messageEn || texts.message };
	return { title: texts.title, message: texts.message };
}

/** Dates come from `<input type="date">` (YYYY-MM-DD): a survey opens at the start of its first day and closes at the end of its last, in UTC. */
export function parseSettings(
	input: SurveySettingsInput
): { ok: true; value: SurveyTexts & { opensAt: string; closesAt: string; roles: SurveyRole[]; askUnit: boolean; minGroupSize: number } } | { ok: false; problems: Partial<Record<string, SettingsProblem>> } {
	const texts = parseTexts(input);
	const problems: Partial<Record<string, SettingsProblem>> = { ...texts.problems };
	const day = (text: string): Date | null => {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
		const d = new Date(`${text}T00:00:00.000Z`);
		return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text ? null : d;
	};
	const opens = day(input.opensAt);
	const closesDay = day(input.closesAt);
	if (!opens) problems.opensAt = 'opens';
	if (!closesDay) problems.closesAt = 'closes';
	const closes = closesDay && new Date(closesDay.getTime() + 24 * 3600 * 1000);
	if (opens && closes) {
		if (closes <= opens) problems.closesAt = 'order';
		else if (closes.getTime() - opens.getTime() > MAX_SURVEY_DAYS * 24 * 3600 * 1000) problems.closesAt = 'too_long_open';
	}
	const roles = SURVEY_ROLES.filter((r) => input.roles.includes(r));
	if (roles.length === 0 || roles.length !== new Set(input.roles).size) problems.roles = 'roles';
	const min = /^\d{1,3}$/.test(input.minGroupSize.trim()) ? Number(input.minGroupSize.trim()) : NaN;
	if (!(min >= MIN_MIN_GROUP_SIZE && min <= MAX_MIN_GROUP_SIZE)) problems.minGroupSize = 'min_group';
	if (Object.keys(problems).length > 0 || !opens || !closes) return { ok: false, problems };
	return {
		ok: true,
		value: { ...texts.value, opensAt: opens.toISOString(), closesAt: closes.toISOString(), roles, askUnit: input.askUnit, minGroupSize: min }
	};
}
