import { describe, expect, it } from 'vitest';
import { defaultInstrument } from '$lib/instrument';
import { factorChanged, hasChanges, instrumentChanges } from './changes';
import { addCategory, addFactor, dropFactor, renameFactor, applyTexts } from './edit';

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
});
