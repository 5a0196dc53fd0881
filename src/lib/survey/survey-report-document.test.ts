import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import { buildSurveyReport, type AnswerCount, type RespondentCount, type SurveyRole } from './survey-report';
import { buildSurveyReportDocument, reportIntro } from './survey-report-document';
import { renderDistributionChart } from '$lib/chart/distribution-chart';
import { all, parseXml, textContent } from '$lib/chart/svg-test-reader';

const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const keys = factorsOf(instrument).map(({ factor }) => factor.key);
const HOSTILE = '<Faculteit & "Klein">';

/** n respondents of a role and unit who all give the same phases for every factor. */
function group(role: SurveyRole, unitId: string, n: number, current: 1 | 2 | 3, desired: 1 | 2 | 3) {
	const counts: AnswerCount[] = keys.map((factorKey) => ({ factorKey, role, unitId, current, desired, n }));
	const respondents: RespondentCount[] = [{ role, unitId, n }];
	return { counts, respondents };
}

function documentFor(groups: ReturnType<typeof group>[], units: { id: string; name: string }[]) {
	const report = buildSurveyReport({
		instrument,
		counts: groups.flatMap((g) => g.counts),
		respondents: groups.flatMap((g) => g.respondents),
		minGroupSize: 5,
		roles: ['bestuurder', 'medewerker'],
		unitIds: units.map((u) => u.id)
	});
	return buildSurveyReportDocument({
		language: 'nl',
		instrument,
		report,
		title: 'Brede scan',
		institutionName: 'Hogeschool',
		level: 'institution',
		unitName: null,
		units,
		previous: null,
		generatedAt: new Date('2026-03-01T12:00:00Z')
	});
}

describe('the survey report document', () => {
	const units = [
		{ id: 'a', name: 'Faculteit A' },
		{ id: 'b', name: 'Faculteit B' },
		{ id: 'c', name: HOSTILE },
		{ id: 'd', name: 'Faculteit D' }
	];
	const doc = documentFor(
		[group('medewerker', 'a', 10, 1, 3), group('medewerker', 'b', 9, 2, 3), group('bestuurder', 'c', 3, 3, 3), group('bestuurder', 'd', 6, 2, 2)],
		units
	);

	it('never names a hidden unit, in any table or line, and says how many groups are hidden', () => {
		const everything = JSON.stringify(doc);
		expect(everything).not.toContain('Klein');
		expect(everything).not.toContain('Faculteit D');
		expect(doc.heatmap.units.map((u) => u.name)).toEqual(['Faculteit A', 'Faculteit B']);
		expect(reportIntro(doc)).toContain('Om de anonimiteit te beschermen zijn 2 groep(en) niet apart getoond.');
	});

	it('keeps numbers as numbers for spreadsheets and writes them the Dutch way for people', () => {
		const table = doc.tables.find((t) => t.key === 'categories')!;
		const strategie = table.rows[0]!;
		// 28 respondents per factor: 10×1, 15×2, 3×3 → median 2; desired 22×3, 6×2 → 3.
		expect(strategie.slice(1, 4).map((c) => c.value)).toEqual([2, 3, 1]);
		expect(strategie[3]!.text).toBe('+1');
		expect(strategie[4]!.value).toBe(Math.round((1 - 15 / 28) * 100));
	});

	it('hides everything below the minimum, with the reason as the only line', () => {
		const small = documentFor([group('medewerker', 'a', 4, 1, 3)], units);
		expect(small.hidden).toBe(true);
		expect(small.tables).toEqual([]);
		expect(reportIntro(small)[1]).toContain('minder dan 5');
	});
});

describe('the distribution chart', () => {
	it('draws one segment per phase with its count, and says every count in its description', () => {
		const doc = documentFor([group('medewerker', 'a', 10, 1, 3), group('medewerker', 'b', 9, 2, 3)], []);
		const svg = parseXml(renderDistributionChart(doc.factorsBySpread, 'nl').svg);
		const current = all(svg, (e) => e.name === 'rect' && (e.attributes.class ?? '').startsWith('bar-current'));
		expect(current.slice(0, 2).map((e) => e.attributes['data-count'])).toEqual(['10', '9']);
		const desc = textContent(all(svg, (e) => e.name === 'desc')[0]!);
		expect(desc).toContain('nu fase 1: 10, fase 2: 9, fase 3: 0, weet ik niet: 0');
	});

	it('escapes names it draws', () => {
		const svg = renderDistributionChart([{ factorName: HOSTILE, current: { 1: 1, 2: 0, 3: 0, unknown: 0 }, desired: { 1: 0, 2: 0, 3: 1, unknown: 0 } }], 'en').svg;
		expect(svg).not.toContain('<Faculteit');
		expect(textContent(parseXml(svg))).toContain(HOSTILE);
	});
});
