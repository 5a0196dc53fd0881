import { describe, expect, it } from 'vitest';
import { instrumentSchema } from '../schema';
import toolRubric from './van-doel-naar-tool.v1.json';
import roomInstrument from './scoringsinstrument-onderwijsruimtes.v1.json';

describe('the rubric for digital tools (product 12, “Van doel naar tool”)', () => {
	it('is an instrument of the self-scan’s kind: categories of criteria, each on three levels, in Dutch and English', () => {
		const parsed = instrumentSchema.safeParse(toolRubric);
		expect(parsed.error?.issues ?? []).toEqual([]);
		const criteria = parsed.data!.categories.flatMap((c) => c.factors);
		expect(criteria.length).toBe(11);
	});

	it('names its sources, one note each after the note that says the criteria are in our own words', () => {
		const notes = instrumentSchema.parse(toolRubric).notes.map((n) => n.nl);
		const sources = ['Anstey, L. M. & Watson, G. P. L. (10 september 2018)', 'Garrison, D. R., Anderson, T. & Archer, W. (2000)', 'Verordening (EU) 2016/679', 'Juridisch Normenkader', 'Web Content Accessibility Guidelines (WCAG) 2.1', 'EN 301 549'];
		expect(notes).toHaveLength(1 + sources.length);
		sources.forEach((source, i) => expect(notes[i + 1]).toContain(source));
	});
});

describe('the scoring instrument for teaching rooms (product 10)', () => {
	it('is an instrument of the self-scan’s kind, with the seed’s own criteria among its thirteen', () => {
		const parsed = instrumentSchema.parse(roomInstrument);
		const names = parsed.categories.flatMap((c) => c.factors.map((f) => f.name.nl));
		expect(names).toHaveLength(13);
		for (const seedCriterion of ['Kleurgebruik en sfeer', 'Past bij de beoogde werkvormen']) expect(names).toContain(seedCriterion);
		expect(parsed.categories.map((c) => c.name.nl)).toContain('Afstemming op de onderwijsvisie');
		const sources = ['Blend je onderwijs', 'Learning Space Rating System (LSRS), versie 3', 'Clever Classrooms', 'Besluit bouwwerken leefomgeving', 'rechten van personen met een handicap'];
		expect(parsed.notes).toHaveLength(1 + sources.length);
		sources.forEach((source, i) => expect(parsed.notes[i + 1]!.nl).toContain(source));
	});
});
