import { describe, expect, it } from 'vitest';
import { downloadName, slugify } from './filename';

describe('slugify', () => {
	it('drops accents, lowercases and joins words with single hyphens, at most 60 characters', () => {
		expect(slugify('  Café Ŀlibre & Zoë  ')).toBe('cafe-llibre-zoe');
		expect(slugify('x'.repeat(100))).toHaveLength(60);
		expect(slugify(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
	});
});

describe('downloadName', () => {
	it('joins the words, the slug and the day, and leaves out what is empty', () => {
		expect(downloadName('rapport', 'brede-scan', '2026-03-01T12:00:00.000Z', 'pdf')).toBe('rapport-brede-scan-2026-03-01.pdf');
		expect(downloadName('report', '', 'not a date', 'json')).toBe('report.json');
	});
});
