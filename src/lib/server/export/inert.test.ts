import { describe, expect, it } from 'vitest';
import { inertCell, xmlSafeText } from './inert';

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
		['=HYPERLINK("http://x")']
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

describe('xmlSafeText', () => {
	it('drops control characters, lone surrogates and non-characters but keeps tab, line ends and all real text', () => {
		expect(xmlSafeText('a\u0000b\u0007c\u001bd\u000be\u000cf')).toBe('abcdef');
		expect(xmlSafeText('x\ud800y\udc00z\ufffe\uffff')).toBe('xyz');
		expect(xmlSafeText('tab\tLF\nCR\r é € ŀ Ελληνικά 😀')).toBe('tab\tLF\nCR\r é € ŀ Ελληνικά 😀');
	});
});
