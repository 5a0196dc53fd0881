import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import { LANGUAGES, type Language } from '$lib/i18n';
import { buildSurveyReport } from '$lib/survey/survey-report';
import { buildSurveyReportDocument } from '$lib/survey/survey-report-document';
import { reportExports, reportFilename } from './report-export';

/** A report over two units of ten respondents each, in the given language. */
function reportFixture(language: Language, title = 'Brede scan') {
	const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
	const keys = factorsOf(instrument).map(({ factor }) => factor.key);
	const units = [
		{ id: 'a', name: 'Faculteit A' },
		{ id: 'b', name: 'Faculteit B' }
	];
	const report = buildSurveyReport({
		instrument,
		counts: units.flatMap((unit) =>
			keys.map((factorKey) => ({ factorKey, role: 'medewerker' as const, unitId: unit.id, current: 1 as const, desired: 3 as const, n: 10 }))
		),
		respondents: units.map((unit) => ({ role: 'medewerker' as const, unitId: unit.id, n: 10 })),
		minGroupSize: 5,
		roles: ['medewerker'],
		unitIds: units.map((unit) => unit.id)
	});
	return buildSurveyReportDocument({ language, instrument, report, title, institutionName: 'Hogeschool', level: 'institution', unitName: null, units, previous: null, generatedAt: new Date('2026-03-01T12:00:00Z') });
}

describe('reportExports', () => {
	it.each([
		['pdf', 'application/pdf', '%PDF-'],
		['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK\u0003\u0004'],
		['csv', 'text/csv; charset=utf-8', '\u00ef\u00bb\u00bf']
	] as const)('exports the report as %s with its content type, a file of that kind and a Dutch name', async (format, contentType, magic) => {
		const file = await reportExports.render({ report: reportFixture('nl'), rawAnswers: () => Promise.reject(new Error('not read')) }, format);
		expect(file.contentType).toBe(contentType);
		expect(Buffer.isBuffer(file.body) && file.body.subarray(0, magic.length).toString('latin1')).toBe(magic);
		expect(file.filename).toBe(`rapport-brede-scan-2026-03-01.${format}`);
	});

	it('sends the raw answers as the stream it is given, as JSON, and opens it only for that format', async () => {
		let opened = 0;
		const rawAnswers = () => {
			opened++;
			return Promise.resolve(new Blob(['{"responses":[]}']).stream());
		};
		await reportExports.render({ report: reportFixture('nl'), rawAnswers }, 'csv');
		expect(opened).toBe(0);
		const response = await reportExports.download({ report: reportFixture('nl'), rawAnswers }, 'json');
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="rapport-brede-scan-2026-03-01.json"');
		expect(await response.text()).toBe('{"responses":[]}');
		expect(opened).toBe(1);
	});

	it('does not make a Word file of a report', () => {
		expect(reportExports.formats).toEqual(['pdf', 'xlsx', 'csv', 'json']);
		expect(reportExports.accepts('docx')).toBe(false);
	});
});

describe('reportFilename', () => {
	it('takes its first word from the dictionary of the report’s language', () => {
		expect(LANGUAGES.map((language) => reportFilename(reportFixture(language), 'pdf'))).toEqual([
			'rapport-brede-scan-2026-03-01.pdf',
			'report-brede-scan-2026-03-01.pdf'
		]);
	});

	it('keeps only safe ASCII of the title', () => {
		expect(reportFilename(reportFixture('nl', 'Zażółć "x"; filename=evil.exe'), 'csv')).toBe('rapport-zazolc-x-filename-evil-exe-2026-03-01.csv');
	});
});
