import { describe, expect, it } from 'vitest';
import { loadInstrument, TOOL_RUBRIC_KEY } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import { summarize, type Rating } from '$lib/rating/rating';
import { comparison } from './compare';
import { tool } from './test-tools';

const rubric = loadInstrument(TOOL_RUBRIC_KEY, 1)!;
const [first] = factorsOf(rubric).map((r) => r.factor);
const rating = (raterId: string, level: 1 | 2 | 3): Rating => ({ id: raterId, raterId, raterName: raterId, instrumentKey: rubric.key, instrumentVersion: rubric.version, scores: [{ criterion: first!.key, level, note: '' }], updatedAt: '2026-12-07T10:00:00.000Z' });

describe('tools side by side', () => {
	it('puts each detail in a row with a cell per tool, and the rubric per criterion with its median and disagreement', () => {
		const a = tool({ id: 'a', name: 'A', licence: 'free' });
		const b = tool({ id: 'b', name: 'B', licence: 'institution' });
		const summaries = new Map([['a', summarize(rubric, [rating('x', 1), rating('y', 3), rating('z', 2)])]]);
		const c = comparison([a, b], rubric, summaries, 'nl');
		expect(c.tools).toEqual([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }]);
		expect(c.facts.find((r) => r.label === 'Licentie')!.cells.map((x) => x.text)).toEqual(['Gratis', 'Instellingslicentie']);
		expect(c.criteria[0]!.cells).toEqual([{ text: 'mediaan 2', disagreement: true }, { text: 'niet gescoord' }]);
		expect(c.criteria).toHaveLength(factorsOf(rubric).length);
		expect(c.totals.map((r) => r.cells.map((x) => x.text))).toEqual([['3', '0'], ['2', 'niet gescoord']]);
	});
});
