import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/catalogue/csv';
import { readToolCsv, rowTool, toolsCsv, TOOL_CSV_HEADER } from './tool-csv';
import { baseTool, tool } from './test-tools';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the tool catalogue as CSV', () => {
	it('reads choices by their code or their Dutch or English name, and lists with any separator', () => {
		const read = readToolCsv(bytes('name,url,learning_types,synchrony,licence,availability,privacy,accessibility\r\nQuiz,https://quiz.example,"Oefenen; production",Asynchronous (in their own time),Gratis,on request,Not needed: no personal data,onbekend\r\n'), 'nl');
		expect(read).toEqual({
			ok: true,
			rows: [{ line: 2, id: null, raw: { name: 'Quiz', url: 'https://quiz.example', learningTypes: 'practice|production', synchrony: 'async', licence: 'free', availability: 'on-request', privacy: 'no-personal-data', accessibility: 'unknown' } }]
		});
	});

	it('leaves a column the file does not have out of the row, so an update keeps it', () => {
		const read = readToolCsv(bytes('name;url;learning_types;synchrony;licence;availability;privacy;accessibility\nPadlet;https://padlet.com;discussion;both;institution;all;agreement;meets\n'), 'en');
		if (!read.ok) throw new Error('not read');
		const made = rowTool(read.rows[0]!, baseTool, 'en');
		expect(made).toEqual({ ok: true, tool: { ...baseTool, learningTypes: ['discussion'] } });
		expect(rowTool(read.rows[0]!, undefined, 'en')).toMatchObject({ ok: false, problems: [{ line: 2, column: 'accessibility_url' }] });
	});

	it('names a problem across cells on the column the form names, with its line', () => {
		const read = readToolCsv(bytes('name;url;learning_types;synchrony;licence;availability;privacy;accessibility;group_min;group_max\n\nX;https://x.example;practice;sync;free;all;none;unknown;9;3\n'), 'en');
		if (!read.ok) throw new Error('not read');
		expect(rowTool(read.rows[0]!, undefined, 'en')).toEqual({ ok: false, problems: [{ line: 3, column: 'group_max', message: 'Line 3, column group_max: The upper limit is below the lower limit.' }] });
	});

	it('refuses an id that is not one, on its line and column', () => {
		const read = readToolCsv(bytes('id;name;url;learning_types;synchrony;licence;availability;privacy;accessibility\n12;X;https://x.example;practice;sync;free;all;none;unknown\n'), 'nl');
		expect(read).toMatchObject({ ok: false, problems: [{ line: 2, column: 'id' }] });
	});

	it('writes every column in codes, and reads back what it wrote', () => {
		const written = toolsCsv([tool({ id: '0f0e0d0c-0b0a-4908-8706-050403020100', notes: '=HYPERLINK("x")', groupMax: 30 })]);
		const read = readToolCsv(bytes(written), 'nl');
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		expect(read.rows[0]!.id).toBe('0f0e0d0c-0b0a-4908-8706-050403020100');
		expect(rowTool(read.rows[0]!, undefined, 'nl')).toEqual({ ok: true, tool: { ...baseTool, notes: '=HYPERLINK("x")', groupMax: 30 } });
		expect(written.startsWith('\uFEFF')).toBe(true);
		expect(parseCsv(bytes(written), 'nl')).toMatchObject({ ok: true, header: TOOL_CSV_HEADER });
	});
});
