import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inertCell, xmlSafeText } from '$lib/export/inert';
import { MAX_CSV_BYTES, MAX_CSV_ROWS, columnReaders, csvProblem, csvText, parseCsv, readCsvRows, type CsvColumn } from './csv';

const bytes = (text: string) => new TextEncoder().encode(text);
const BOM = '\uFEFF';

interface Room {
	name: string;
	capacity: number;
	bookable?: boolean;
	link?: string | null;
	layouts?: string[];
}

const LAYOUTS = ['rows', 'islands', 'u-shape'] as const;
const columns: CsvColumn<unknown>[] = [
	{ name: 'name', required: true, read: columnReaders.text(100) },
	{ name: 'capacity', required: true, read: columnReaders.integer(1, 500) },
	{ name: 'bookable', required: false, read: columnReaders.boolean() },
	{ name: 'link', required: false, read: columnReaders.optional(columnReaders.url()) },
	{ name: 'layouts', required: false, read: columnReaders.listOf(LAYOUTS, { islands: ['eilanden'], rows: ['rijen'] }) }
];
const room = (values: Record<string, unknown>) => values as unknown as Room;
const read = (text: string, language: 'nl' | 'en' = 'nl') => readCsvRows(bytes(text), columns, language, room);

describe('parseCsv', () => {
	it('reads a semicolon file as Dutch Excel writes it, with a BOM and CRLF', () => {
		expect(parseCsv(bytes(`${BOM}name;capacity\r\nZaal 1;30\r\nZaal 2;12\r\n`), 'nl')).toEqual({ ok: true, header: ['name', 'capacity'], rows: [['Zaal 1', '30'], ['Zaal 2', '12']] });
	});

	it('reads a comma file without a BOM and with LF line ends', () => {
		expect(parseCsv(bytes('name,capacity\nZaal 1,30\nZaal 2,12'), 'nl')).toEqual({ ok: true, header: ['name', 'capacity'], rows: [['Zaal 1', '30'], ['Zaal 2', '12']] });
	});

	it('tells the separator from the header, so commas in a semicolon file stay in their field', () => {
		expect(parseCsv(bytes('name;note\nZaal 1;ramen, deur, bord\n'), 'nl')).toEqual({ ok: true, header: ['name', 'note'], rows: [['Zaal 1', 'ramen, deur, bord']] });
	});

	it('reads quoted fields with separators, line breaks and doubled quotes inside', () => {
		const parsed = parseCsv(bytes('name;note\r\n"Zaal ""A""; west";"regel 1\r\nregel 2\nregel 3"\r\n"";x\r\n'), 'nl');
		expect(parsed).toEqual({ ok: true, header: ['name', 'note'], rows: [['Zaal "A"; west', 'regel 1\r\nregel 2\nregel 3'], ['', 'x']] });
	});

	it('skips blank lines and lines of only separators, as spreadsheets leave them', () => {
		expect(parseCsv(bytes('name;capacity\n\nZaal 1;30\n;\n  \n'), 'nl')).toEqual({ ok: true, header: ['name', 'capacity'], rows: [['Zaal 1', '30']] });
	});

	it('refuses Windows-1252 bytes, saying on which line and what to do', () => {
		const file = Uint8Array.from([...bytes('name;capacity\nZaal 1;30\nCaf'), 0xe9, ...bytes(';12\n')]);
		const parsed = parseCsv(file, 'nl');
		expect(parsed).toEqual({ ok: false, problems: [{ line: 3, column: null, message: expect.stringMatching(/^Regel 3: het bestand is geen UTF-8 \(byte 28\)\. Sla het in Excel op als “CSV UTF-8/) }] });
		expect(parseCsv(file, 'en')).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/^Line 3: the file is not UTF-8 \(byte 28\)\. In Excel, save it as “CSV UTF-8/) }] });
	});

	it('refuses overlong and surrogate UTF-8 forms too', () => {
		expect(parseCsv(Uint8Array.from([0x61, 0x0a, 0xc0, 0xaf]), 'nl')).toMatchObject({ ok: false, problems: [{ line: 2 }] });
		expect(parseCsv(Uint8Array.from([0x61, 0x0a, 0x62, 0xed, 0xa0, 0x80]), 'nl')).toMatchObject({ ok: false, problems: [{ line: 2, message: expect.stringContaining('byte 4') }] });
	});

	it('refuses a quote that is never closed, naming the line it opens on', () => {
		expect(parseCsv(bytes('name;note\nZaal 1;ok\nZaal 2;"begint\nen stopt niet\n'), 'nl')).toEqual({
			ok: false,
			problems: [{ line: 3, column: null, message: 'Regel 3: een veld begint met een aanhalingsteken (") dat niet wordt gesloten.' }]
		});
	});

	it('refuses text after a closing quote, and rows with another number of fields than the header, every one of them', () => {
		expect(parseCsv(bytes('name;capacity\n"Zaal"1;30\nZaal 2\nZaal 3;30;extra\nZaal 4;30\n'), 'en')).toEqual({
			ok: false,
			problems: [{ line: 2, column: null, message: 'Line 2: the closing quote (") is not followed by a separator.' }]
		});
		expect(parseCsv(bytes('name;capacity\nZaal 2\nZaal 3;30;extra\nZaal 4;30\n'), 'nl')).toEqual({
			ok: false,
			problems: [
				{ line: 2, column: null, message: 'Regel 2: deze regel heeft 1 veld, de kopregel 2.' },
				{ line: 3, column: null, message: 'Regel 3: deze regel heeft 3 velden, de kopregel 2.' }
			]
		});
	});

	it('counts lines inside quoted fields, so a problem after them names the right line', () => {
		expect(parseCsv(bytes('name;note\n"Zaal\n1";"a\nb\nc"\nZaal 2\n'), 'nl')).toMatchObject({ ok: false, problems: [{ line: 6 }] });
	});

	it('refuses an empty file', () => {
		expect(parseCsv(bytes(`${BOM}\r\n`), 'nl')).toEqual({ ok: false, problems: [{ line: null, column: null, message: 'Het bestand is leeg; de eerste regel moet de kolomnamen bevatten.' }] });
	});

	it(`takes ${MAX_CSV_ROWS.toLocaleString('en')} rows and refuses ${(MAX_CSV_ROWS + 1).toLocaleString('en')}`, () => {
		const file = (n: number) => bytes('name;capacity\n' + Array.from({ length: n }, (_, i) => `Zaal ${i};30\n`).join(''));
		const most = parseCsv(file(MAX_CSV_ROWS), 'nl');
		expect(most.ok && most.rows.length).toBe(MAX_CSV_ROWS);
		expect(parseCsv(file(MAX_CSV_ROWS + 1), 'nl')).toEqual({
			ok: false,
			problems: [{ line: null, column: null, message: 'Het bestand heeft meer dan 5000 regels onder de kopregel. Deel het op in kleinere bestanden.' }]
		});
	});

	it('refuses a file larger than 2 MB before reading it', () => {
		expect(parseCsv(new Uint8Array(MAX_CSV_BYTES + 1).fill(0x61), 'en')).toEqual({
			ok: false,
			problems: [{ line: null, column: null, message: 'The file is larger than 2 MB. Split it into smaller files.' }]
		});
	});
});

describe('readCsvRows', () => {
	it('builds a row from every line, with the columns read as their kind', () => {
		const result = read(`${BOM}Name;CAPACITY ;bookable;link;layouts\r\nZaal 1;30;ja;https://example.nl/zaal-1;"rijen, islands"\r\nZaal 2;12;;;\r\n`);
		expect(result).toEqual({
			ok: true,
			rows: [
				{ name: 'Zaal 1', capacity: 30, bookable: true, link: 'https://example.nl/zaal-1', layouts: ['rows', 'islands'] },
				{ name: 'Zaal 2', capacity: 12, bookable: false, link: null, layouts: [] }
			]
		});
	});

	it('leaves an optional column the file does not have out of the values, and gives build the line', () => {
		const lines: number[] = [];
		const result = readCsvRows(bytes('name;capacity\n\nZaal 1;30\n'), columns, 'nl', (values, line) => {
			lines.push(line);
			return values;
		});
		expect(result).toEqual({ ok: true, rows: [{ name: 'Zaal 1', capacity: 30 }] });
		expect(lines).toEqual([3]);
	});

	it('names a missing, an unknown, a doubled and an unnamed column, all at once', () => {
		const result = read('name;colour;name;;bookable\nZaal 1;rood;Zaal 1;x;ja\n');
		expect(result).toEqual({
			ok: false,
			problems: [
				{ line: 1, column: 'colour', message: 'Regel 1, kolom colour: deze kolom kennen we niet. Bekende kolommen: name, capacity, bookable, link, layouts.' },
				{ line: 1, column: 'name', message: 'Regel 1, kolom name: deze kolom staat meer dan één keer in de kopregel.' },
				{ line: 1, column: null, message: 'Regel 1: kolom 4 van de kopregel heeft geen naam.' },
				{ line: 1, column: 'capacity', message: 'Regel 1, kolom capacity: deze kolom ontbreekt in de kopregel.' }
			]
		});
	});

	it('ignores an unnamed column that is empty in every row', () => {
		expect(read('name;capacity;\nZaal 1;30;\n')).toEqual({ ok: true, rows: [{ name: 'Zaal 1', capacity: 30 }] });
	});

	it('reports every problem of every row with its line and column, and gives no rows', () => {
		const result = read('name;capacity;bookable;link;layouts\nZaal 1;-3;misschien;ftp://x;rijen\n;12;nee;;cirkel, eilanden, kring\nZaal 3;30;ja;;\n', 'nl');
		expect(result).toEqual({
			ok: false,
			problems: [
				{ line: 2, column: 'capacity', message: 'Regel 2, kolom capacity: moet een geheel getal van 1 tot en met 500 zijn, niet “-3”.' },
				{ line: 2, column: 'bookable', message: 'Regel 2, kolom bookable: moet ja of nee zijn, niet “misschien”.' },
				{ line: 2, column: 'link', message: 'Regel 2, kolom link: moet een webadres zijn dat met https:// of http:// begint, niet “ftp://x”.' },
				{ line: 3, column: 'name', message: 'Regel 3, kolom name: vul een waarde in.' },
				{ line: 3, column: 'layouts', message: 'Regel 3, kolom layouts: “cirkel”, “kring” kennen we niet. Kies uit: rows, islands, u-shape.' }
			]
		});
	});

	it('says the same in English', () => {
		expect(read('name;capacity\nZaal 1;12,5\n', 'en')).toEqual({
			ok: false,
			problems: [{ line: 2, column: 'capacity', message: 'Line 2, column capacity: must be a whole number from 1 to 500, not “12,5”.' }]
		});
	});

	it('reports header and row problems together, so one round of fixing is enough', () => {
		const result = read('name;kleur\n;rood\n');
		expect(result.ok === false && result.problems.map((p) => [p.line, p.column])).toEqual([
			[1, 'kleur'],
			[1, 'capacity'],
			[2, 'name']
		]);
	});
});

describe('csvText', () => {
	it('writes as every export of ours: BOM, semicolons, CRLF, every field quoted, quotes doubled', () => {
		expect(csvText(['name', 'capacity', 'bookable', 'note'], [['Zaal "A"', 30, true, null]])).toBe(`${BOM}"name";"capacity";"bookable";"note"\r\n"Zaal ""A""";"30";"true";""\r\n`);
	});

	it('puts a quote before a cell that starts like a formula, and reading takes exactly that quote off again', () => {
		const dangerous = ['=HYPERLINK("http://x")', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1', "'=1"];
		const text = csvText(['name', 'capacity'], dangerous.map((name) => [name, 1]));
		for (const name of dangerous) expect(text).toContain(`"'${name.replace(/"/g, '""')}"`);
		const back = readCsvRows(bytes(text), [{ name: 'name', required: true, read: (value) => ({ ok: true, value }) }, columns[1]!], 'nl', (values) => values.name);
		expect(back).toEqual({ ok: true, rows: dangerous });
	});

	it('keeps a quote a person typed at the start of a name', () => {
		const back = readCsvRows(bytes(csvText(['name', 'capacity'], [["'t Hart", 1]])), columns, 'nl', room);
		expect(back).toEqual({ ok: true, rows: [{ name: "'t Hart", capacity: 1 }] });
	});

	it('reads back whatever it wrote, for any text (round trip)', () => {
		const cell = fc.string({ unit: fc.oneof(fc.constantFrom('"', ';', ',', '\r', '\n', '\t', "'", '=', '+', '-', '@', 'é', '😀'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });
		const raw = { name: 'text', required: true, read: (value: string) => ({ ok: true as const, value }) };
		fc.assert(
			fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), (rows) => {
				// A row written blank in every cell is skipped on reading, as a spreadsheet's blank line is.
				const kept = rows.filter((row) => row.some((value) => inertCell(xmlSafeText(value)).trim() !== ''));
				const back = readCsvRows(bytes(csvText(['a', 'b'], rows)), [{ ...raw, name: 'a' }, { ...raw, name: 'b' }], 'nl', (values) => [values.a, values.b]);
				// The writer drops control characters no spreadsheet can hold (as every export does); everything else comes back.
				expect(back).toEqual({ ok: true, rows: kept.map((row) => row.map(xmlSafeText)) });
			}),
			{ numRuns: 500 }
		);
	});

	it('writes booleans that the boolean reader reads back', () => {
		const back = readCsvRows(bytes(csvText(['name', 'capacity', 'bookable'], [['A', 1, true], ['B', 2, false]])), columns, 'nl', room);
		expect(back).toEqual({ ok: true, rows: [{ name: 'A', capacity: 1, bookable: true }, { name: 'B', capacity: 2, bookable: false }] });
	});
});

describe('columnReaders', () => {
	it('reads text trimmed, and refuses an empty or too long one', () => {
		expect(columnReaders.text(5)('  Zaal ', 'nl')).toEqual({ ok: true, value: 'Zaal' });
		expect(columnReaders.text(5)('   ', 'nl')).toEqual({ ok: false, message: 'vul een waarde in.' });
		expect(columnReaders.text(3)('😀😀😀', 'nl')).toEqual({ ok: true, value: '😀😀😀' });
		expect(columnReaders.text(3)('Zaal', 'en')).toEqual({ ok: false, message: 'longer than 3 characters.' });
		expect(columnReaders.optionalText(3)(' ', 'nl')).toEqual({ ok: true, value: '' });
	});

	it('reads whole numbers within their range only', () => {
		const capacity = columnReaders.integer(1, 500);
		expect(capacity(' 30 ', 'nl')).toEqual({ ok: true, value: 30 });
		expect(capacity('+500', 'nl')).toEqual({ ok: true, value: 500 });
		for (const bad of ['0', '501', '-3', '12,5', '12.5', '1e2', 'dertig', '99999999999999999999']) expect(capacity(bad, 'nl').ok).toBe(false);
		expect(capacity('', 'nl')).toEqual({ ok: false, message: 'vul een waarde in.' });
		expect(columnReaders.optional(capacity)('', 'nl')).toEqual({ ok: true, value: null });
	});

	it('reads http and https addresses and e-mail addresses, nothing else', () => {
		expect(columnReaders.url()('https://example.nl/a?b=c', 'nl')).toEqual({ ok: true, value: 'https://example.nl/a?b=c' });
		for (const bad of ['javascript:alert(1)', 'example.nl', 'mailto:a@b.nl', `https://example.nl/${'a'.repeat(2000)}`]) expect(columnReaders.url()(bad, 'nl').ok).toBe(false);
		expect(columnReaders.email()(' Fien@Example.NL ', 'nl')).toEqual({ ok: true, value: 'fien@example.nl' });
		expect(columnReaders.email()('fien', 'en')).toEqual({ ok: false, message: 'must be an e-mail address, not “fien”.' });
	});

	it('reads yes and no as Dutch and English people and spreadsheets write them', () => {
		for (const yes of ['ja', 'Yes', 'TRUE', 'WAAR', '1', 'x']) expect(columnReaders.boolean()(yes, 'nl')).toEqual({ ok: true, value: true });
		for (const no of ['nee', 'No', 'FALSE', 'ONWAAR', '0', '']) expect(columnReaders.boolean()(no, 'nl')).toEqual({ ok: true, value: false });
	});

	it('reads one of a list of values by its value or another name, and gives the value', () => {
		const status = columnReaders.oneOf(['approved', 'pending'] as const, { approved: ['goedgekeurd'] });
		expect(status('Goedgekeurd', 'nl')).toEqual({ ok: true, value: 'approved' });
		expect(status('pending', 'nl')).toEqual({ ok: true, value: 'pending' });
		expect(status('misschien', 'nl')).toEqual({ ok: false, message: 'moet een van deze zijn: approved, pending; niet “misschien”.' });
		expect(status('', 'nl')).toEqual({ ok: false, message: 'vul een waarde in.' });
	});

	it('reads a list of values separated in any usual way, without doubles', () => {
		expect(columnReaders.listOf(LAYOUTS)('rows; islands | rows\nu-shape', 'nl')).toEqual({ ok: true, value: ['rows', 'islands', 'u-shape'] });
	});
});

describe('csvProblem', () => {
	it('puts the place in front of a caller’s own problem, in the user’s language', () => {
		expect(csvProblem('nl', 4, 'name', 'deze naam staat ook op regel 2.')).toEqual({ line: 4, column: 'name', message: 'Regel 4, kolom name: deze naam staat ook op regel 2.' });
		expect(csvProblem('en', null, 'name', 'x')).toEqual({ line: null, column: 'name', message: 'Column name: x' });
	});
});
