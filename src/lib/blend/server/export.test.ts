import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import { brokenWords, pdfPages, squash } from '$lib/server/export/pdf-reader';
import { parseCsv } from '$lib/server/export/csv-reader';
import { DESIGN_TEMPLATES } from '$lib/blend/data/templates';
import * as designs from './designs';
import { designDocument } from './document';
import { designToCsv, designToDocx, designToPdf, designToXlsx, type DesignDocument } from './export';

const example = DESIGN_TEMPLATES.find((t) => t.key === 'voorbeeld-onderzoek')!.design.nl;

describe('a course design’s exports', () => {
	let t: TestDb;
	let doc: DesignDocument;

	beforeAll(async () => {
		t = await openTestDb('sqlite');
		const institutionId = (await institutions.create(t.db, 'Hogeschool Export')).id;
		const ada = await users.create(t.db, { institutionId, email: 'ada@example.nl', name: 'Ada', passwordHash: 'x', role: 'facilitator' });
		const id = await designs.create(t.db, ada, { title: 'Praktijkgericht onderzoek', period: 'Periode 2', studyLoad: { unit: 'ec', amount: 5 }, weeks: 8, outcomes: [], unitId: null }, example);
		doc = await designDocument(t.db, await designs.designForUser(t.db, ada, id), 'nl', new Date('2026-12-07T10:00:00Z'));
	});
	afterAll(() => t.destroy());

	it('holds every activity of the page once, in the page’s order, in the PDF — and no broken words', async () => {
		const warnings: string[] = [];
		const pdf = await designToPdf(doc, { onWarning: (w) => warnings.push(w) });
		expect(warnings).toEqual([]);
		const text = squash(pdfPages(pdf).join(' ').replace(/Praktijkgericht onderzoek Pagina \d+ van \d+/g, ''));
		// The activities' section, from its heading to the next: each activity once, in the page's order.
		const section = text.slice(text.indexOf('Leeractiviteiten'), text.indexOf('Leeruitkomsten en activiteiten'));
		let from = 0;
		doc.view.activities.forEach((a, i) => {
			const title = `${i + 1}. ${a.title}`;
			const at = section.indexOf(title, from);
			expect(at, title).toBeGreaterThan(-1);
			expect(section.indexOf(title, at + title.length), `${title} twice`).toBe(-1);
			from = at;
		});
		expect(section.match(/\d+\. /g)?.length).toBe(doc.view.activities.length);
		expect(text).toContain('Gepland: 136 uur, dat past bij de studielast van 140 uur.');
		expect(text).toContain('Online: 60% (81 uur).');
		expect(brokenWords(pdf, ['Kennisclip', 'onderzoeksvragen', 'Samenleving', 'Onderzoeksplan', 'studielast', 'Interviews', 'opdrachtgever'])).toEqual([]);
	});

	it('holds every activity, the figures and the principles in the Word file', async () => {
		const zip = await JSZip.loadAsync(await designToDocx(doc));
		const xml = await zip.file('word/document.xml')!.async('string');
		for (const a of doc.view.activities) expect(xml).toContain(a.title);
		expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png')).length).toBe(4);
		for (const p of doc.view.principles) expect(xml).toContain(p.title);
	});

	it('gives Excel the activities with hours as numbers and the shares as fractions', async () => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await designToXlsx(doc)) as unknown as ArrayBuffer);
		const sheet = workbook.getWorksheet('Activiteiten')!;
		const titles = sheet.getColumn(2).values.slice(2);
		expect(titles).toEqual(doc.view.activities.map((a) => a.title));
		expect(sheet.getColumn(8).values.slice(2)).toEqual(doc.view.activities.map((a) => a.hours));
		const shares = workbook.getWorksheet('Blend')!;
		expect(shares.getRow(2).values).toEqual([undefined, 'Leeromgeving', 'Online', 81, 0.596]);
	});

	it('gives one tidy CSV whose activity rows are the page’s activities and whose share rows add up to the planned hours', () => {
		const rows = parseCsv(designToCsv(doc).toString('utf8').replace(/^\uFEFF/, ''));
		const [header, ...body] = rows;
		const col = (name: string) => header!.indexOf(name);
		const activities = body.filter((r) => r[col('Soort rij')] === 'activiteit');
		expect(activities.map((r) => r[col('Activiteit')])).toEqual(doc.view.activities.map((a) => a.title));
		const environmentHours = body.filter((r) => r[col('Soort rij')] === 'aandeel' && r[col('Indeling')] === 'Leeromgeving').reduce((s, r) => s + Number(r[col('Uren')]), 0);
		expect(environmentHours).toBe(136);
	});
});
