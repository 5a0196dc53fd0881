import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inertCell, withoutInertQuote, xmlSafeText } from './inert';

describe('inertCell', () => {
	it.each([
		['=1+1'],
		['+31 6 12345678'],
		['-2+3'],
		['@SUM(A1)'],
		['\t=1+1'],
		['\r=1+1'],
		['\n=1+1'],
		['＝1+1'],
		['＋1'],
		['－1'],
		['＠SUM(A1)'],
		['  =1+1'],
		['\u3000=1+1'],
		['=HYPERLINK("http://x")'],
		["'=1+1"],
		["''@x"]
	])('puts a single quote before %j', (text) => {
		expect(inertCell(text)).toBe(`'${text}`);
	});

	it.each([['Studiedag plannen'], ['1 + 1 = 2'], ['e-mail naar @team'], [''], ["'al met een quote"], ['€ 5.000']])(
		'leaves %j as it is',
		(text) => {
			expect(inertCell(text)).toBe(text);
		}
	);
});

describe('withoutInertQuote', () => {
	it('takes off the quote inertCell put before a formula, and no other quote', () => {
		expect(withoutInertQuote("'=SUM(A1)")).toBe('=SUM(A1)');
		expect(withoutInertQuote("''=SUM(A1)")).toBe("'=SUM(A1)");
		expect(withoutInertQuote("'t Hart")).toBe("'t Hart");
		expect(withoutInertQuote("'")).toBe("'");
		expect(withoutInertQuote('-3')).toBe('-3');
	});

	it('gives back any text that went through inertCell', () => {
		const text = fc.oneof(fc.string(), fc.string().map((s) => `'${s}`), fc.constantFrom('=', '+', '-', '@', "'=", "''+", '\t', '＝').chain((start) => fc.string().map((s) => start + s)));
		fc.assert(fc.property(text, (value) => withoutInertQuote(inertCell(value)) === value));
	});
});

describe('xmlSafeText', () => {
	it('drops control characters, lone surrogates and non-characters but keeps tab, line ends and all real text', () => {
		expect(xmlSafeText('a\u0000b\u0007c\u001bd\u000be\u000cf')).toBe('abcdef');
		expect(xmlSafeText('x\ud800y\udc00z\ufffe\uffff')).toBe('xyz');
		expect(xmlSafeText('tab\tLF\nCR\r é € ŀ Ελληνικά 😀')).toBe('tab\tLF\nCR\r é € ŀ Ελληνικά 😀');
	});
});
