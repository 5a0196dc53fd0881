import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { cookiesFromHeader, parseCookieHeader } from './cookies';

/**
 * The reference: the `parse` of the very `cookie` package SvelteKit's `cookies.get` uses, found
 * from SvelteKit's own folder (it is SvelteKit's dependency, not ours).
 */
const kitRequire = createRequire(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
const reference = (kitRequire('cookie') as { parse(header: string): Record<string, string> }).parse;

describe('reading a Cookie header as SvelteKit does', () => {
	it('finds the session and participant cookies among others, trimmed', () => {
		const cookies = cookiesFromHeader('bw_lang=en;  __Host-bw_session=abc.def ; __Host-bw_participant=P1');
		expect(cookies.get('__Host-bw_session')).toBe('abc.def');
		expect(cookies.get('__Host-bw_participant')).toBe('P1');
		expect(cookies.get('bw_lang')).toBe('en');
		expect(cookies.get('bw_session')).toBeUndefined();
	});

	it('keeps the first of two cookies of one name, takes quotes off and decodes a % escape unless it is broken', () => {
		expect(parseCookieHeader('a=1; a=2').get('a')).toBe('1');
		expect(parseCookieHeader('a="quoted"').get('a')).toBe('quoted');
		expect(parseCookieHeader('a=%C3%A9t%C3%A9').get('a')).toBe('été');
		expect(parseCookieHeader('a=%E0%A4%A').get('a')).toBe('%E0%A4%A');
		expect(parseCookieHeader('junk; a=1').get('a')).toBe('1');
		expect(cookiesFromHeader(undefined).get('a')).toBeUndefined();
	});

	it('reads any header as the cookie package that SvelteKit uses does', () => {
		const piece = fc.constantFrom('a', 'b', '__Host-bw_session', '=', ';', ' ', '"', '%', '%41', '%E0', 'x', '1');
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
				const header = pieces.join('');
				const expected = reference(header);
				const parsed = parseCookieHeader(header);
				expect(Object.fromEntries(parsed)).toEqual(expected);
			}),
			{ numRuns: 2000 }
		);
	});
});
