/**
 * The doors to a survey (an institution-wide scan): signed in, by id within the user's
 * institution (like scan-access.ts); anything else is a 404 so ids of other institutions reveal
 * nothing. And the report: counted in the database, built by the domain.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as surveys from './data/surveys';
import * as surveyAnswers from './data/survey-answers';
import * as surveyAnswerTallies from './data/survey-answer-tallies';
import * as surveyRespondentTallies from './data/survey-respondent-tallies';
import * as units from '$lib/accounts/server/data/units';
import * as institutions from '$lib/accounts/server/data/institutions';
import { buildSurveyReportDocument, type SurveyReportDocument } from '$lib/survey/survey-report-document';
import type { Language } from '$lib/i18n';
import type { PlanDocument } from '$lib/plan/plan-document';
import type { FactorAnswer, PhaseAnswer } from '$lib/scan/scan';
import { instrumentFor } from '$lib/instrument/server/instruments';
import { ownerPlanDocument } from '$lib/plan/server/plan-document';
import type { Instrument } from '$lib/instrument/schema';
import { buildSurveyReport, formatFigure, type RespondentCount, type SurveyReport } from '$lib/survey/survey-report';
import { latestId } from '$lib/server/events/store';
import { isPostgres } from '$lib/server/db/transaction';
import { notFound } from '$lib/server/http/errors';
import { requireChange } from '$lib/editors/server/editors';
import type { User } from '$lib/accounts/server/data/users';

export interface SurveyContext {
	survey: surveys.Survey;
	instrument: Instrument;
}

/** The instrument version the survey was run with: the institution's own, or a shipped one. */
export async function instrumentOf(db: Kysely<Database>, survey: surveys.Survey): Promise<Instrument> {
	const instrument = await instrumentFor(db, survey.institutionId, survey.instrumentKey, survey.instrumentVersion, survey.ownInstrument);
	if (!instrument) throw new Error(`instrument ${survey.instrumentKey} v${survey.instrumentVersion} is not installed`);
	return instrument;
}

export async function surveyForInstitution(db: Kysely<Database>, institutionId: string, surveyId: string): Promise<SurveyContext> {
	const survey = await surveys.getInInstitution(db, institutionId, surveyId);
	if (!survey) notFound();
	return { survey, instrument: await instrumentOf(db, survey) };
}

/**
 * The survey for a route that changes it (its texts, closing, sharing) or its action plan: 404
 * outside the institution, 403 with a message for a colleague who may read but not change it
 * (decision record 0043: its maker, its co-editors and the administrators may).
 */
export async function surveyForEditor(db: Kysely<Database>, user: User, surveyId: string): Promise<SurveyContext> {
	const context = await surveyForInstitution(db, user.institutionId, surveyId);
	await requireChange(db, user, 'survey', context.survey);
	return context;
}

/** The units a respondent may pick: every unit of the institution, or none when the survey does not ask. */
export async function unitChoices(db: Kysely<Database>, survey: surveys.Survey): Promise<units.Unit[]> {
	return survey.askUnit ? units.listForInstitution(db, survey.institutionId) : [];
}

export interface ReportData {
	report: SurveyReport;
	/** The survey compared with, when there is one. */
	previous: { id: string; title: string; opensAt: string } | null;
	units: { id: string; name: string }[];
}

async function reportOnly(db: Kysely<Database>, survey: surveys.Survey, instrument: Instrument, unitIds: readonly string[], previous?: SurveyReport) {
	const [counts, respondents] = await Promise.all([surveyAnswerTallies.counts(db, survey.id), surveyRespondentTallies.countsByGroup(db, survey.id)]);
	return buildSurveyReport({
		instrument,
		counts,
		respondents,
		minGroupSize: survey.minGroupSize,
		roles: survey.roles,
		unitIds: survey.askUnit ? unitIds : [],
		previous
	});
}

/** The report of a survey with its change against the previous survey of the same scope. */
export async function surveyReport(db: Kysely<Database>, { survey, instrument }: SurveyContext): Promise<ReportData> {
	const unitList = survey.askUnit ? await units.listForInstitution(db, survey.institutionId) : [];
	const unitIds = unitList.map((u) => u.id);
	const previousSurvey = await surveys.previousOf(db, survey);
	// The earlier survey is counted under its own minimum group size: what it hid stays hidden.
	const previous = previousSurvey ? await reportOnly(db, previousSurvey, await instrumentOf(db, previousSurvey), unitIds) : undefined;
	const report = await reportOnly(db, survey, instrument, unitIds, previous);
	return {
		report,
		previous: previousSurvey ? { id: previousSurvey.id, title: previousSurvey.title, opensAt: previousSurvey.opensAt } : null,
		units: unitList.map((u) => ({ id: u.id, name: u.name }))
	};
}

export const surveyChannel = (surveyId: string): string => `survey:${surveyId}`;

/**
 * The respondent counts per role and unit with the id of the newest event they include, read in
 * one snapshot (repeatable read on PostgreSQL; SQLite's read transaction is one snapshot), so the
 * live stream continues exactly where the counts end.
 */
export async function liveCounts(db: Kysely<Database>, surveyId: string): Promise<{ counts: RespondentCount[]; lastEventId: number }> {
	const read = async (trx: Kysely<Database>) => {
		const counts = await surveyRespondentTallies.countsByGroup(trx, surveyId);
		const lastEventId = await latestId(trx, surveyChannel(surveyId));
		return { counts, lastEventId };
	};
	return isPostgres(db) ? db.transaction().setIsolationLevel('repeatable read').execute(read) : db.transaction().execute(read);
}

/** The report as one document in one language: the page, the shared page and the exports. */
export async function reportDocument(db: Kysely<Database>, context: SurveyContext, language: Language, counted?: ReportData): Promise<SurveyReportDocument> {
	const [data, institution] = await Promise.all([counted ?? surveyReport(db, context), institutions.get(db, context.survey.institutionId)]);
	return buildSurveyReportDocument({
		language,
		instrument: context.instrument,
		report: data.report,
		title: context.survey.title,
		institutionName: institution?.name ?? '',
		level: context.survey.level,
		unitName: context.survey.unitName,
		units: data.units,
		previous: data.previous,
		generatedAt: new Date()
	});
}

/**
 * The survey's action plan as the foundation's plan document, so the plan exports (PDF, Word,
 * Excel, CSV) work unchanged. Its GAP rows carry the report's medians instead of one scan's
 * answers; a median between two phases (2.5) is drawn between them by the GAP chart, which
 * places bars by number.
 */
export async function surveyPlanDocument(db: Kysely<Database>, context: SurveyContext, language: Language, counted?: ReportData): Promise<PlanDocument> {
	const { survey, instrument } = context;
	const data = counted ? Promise.resolve(counted) : surveyReport(db, context);
	const medians = data.then(
		({ report }) =>
			new Map<string, FactorAnswer>(
				report.total.factors.map((f) => [
					f.factorKey,
					// A median is a number on the phase scale, not always a whole phase: see above.
					{ factorKey: f.factorKey, current: f.currentMedian as PhaseAnswer, desired: f.desiredMedian as PhaseAnswer, needed: '' }
				])
			)
	);
	const doc = await ownerPlanDocument(db, survey, instrument, medians, language);
	const label = (value: PhaseAnswer, fallback: string) => (typeof value === 'number' ? formatFigure(value, language) : fallback);
	const relabel = (row: PlanDocument['rows'][number]) => ({ ...row, currentLabel: label(row.current, row.currentLabel), desiredLabel: label(row.desired, row.desiredLabel) });
	const respondents = (await data).report.total.respondents;
	return { ...doc, rows: doc.rows.map(relabel), rowsByGap: doc.rowsByGap.map(relabel), people: { kind: 'respondents', count: respondents } };
}

/** What the report's exports show: the report and the survey's action plan (the PDF's summary names its priorities and points), counted once. */
export async function reportExportDocuments(db: Kysely<Database>, context: SurveyContext, language: Language): Promise<{ report: SurveyReportDocument; plan: PlanDocument }> {
	const counted = await surveyReport(db, context);
	const [report, plan] = await Promise.all([reportDocument(db, context, language, counted), surveyPlanDocument(db, context, language, counted)]);
	return { report, plan };
}

/**
 * The raw answers as a JSON stream, page by page (never the whole survey in memory). Anonymous:
 * no ids or times of day, only the submission date; the role or unit of a group the report hides
 * is left out (null), and so is the unit of a response whose role × unit combination the report
 * hides (decision records 0033 and 0049): role and unit together would show that combination.
 * With too few respondents for a report there are no answers at all.
 */
export async function rawAnswersStream(db: Kysely<Database>, context: SurveyContext): Promise<ReadableStream<Uint8Array>> {
	const { survey, instrument } = context;
	const { report, units: unitList } = await surveyReport(db, context);
	const hiddenRoles = new Set(report.byRole.filter((g) => g.suppressed).map((g) => g.key));
	const hiddenUnits = new Set(report.byUnit.filter((g) => g.suppressed).map((g) => g.key));
	const hiddenCells = new Set(report.byRoleAndUnit.filter((g) => g.suppressed).map((g) => `${g.role}|${g.unitKey}`));
	const unitNames = new Map(unitList.map((u) => [u.id, u.name]));
	const head = {
		survey: { title: survey.title, instrument: { key: instrument.key, version: instrument.version }, minGroupSize: survey.minGroupSize, respondents: report.total.respondents },
		phases: 'current/desired: 1, 2, 3, "unknown" (weet ik niet)'
	};
	const encoder = new TextEncoder();
	const pages = report.total.suppressed ? null : surveyAnswers.rawPages(db, survey.id);
	let first = true;
	let started = false;
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (!started) {
				started = true;
				controller.enqueue(encoder.encode(`${JSON.stringify(head).slice(0, -1)},"responses":[`));
				return;
			}
			const next = pages ? await pages.next() : { done: true as const, value: undefined };
			if (next.done) {
				controller.enqueue(encoder.encode(']}\n'));
				controller.close();
				return;
			}
			const byResponse = new Map<string, { role: string | null; unit: string | null; date: string; answers: Record<string, unknown> }>();
			for (const row of next.value) {
				let entry = byResponse.get(row.responseId);
				if (!entry) {
					entry = {
						role: hiddenRoles.has(row.role) ? null : row.role,
						unit: row.unitId === null || hiddenUnits.has(row.unitId) || hiddenCells.has(`${row.role}|${row.unitId}`) ? null : (unitNames.get(row.unitId) ?? null),
						date: row.submittedAt.slice(0, 10),
						answers: {}
					};
					byResponse.set(row.responseId, entry);
				}
				entry.answers[row.answer.factorKey] = { current: row.answer.current, desired: row.answer.desired, needed: row.answer.needed };
			}
			const text = [...byResponse.values()].map((r) => JSON.stringify(r)).join(',');
			if (text) {
				controller.enqueue(encoder.encode((first ? '' : ',') + text));
				first = false;
			}
		}
	});
}
