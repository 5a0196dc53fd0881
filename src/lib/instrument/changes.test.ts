import { describe, expect, it } from 'vitest';
import { defaultInstrument } from '$lib/instrument';
import { factorChanged, hasChanges, instrumentChanges } from './changes';
import { addCategory, addFactor, addQuestion, dropFactor, dropQuestion, moveFactor, renameFactor, applyTexts } from './edit';

const v1 = defaultInstrument();
const newFactor = {
	key: 'studentparticipatie',
	name: { nl: 'Studentparticipatie', en: 'Student participation' },
	descriptors: [
		{ nl: 'Een', en: 'One' },
		{ nl: 'Twee', en: 'Two' },
		{ nl: 'Drie', en: 'Three' }
	] as [{ nl: string; en: string }, { nl: string; en: string }, { nl: string; en: string }]
};

describe('instrumentChanges', () => {
	it('finds nothing between a version and itself', () => {
		const changes = instrumentChanges(v1, v1);
		expect(hasChanges(changes)).toBe(false);
	});

	it('matches a renamed factor by its key and reports both names', () => {
		const v2 = renameFactor(v1, 'doelstellingen', { nl: 'Doelen van blended leren', en: 'Aims of blended learning' });
		const changes = instrumentChanges(v1, v2);
		expect(changes.renamed).toEqual([
			{
				key: 'doelstellingen',
				from: { nl: 'Doelstellingen blended leren', en: 'Goals of blended learning' },
				to: { nl: 'Doelen van blended leren', en: 'Aims of blended learning' }
			}
		]);
		expect(changes.added).toEqual([]);
		expect(changes.dropped).toEqual([]);
		expect(factorChanged(changes, 'doelstellingen')).toBe(true);
		expect(factorChanged(changes, 'belangenbehartiging')).toBe(false);
	});

	it('reports added and dropped factors with their category, and which phase descriptors changed', () => {
		let v2 = addFactor(v1, 'support', newFactor);
		v2 = dropFactor(v2, 'belangenbehartiging');
		v2 = applyTexts(v2, (field) => (field === 'factor.doelstellingen.phase3.en' ? 'Goals are part of policy.' : undefined));
		const changes = instrumentChanges(v1, v2);
		expect(changes.added).toEqual([{ key: 'studentparticipatie', name: newFactor.name, categoryKey: 'support' }]);
		expect(changes.dropped.map((d) => [d.key, d.categoryKey])).toEqual([['belangenbehartiging', 'strategie']]);
		expect(changes.descriptorsChanged).toEqual([{ key: 'doelstellingen', phases: [3] }]);
		expect(changes.renamed).toEqual([]);
	});

	it('reports a factor that moved to another category', () => {
		let v2 = dropFactor(v1, 'doelstellingen');
		const original = v1.categories[0]!.factors[0]!;
		v2 = addCategory(v2, { key: 'eigen', name: { nl: 'Eigen', en: 'Own' } }, structuredClone(original));
		const changes = instrumentChanges(v1, v2);
		expect(changes.moved).toEqual([{ key: 'doelstellingen', from: 'strategie', to: 'eigen' }]);
		expect(changes.added).toEqual([]);
		expect(changes.dropped).toEqual([]);
	});

	it('reports own questions that were added, changed or dropped, matched by key', () => {
		const question = { key: 'regio', kind: 'phase' as const, text: { nl: 'Regionale samenwerking', en: 'Regional cooperation' } };
		const v2 = addQuestion(addQuestion(v1, question), { key: 'eigen', kind: 'text', text: { nl: 'Wat is eigen?', en: 'What is own?' } });
		const added = instrumentChanges(v1, v2);
		expect(added.questionsAdded.map((q) => q.key)).toEqual(['regio', 'eigen']);
		expect(hasChanges(added)).toBe(true);
		const v3 = dropQuestion(applyTexts(v2, (field) => (field === 'question.regio.kind' ? 'text' : undefined)), 'eigen');
		const later = instrumentChanges(v2, v3);
		expect(later.questionsChanged.map((q) => [q.key, q.kind])).toEqual([['regio', 'text']]);
		expect(later.questionsDropped.map((q) => q.key)).toEqual(['eigen']);
		expect(later.questionsAdded).toEqual([]);
	});

	it('reports a new order of the factors in a category, but not an added or dropped factor as one', () => {
		const first = v1.categories[0]!.factors[0]!.key;
		const reordered = instrumentChanges(v1, moveFactor(v1, first, 'down')!);
		expect(reordered.reordered).toEqual([{ key: 'strategie', name: v1.categories[0]!.name }]);
		expect(hasChanges(reordered)).toBe(true);
		expect(instrumentChanges(v1, dropFactor(v1, first)).reordered).toEqual([]);
		expect(instrumentChanges(v1, addFactor(v1, 'strategie', newFactor)).reordered).toEqual([]);
	});

	it('reports added and renamed categories', () => {
		const v2 = applyTexts(addCategory(v1, { key: 'eigen', name: { nl: 'Eigen', en: 'Own' } }, newFactor), (field) => (field === 'category.support.name.nl' ? 'Ondersteuning' : undefined));
		const changes = instrumentChanges(v1, v2);
		expect(changes.categoriesAdded).toEqual([{ key: 'eigen', name: { nl: 'Eigen', en: 'Own' } }]);
		expect(changes.categoriesRenamed).toEqual([{ key: 'support', from: v1.categories[2]!.name, to: { ...v1.categories[2]!.name, nl: 'Ondersteuning' } }]);
		expect(instrumentChanges(v2, v1).categoriesDropped.map((c) => c.key)).toEqual(['eigen']);
	});
});
