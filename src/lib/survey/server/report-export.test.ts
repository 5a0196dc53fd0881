import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import ExcelJS from 'exceljs';
import { LANGUAGES, messages, type Language } from '$lib/i18n';
import { buildSurveyReport } from '$lib/survey/survey-report';
import { buildSurveyReportDocument } from '$lib/survey/survey-report-document';
import { realisticSurveyReport } from '$lib/survey/survey-report-fixture';
import { realisticPlan } from '$lib/server/export/test-fixture';
import { brokenWords, pdfPages, squash, strandedHeadings } from '$lib/server/export/pdf-reader';
import { reportExports, reportFilename, reportTextTables, reportToPdf, reportToXlsx } from './report-export';

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

describe('the report as a PDF a board reads', () => {
	const plan = (language: Language) => realisticPlan(language, { people: 37 });

	it('starts with a cover: scope, instrument and version, the date and how many responded', async () => {
		const cover = squash(pdfPages(await reportToPdf(realisticSurveyReport('nl'), { plan: plan('nl') }))[0]!);
		for (const text of ['Rapport', 'Brede scan blended leren 2026', 'Instelling', 'Hogeschool Rijnmond-Oost', 'Niveau', 'Instrument', '(versie 1)', 'Datum', '7 december 2026', 'Respondenten', '37']) {
			expect(cover).toContain(text);
		}
		expect(cover).not.toContain('Pagina');
	});

	it('summarises on the second page: largest gaps, most disagreement, the plan’s priorities and who does what by when', async () => {
		const summary = pdfPages(await reportToPdf(realisticSurveyReport('nl'), { plan: plan('nl') }))[1]!;
		for (const text of ['Samenvatting', '37 respondenten', 'Grootste GAP’s', 'Meeste verschil van mening', 'Prioriteiten', 'Zonder vastgesteld beleid', 'Wie doet wat, wanneer', 'Opleidingsmanager', '7 december 2026']) {
			expect(summary).toContain(text);
		}
		expect(summary).not.toContain('Per rol');
	});

	for (const language of ['nl', 'en'] as const) {
		it(`puts each role's name over its figures and breaks no word or role name, nor leaves a heading at a page's foot (${language})`, async () => {
			const doc = realisticSurveyReport(language);
			const body = await reportToPdf(doc, { plan: plan(language) });
			const s = messages(language).export.sections;
			const roles = doc.tables.find((t) => t.key === 'roles')!.grouped!.groups;
			const text = pdfPages(body).join('\n');
			const reading = squash(pdfPages(body, { layout: false }).join(' '));
			for (const group of roles) expect(reading).toContain(`${group.name} (n=${group.respondents})`);
			const words = [...roles.flatMap((g) => g.name.split(' ')), 'Opleidingsmanager', 'Gezondheidszorg', 'Informatietechnologie', 'Kwaliteitszorgmedewerker'];
			expect(brokenWords(body, words)).toEqual([]);
			const headings = [s.summary, s.largestGaps, s.mostSpread, s.summaryPriorities, s.summaryActions, s.distribution, ...doc.tables.map((t) => t.title)];
			expect(strandedHeadings(pdfPages(body), headings, /(Pagina|Page) \d+ (van|of)/)).toEqual([]);
			expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
		});
	}

	for (const language of ['nl', 'en'] as const) {
		it(`prints every table's headers with whole words, the widest as two tables that each name the factor (${language})`, async () => {
			const doc = realisticSurveyReport(language);
			const body = await reportToPdf(doc, { plan: plan(language) });
			const headers = doc.tables.flatMap((t) => (t.grouped ? [t.columns[0]!, ...t.grouped.columns, ...t.grouped.groups.map((g) => g.name)] : t.columns));
			// Split as brokenWords reads the PDF back; words of letters only, long enough to be broken.
			const words = [...new Set(headers.flatMap((h) => h.split(/[\s,.;:()/]+/)).filter((w) => /^\p{L}{8,}$/u.test(w)))];
			expect(words.length).toBeGreaterThan(10);
			expect(brokenWords(body, words)).toEqual([]);
			const gaps = doc.tables.find((t) => t.key === 'gaps')!;
			const parts = reportTextTables(gaps);
			expect(parts).toHaveLength(2);
			expect(parts.map((p) => p.columns[0]!.header)).toEqual([gaps.columns[0], gaps.columns[0]]);
			expect(parts.flatMap((p) => p.columns.slice(1).map((c) => c.header))).toEqual(gaps.columns.slice(1));
			expect(parts[1]!.rows.map((row) => row[0])).toEqual(gaps.rows.map((row) => row[0]!.text));
		});
	}

	it('draws the roles and the units side by side in one small chart per factor, each group named with its respondents', async () => {
		const doc = realisticSurveyReport('nl');
		const r = messages('nl').survey.report;
		const pages = pdfPages(await reportToPdf(doc, { plan: plan('nl') }), { layout: false });
		const reading = squash(pages.join(' '));
		expect(reading).toContain(r.groupsTitle);
		expect(reading).toContain(squash(r.groupChartIntro));
		for (const comparison of [doc.roleComparison!, doc.unitComparison!]) {
			const group = comparison.groups[0]!;
			// The chart writes a group's name above its line in every factor's chart (long names shortened, the count kept apart).
			const name = group.label.split(' ')[0]!;
			const charts = reading.split(name).length - 1;
			expect(charts).toBeGreaterThanOrEqual(doc.factors.length);
		}
		expect(strandedHeadings(pdfPages(await reportToPdf(doc)), [r.groupsTitle, r.byRole, r.byUnit], /Pagina \d+ van/)).toEqual([]);
	});

	it('draws the change since the previous scan as one chart per factor, the previous scan and this one on each', async () => {
		const doc = realisticSurveyReport('nl', { previous: true });
		const r = messages('nl').survey.report;
		const reading = squash(pdfPages(await reportToPdf(doc), { layout: false }).join(' '));
		expect(reading).toContain(r.changeChart);
		expect(reading.split(`${r.previousScan} (n=30)`).length - 1).toBe(doc.factors.length);
		expect(reading.split(`${r.thisScan} (n=37)`).length - 1).toBe(doc.factors.length);
	});

	it('says on the cover and summary, and nothing more, when too few responded', async () => {
		const hidden = { ...realisticSurveyReport('nl'), hidden: true, tables: [], respondents: 3 };
		const pages = pdfPages(await reportToPdf(hidden));
		expect(pages).toHaveLength(2);
		expect(squash(pages[1]!)).toContain('Er zijn nog te weinig reacties voor een rapport');
	});
});

describe('the report as a spreadsheet to pivot', () => {
	it('has the roles sheet one row per factor and role, with the role and its respondents in columns of their own', async () => {
		const doc = realisticSurveyReport('nl');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await reportToXlsx(doc)) as unknown as ArrayBuffer);
		const sheet = book.getWorksheet('Per rol')!;
		const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
		expect(row(1)).toEqual(['Factor', 'Rol', 'Respondenten', 'Mediaan nu', 'Mediaan gewenst', 'GAP']);
		const roles = doc.tables.find((t) => t.key === 'roles')!.grouped!.groups;
		expect(sheet.rowCount - 1).toBe(doc.factors.length * roles.length);
		expect(row(2).slice(0, 3)).toEqual([doc.factors[0]!.factorName, roles[0]!.name, roles[0]!.respondents]);
		expect(typeof row(2)[3]).toBe('number');
	});
});
