/**
 * The doors to a survey (an institution-wide scan): signed in, by id within the user's
 * institution (like scan-access.ts); anything else is a 404 so ids of other institutions reveal
 * nothing. And the report: counted in the database, built by the domain.
 */
import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import * as surveys from './data/surveys';
import * as surveyAnswers from './data/survey-answers';
import * as surveyResponses from './data/survey-responses';
import * as units from './data/units';
import { loadInstrument } from '$lib/instrument';
import type { Instrument } from '$lib/domain/instrument';
import { buildSurveyReport, type RespondentCount, type SurveyReport } from '$lib/domain/survey-report';
import { latestId } from './events/store';
import { isPostgres } from './data/transaction';

export interface SurveyContext {
	survey: surveys.Survey;
	instrument: Instrument;
}

export function instrumentOf(survey: surveys.Survey): Instrument {
	const instrument = loadInstrument(survey.instrumentKey, survey.instrumentVersion);
	if (!instrument) throw new Error(`instrument ${survey.instrumentKey} v${survey.instrumentVersion} is not installed`);
	return instrument;
}

export async function surveyForInstitution(db: Kysely<Database>, institutionId: string, surveyId: string): Promise<SurveyContext> {
	const survey = await surveys.getInInstitution(db, institutionId, surveyId);
	if (!survey) error(404, { message: 'not found' });
	return { survey, instrument: instrumentOf(survey) };
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
	const [counts, respondents] = await Promise.all([surveyAnswers.counts(db, survey.id), surveyResponses.countsByGroup(db, survey.id)]);
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
	const previous = previousSurvey ? await reportOnly(db, previousSurvey, instrumentOf(previousSurvey), unitIds) : undefined;
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
		const counts = await surveyResponses.countsByGroup(trx, surveyId);
		const lastEventId = await latestId(trx, surveyChannel(surveyId));
		return { counts, lastEventId };
	};
	return isPostgres(db) ? db.transaction().setIsolationLevel('repeatable read').execute(read) : db.transaction().execute(read);
}
