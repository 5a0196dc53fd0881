import { describe, expect, it } from 'vitest';
import { renderGroupChart } from './group-chart';
import { all, parseXml, textContent } from './svg-test-reader';

const groups = [
	{ label: 'Bestuurders', respondents: 6 },
	{ label: '<Faculteit & "Klein">', respondents: 9 }
];
const row = { factorName: 'Evaluatie', values: [{ now: 1.5, desired: 2.75 }, { now: 2, desired: null }] };

describe('the group chart', () => {
	const svg = parseXml(renderGroupChart(row, groups, 'nl', 'roles-evaluatie').svg);

	it('places now and desired of each group on the phase scale, told apart by shape', () => {
		const now = all(svg, (e) => e.name === 'circle' && e.attributes.class === 'mark-now');
		const desired = all(svg, (e) => e.name === 'circle' && e.attributes.class === 'mark-desired');
		expect(now.map((e) => e.attributes['data-value'])).toEqual(['1.5', '2']);
		expect(desired.map((e) => e.attributes['data-value'])).toEqual(['2.75']);
		// Phase 1 at the left of the track, 3 at the right: 1.5 is a quarter of the way.
		const x = (e: (typeof now)[number]) => Number(e.attributes.cx);
		expect(x(now[1]!) - x(now[0]!)).toBeCloseTo((x(desired[0]!) - x(now[0]!)) * (0.5 / 1.25));
		expect(now[0]!.attributes.fill).toBe('#ffffff');
		expect(desired[0]!.attributes.fill).not.toBe('#ffffff');
		// A line for the gap only where both ends are known.
		expect(all(svg, (e) => e.attributes.class === 'gap-line')).toHaveLength(1);
	});

	it('writes every figure, and says them all in its description', () => {
		const words = textContent(svg);
		expect(words).toContain('1,5 → 2,8');
		expect(words).toContain('2 → –');
		const desc = textContent(all(svg, (e) => e.name === 'desc')[0]!);
		expect(desc).toBe('Bestuurders (n=6): nu gemiddeld 1,5, gewenst 2,8. <Faculteit & "Klein"> (n=9): nu gemiddeld 2, gewenst –.');
	});

	it('escapes every name it draws', () => {
		expect(renderGroupChart(row, groups, 'en', 'x').svg).not.toContain('<Faculteit');
	});
});
