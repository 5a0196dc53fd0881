import { describe, expect, it } from 'vitest';
import { attachmentType, parseLink, safeFileName } from './attachment-types';

const bytes = (...values: Array<number | string>) =>
	new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...new TextEncoder().encode(v)] : [v])));

describe('attachment types', () => {
	it('accepts a PDF, a PNG and a Word file by extension and first bytes, with our content type', () => {
		expect(attachmentType('Handleiding.PDF', bytes('%PDF-1.7\n'))).toEqual({ extension: 'pdf', contentType: 'application/pdf' });
		expect(attachmentType('bloem.png', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))?.contentType).toBe('image/png');
		expect(attachmentType('plan.docx', bytes('PK', 3, 4, 'rest'))?.extension).toBe('docx');
		expect(attachmentType('notities.txt', bytes('Gewone tekst, één regel.'))?.contentType).toBe('text/plain; charset=utf-8');
	});

	it('refuses HTML, SVG and scripts, also when renamed to an allowed extension', () => {
		expect(attachmentType('pagina.html', bytes('<html></html>'))).toBeNull();
		expect(attachmentType('tekening.svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
		expect(attachmentType('stiekem.pdf', bytes('<html><script>alert(1)</script></html>'))).toBeNull();
		expect(attachmentType('stiekem.txt', bytes('  <!DOCTYPE html><script>alert(1)</script>'))).toBeNull();
		expect(attachmentType('stiekem.png', bytes('%PDF-1.7'))).toBeNull();
		expect(attachmentType('zonder-extensie', bytes('%PDF-1.7'))).toBeNull();
		expect(attachmentType('binair.txt', bytes('a', 0, 'b'))).toBeNull();
	});

	it('accepts only http and https links', () => {
		expect(parseLink(' https://example.nl/toolkit ')).toBe('https://example.nl/toolkit');
		expect(parseLink('javascript:alert(1)')).toBeNull();
		expect(parseLink('data:text/html,<b>x</b>')).toBeNull();
		expect(parseLink('geen link')).toBeNull();
	});

	it('makes a download name without quotes, slashes or control characters', () => {
		expect(safeFileName('../../etc/"passwd".pdf', 'pdf')).toBe('_.._etc_passwd_.pdf');
		expect(safeFileName('Één plan.docx', 'docx')).toBe('Één plan.docx');
		expect(safeFileName('".pdf', 'pdf')).toBe('_.pdf');
	});
});
