import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseFields, requiredLine } from './forms';

describe('a required line', () => {
	const title = requiredLine(10, 'Geef een titel.');

	it('takes a line of up to the limit, trimmed', () => {
		expect(title.parse('  Scan 2026 ')).toBe('Scan 2026');
		expect(title.safeParse('x'.repeat(10)).success).toBe(true);
	});

	it('refuses an empty line, only spaces, and one over the limit with the same message', () => {
		for (const value of ['', '   ', 'x'.repeat(11)]) {
			const parsed = title.safeParse(value);
			expect(parsed.success).toBe(false);
			expect(parsed.error!.issues.map((issue) => issue.message)).toEqual(['Geef een titel.']);
		}
	});

	it('measures the line after trimming, so spaces around it do not count against the limit', () => {
		expect(title.safeParse(`  ${'x'.repeat(10)}  `).success).toBe(true);
	});
});

describe('parsing form fields', () => {
	const schema = z.object({ title: requiredLine(10, 'Geef een titel.'), askNames: z.enum(['', 'on'], { error: 'Ongeldig.' }) });

	it('gives the parsed value when every field passes', () => {
		expect(parseFields(schema, { title: ' Ja ', askNames: 'on' })).toEqual({ ok: true, value: { title: 'Ja', askNames: 'on' } });
	});

	it('gives one message per failing field, in the order of the schema', () => {
		const parsed = parseFields(schema, { title: '', askNames: 'misschien' });
		expect(parsed).toEqual({ ok: false, errors: { title: 'Geef een titel.', askNames: 'Ongeldig.' } });
		expect(Object.keys(parsed.ok ? {} : parsed.errors)).toEqual(['title', 'askNames']);
	});
});
