import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENT_KEY, ROOM_INSTRUMENT_KEY, TOOL_RUBRIC_KEY, allowsQuestions, defaultInstrument, latestInstrument } from '$lib/instrument';
import { instrumentSchema, findFactor } from './schema';
import { addQuestion, allKeys, applyTexts, dropCategory, dropFactor, dropQuestion, keyFromName, moveFactor, textFieldNames } from './edit';
import { exampleInstrument } from './example';
import { checkInstrument, instrumentFileText, readInstrumentFile } from './file';

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

	it('makes a key from the Dutch name that the schema accepts, unique among every key of the instrument', () => {
		const taken = allKeys(v1);
		expect(keyFromName('Privacy & ethiek', taken)).toBe('privacy-ethiek');
		expect(keyFromName('  Één  visie, één taal! ', taken)).toBe('een-visie-een-taal');
		expect(keyFromName('Doelstellingen', taken)).toBe('doelstellingen-2');
		expect(keyFromName('Doelstellingen', new Set([...taken, 'doelstellingen-2']))).toBe('doelstellingen-3');
		expect(keyFromName('Strategie', taken)).toBe('strategie-2');
		expect(keyFromName('2030: ons doel', taken, 'factor')).toBe('factor-2030-ons-doel');
		expect(keyFromName('???', taken, 'vraag')).toBe('vraag');
		const long = keyFromName('Een heel lange naam '.repeat(10), taken);
		expect(long.length).toBeLessThanOrEqual(63);
		expect(long).toMatch(/^[a-z][a-z0-9-]*[a-z0-9]$/);
		const longTwice = keyFromName('Een heel lange naam '.repeat(10), new Set([long]));
		expect(longTwice).toMatch(/-2$/);
		expect(longTwice.length).toBeLessThanOrEqual(63);
		const question = addQuestion(v1, { key: keyFromName('Doelstellingen?', taken, 'vraag'), kind: 'text', text: { nl: 'Doelstellingen?', en: 'Aims?' } });
		expect(instrumentSchema.safeParse(question).success).toBe(true);
	});

	it('moves a factor one place up or down within its category, and nowhere past its ends', () => {
		const strategy = v1.categories[0]!.factors.map((factor) => factor.key);
		const down = moveFactor(v1, strategy[0]!, 'down')!;
		expect(down.categories[0]!.factors.map((factor) => factor.key)).toEqual([strategy[1], strategy[0], ...strategy.slice(2)]);
		expect(moveFactor(down, strategy[0]!, 'up')!.categories[0]!.factors.map((factor) => factor.key)).toEqual(strategy);
		expect(moveFactor(v1, strategy[0]!, 'up')!.categories[0]!.factors.map((factor) => factor.key)).toEqual(strategy);
		expect(moveFactor(v1, strategy.at(-1)!, 'down')!.categories[0]!.factors.map((factor) => factor.key)).toEqual(strategy);
		expect(moveFactor(v1, 'bestaat-niet', 'up')).toBeUndefined();
		expect(down.categories[1]).toEqual(v1.categories[1]);
		expect(instrumentSchema.safeParse(down).success).toBe(true);
	});
});

describe('the example file of the format help', () => {
	it('is a valid file that an import accepts as it stands', () => {
		const example = exampleInstrument(v1);
		const read = readInstrumentFile(new TextEncoder().encode(instrumentFileText(example)), 'nl', DEFAULT_INSTRUMENT_KEY);
		expect(read.ok).toBe(true);
		expect(example.questions.map((question) => question.kind)).toEqual(['text', 'phase']);
		expect(checkInstrument({ ...example, colour: 'groen' }, 'en')).toEqual({ ok: false, errors: ['(the whole file): unknown field(s): colour'] });
	});

	it('has no own questions for a rubric, so a rubric import accepts it too', () => {
		for (const key of [TOOL_RUBRIC_KEY, ROOM_INSTRUMENT_KEY] as const) {
			const example = exampleInstrument(latestInstrument(key)!, allowsQuestions(key));
			expect(example.questions).toEqual([]);
			expect(readInstrumentFile(new TextEncoder().encode(instrumentFileText(example)), 'en', key).ok).toBe(true);
		}
	});
});
