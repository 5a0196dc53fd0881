import { describe, expect, it } from 'vitest';
import { loadInstrument } from '$lib/instrument';
import { factorsOf, type Instrument } from '$lib/instrument/schema';
import {
	answersByFactor,
	emptyAnswer,
	gap,
	gapRows,
	isAnswered,
	parsePhaseField,
	progress,
	sortByGap,
	type FactorAnswer,
	type GapRow,
	type PhaseAnswer
} from './scan';

// Pinned to version 1 so a new version of the instrument does not change what these tests mean.
const instrument = loadInstrument('zelfscan-blended-leren', 1)!;
const factorKeys = factorsOf(instrument).map(({ factor }) => factor.key);

function answer(factorKey: string, current: PhaseAnswer, desired: PhaseAnswer, needed = ''): FactorAnswer {
	return { factorKey, current, desired, needed };
}

function row(factorKey: string, gapValue: number | null): GapRow {
	return { categoryKey: 'strategie', factorKey, current: null, desired: null, gap: gapValue, needed: '' };
}

describe('parsePhaseField', () => {
	it('accepts the phases "1" to "3" as a form sends them, and as numbers', () => {
		expect(parsePhaseField('1')).toEqual({ ok: true, value: 1 });
		expect(parsePhaseField('2')).toEqual({ ok: true, value: 2 });
		expect(parsePhaseField('3')).toEqual({ ok: true, value: 3 });
		expect(parsePhaseField(2)).toEqual({ ok: true, value: 2 });
	});

	it('accepts "unknown" as the answer "weet ik niet"', () => {
		expect(parsePhaseField('unknown')).toEqual({ ok: true, value: 'unknown' });
	});

	it('reads an empty field as not answered', () => {
		expect(parsePhaseField('')).toEqual({ ok: true, value: null });
		expect(parsePhaseField(null)).toEqual({ ok: true, value: null });
		expect(parsePhaseField(undefined)).toEqual({ ok: true, value: null });
	});

	it('rejects phases that do not exist and anything that is not a phase', () => {
		for (const bad of ['0', '4', '1.5', 'abc', ' 1', '01', '1e0', 'Unknown', 0, 4, 7, 1.5, NaN, true, {}, [], ['1'], { value: 1 }]) {
			expect(parsePhaseField(bad), JSON.stringify(bad)).toEqual({ ok: false });
		}
	});
});

describe('gap', () => {
	it('is where we want to be minus where we are', () => {
		expect(gap(answer('beleid', 1, 3))).toBe(2);
		expect(gap(answer('beleid', 2, 3))).toBe(1);
		expect(gap(answer('beleid', 2, 2))).toBe(0);
	});

	it('is negative when the wish lies below the current phase', () => {
		expect(gap(answer('beleid', 3, 1))).toBe(-2);
	});

	it('is null when either side is missing or unknown', () => {
		expect(gap(undefined)).toBeNull();
		expect(gap(emptyAnswer('beleid'))).toBeNull();
		expect(gap(answer('beleid', 1, null))).toBeNull();
		expect(gap(answer('beleid', null, 3))).toBeNull();
		expect(gap(answer('beleid', 'unknown', 3))).toBeNull();
		expect(gap(answer('beleid', 1, 'unknown'))).toBeNull();
	});
});

describe('progress', () => {
	it('counts nothing answered for an empty scan', () => {
		expect(progress(instrument, new Map())).toEqual({ answered: 0, total: 15, percent: 0 });
	});

	it('counts "weet ik niet" as answered', () => {
		const answers = answersByFactor([answer('beleid', 'unknown', 'unknown'), answer('modellen', 1, 'unknown')]);
		expect(progress(instrument, answers).answered).toBe(2);
	});

	it('does not count a factor with only one side answered', () => {
		const answers = answersByFactor([answer('beleid', 2, null), answer('modellen', null, 3), answer('evaluatie', 1, 2)]);
		expect(progress(instrument, answers)).toEqual({ answered: 1, total: 15, percent: 6 });
	});

	it('rounds the percentage down, so 100 means every factor is answered', () => {
		const allButOne = answersByFactor(factorKeys.slice(1).map((key) => answer(key, 1, 2)));
		expect(progress(instrument, allButOne)).toEqual({ answered: 14, total: 15, percent: 93 });
		const all = answersByFactor(factorKeys.map((key) => answer(key, 1, 2)));
		expect(progress(instrument, all)).toEqual({ answered: 15, total: 15, percent: 100 });
	});

	it('ignores answers to factors the instrument does not have', () => {
		const answers = answersByFactor([answer('no-such-factor', 1, 2), answer('beleid', 1, 2)]);
		expect(progress(instrument, answers).answered).toBe(1);
	});

	it('gives 0 percent for an instrument without factors', () => {
		const empty = { ...instrument, categories: [] } as Instrument;
		expect(progress(empty, new Map())).toEqual({ answered: 0, total: 0, percent: 0 });
	});
});

describe('isAnswered', () => {
	it('needs both where we are and where we want to be', () => {
		expect(isAnswered(undefined)).toBe(false);
		expect(isAnswered(answer('beleid', 1, null))).toBe(false);
		expect(isAnswered(answer('beleid', 'unknown', 2))).toBe(true);
	});
});

describe('gapRows', () => {
	it('gives one row per factor in instrument order, with its category', () => {
		const rows = gapRows(instrument, new Map());
		expect(rows.map((r) => r.factorKey)).toEqual(factorKeys);
		expect(rows[0]).toEqual({
			categoryKey: 'strategie',
			factorKey: 'doelstellingen',
			current: null,
			desired: null,
			gap: null,
			needed: ''
		});
		expect(rows.find((r) => r.factorKey === 'evaluatie')?.categoryKey).toBe('structuur');
		expect(rows.at(-1)?.categoryKey).toBe('support');
	});

	it('carries the answers, the gap and what is needed', () => {
		const answers = answersByFactor([
			answer('beleid', 1, 3, 'Een werkgroep beleid'),
			answer('professionalisering', 'unknown', 2)
		]);
		const rows = gapRows(instrument, answers);
		expect(rows.find((r) => r.factorKey === 'beleid')).toEqual({
			categoryKey: 'strategie',
			factorKey: 'beleid',
			current: 1,
			desired: 3,
			gap: 2,
			needed: 'Een werkgroep beleid'
		});
		expect(rows.find((r) => r.factorKey === 'professionalisering')).toMatchObject({ current: 'unknown', gap: null });
	});
});

describe('sortByGap', () => {
	it('puts the largest gap first', () => {
		const sorted = sortByGap([row('a', 1), row('b', 2), row('c', 0)]);
		expect(sorted.map((r) => r.factorKey)).toEqual(['b', 'a', 'c']);
	});

	it('keeps instrument order between rows with the same gap', () => {
		const sorted = sortByGap([row('a', 1), row('b', 2), row('c', 1), row('d', 2), row('e', 1)]);
		expect(sorted.map((r) => r.factorKey)).toEqual(['b', 'd', 'a', 'c', 'e']);
	});

	it('puts rows without a gap last, in instrument order, after negative gaps', () => {
		const sorted = sortByGap([row('a', null), row('b', -1), row('c', null), row('d', 0), row('e', -2), row('f', 2)]);
		expect(sorted.map((r) => r.factorKey)).toEqual(['f', 'd', 'b', 'e', 'a', 'c']);
	});

	it('leaves the rows it is given in their order', () => {
		const rows = [row('a', 0), row('b', 2)];
		sortByGap(rows);
		expect(rows.map((r) => r.factorKey)).toEqual(['a', 'b']);
	});
});

describe('answersByFactor', () => {
	it('indexes answers by factor key, the last answer for a factor winning', () => {
		const map = answersByFactor([answer('beleid', 1, 2), answer('modellen', 2, 3), answer('beleid', 2, 3)]);
		expect(map.size).toBe(2);
		expect(map.get('beleid')).toEqual(answer('beleid', 2, 3));
	});
});
