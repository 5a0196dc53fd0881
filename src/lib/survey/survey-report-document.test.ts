import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import { buildSurveyReport, type AnswerCount, type RespondentCount, type SurveyRole } from './survey-report';
import { buildSurveyReportDocument, reportIntro } from './survey-report-document';
import { renderDistributionChart, renderFactorBars, renderPhaseLegend } from '$lib/chart/distribution-chart';
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

	it('never names a unit below the minimum, names the one hidden only to protect it, and says why', () => {
		const everything = JSON.stringify(doc);
		expect(everything).not.toContain('Klein');
		expect(doc.heatmap.units.map((u) => u.name)).toEqual(['Faculteit A', 'Faculteit B']);
		expect(doc.gapHeatmap.units.map((u) => u.name)).toEqual(['Faculteit A', 'Faculteit B']);
		const intro = reportIntro(doc);
		expect(intro).toContain('Om de anonimiteit te beschermen zijn 2 groep(en) niet apart getoond.');
		// D (6) has enough respondents: naming it tells nothing about anyone. C (3) is only counted.
		expect(intro).toContain('Niet apart getoond, zodat een kleinere groep niet uit de totalen is af te leiden: Faculteit D (onderdeel).');
		expect(intro).toContain('1 onderdeel met minder dan 5 respondenten wordt niet genoemd: de naam zou verraden dat daar iemand meedeed.');
		// The bestuurders of C and D are hidden with their units.
		expect(intro).toContain('2 combinaties van rol en onderdeel zijn verborgen.');
		expect(doc.roleUnit!.rows.map((r) => [r.label, r.respondents])).toEqual([
			['Medewerkers · Faculteit A', 10],
			['Medewerkers · Faculteit B', 9]
		]);
	});

	it('colours the units’ heat map by the mean gap and writes it in every cell', () => {
		// Faculteit A: everyone 1 → 3; B: everyone 2 → 3.
		expect(doc.gapHeatmap.rows[0]!.cells).toEqual([
			{ value: 2, text: '+2' },
			{ value: 1, text: '+1' }
		]);
		const table = doc.tables.find((t) => t.key === 'unitGaps')!;
		expect(table.columns).toEqual(['Factor', 'Faculteit A (n=10)', 'Faculteit B (n=9)']);
		expect(table.rows[0]!.slice(1).map((c) => c.value)).toEqual([2, 1]);
	});

	it('sets roles and units side by side by their mean phases, in the charts and in the tables', () => {
		expect(doc.roleComparison!.groups.map((g) => [g.label, g.respondents])).toEqual([
			['Bestuurders', 9],
			['Medewerkers', 19]
		]);
		// Bestuurders: 3 at 3 → 3 and 6 at 2 → 2; medewerkers: 10 at 1 and 9 at 2, all → 3.
		expect(doc.roleComparison!.rows[0]!.values[0]!.now).toBeCloseTo(21 / 9);
		expect(doc.roleComparison!.rows[0]!.values[1]).toEqual({ now: 28 / 19, desired: 3 });
		const roleMeans = doc.tables.find((t) => t.key === 'roleMeans')!;
		expect(roleMeans.rows[0]!.slice(4).map((c) => c.text)).toEqual(['1,5', '3', '+1,5']);
		expect(doc.unitComparison!.groups.map((g) => g.label)).toEqual(['Faculteit A', 'Faculteit B']);
	});

	it('keeps numbers as numbers for spreadsheets and writes them the Dutch way for people', () => {
		const table = doc.tables.find((t) => t.key === 'categories')!;
		const strategie = table.rows[0]!;
		// 28 respondents per factor: 10×1, 15×2, 3×3 → median 2; desired 22×3, 6×2 → 3.
		expect(strategie.slice(1, 4).map((c) => c.value)).toEqual([2, 3, 1]);
		expect(strategie[3]!.text).toBe('+1');
		expect(strategie[4]!.value).toBe(Math.round((1 - 15 / 28) * 100));
	});

	it('shows "Evaluatie" with its gap and the share wanting more, though its medians give GAP 0', () => {
		// Issue 11's case, for every factor: 8 at phase 1, 10 at 2, 7 at 3; 12 want phase 3.
		const pairs: [number, 1 | 2 | 3, 1 | 2 | 3, string][] = [
			[5, 1, 3, 'a'],
			[3, 1, 2, 'a'],
			[5, 2, 3, 'a'],
			[5, 2, 2, 'b'],
			[2, 3, 3, 'b'],
			[5, 3, 2, 'b']
		];
		const evaluatie = documentFor(
			pairs.map(([n, now, want, unit]) => group('medewerker', unit, n, now, want)),
			units.slice(0, 2)
		);
		const row = evaluatie.gapFactors.find((f) => f.factorKey === 'evaluatie')!;
		expect(row.gap).toBe('0');
		expect(row.wantsMoreText).toBe('13 van 25 (52%) willen verder dan waar we nu staan');
		expect(row.wantsLessText).toBe('5 willen een lagere fase');
		expect(row.meanGapText).toBe('Gemiddelde GAP +0,5 (95%-interval +0,1 tot +1)');
		expect(row.agreementText).toBe('Overeenstemming over nu: 40%');
		const table = evaluatie.tables.find((t) => t.key === 'gaps')!;
		const cells = table.rows.find((r) => r[0]!.text === 'Evaluatie')!;
		expect(cells.slice(2, 7).map((c) => c.value)).toEqual([25, 13, 52, 5, 0.52]);
		expect(cells[7]!.value).toBeCloseTo(0.09, 2);
	});

	it('hides everything below the minimum, with the reason as the only line', () => {
		const small = documentFor([group('medewerker', 'a', 4, 1, 3)], units);
		expect(small.hidden).toBe(true);
		expect(small.tables).toEqual([]);
		expect([small.gapFactors, small.hiddenNamed, small.roleComparison]).toEqual([[], [], null]);
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

	it('draws one factor small, with its own counts, under one legend for the page', () => {
		const svg = parseXml(renderFactorBars({ factorName: 'Evaluatie', current: { 1: 8, 2: 10, 3: 7, unknown: 0 }, desired: { 1: 0, 2: 13, 3: 12, unknown: 0 } }, 'nl', 'bars-evaluatie').svg);
		const desired = all(svg, (e) => e.name === 'rect' && (e.attributes.class ?? '').startsWith('bar-desired'));
		expect(desired.map((e) => e.attributes['data-count'])).toEqual(['13', '12']);
		expect(textContent(all(svg, (e) => e.name === 'title')[0]!)).toBe('Verdeling: Evaluatie');
		expect(textContent(parseXml(renderPhaseLegend('en').svg))).toContain('Phase 3');
	});

	it('escapes names it draws', () => {
		const svg = renderDistributionChart([{ factorName: HOSTILE, current: { 1: 1, 2: 0, 3: 0, unknown: 0 }, desired: { 1: 0, 2: 0, 3: 1, unknown: 0 } }], 'en').svg;
		expect(svg).not.toContain('<Faculteit');
		expect(textContent(parseXml(svg))).toContain(HOSTILE);
	});
});
