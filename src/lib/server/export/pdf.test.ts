import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '$lib/plan/plan-document';
import { planToPdf } from './pdf';
import { emptyPlanFixture, HOSTILE, planFixture, workshopPlanFixture } from './test-fixture';
import { reflectionGroups } from './sections';

const dir = mkdtempSync(join(tmpdir(), 'blendwijzer-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function writePdf(body: Buffer): string {
	const file = join(dir, `plan-${++counter}.pdf`);
	writeFileSync(file, body);
	return file;
}

/** The PDF's text as poppler reads it back, one string per page. */
function pdfPages(body: Buffer): string[] {
	const text = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', writePdf(body), '-'], { encoding: 'utf8' });
	return text.split('\f').slice(0, -1);
}

function pdfInfo(body: Buffer): Record<string, string> {
	const out = execFileSync('/usr/bin/pdfinfo', ['-enc', 'UTF-8', writePdf(body)], { encoding: 'utf8' });
	return Object.fromEntries(out.split('\n').filter(Boolean).map((line) => {
		const colon = line.indexOf(':');
		return [line.slice(0, colon), line.slice(colon + 1).trim()];
	}));
}

/** Text with all runs of whitespace as one space, so a wrapped cell still reads as one text. */
const squash = (text: string) => text.replace(/\s+/g, ' ');

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

	it('writes the title block, section headings and column headers in Dutch', () => {
		for (const text of [
			'Actieplan Hogeschool <Test> & "Co"',
			'Instelling: Hogeschool Voorbeeld & Zn.',
			'Niveau: Opleiding: Bachelor Ελληνικά',
			'Datum: 31 januari 2025',
			'Instrument: Blend je onderwijs (versie 1)',
			'Waar we staan en waar we naartoe willen',
			'GAP-analyse',
			'Prioriteiten per categorie',
			'Actiepunten',
			'Eigenaar',
			'Deadline',
			'Pagina 1 van'
		]) {
			expect(nlText).toContain(text);
		}
	});

	it('draws the chart with its legend and phase axis, and svg-to-pdfkit warns about nothing', () => {
		for (const text of ['Waar we nu staan', 'Waar we naartoe willen', 'Fase 1', 'Fase 2', 'Fase 3', 'weet ik niet', 'niet ingevuld']) {
			expect(nlText).toContain(text);
		}
		expect(warnings).toEqual([]);
	});

	it('writes factor names, action point texts, success criteria, owners and statuses', () => {
		const text = squash(nlText);
		for (const value of [
			'Gelukt als: Vastgesteld door het MT',
			'Onderwijsvisie',
			'Tijd en ruimte',
			'Ondersteuning van docenten',
			'Jan de Vries',
			'@eigenaar',
			'Bezig',
			'Afgerond',
			'2025-03-01'
		]) {
			expect(text).toContain(value);
		}
		expect(text).toContain('Studiedag over de');
		expect(text).toContain('Budget € 5.000 aanvragen');
	});

	it('writes a script tag and formulas literally, as text', () => {
		expect(nlText).toContain(`Prioriteit: ${HOSTILE.script}`);
		expect(nlText).toContain(HOSTILE.hyperlink);
		expect(nlText).toContain('@SUM(1+1)');
	});

	it('renders accented, Polish and Greek text and the euro sign with the embedded font', () => {
		expect(nlText).toContain(`Waarom: =1+1 ${HOSTILE.unicode}`);
		expect(nl.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
	});

	it('drops control characters instead of printing boxes, and shows full-width forms as ASCII', () => {
		expect(nlText).toContain('Bel de decaan');
		expect(nlText).not.toContain('\u0007');
		expect(nlText).toMatch(/2025-06-30/);
		expect(nlText).toMatch(/=1\+1\s+2025-06-30/);
	});

	it('sorts the GAP table by gap, largest first', () => {
		const table = nlText.slice(nlText.indexOf('GAP-analyse'), nlText.indexOf('Prioriteiten per categorie'));
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
			'Institution: Hogeschool Voorbeeld & Zn.',
			'Date: 31 January 2025',
			'GAP analysis',
			'Action points',
			'Where we are now',
			'Phase 3',
			"don't know",
			'Educational vision',
			'Owner',
			'Page 1 of'
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
		expect(pages.length).toBeGreaterThanOrEqual(4);
		pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} van ${pages.length}`));
		const all = pages.join('\n');
		for (let i = 1; i <= 60; i++) expect(all).toContain(`Actiepunt nummer ${i}`);
		expect(all).toContain('EINDE-VAN-DE-TEKST');
		// Every page the action point table continues on starts again with its header row.
		const continued = pages.filter((page) => page.includes('Actiepunt nummer') && !page.includes('Prioriteiten'));
		expect(continued.length).toBeGreaterThan(0);
		for (const page of continued) expect(page).toMatch(/Actiepunt\s+Factoren\s+Eigenaar\s+Deadline\s+Status/);
	});

	it('produces a valid PDF for a plan without rows, priorities or action points', async () => {
		const text = pdfPages(await planToPdf(emptyPlanFixture('nl'))).join('\n');
		expect(text).toContain('Actieplan');
		expect(text).toContain('Pagina 1 van 1');
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
