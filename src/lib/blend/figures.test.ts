import { describe, expect, it } from 'vitest';
import { all, parseXml, textContent } from '$lib/chart/svg-test-reader';
import { blendBloemSvg, learningTypeShares, shareBarsSvg, timelineSvg } from './figures';
import { summariseBlend } from './design';
import { environmentsOf } from './environments';
import { DESIGN_TEMPLATES } from './data/templates';
import { defaultContent } from '$lib/toolkit';

const environments = environmentsOf(defaultContent());
const example = DESIGN_TEMPLATES.find((t) => t.key === 'voorbeeld-onderzoek')!.design.nl;
const summary = summariseBlend(example, environments.map((e) => e.id));

describe('the blend’s figures', () => {
	it('draw the Bloem with the largest petal for the environment with the most study time, and say every share in words', () => {
		const svg = parseXml(blendBloemSvg(summary, environments, 'nl'));
		const scales = Object.fromEntries(all(svg, (e) => e.name === 'g').filter((g) => g.attributes['data-petal']).map((g) => [g.attributes['data-petal'], Number(g.attributes['data-scale'])]));
		expect(scales.online).toBe(1);
		expect(scales.campus).toBeLessThan(scales.werkplek!);
		expect(textContent(all(svg, (e) => e.name === 'desc')[0]!)).toContain('Online: 60% (81 uur). Campus: 13% (18 uur). Werkplek: 15% (21 uur). Samenleving: 12% (16 uur).');
		expect(textContent(svg)).toContain('60% · 81 uur');
	});

	it('draw an environment without time as a dashed petal that still shows', () => {
		const empty = summariseBlend({ ...example, activities: example.activities.filter((a) => a.environment !== 'samenleving') }, environments.map((e) => e.id));
		const svg = parseXml(blendBloemSvg(empty, environments, 'en'));
		const petal = all(svg, (e) => e.name === 'g').find((g) => g.attributes['data-petal'] === 'samenleving')!;
		expect(all(petal, (e) => e.name === 'path')[0]!.attributes['stroke-dasharray']).toBe('6 4');
		expect(textContent(petal)).toContain('0% · 0 hours');
	});

	it('draw one bar per learning type with its share, and a column per week with the hours', () => {
		const bars = parseXml(shareBarsSvg(learningTypeShares(summary, 'en'), 'Learning types', 'en', 'lt'));
		expect(textContent(all(bars, (e) => e.name === 'desc')[0]!)).toContain('Production: 36% (49 hours).');
		const timeline = parseXml(timelineSvg(summary.timeline, environments, 'nl'));
		const weekLabels = all(timeline, (e) => e.name === 'text' && e.attributes['y'] === '214').map(textContent);
		expect(weekLabels).toEqual(['Week', '1', '2', '3', '4', '5', '6', '7', '8']);
		expect(textContent(all(timeline, (e) => e.name === 'desc')[0]!)).toContain('Week 1: 5 uur (Online 3 uur, Campus 2 uur). Week 2:');
	});

	it('print what an admin named an environment as text, never as markup', () => {
		const hostile = environments.map((e, i) => (i === 0 ? { ...e, name: { nl: '<script>x</script>', en: 'x' } } : e));
		const svg = blendBloemSvg(summary, hostile, 'nl');
		expect(svg).not.toContain('<script>');
		expect(() => parseXml(svg)).not.toThrow();
	});
});
