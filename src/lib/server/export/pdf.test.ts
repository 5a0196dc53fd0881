import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages } from '$lib/i18n';
import type { PlanDocument } from '$lib/plan/plan-document';
import { planToPdf } from './pdf';
import { emptyPlanFixture, HOSTILE, planFixture, realisticPlan, workshopPlanFixture } from './test-fixture';
import { reflectionGroups } from './sections';
import { brokenWords, pdfInfo, pdfPages, squash, strandedHeadings } from './pdf-reader';

/** Long Dutch words and role names that narrow columns used to break ("Opleidingsma nager"). */
export const LONG_WORDS = [
	'Opleidingsmanager',
	'Kwaliteitszorgmedewerker',
	'Onderwijsontwikkelaars',
	'onderwijscoördinator',
	'opleidingscommissie',
	'Scholingsprogramma',
	'Stimuleringsstructuur',
	'Roosterafspraken',
	'Onderwijslogistiek',
	'professionaliseringsbudget',
	'Belangenbehartiging',
	'Streefdatum'
];

/** Every heading a plan PDF can have, none of which may end a page. */
function planHeadings(doc: PlanDocument): string[] {
	const m = messages(doc.language).export.sections;
	return [m.summary, m.largestGaps, m.summaryPriorities, m.summaryActions, m.chart, m.gapTable, m.ownQuestions, m.actionPoints, m.reflections, ...doc.categories.map((c) => c.name)];
}

describe('planToPdf', () => {
	const warnings: string[] = [];
	let nl: Buffer;
	let nlText: string;
	beforeAll(async () => {
		nl = await planToPdf(planFixture('nl'), { onWarning: (message) => warnings.push(message) });
		nlText = pdfPages(nl).join('\n');
	});

	it('produces an A4 PDF with the title, language and creation date in its metadata', () => {
		expect(nl.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const info = pdfInfo(nl);
		expect(info.Title).toBe('Actieplan Hogeschool <Test> & "Co"');
		expect(info['Page size']).toContain('(A4)');
		expect(info.CreationDate).toContain('2025');
		expect(nl.toString('latin1')).toContain('/Lang (nl-NL)');
	});

	it('starts with a cover: what it is, the title, institution, level, instrument and date, without a footer', () => {
		const cover = squash(pdfPages(nl)[0]!);
		for (const text of ['Actieplan', 'Actieplan Hogeschool <Test> & "Co"', 'Instelling', 'Hogeschool Voorbeeld & Zn.', 'Niveau', 'Opleiding: Bachelor Ελληνικά', 'Instrument', 'Blend je onderwijs (versie 1)', 'Datum', '31 januari 2025']) {
			expect(cover).toContain(text);
		}
		expect(cover).not.toContain('Pagina');
		expect(cover).not.toContain('Samenvatting');
	});

	it('then summarises on one page: largest gaps, priorities with reasons, who does what by when', () => {
		const summary = pdfPages(nl)[1]!;
		expect(summary).toMatch(/^\s*Samenvatting/);
		for (const text of ['Grootste GAP’s', 'Onderwijsvisie', 'Prioriteiten', 'Waarom', 'Wie doet wat, wanneer', 'Jan de Vries', '1 maart 2025', 'Pagina 2 van']) {
			expect(summary).toContain(text);
		}
		expect(squash(summary)).toContain(squash(HOSTILE.minus));
		// The details start on the next page.
		expect(summary).not.toContain('GAP-analyse');
		expect(pdfPages(nl)[2]).toContain('Waar we staan en waar we naartoe willen');
	});

	it('writes dates and column headers in Dutch, never an ISO date or "Deadline"', () => {
		for (const text of ['GAP-analyse', 'Actiepunten', 'Eigenaar', 'Streefdatum', '1 maart 2025', '30 juni 2025']) expect(nlText).toContain(text);
		expect(nlText).not.toContain('Deadline');
		expect(nlText).not.toMatch(/\d{4}-\d{2}-\d{2}/);
	});

	it('draws the chart with its legend and phase axis, and svg-to-pdfkit warns about nothing', () => {
		for (const text of ['Waar we nu staan', 'Waar we naartoe willen', 'Fase 1', 'Fase 2', 'Fase 3', 'weet ik niet', 'niet ingevuld']) {
			expect(nlText).toContain(text);
		}
		expect(warnings).toEqual([]);
	});

	it('writes factor names, action point texts, success criteria, owners and statuses', () => {
		// In reading order, so a cell's wrapped lines follow each other.
		const text = squash(pdfPages(nl, { layout: false }).join(' '));
		for (const value of [
			'Gelukt als: Vastgesteld door het MT',
			'Onderwijsvisie',
			'Tijd en ruimte',
			'Ondersteuning van docenten',
			'Jan de Vries',
			'@eigenaar',
			'Bezig',
			'Afgerond',
			'1 maart 2025'
		]) {
			expect(text).toContain(value);
		}
		expect(text).toContain('Studiedag over de');
		expect(text).toContain('Budget € 5.000 aanvragen');
	});

	it('writes a script tag and formulas literally, as text', () => {
		expect(nlText).toContain(HOSTILE.script);
		expect(nlText).toContain(HOSTILE.hyperlink);
		expect(nlText).toContain('@SUM(1+1)');
	});

	it('renders accented, Polish and Greek text and the euro sign with the embedded font', () => {
		expect(squash(nlText)).toContain('Zażółć gęślą jaźń');
		expect(nlText).toContain('Ελληνικά');
		expect(nl.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
	});

	it('drops control characters instead of printing boxes, and shows full-width forms as ASCII', () => {
		expect(nlText).toContain('Bel de decaan');
		expect(nlText).not.toContain('\u0007');
		expect(nlText).toMatch(/=1\+1\s+30 juni 2025/);
	});

	it('sorts the GAP table by gap, largest first', () => {
		const table = nlText.slice(nlText.indexOf('GAP-analyse'), nlText.indexOf('Eigen vragen'));
		const order = ['Onderwijsvisie', 'Tijd en ruimte', 'alert(1)', 'Fysieke en digitale', 'Café', 'Ondersteuning'].map((name) =>
			table.indexOf(name)
		);
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('contains no link, launch action or script, whatever the user typed', () => {
		const raw = nl.toString('latin1');
		for (const key of ['/URI', '/Launch', '/JavaScript', '/GoToR', '/EmbeddedFile']) expect(raw).not.toContain(key);
	});

	it('gives the same bytes for the same plan', async () => {
		expect((await planToPdf(planFixture('nl'))).equals(nl)).toBe(true);
	});

	it('writes an English plan in English', async () => {
		const en = await planToPdf(planFixture('en'));
		const text = pdfPages(en).join('\n');
		for (const value of [
			'Action plan',
			'Institution',
			'Summary',
			'Who does what, by when',
			'31 January 2025',
			'1 March 2025',
			'Due date',
			'GAP analysis',
			'Action points',
			'Where we are now',
			'Phase 3',
			"don't know",
			'Educational vision',
			'Owner',
			'Page 2 of'
		]) {
			expect(text).toContain(value);
		}
		expect(text).not.toContain('Actiepunten');
		expect(en.toString('latin1')).toContain('/Lang (en-GB)');
	});

	it('breaks a long plan over pages, repeating the table header and numbering every page', async () => {
		const base = planFixture('nl');
		const longText = `${'Een zeer lange toelichting. '.repeat(150)}EINDE-VAN-DE-TEKST`;
		const doc: PlanDocument = {
			...base,
			actionPoints: [
				...Array.from({ length: 60 }, (_, i) => ({ ...base.actionPoints[1]!, id: `many-${i}`, text: `Actiepunt nummer ${i + 1}` })),
				{ ...base.actionPoints[1]!, id: 'long', text: longText }
			]
		};
		const pages = pdfPages(await planToPdf(doc));
		expect(pages.length).toBeGreaterThanOrEqual(5);
		pages.slice(1).forEach((page, i) => expect(page).toContain(`Pagina ${i + 2} van ${pages.length}`));
		expect(strandedHeadings(pages, planHeadings(doc), /Pagina \d+ van/)).toEqual([]);
		// The summary lists the first ten points and says how many more the details hold.
		expect(pages[1]).toContain('En nog 51 actiepunten: zie Actiepunten.');
		const all = pages.join('\n');
		for (let i = 1; i <= 60; i++) expect(all).toContain(`Actiepunt nummer ${i}`);
		expect(all).toContain('EINDE-VAN-DE-TEKST');
		// Every page the action point table continues on starts again with its header row.
		const continued = pages.filter((page) => page.includes('Actiepunt nummer') && !page.includes('Prioriteiten'));
		expect(continued.length).toBeGreaterThan(0);
		// No point has a due date, so the table has no due date column.
		for (const page of continued) expect(page).toMatch(/Actiepunt\s+Factoren\s+Eigenaar\s+Status/);
	});

	it('produces a valid PDF for a plan without rows, priorities or action points', async () => {
		const text = pdfPages(await planToPdf(emptyPlanFixture('nl'))).join('\n');
		expect(text).toContain('Actieplan');
		expect(text).toContain('Geen enkele factor heeft een GAP.');
		expect(text).toContain('Pagina 2 van 3');
	});
});

describe('planToPdf, laid out for a board', () => {
	for (const language of ['nl', 'en'] as const) {
		it(`keeps every long word and role name whole, and no heading at the foot of a page (${language})`, async () => {
			for (const doc of [realisticPlan(language), { ...realisticPlan(language, { workshop: true, people: 12 }), reflections: workshopPlanFixture(language).reflections }]) {
				const body = await planToPdf(doc);
				const text = squash(pdfPages(body, { layout: false }).join(' '));
				for (const word of ['Opleidingsmanager', 'Kwaliteitszorgmedewerker', 'Onderwijsontwikkelaars', 'onderwijscoördinator', 'opleidingscommissie']) expect(text).toContain(word);
				// The role names and owners are Dutch in both; factor names and headers follow the language.
				const present = LONG_WORDS.filter((word) => JSON.stringify(doc).includes(word) || JSON.stringify(messages(language).export).includes(word));
				expect(present.length).toBeGreaterThanOrEqual(language === 'nl' ? LONG_WORDS.length : 6);
				expect(brokenWords(body, present)).toEqual([]);
				expect(strandedHeadings(pdfPages(body), planHeadings(doc), /(Pagina|Page) \d+ (van|of)/)).toEqual([]);
			}
		});
	}

	it('names the participants of a workshop on the cover', async () => {
		const cover = pdfPages(await planToPdf(realisticPlan('nl', { workshop: true, people: 12 })))[0]!;
		expect(cover).toMatch(/Deelnemers\s+12/);
		expect(cover).toContain('7 december 2026');
	});

	it('leaves out a column that is empty in every row', async () => {
		const doc = realisticPlan('nl');
		const bare = { ...doc, actionPoints: doc.actionPoints.map((point) => ({ ...point, factorNames: [] })) };
		const text = pdfPages(await planToPdf(bare)).join('\n');
		expect(text).toMatch(/Actiepunt\s+Eigenaar\s+Streefdatum\s+Status/);
		expect(text).not.toContain('Factoren');
	});

	it('renders to a PNG per page (what we look at before a release)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'blendwijzer-png-'));
		try {
			const body = await planToPdf(realisticPlan('nl'));
			const file = join(dir, 'plan.pdf');
			writeFileSync(file, body);
			execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '30', file, join(dir, 'page')]);
			expect(readdirSync(dir).filter((name) => name.endsWith('.png'))).toHaveLength(Number(pdfInfo(body).Pages));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('planToPdf for a workshop', () => {
	it('ends with step 5: each part, then each question with its answer, in the document’s order', async () => {
		const doc = workshopPlanFixture('nl');
		const text = squash(pdfPages(await planToPdf(doc)).join('\n'));
		const expected = ['Terugblik en vooruitblik'];
		for (const group of reflectionGroups(doc)) expected.push(group.part, ...group.entries.flatMap((e) => [e.question, e.answer]));
		const start = text.indexOf(expected[0]!);
		expect(start).toBeGreaterThan(text.lastIndexOf('Actiepunten'));
		let from = start + expected[0]!.length;
		for (const line of expected.slice(1)) {
			const at = text.indexOf(squash(line), from);
			expect(at, line).toBeGreaterThanOrEqual(from);
			from = at + squash(line).length;
		}
		expect(text.slice(from).trim()).toMatch(/^Actieplan .* Pagina \d+ van \d+$/);
		expect(expected).toHaveLength(1 + 2 + 2 * doc.reflections!.length);
	});

	it('has no step-5 section for a scan’s plan', async () => {
		expect(pdfPages(await planToPdf(planFixture('nl'))).join('\n')).not.toContain('Terugblik');
	});
});
