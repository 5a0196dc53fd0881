import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { planToXlsx } from './xlsx';
import { emptyPlanFixture, HOSTILE, planFixture, workshopPlanFixture } from './test-fixture';
import { inertCell } from '$lib/export/inert';

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(body as unknown as ArrayBuffer);
	return workbook;
}

function rowValues(sheet: ExcelJS.Worksheet, rowNumber: number): unknown[] {
	const row = sheet.getRow(rowNumber);
	return Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value);
}

function allCells(workbook: ExcelJS.Workbook): ExcelJS.Cell[] {
	const cells: ExcelJS.Cell[] = [];
	workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
	return cells;
}

describe('planToXlsx', () => {
	let body: Buffer;
	let workbook: ExcelJS.Workbook;
	beforeAll(async () => {
		body = await planToXlsx(planFixture('nl'));
		workbook = await readWorkbook(body);
	});

	it('has the sheets Antwoorden, Prioriteiten, Actiepunten and, with own questions, Eigen vragen', () => {
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Antwoorden', 'Prioriteiten', 'Actiepunten', 'Eigen vragen']);
		expect(workbook.title).toBe('Actieplan Hogeschool <Test> & "Co"');
	});

	it('gives every sheet a bold, frozen header row with a filter', () => {
		for (const sheet of workbook.worksheets) {
			expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
			expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
			expect(sheet.autoFilter).toBeTruthy();
			sheet.columns.forEach((column) => expect(column.width).toBeGreaterThanOrEqual(8));
		}
		expect(rowValues(workbook.getWorksheet('Antwoorden')!, 1)).toEqual([
			'Categorie',
			'Factor',
			'Waar we nu staan',
			'Waar we naartoe willen',
			'GAP',
			'Wat is daarvoor nodig'
		]);
	});

	it('writes the answers in instrument order with phases and gaps as numbers', () => {
		const sheet = workbook.getWorksheet('Antwoorden')!;
		expect(sheet.rowCount).toBe(7);
		expect(rowValues(sheet, 2)).toEqual(['Visie & "beleid" <b>', 'Onderwijsvisie', 1, 3, 2, `'${HOSTILE.hyperlink}`]);
		expect(rowValues(sheet, 3).slice(1, 5)).toEqual([HOSTILE.script, 2, 2, 0]);
		expect(rowValues(sheet, 4).slice(1, 5)).toEqual([HOSTILE.unicode, 'weet ik niet', 3, null]);
		expect(rowValues(sheet, 5).slice(1, 6)).toEqual(['Ondersteuning van docenten', '—', '—', null, null]);
		expect(rowValues(sheet, 6)[4]).toBe(-1);
	});

	it('writes the priorities and the action points with a real date', () => {
		expect(rowValues(workbook.getWorksheet('Prioriteiten')!, 2)).toEqual(['Visie & "beleid" <b>', HOSTILE.script, `'${HOSTILE.minus}`]);
		const points = workbook.getWorksheet('Actiepunten')!;
		expect(points.rowCount).toBe(5);
		expect(rowValues(points, 3)).toEqual([
			'Visie & "beleid" <b>',
			`Studiedag over de ${HOSTILE.script} visie & "blended" onderwijs`,
			'Onderwijsvisie',
			'Jan de Vries',
			null,
			'Bezig',
			`'${HOSTILE.plus}`
		]);
		expect(points.getCell('E2').value).toEqual(new Date('2025-03-01T00:00:00Z'));
		// Shown with the month written out, in the reader's own Excel language.
		expect(points.getCell('E2').numFmt).toBe('d mmmm yyyy');
	});

	it('heads every column with what is in it: one kind of value per column', () => {
		expect(rowValues(workbook.getWorksheet('Antwoorden')!, 1)).toEqual(['Categorie', 'Factor', 'Waar we nu staan', 'Waar we naartoe willen', 'GAP', 'Wat is daarvoor nodig']);
		expect(rowValues(workbook.getWorksheet('Prioriteiten')!, 1)).toEqual(['Categorie', 'Factor', 'Waarom deze prioriteit']);
		expect(rowValues(workbook.getWorksheet('Actiepunten')!, 1)).toEqual(['Categorie', 'Actiepunt', 'Gekoppelde factoren', 'Eigenaar', 'Streefdatum', 'Status', 'Succescriterium']);
	});

	it('writes =HYPERLINK("http://x") as a string cell starting with a quote, never as a formula', () => {
		const cell = workbook.getWorksheet('Actiepunten')!.getCell('B2');
		expect(cell.type).toBe(ExcelJS.ValueType.String);
		expect(cell.value).toBe(`'${HOSTILE.hyperlink}`);
		expect(cell.formula).toBeUndefined();
	});

	it('makes every cell that could start a formula inert, in every sheet', () => {
		const dangerous = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;
		for (const cell of allCells(workbook)) {
			expect(cell.type === ExcelJS.ValueType.Formula).toBe(false);
			if (typeof cell.value === 'string') expect(dangerous.test(cell.value)).toBe(false);
		}
		const texts = allCells(workbook).map((cell) => cell.value);
		for (const text of [HOSTILE.plus, HOSTILE.at, '@eigenaar', HOSTILE.fullWidth]) expect(texts).toContain(`'${text}`);
		expect(texts).toContain(`'${HOSTILE.tab} ${HOSTILE.unicode}`);
	});

	it('contains no formula element in any sheet file', async () => {
		const zip = await JSZip.loadAsync(body);
		const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
		expect(sheets).toHaveLength(4);
		for (const name of sheets) expect(await zip.file(name)!.async('string')).not.toMatch(/<f[ >]/);
	});

	it('drops characters XML cannot hold', () => {
		const texts = allCells(workbook).map((cell) => String(cell.value));
		expect(texts).toContain('Bel de decaan');
		expect(texts.join('')).not.toContain('\u0007');
	});

	it('names sheets and headers in English for an English plan', async () => {
		const en = await readWorkbook(await planToXlsx(planFixture('en')));
		expect(en.worksheets.map((sheet) => sheet.name)).toEqual(['Answers', 'Priorities', 'Action points', 'Own questions']);
		expect(rowValues(en.getWorksheet('Action points')!, 1)).toEqual(['Category', 'Action point', 'Linked factors', 'Owner', 'Due date', 'Status', 'Success criterion']);
		expect(rowValues(en.getWorksheet('Priorities')!, 1)).toEqual(['Category', 'Factor', 'Why this priority']);
		expect(rowValues(en.getWorksheet('Answers')!, 4)[2]).toBe("don't know");
	});

	it('writes a plan without rows or action points as header rows only', async () => {
		const empty = await readWorkbook(await planToXlsx(emptyPlanFixture('nl')));
		expect(empty.worksheets.map((sheet) => sheet.rowCount)).toEqual([1, 1, 1]);
	});
});

describe('planToXlsx for a workshop', () => {
	it('puts step 5 on a sheet of its own after the others: part, question and answer, row for row', async () => {
		const doc = workshopPlanFixture('nl');
		const book = await readWorkbook(await planToXlsx(doc));
		expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Antwoorden', 'Prioriteiten', 'Actiepunten', 'Eigen vragen', 'Terugblik en vooruitblik']);
		const sheet = book.getWorksheet('Terugblik en vooruitblik')!;
		expect(rowValues(sheet, 1)).toEqual(['Deel', 'Vraag', 'Antwoord']);
		const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => rowValues(sheet, i + 2));
		expect(rows).toEqual(doc.reflections!.map((r) => [r.part, r.question, inertCell(r.answer)]));
	});
});
