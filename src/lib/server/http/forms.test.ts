import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FormError, parseFields, readForm, requiredLine } from './forms';

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

describe('reading a posted form', () => {
	const post = (body: string | Uint8Array<ArrayBuffer>, contentType = 'application/x-www-form-urlencoded;charset=UTF-8') =>
		new Request('http://localhost/x', { method: 'POST', headers: { 'content-type': contentType }, body });
	const bodies = ['a=1&b=twee+woorden&c=%C3%A9%E2%82%AC', 'a=&b=&c=', 'a=1&c=%3D%26%2B&b=x', 'c=3&a=2&b=1&', '?a=1', 'a=%zz&b=%&c'];

	it('reads URL-encoded fields exactly as the web platform parses them', async () => {
		for (const body of bodies) {
			const expected = await new Response(body, { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
			try {
				const form = await readForm(post(body), 'nl', ['a', 'b', 'c']);
				for (const name of ['a', 'b', 'c']) expect(form.one(name), `${body}: ${name}`).toBe(expected.get(name) ?? '');
			} catch (error) {
				// Refused only when the platform reads a field the form does not have.
				expect(error).toBeInstanceOf(FormError);
				expect([...expected.keys()].some((name) => !['a', 'b', 'c'].includes(name)), body).toBe(true);
			}
		}
	});

	it('keeps a field that repeats apart from one that may not', async () => {
		expect((await readForm(post('k=1&k=2'), 'nl', [], ['k'])).many('k')).toEqual(['1', '2']);
		await expect(readForm(post('a=1&a=2'), 'nl', ['a'])).rejects.toBeInstanceOf(FormError);
	});

	it('refuses invalid UTF-8 in the body or in its escapes', async () => {
		await expect(readForm(post('a=%C3'), 'nl', ['a'])).rejects.toBeInstanceOf(FormError);
		await expect(readForm(post(new Uint8Array([0x61, 0x3d, 0xc3])), 'nl', ['a'])).rejects.toBeInstanceOf(FormError);
	});
});
