import { describe, expect, it } from 'vitest';
import { instrumentSchema, type Instrument } from '$lib/instrument/schema';
import { latestInstrument, ROOM_INSTRUMENT_KEY } from '$lib/instrument';
import { disagrees, levelText, medianClass, summarize, type Level, type Rating } from './rating';

const t = (text: string) => ({ nl: text, en: text });

/** A small room instrument: two categories, criteria `licht`, `klimaat`, `meubilair` (and `extra` when asked). */
function instrument(keys: readonly string[] = ['licht', 'klimaat', 'meubilair'], version = 1): Instrument {
	return instrumentSchema.parse({
		key: 'kamers',
		version,
		title: t('Kamers'),
		description: t('Een klein instrument'),
		phases: [1, 2, 3].map((n) => ({ name: t(`Niveau ${n}`), short: t(`N${n}`) })),
		categories: [
			{ key: 'sfeer', name: t('Sfeer'), factors: keys.slice(0, 2).map((key) => ({ key, name: t(key), descriptors: [t('laag'), t('midden'), t('hoog')] })) },
			...(keys.length > 2 ? [{ key: 'spullen', name: t('Spullen'), factors: keys.slice(2).map((key) => ({ key, name: t(key), descriptors: [t('laag'), t('midden'), t('hoog')] })) }] : [])
		]
	});
}

let next = 0;
/** A rating by `name` with levels per criterion (null = left open) and optional notes. */
function rating(name: string, levels: Record<string, Level | null>, notes: Record<string, string> = {}, version = 1): Rating {
	const criteria = [...new Set([...Object.keys(levels), ...Object.keys(notes)])];
	return {
		id: `r${++next}`,
		raterId: `u-${name}`,
		raterName: name,
		instrumentKey: 'kamers',
		instrumentVersion: version,
		scores: criteria.map((criterion) => ({ criterion, level: levels[criterion] ?? null, note: notes[criterion] ?? '' })),
		updatedAt: '2026-12-07T12:00:00.000Z'
	};
}

describe('summarize', () => {
	it('gives every criterion with no figures when nobody rated the subject', () => {
		const summary = summarize(instrument(), []);
		expect(summary.raters).toBe(0);
		expect(summary.mean).toBeNull();
		expect(summary.needsImprovement).toEqual([]);
		expect(summary.criteria.map((c) => c.criterion)).toEqual(['licht', 'klimaat', 'meubilair']);
		expect(summary.criteria[0]).toEqual({ criterion: 'licht', counts: [0, 0, 0], scored: 0, median: null, mean: null, disagreement: false, notes: [] });
	});

	it('takes one rater’s levels as the median and the mean', () => {
		const summary = summarize(instrument(), [rating('Ada', { licht: 1, klimaat: 3, meubilair: 2 })]);
		expect(summary.raters).toBe(1);
		expect(summary.criteria.map((c) => [c.median, c.mean, c.scored])).toEqual([[1, 1, 1], [3, 3, 1], [2, 2, 1]]);
		expect(summary.mean).toBe(2);
		expect(summary.needsImprovement).toEqual(['licht']);
	});

	it('counts raters per level and takes the mean of the middle two as the median of an even number', () => {
		const summary = summarize(instrument(), [rating('Ada', { licht: 1 }), rating('Bo', { licht: 2 }), rating('Cor', { licht: 3 }), rating('Dewi', { licht: 3 })]);
		const licht = summary.criteria[0]!;
		expect(licht.counts).toEqual([1, 1, 2]);
		expect(licht.median).toBe(2.5);
		expect(licht.mean).toBe(2.25);
	});

	it('leaves a criterion scored “not applicable” out of the counts, the median and the mean, but keeps its note', () => {
		const summary = summarize(instrument(), [rating('Ada', { licht: null }, { licht: 'Geen ramen, dus niet van toepassing' }), rating('Bo', { licht: 3 })]);
		const licht = summary.criteria[0]!;
		expect(licht.scored).toBe(1);
		expect(licht.counts).toEqual([0, 0, 1]);
		expect(licht.median).toBe(3);
		expect(licht.notes).toEqual([{ raterName: 'Ada', text: 'Geen ramen, dus niet van toepassing' }]);
		expect(summary.raters).toBe(2);
	});

	it('ignores scores on criteria a newer version of the instrument no longer has, and leaves new criteria unscored', () => {
		const older = rating('Ada', { licht: 1, klimaat: 2, meubilair: 3 }, { meubilair: 'Oude stoelen' }, 1);
		const newer = instrument(['licht', 'klimaat', 'akoestiek'], 2);
		const summary = summarize(newer, [older]);
		expect(summary.criteria.map((c) => c.criterion)).toEqual(['licht', 'klimaat', 'akoestiek']);
		expect(summary.criteria[2]).toMatchObject({ scored: 0, median: null, notes: [] });
		expect(summary.mean).toBe(1.5);
	});

	it('marks a criterion where one rater gave level 1 and another level 3 as a disagreement, and not neighbouring levels', () => {
		const summary = summarize(instrument(), [rating('Ada', { licht: 1, klimaat: 2 }), rating('Bo', { licht: 3, klimaat: 3 }), rating('Cor', { licht: 3, klimaat: 2 })]);
		expect(summary.criteria[0]!.disagreement).toBe(true);
		expect(summary.criteria[1]!.disagreement).toBe(false);
		expect(disagrees([1, 0, 1])).toBe(true);
		expect(disagrees([2, 5, 0])).toBe(false);
	});

	it('lists as needing improvement what has a median below 2 or a disagreement, worst median first, then lowest mean', () => {
		const summary = summarize(instrument(), [
			rating('Ada', { licht: 1, klimaat: 1, meubilair: 1 }),
			rating('Bo', { licht: 2, klimaat: 1, meubilair: 3 }),
			rating('Cor', { licht: 2, klimaat: 2, meubilair: 3 }),
			rating('Dewi', { licht: 2, klimaat: 2, meubilair: 3 })
		]);
		// klimaat: median 1.5; meubilair: median 3 but 1 beside 3s; licht: median 2, no 3 — fine.
		expect(summary.criteria.map((c) => c.median)).toEqual([2, 1.5, 3]);
		expect(summary.needsImprovement).toEqual(['klimaat', 'meubilair']);
	});

	it('orders criteria with the same median and mean by the number of level-1 scores, then by the instrument', () => {
		const summary = summarize(instrument(), [rating('Ada', { licht: 1, klimaat: 1, meubilair: 1 }), rating('Bo', { licht: 1, klimaat: 1, meubilair: 1 })]);
		expect(summary.needsImprovement).toEqual(['licht', 'klimaat', 'meubilair']);
	});

	it('weighs each criterion the same in the overall mean, however many raters scored it', () => {
		const summary = summarize(instrument(), [rating('Ada', { licht: 1, klimaat: 3 }), rating('Bo', { licht: 1 }), rating('Cor', { licht: 1 })]);
		expect(summary.mean).toBe(2);
	});

	it('keeps notes with their raters’ names in the order of the ratings and drops empty ones', () => {
		const summary = summarize(instrument(), [rating('Ada', { licht: 2 }, { licht: '  Te donker achterin ' }), rating('Bo', { licht: 2 }, { licht: '   ' }), rating('Cor', {}, { licht: 'Gordijnen kapot' })]);
		expect(summary.criteria[0]!.notes).toEqual([
			{ raterName: 'Ada', text: 'Te donker achterin' },
			{ raterName: 'Cor', text: 'Gordijnen kapot' }
		]);
	});

	it('summarises a rating of the shipped room instrument on its thirteen criteria', () => {
		const rooms = latestInstrument(ROOM_INSTRUMENT_KEY)!;
		const summary = summarize(rooms, [rating('Ada', { licht: 1, hybride: 3 })]);
		expect(summary.criteria).toHaveLength(13);
		expect(summary.needsImprovement).toEqual(['licht']);
	});
});

describe('the figures as shown', () => {
	it('writes a median with the language’s decimal sign and whole levels without decimals', () => {
		expect(levelText(2.5, 'nl')).toBe('2,5');
		expect(levelText(2.5, 'en')).toBe('2.5');
		expect(levelText(2, 'nl')).toBe('2');
		expect(levelText(2.333, 'en')).toBe('2.3');
	});

	it('colours a median below 2 as needing improvement, 2 as adequate and from 2.5 as good', () => {
		expect([null, 1, 1.5, 2, 2.5, 3].map(medianClass)).toEqual(['heat-none', 'heat-1', 'heat-1', 'heat-2', 'heat-3', 'heat-3']);
	});
});
