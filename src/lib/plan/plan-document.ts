/**
 * The action plan as one document, in one language: exactly what the result page shows and what
 * every export (PDF, Word, Excel, CSV) writes. Building it once keeps page and exports identical.
 */
import type { Language } from '$lib/i18n';
import { localise, messages, format } from '$lib/i18n';
import type { Instrument } from '$lib/instrument/schema';
import { categoryName as categoryNameOf, factorName as factorNameOf } from '$lib/instrument/names';
import { gapRows, sortByGap, type FactorAnswer, type PhaseAnswer, type ScanLevel } from '$lib/scan/scan';
import { actionPointNudges, orderActionPoints, type ActionPoint, type ActionStatus, type Priority } from './action-plan';

export interface PlanDocumentRow {
	categoryKey: string;
	categoryName: string;
	factorKey: string;
	factorName: string;
	current: PhaseAnswer;
	desired: PhaseAnswer;
	/** The phase as text in the document's language: "1", "2", "3", "weet ik niet" or "—". */
	currentLabel: string;
	desiredLabel: string;
	gap: number | null;
	needed: string;
}

export interface PlanDocumentPriority {
	categoryKey: string;
	categoryName: string;
	factorKey: string | null;
	factorName: string;
	reason: string;
}

export interface PlanDocumentActionPoint {
	id: string;
	categoryKey: string;
	categoryName: string;
	text: string;
	factorNames: string[];
	owner: string;
	dueDate: string | null;
	status: ActionStatus;
	statusLabel: string;
	successCriterion: string;
}

/**
 * One answer of a workshop's step 5 ("En nu?"): the part it belongs to ("Terugblik",
 * "Vooruitblik"), the question and the room's answer, as text in the document's language.
 */
export interface PlanDocumentReflection {
	key: string;
	part: string;
	question: string;
	answer: string;
}

export interface PlanDocument {
	language: Language;
	title: string;
	institutionName: string;
	scopeLabel: string;
	instrumentTitle: string;
	instrumentVersion: number;
	generatedAt: string;
	/** Rows in instrument order (for the chart). */
	rows: PlanDocumentRow[];
	/** Rows sorted by gap, largest first (for the table). */
	rowsByGap: PlanDocumentRow[];
	categories: { key: string; name: string; missingActionPoints: number }[];
	priorities: PlanDocumentPriority[];
	actionPoints: PlanDocumentActionPoint[];
	/** The institution's own questions of this version, with the answer as text ("—" when none). */
	ownQuestions: { key: string; question: string; answer: string }[];
	/** A workshop's step-5 answers, look back then look ahead (only those answered); absent for scans and surveys. */
	reflections?: PlanDocumentReflection[];
	/** Whose answers the plan rests on, for the documents' cover: a survey's respondents or a workshop's participants; absent for a scan. */
	people?: { kind: 'respondents' | 'participants'; count: number };
}

export interface PlanDocumentInput {
	language: Language;
	instrument: Instrument;
	title: string;
	institutionName: string;
	level: ScanLevel;
	unitName: string | null;
	answers: ReadonlyMap<string, FactorAnswer>;
	priorities: readonly Priority[];
	actionPoints: readonly ActionPoint[];
	generatedAt: Date;
}

export function phaseLabel(phase: PhaseAnswer, language: Language): string {
	const m = messages(language).plan;
	if (phase === null) return m.notAnswered;
	if (phase === 'unknown') return m.unknown;
	return String(phase);
}

export function scopeLabel(level: ScanLevel, unitName: string | null, institutionName: string, language: Language): string {
	const m = messages(language).plan;
	const levelName = m.levels[level];
	return format(m.scopeTemplate, { level: levelName, unit: unitName ?? institutionName });
}

/** What heads a scan's, a workshop's and a survey's documents alike: whose, about what, with which instrument. */
export function documentHeading(
	input: { language: Language; title: string; institutionName: string; level: ScanLevel; unitName: string | null },
	instrument: Instrument
) {
	const { language } = input;
	return {
		language,
		title: input.title,
		institutionName: input.institutionName,
		scopeLabel: scopeLabel(input.level, input.unitName, input.institutionName, language),
		instrumentTitle: localise(instrument.title, language)
	};
}

export function buildPlanDocument(input: PlanDocumentInput): PlanDocument {
	const { instrument, language } = input;
	const m = messages(language);
	const factorName = (key: string) => factorNameOf(instrument, key, language);
	const categoryName = (key: string) => categoryNameOf(instrument, key, language);
	const rows = gapRows(instrument, input.answers).map(
		(row): PlanDocumentRow => ({
			...row,
			categoryName: categoryName(row.categoryKey),
			factorName: factorName(row.factorKey),
			currentLabel: phaseLabel(row.current, language),
			desiredLabel: phaseLabel(row.desired, language)
		})
	);
	const byKey = new Map(rows.map((row) => [row.factorKey, row]));
	const nudges = actionPointNudges(instrument, input.actionPoints);
	return {
		...documentHeading(input, instrument),
		instrumentVersion: instrument.version,
		generatedAt: input.generatedAt.toISOString(),
		rows,
		rowsByGap: sortByGap(rows).map((row) => byKey.get(row.factorKey)!),
		categories: instrument.categories.map((category) => ({
			key: category.key,
			name: localise(category.name, language),
			missingActionPoints: nudges.find((n) => n.categoryKey === category.key)?.missing ?? 0
		})),
		priorities: instrument.categories.map((category) => {
			const priority = input.priorities.find((p) => p.categoryKey === category.key);
			return {
				categoryKey: category.key,
				categoryName: localise(category.name, language),
				factorKey: priority?.factorKey ?? null,
				factorName: priority ? factorName(priority.factorKey) : m.plan.noPriority,
				reason: priority?.reason ?? ''
			};
		}),
		ownQuestions: instrument.questions.map((question) => {
			const answer = input.answers.get(question.key);
			let text = '';
			if (question.kind === 'text') text = answer?.needed ?? '';
			else if (answer?.current === 'unknown') text = m.plan.unknown;
			else if (typeof answer?.current === 'number') text = `${answer.current} · ${localise(instrument.phases[answer.current - 1]!.name, language)}`;
			return { key: question.key, question: localise(question.text, language), answer: text || m.plan.notAnswered };
		}),
		actionPoints: orderActionPoints(instrument, input.actionPoints).map((point) => ({
			id: point.id,
			categoryKey: point.categoryKey,
			categoryName: categoryName(point.categoryKey),
			text: point.text,
			factorNames: point.factorKeys.map(factorName),
			owner: point.owner,
			dueDate: point.dueDate,
			status: point.status,
			statusLabel: m.plan.status[point.status],
			successCriterion: point.successCriterion
		}))
	};
}
