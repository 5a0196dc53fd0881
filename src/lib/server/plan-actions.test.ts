import { describe, expect, it } from 'vitest';
import { mergeActionPoints } from './plan-actions';

const point = (over: Partial<Parameters<typeof mergeActionPoints>[0]>) => ({
	categoryKey: 'strategie',
	text: 'Eén',
	factorKeys: [] as string[],
	owner: '',
	dueDate: null as string | null,
	status: 'open' as const,
	...over
});

describe('merging two action points', () => {
	it('joins the texts on separate lines and combines the linked factors without repeats', () => {
		const merged = mergeActionPoints(point({ text: ' Beleid schrijven ', factorKeys: ['beleid'] }), point({ text: 'Visie delen', factorKeys: ['beleid', 'visie'] }));
		expect(merged.text).toBe('Beleid schrijven\nVisie delen');
		expect(merged.factorKeys).toEqual(['beleid', 'visie']);
	});

	it('keeps the first point’s owner, date and status, and takes the second’s only where the first has none', () => {
		expect(mergeActionPoints(point({ owner: 'Directie', dueDate: '2027-01-01', status: 'in_progress' }), point({ owner: 'Team', dueDate: '2027-06-01' }))).toMatchObject({
			owner: 'Directie',
			dueDate: '2027-01-01',
			status: 'in_progress'
		});
		expect(mergeActionPoints(point({}), point({ owner: 'Team', dueDate: '2027-06-01' }))).toMatchObject({ owner: 'Team', dueDate: '2027-06-01' });
	});
});
