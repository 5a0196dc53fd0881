import { describe, expect, it } from 'vitest';
import { lineCount, pageShown, plenaryPages, type PlenaryPageInput } from './projector';

const point = (id: string, text: string, extra: Partial<PlenaryPageInput['actionPoints'][number]> = {}) => ({ id, text, owner: '', dueDate: null, successCriterion: '', ...extra });
const groups = [{ key: 'g1', inPlan: true }];

describe('the projector’s pages of a category’s plenary', () => {
	it('counts a text’s lines at the projector’s width, each paragraph at least one', () => {
		expect(lineCount('')).toBe(1);
		expect(lineCount('x'.repeat(48))).toBe(1);
		expect(lineCount('x'.repeat(49))).toBe(2);
		expect(lineCount('a\nb\n')).toBe(3);
	});

	it('keeps the priority and three short action points on one page', () => {
		const pages = plenaryPages({ groups, priority: { factorName: 'Visie', reason: 'Zonder visie geen richting.' }, actionPoints: [point('a', 'Een'), point('b', 'Twee'), point('c', 'Drie')] });
		expect(pages).toEqual([{ groupKey: 'g1', priority: true, pointIds: ['a', 'b', 'c'] }]);
	});

	it('moves the points that do not fit to a next page, in order, none twice and none lost', () => {
		const long = 'x'.repeat(48 * 4);
		const points = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => point(id, long, { owner: 'Team', dueDate: '2027-01-01' }));
		const pages = plenaryPages({ groups, priority: { factorName: 'Visie', reason: 'Omdat.' }, actionPoints: points });
		expect(pages.length).toBeGreaterThan(1);
		expect(pages.flatMap((p) => p.pointIds)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect(pages.filter((p) => p.priority)).toHaveLength(1);
		for (const page of pages) expect(page.pointIds.length).toBeLessThanOrEqual(3);
	});

	it('gives a point longer than a page a page of its own instead of an empty page', () => {
		const pages = plenaryPages({ groups, priority: null, actionPoints: [point('a', 'x'.repeat(48 * 30)), point('b', 'kort')] });
		expect(pages.map((p) => p.pointIds)).toEqual([['a'], ['b']]);
	});

	it('shows the table in the plan first and every other table that worked on the category after it', () => {
		const pages = plenaryPages({ groups: [{ key: 'g1', inPlan: false }, { key: 'g2', inPlan: true }], priority: null, actionPoints: [] });
		expect(pages.map((p) => p.groupKey)).toEqual(['g2', 'g1']);
	});

	it('shows the last page when the leader’s page is past the end', () => {
		expect(pageShown(['a', 'b'], 5)).toEqual({ page: 'b', index: 1 });
		expect(pageShown(['a', 'b'], 0)).toEqual({ page: 'a', index: 0 });
	});
});
