import { describe, expect, it } from 'vitest';
import { compareIds, matchTools, readGoal, type Goal } from './match';
import { tool } from './test-tools';

const goal = (changes: Partial<Goal> = {}): Goal => ({ learningType: 'discussion', groupSize: null, synchrony: null, mustHaves: [], ...changes });

describe('from goal to tool', () => {
	it('leaves out tools for another learning type, and counts them', () => {
		const result = matchTools([tool({ name: 'Forum', learningTypes: ['discussion'] }), tool({ name: 'Quiz', learningTypes: ['practice'] })], goal());
		expect(result.fitting.map((m) => m.tool.name)).toEqual(['Forum']);
		expect(result.otherPurpose).toBe(1);
	});

	it('ranks fitting tools by the good qualities they have, then by rubric score, then by name', () => {
		const full = tool({ name: 'Zeta', id: 'z' });
		const noPhone = tool({ name: 'Alpha', id: 'a', worksOnPhone: false });
		const scoredLow = tool({ name: 'Beta', id: 'b' });
		const scoredHigh = tool({ name: 'Gamma', id: 'g' });
		const rubrics = new Map([
			['b', { mean: 1.5, raters: 2 }],
			['g', { mean: 2.5, raters: 3 }]
		]);
		const result = matchTools([noPhone, full, scoredLow, scoredHigh], goal(), rubrics);
		expect(result.fitting.map((m) => m.tool.name)).toEqual(['Gamma', 'Beta', 'Zeta', 'Alpha']);
	});

	it('breaks a tie by name, whatever order the catalogue has', () => {
		const names = ['padlet', 'Mentimeter', 'Kahoot'];
		const result = matchTools(names.map((name) => tool({ name })), goal());
		expect(result.fitting.map((m) => m.tool.name)).toEqual(['Kahoot', 'Mentimeter', 'padlet']);
	});

	it('says why a tool fits: the learning type, the group size, synchrony and the qualities asked for', () => {
		const [match] = matchTools([tool({ groupMin: 2, groupMax: 40, synchrony: 'sync' })], goal({ groupSize: 25, synchrony: 'sync', mustHaves: ['phone'] }), new Map([['t', { mean: null, raters: 0 }]])).fitting;
		expect(match!.lacks).toEqual([]);
		expect(match!.reasons).toEqual([
			{ kind: 'learningType', learningType: 'discussion' },
			{ kind: 'groupSize', groupSize: 25, min: 2, max: 40 },
			{ kind: 'synchrony', synchrony: 'sync' },
			{ kind: 'phone', asked: true },
			{ kind: 'agreement', asked: false },
			{ kind: 'accessibility', asked: false },
			{ kind: 'licence', asked: false },
			{ kind: 'approved', asked: false }
		]);
	});

	it('shows a tool lacking one or two things asked for as a near miss, with what it lacks', () => {
		const pending = tool({ name: 'Pending', privacy: 'pending' });
		const small = tool({ name: 'Small', groupMax: 30, synchrony: 'async' });
		const result = matchTools([pending, small], goal({ groupSize: 120, synchrony: 'sync', mustHaves: ['agreement'] }));
		expect(result.fitting).toEqual([]);
		expect(result.nearMisses.map((m) => [m.tool.name, m.lacks])).toEqual([
			['Pending', [{ kind: 'agreement', privacy: 'pending' }]],
			[
				'Small',
				[
					{ kind: 'groupTooLarge', groupSize: 120, max: 30 },
					{ kind: 'synchrony', wanted: 'sync', synchrony: 'async' }
				]
			]
		]);
	});

	it('says a group is too small for a tool with a minimum', () => {
		const result = matchTools([tool({ groupMin: 10 })], goal({ groupSize: 4 }));
		expect(result.nearMisses[0]!.lacks).toEqual([{ kind: 'groupTooSmall', groupSize: 4, min: 10 }]);
	});

	it('counts an agreement as met for a tool that handles no personal data, and a statement only with its link', () => {
		const result = matchTools(
			[tool({ name: 'Geen data', privacy: 'no-personal-data' }), tool({ name: 'Zonder link', accessibility: 'meets', accessibilityUrl: '' }), tool({ name: 'Faalt', accessibility: 'none' })],
			goal({ mustHaves: ['agreement', 'accessibility'] })
		);
		expect(result.fitting.map((m) => m.tool.name)).toEqual(['Geen data']);
		expect(result.nearMisses.map((m) => m.lacks)).toEqual([[{ kind: 'accessibility', accessibility: 'none', hasStatement: true }], [{ kind: 'accessibility', accessibility: 'meets', hasStatement: false }]]);
	});

	it('only counts tools that lack more than two things asked for', () => {
		const bad = tool({ worksOnPhone: false, privacy: 'none', licence: 'paid-per-user', availability: 'not-approved' });
		const result = matchTools([bad], goal({ mustHaves: ['phone', 'agreement', 'licence', 'approved'] }));
		expect(result).toEqual({ fitting: [], nearMisses: [], others: 1, otherPurpose: 0 });
	});

	it('returns nothing for an empty catalogue', () => {
		expect(matchTools([], goal())).toEqual({ fitting: [], nearMisses: [], others: 0, otherPurpose: 0 });
	});

	it('ranks near misses by how little they lack before anything else', () => {
		const two = tool({ name: 'A', worksOnPhone: false, licence: 'paid-per-user' });
		const one = tool({ name: 'B', worksOnPhone: false, privacy: 'none' });
		const result = matchTools([two, one], goal({ mustHaves: ['phone', 'licence'] }));
		expect(result.nearMisses.map((m) => m.tool.name)).toEqual(['B', 'A']);
	});

	it('matches every learning type when none is asked for', () => {
		const result = matchTools([tool({ learningTypes: ['practice'] }), tool({ learningTypes: ['production'] })], goal({ learningType: null }));
		expect(result.fitting).toHaveLength(2);
		expect(result.fitting[0]!.reasons.some((r) => r.kind === 'learningType')).toBe(false);
	});
});

describe('reading the find form and the comparison’s ids', () => {
	it('ticks "approved" on a first visit, and only what was ticked after', () => {
		expect(readGoal(new URLSearchParams('')).goal.mustHaves).toEqual(['approved']);
		expect(readGoal(new URLSearchParams('asked=1&must=phone&must=bogus')).goal.mustHaves).toEqual(['phone']);
	});

	it('reads a goal, dropping unknown choices and naming a group size that is no number', () => {
		expect(readGoal(new URLSearchParams('asked=1&learningType=practice&groupSize=30&synchrony=sync')).goal).toEqual({ learningType: 'practice', groupSize: 30, synchrony: 'sync', mustHaves: [] });
		expect(readGoal(new URLSearchParams('asked=1&learningType=dance&groupSize=-3&synchrony=x'))).toEqual({ goal: { learningType: null, groupSize: null, synchrony: null, mustHaves: [] }, asked: true, groupSizeProblem: true });
	});

	it('takes two or three tools to compare, comma-separated or repeated, each once', () => {
		expect(compareIds(new URLSearchParams('ids=a,b,a'))).toEqual(['a', 'b']);
		expect(compareIds(new URLSearchParams('ids=a&ids=b&ids=c'))).toEqual(['a', 'b', 'c']);
		expect(compareIds(new URLSearchParams('ids=a'))).toBeNull();
		expect(compareIds(new URLSearchParams('ids=a,b,c,d'))).toBeNull();
	});
});
