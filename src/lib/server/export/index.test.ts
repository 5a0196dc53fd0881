import { describe, expect, it } from 'vitest';
import { exportFilename, planExports } from './index';
import { planFixture } from './test-fixture';

describe('planExports', () => {
	it.each([
		['pdf', 'application/pdf', '%PDF-'],
		['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK\u0003\u0004'],
		['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK\u0003\u0004'],
		['csv', 'text/csv; charset=utf-8', '\u00ef\u00bb\u00bf']
	] as const)('exports %s with its content type and a file of that kind', async (format, contentType, magic) => {
		const file = await planExports.render(planFixture('nl'), format);
		expect(file.contentType).toBe(contentType);
		expect(file.body.subarray(0, magic.length).toString('latin1')).toBe(magic);
		expect(file.filename).toBe(`actieplan-hogeschool-test-co-2025-01-31.${format}`);
	});

	it('offers exactly the four formats', () => {
		expect(planExports.formats).toEqual(['pdf', 'docx', 'xlsx', 'csv']);
		expect(planExports.accepts('pdf')).toBe(true);
		expect(planExports.accepts('json')).toBe(false);
		expect(planExports.accepts(undefined)).toBe(false);
	});
});

describe('exportFilename', () => {
	it('names the file by the plan title and date in the plan language', () => {
		expect(exportFilename(planFixture('en'), 'pdf')).toBe('action-plan-university-test-co-2025-01-31.pdf');
		expect(exportFilename(planFixture('nl', 'Werkgroep Blended 2025'), 'xlsx')).toBe('actieplan-werkgroep-blended-2025-2025-01-31.xlsx');
	});

	it('keeps only safe ASCII, whatever the title holds', () => {
		for (const title of [
			'../../etc/passwd',
			'a"; filename=evil.exe',
			'x\r\nSet-Cookie: y',
			'<script>alert(1)</script>',
			'Zażółć gęślą jaźń'
		]) {
			expect(exportFilename(planFixture('nl', title), 'docx')).toMatch(/^actieplan-[a-z0-9-]*2025-01-31\.docx$/);
		}
		expect(exportFilename(planFixture('nl', 'Zażółć gęślą jaźń'), 'csv')).toBe('actieplan-zazolc-gesla-jazn-2025-01-31.csv');
	});

	it('leaves the slug out when the title has no usable characters', () => {
		expect(exportFilename(planFixture('nl', ''), 'pdf')).toBe('actieplan-2025-01-31.pdf');
		expect(exportFilename(planFixture('en', 'Ελληνικά'), 'pdf')).toBe('action-plan-2025-01-31.pdf');
	});
});
