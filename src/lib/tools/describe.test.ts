import { describe, expect, it } from 'vitest';
import { groupRange, lackText, reasonText, toolFacts } from './describe';
import { tool } from './test-tools';

describe('a tool in words', () => {
	it('writes a group size range in both languages, and says when no limit was given', () => {
		expect(groupRange(2, 40, 'nl')).toBe('2 tot en met 40');
		expect(groupRange(null, 40, 'en')).toBe('up to 40');
		expect(groupRange(5, null, 'nl')).toBe('vanaf 5');
		expect(groupRange(null, null, 'en')).toBe('no limit given');
	});

	it('says why a tool fits and what a near miss lacks, with the tool’s own status', () => {
		const t = tool({ privacy: 'no-personal-data' });
		expect(reasonText({ kind: 'agreement', asked: true }, t, 'en')).toBe('Privacy settled: Not needed: no personal data.');
		expect(reasonText({ kind: 'rubric', mean: 2.25, raters: 3 }, t, 'nl')).toBe('Rubriek: gemiddeld 2,3 van 3, door 3 personen gescoord.');
		expect(lackText({ kind: 'groupTooLarge', groupSize: 120, max: 30 }, 'nl')).toBe('Bedoeld voor groepen tot en met 30; jouw groep is 120.');
		expect(lackText({ kind: 'accessibility', accessibility: 'meets', hasStatement: false }, 'en')).toBe('Accessibility: Meets (WCAG 2.1 AA), without a statement.');
	});

	it('lists the facts in the form’s order, links only where there is one', () => {
		const facts = toolFacts(tool({ accessibilityUrl: '', accessibility: 'unknown' }), 'nl');
		expect(facts.map((f) => f.key)).toEqual(['url', 'description', 'learningTypes', 'synchrony', 'groupSize', 'worksOnPhone', 'licence', 'availability', 'privacy', 'accessibility', 'accessibilityUrl', 'contact', 'notes']);
		expect(facts.filter((f) => f.href).map((f) => f.key)).toEqual(['url']);
		expect(facts.find((f) => f.key === 'contact')!.value).toBe('Sam de Vries, sam@example.nl');
	});
});
