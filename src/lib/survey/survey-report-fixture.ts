/**
 * A survey report as an institution would get it, for the export tests and for looking at the
 * pages: the real instrument, three roles and four units (one of them too small, so hidden), and
 * answers that differ per factor so the chart, the tables and the summary have something to say.
 */
import type { Language } from '$lib/i18n';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import { buildSurveyReport, type AnswerCount, type RespondentCount, type SurveyRole } from './survey-report';
import { buildSurveyReportDocument, type SurveyReportDocument } from './survey-report-document';

export function realisticSurveyReport(language: Language = 'nl', options: { previous?: boolean } = {}): SurveyReportDocument {
	const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
	const keys = factorsOf(instrument).map(({ factor }) => factor.key);
	const units = [
		{ id: 'gz', name: 'Academie Gezondheidszorg en Welzijn' },
		{ id: 'ict', name: 'Instituut voor Communicatie, Media en Informatietechnologie' },
		{ id: 'ec', name: 'Economie' },
		{ id: 'klein', name: 'Kleine Faculteit' }
	];
	const groups: { role: SurveyRole; unitId: string; n: number }[] = [
		{ role: 'bestuurder', unitId: 'gz', n: 5 },
		{ role: 'medewerker', unitId: 'gz', n: 9 },
		{ role: 'medewerker', unitId: 'ict', n: 7 },
		{ role: 'student', unitId: 'ict', n: 6 },
		{ role: 'student', unitId: 'ec', n: 8 },
		{ role: 'medewerker', unitId: 'klein', n: 2 }
	];
	const counts: AnswerCount[] = [];
	groups.forEach(({ role, unitId, n }, g) => {
		keys.forEach((factorKey, f) => {
			const current = (((f + g) % 3) + 1) as 1 | 2 | 3;
			const desired = Math.min(3, current + ((f + 2 * g) % 3)) as 1 | 2 | 3;
			const unsure = f % 5 === 0 ? 1 : 0;
			// Pairs of one respondent's two answers: most see the group's own phase and want more;
			// on every fifth factor one of them does not know where they stand but still says what they want.
			counts.push({ factorKey, role, unitId, current, desired, n: n - unsure });
			if (unsure) counts.push({ factorKey, role, unitId, current: 'unknown', desired, n: unsure });
		});
	});
	const respondents: RespondentCount[] = groups.map(({ role, unitId, n }) => ({ role, unitId, n }));
	// The previous scan, a year earlier: 30 staff, most a phase lower than now.
	const previous = options.previous
		? buildSurveyReport({
				instrument,
				counts: keys.map((factorKey, f) => ({ factorKey, role: 'medewerker' as const, unitId: 'gz', current: 1 as const, desired: (f % 2 === 0 ? 2 : 3) as 2 | 3, n: 30 })),
				respondents: [{ role: 'medewerker', unitId: 'gz', n: 30 }],
				minGroupSize: 5,
				roles: ['medewerker'],
				unitIds: ['gz']
			})
		: null;
	const report = buildSurveyReport({
		instrument,
		counts,
		respondents,
		minGroupSize: 5,
		roles: ['bestuurder', 'medewerker', 'student'],
		unitIds: units.map((u) => u.id),
		previous
	});
	return buildSurveyReportDocument({
		language,
		instrument,
		report,
		title: language === 'nl' ? 'Brede scan blended leren 2026' : 'Institution-wide scan 2026',
		institutionName: 'Hogeschool Rijnmond-Oost',
		level: 'institution',
		unitName: null,
		units,
		previous: previous ? { title: language === 'nl' ? 'Brede scan blended leren 2025' : 'Institution-wide scan 2025', opensAt: '2025-11-03T08:00:00Z' } : null,
		generatedAt: new Date('2026-12-07T09:30:00Z')
	});
}
