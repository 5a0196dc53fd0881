import { describe, expect, it } from 'vitest';
import { DEFAULT_PRINCIPLES } from './principles';
import { DESIGN_TEMPLATES } from './templates';
import { LEARNING_TYPES, LEARNING_TYPE_IDS } from '../learning-types';
import { knowledge } from '$lib/toolkit/data/knowledge';

describe('the blend designer’s content', () => {
	it('names the six learning types of ABC learning design, each in Dutch and English', () => {
		expect(LEARNING_TYPES.map((t) => t.id)).toEqual([...LEARNING_TYPE_IDS]);
		for (const type of LEARNING_TYPES) for (const text of [type.name.nl, type.name.en, type.description.nl, type.description.en]) expect(text.trim()).not.toBe('');
	});

	it('asks one question per principle, with unique keys and both languages', () => {
		expect(new Set(DEFAULT_PRINCIPLES.map((p) => p.key)).size).toBe(DEFAULT_PRINCIPLES.length);
		for (const p of DEFAULT_PRINCIPLES) expect(p.question.nl.endsWith('?') && p.question.en.endsWith('?')).toBe(true);
	});

	it('uses only the Bloem’s environments in the example design', () => {
		const flower = knowledge.flatMap((p) => p.body).find((b) => b.kind === 'flower');
		const petals = flower && 'petals' in flower ? flower.petals.map((p) => p.id) : [];
		for (const template of DESIGN_TEMPLATES)
			for (const language of ['nl', 'en'] as const) for (const a of template.design[language].activities) expect(petals).toContain(a.environment);
	});
});
