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

	it('names its sources', () => {
		const notes = instrumentSchema.parse(toolRubric).notes.map((n) => n.nl).join(' ');
		for (const source of ['Anstey & Watson (2018', 'Community of Inquiry', 'verwerkersovereenkomst', 'WCAG 2.1 AA']) expect(notes).toContain(source);
	});
});

describe('the scoring instrument for teaching rooms (product 10)', () => {
	it('is an instrument of the self-scan’s kind, with the seed’s own criteria among its thirteen', () => {
		const parsed = instrumentSchema.parse(roomInstrument);
		const names = parsed.categories.flatMap((c) => c.factors.map((f) => f.name.nl));
		expect(names).toHaveLength(13);
		for (const seedCriterion of ['Kleurgebruik en sfeer', 'Past bij de beoogde werkvormen']) expect(names).toContain(seedCriterion);
		expect(parsed.categories.map((c) => c.name.nl)).toContain('Afstemming op de onderwijsvisie');
		expect(parsed.notes[0]!.nl).toContain('Learning Space Rating System');
	});
});
