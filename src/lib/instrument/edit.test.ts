import { describe, expect, it } from 'vitest';
import { defaultInstrument } from '$lib/instrument';
import { instrumentSchema, findFactor } from './schema';
import { addQuestion, applyTexts, dropCategory, dropFactor, dropQuestion, textFieldNames } from './edit';

const v1 = defaultInstrument();

describe('editing an own version', () => {
	it('never changes the shipped instrument it starts from', () => {
		const before = JSON.stringify(v1);
		applyTexts(v1, () => 'overal dezelfde tekst');
		dropCategory(v1, 'strategie');
		expect(JSON.stringify(v1)).toBe(before);
	});

	it('lists one field per text, named by stable keys, and writes every one of them back', () => {
		const names = textFieldNames(v1);
		// title + description (2×2) + 3 categories × 2 + 15 factors × (name + 3 phases) × 2
		expect(names).toHaveLength(4 + 3 * 2 + 15 * 4 * 2);
		expect(names).toContain('factor.doelstellingen.phase2.en');
		expect(new Set(names).size).toBe(names.length);
		const all = applyTexts(v1, (name) => `tekst ${name}`);
		expect(findFactor(all, 'doelstellingen')?.factor.descriptors[1].en).toBe('tekst factor.doelstellingen.phase2.en');
		expect(all.categories[2]!.name.nl).toBe('tekst category.support.name.nl');
	});

	it('leaves an emptied category in place so the schema refuses it instead of it vanishing', () => {
		const category = v1.categories[0]!;
		let next = v1;
		for (const factor of category.factors) next = dropFactor(next, factor.key);
		expect(next.categories).toHaveLength(3);
		const result = instrumentSchema.safeParse(next);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['categories', 0, 'factors']);
	});

	it('adds and drops own questions, whose keys may not repeat a factor key', () => {
		const withQuestion = addQuestion(v1, { key: 'extra', kind: 'text', text: { nl: 'Wat nog meer?', en: 'What else?' } });
		expect(instrumentSchema.safeParse(withQuestion).success).toBe(true);
		expect(textFieldNames(withQuestion)).toContain('question.extra.kind');
		expect(dropQuestion(withQuestion, 'extra').questions).toEqual([]);
		const clash = addQuestion(v1, { key: 'doelstellingen', kind: 'phase', text: { nl: 'Fase?', en: 'Phase?' } });
		const result = instrumentSchema.safeParse(clash);
		expect(result.error?.issues.map((issue) => issue.path)).toEqual([['questions', 0, 'key']]);
	});
});
