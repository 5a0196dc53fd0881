import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { factorsOf, instrumentSchema, type Instrument } from './schema';
import shippedData from './data/zelfscan-blended-leren.v1.json';
import {
	DEFAULT_INSTRUMENT_KEY,
	InstrumentValidationError,
	defaultInstrument,
	formatSchemaIssues,
	latestInstrument,
	listInstruments,
	loadInstrument,
	parseInstrument
} from './index';
import { SEED_CORRECTIONS, withSeedCorrections } from './sources/corrections';

const rawSeed = readFileSync(new URL('./sources/zelfscan-seed.txt', import.meta.url), 'utf8');

/**
 * Undoes the seed's text extraction: a word broken at a line end (a letter or slash right before
 * the break, a lowercase letter right after it: "bestuur\nders", "Pedagogisch/\ndidactische") is
 * rejoined; all other whitespace becomes one space.
 */
function normalise(text: string): string {
	return text
		.replace(/(?<=[\p{L}/])\r?\n(?=\p{Ll})/gu, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Without any whitespace and in lower case: for texts whose line breaks the rule above cannot
 * read (the factor name "Doelstellingen\nblended leren" is not a broken word) and for headings
 * the seed sets in capitals ("STRATEGIE").
 */
function compact(text: string): string {
	return text.replace(/\s+/g, '').toLocaleLowerCase('nl');
}

/**
 * Finds each needle in the haystack after the previous one. Returns the text skipped before each
 * needle and after the last, or throws naming the first needle not found in order.
 */
function matchInOrder(haystack: string, needles: readonly string[]): { skipped: string[] } {
	const skipped: string[] = [];
	let cursor = 0;
	for (const needle of needles) {
		const index = haystack.indexOf(needle, cursor);
		if (index < 0) throw new Error(`not found in seed order after position ${cursor}: "${needle}"`);
		skipped.push(haystack.slice(cursor, index));
		cursor = index + needle.length;
	}
	skipped.push(haystack.slice(cursor));
	return { skipped };
}

/** The seed as the instrument means to hold it: extraction undone, the listed corrections applied (sources/corrections.ts). */
const seed = withSeedCorrections(normalise(rawSeed));

function clone(): Record<string, unknown> & typeof shippedData {
	return structuredClone(shippedData);
}

function issuesOf(data: unknown): string[] {
	const result = instrumentSchema.safeParse(data);
	expect(result.success).toBe(false);
	return formatSchemaIssues((result as { error: z.ZodError }).error);
}

/** Every bilingual text of an instrument, with where it is. */
function localisedTexts(instrument: Instrument): Array<{ path: string; nl: string; en: string }> {
	const texts = [
		{ path: 'title', ...instrument.title },
		{ path: 'description', ...instrument.description },
		...instrument.phases.flatMap((phase, p) => [
			{ path: `phases[${p}].name`, ...phase.name },
			{ path: `phases[${p}].short`, ...phase.short }
		]),
		...instrument.notes.map((note, n) => ({ path: `notes[${n}]`, ...note }))
	];
	instrument.categories.forEach((category, c) => {
		texts.push({ path: `categories[${c}].name`, ...category.name });
		category.factors.forEach((factor, f) => {
			texts.push({ path: `categories[${c}].factors[${f}].name`, ...factor.name });
			factor.descriptors.forEach((descriptor, d) =>
				texts.push({ path: `categories[${c}].factors[${f}].descriptors[${d}]`, ...descriptor })
			);
		});
	});
	return texts;
}

const EXPECTED_KEYS = {
	strategie: ['doelstellingen', 'belangenbehartiging', 'definitie', 'beleid', 'implementatie'],
	structuur: [
		'infrastructuur',
		'modellen',
		'onderwijsruimtes',
		'onderwijslogistiek',
		'aansturing',
		'evaluatie'
	],
	support: [
		'technische-ondersteuning',
		'didactische-ondersteuning',
		'professionalisering',
		'stimuleringsstructuur'
	]
};

describe('the shipped self-scan instrument', () => {
	const instrument = defaultInstrument();

	it('validates against the instrument schema', () => {
		const result = instrumentSchema.safeParse(shippedData);
		expect(result.success ? [] : formatSchemaIssues(result.error)).toEqual([]);
	});

	it('is the default instrument, version 1', () => {
		expect(DEFAULT_INSTRUMENT_KEY).toBe('zelfscan-blended-leren');
		expect(instrument.key).toBe('zelfscan-blended-leren');
		expect(instrument.version).toBe(1);
	});

	it('has the categories Strategie, Structuur and Support with the fifteen factors of the seed', () => {
		expect(instrument.categories.map((c) => [c.key, c.name.nl, c.name.en])).toEqual([
			['strategie', 'Strategie', 'Strategy'],
			['structuur', 'Structuur', 'Structure'],
			['support', 'Support', 'Support']
		]);
		expect(Object.fromEntries(instrument.categories.map((c) => [c.key, c.factors.map((f) => f.key)]))).toEqual(
			EXPECTED_KEYS
		);
		expect(factorsOf(instrument)).toHaveLength(15);
		for (const { factor } of factorsOf(instrument)) expect(factor.descriptors).toHaveLength(3);
	});

	it('names its phases after Graham, Woodfield & Harrison (2013)', () => {
		expect(instrument.phases.map((p) => [p.short.nl, p.name.nl, p.short.en, p.name.en])).toEqual([
			['Fase 1', 'Bewustwording/verkenning', 'Phase 1', 'Awareness/exploration'],
			['Fase 2', 'Adoptie/vroege implementatie', 'Phase 2', 'Adoption/early implementation'],
			['Fase 3', 'Geslaagde implementatie en groei', 'Phase 3', 'Mature implementation and growth']
		]);
	});

	it('holds every Dutch descriptor word for word as the seed has it, apart from the listed corrections, factor by factor and phase by phase', () => {
		const descriptors = factorsOf(instrument).flatMap(({ factor }) => factor.descriptors.map((d) => normalise(d.nl)));
		expect(descriptors).toHaveLength(45);
		expect(() => matchInOrder(normalise(seed), descriptors)).not.toThrow();
	});

	it('spells the factor names as the seed does, in seed order', () => {
		const names = factorsOf(instrument).map(({ factor }) => compact(factor.name.nl));
		expect(() => matchInOrder(compact(seed), names)).not.toThrow();
		expect(factorsOf(instrument).map(({ factor }) => factor.name.nl)).toContain(
			'Onderwijslogistiek (roostering en administratie)'
		);
	});

	it('leaves no text of the seed unaccounted for', () => {
		// The seed in reading order as the instrument holds it. Extraction kept only the heading of
		// phase 3; the first footnote's garbled year is one of the listed corrections.
		const pieces = [
			instrument.phases[2].name.nl,
			...instrument.categories.flatMap((category) => [
				category.name.nl,
				...category.factors.flatMap((factor) => [factor.name.nl, ...factor.descriptors.map((d) => d.nl)])
			]),
			instrument.notes[0]!.nl,
			instrument.notes[1]!.nl
		].map(compact);
		const { skipped } = matchInOrder(compact(seed), pieces);
		const titleInSeed = compact('voor de institutionele adoptie en implementatie van blended leren');
		// What remains: the title (which the instrument's title contains), the phase 3 heading and
		// the two footnote asterisks.
		expect(skipped.filter((text) => text !== '')).toEqual([`${titleInSeed}fase3:`, '*', '*']);
		expect(compact(instrument.title.nl)).toContain(titleInSeed);
	});

	it('restores the hyphens the extraction lost in the Dutch descriptors', () => {
		const texts = factorsOf(instrument).flatMap(({ factor }) => factor.descriptors.map((d) => d.nl));
		const all = texts.join('\n');
		expect(all).toContain('door bestuurders op opleidings-, faculteits- en/of domeinniveau.');
		expect(texts).toContain('Onderwijsteams en bestuurders implementeren blended leren op curriculum- of programmaniveau.');
		expect(all).toContain('Bestuurders faciliteren domein- of faculteitsbrede implementatie');
		expect(all).toContain('door optimalisatie van rooster- en administratiesystemen.');
		// No word left before a comma, "en" or "of" that only makes sense with the hyphen it lost.
		expect(all).not.toMatch(/\b(opleidings|faculteits|curriculum|domein|rooster) (,|en\b|of\b)/);
	});

	it("corrects the author's slips as listed, keeping each original in the list and none in the data", () => {
		const data = JSON.stringify(shippedData);
		for (const correction of SEED_CORRECTIONS) {
			expect(data, correction.where).toContain(correction.corrected);
			expect(data, correction.where).not.toContain(correction.original);
			expect(normalise(rawSeed), correction.where).toContain(correction.original);
		}
		const texts = factorsOf(instrument).flatMap(({ factor }) => factor.descriptors.map((d) => d.nl));
		expect(texts).toContain('Blended leren is volledig opgenomen in de keten van de onderwijslogistiek.');
		expect(texts).toContain('Er is geen beleid aanwezig.');
	});

	it('calls the bestuurders "managers" in English, never administrators (the word for the app\'s own admins)', () => {
		for (const text of localisedTexts(instrument)) {
			expect(text.en, text.path).not.toMatch(/administrator|board member/i);
			if (/bestuurder/i.test(text.nl)) expect(text.en, text.path).toMatch(/managers/i);
		}
	});

	it('has no line breaks or doubled spaces left from the extraction in any text', () => {
		for (const text of localisedTexts(instrument)) {
			expect(text.nl, text.path).toBe(normalise(text.nl));
			expect(text.en, text.path).toBe(normalise(text.en));
		}
	});

	it('has an English text for every Dutch one, and only "Support" reads the same in both', () => {
		const same = localisedTexts(instrument)
			.filter((text) => text.en.trim() === text.nl.trim())
			.map((text) => text.path);
		expect(same).toEqual(['categories[2].name']);
		for (const text of localisedTexts(instrument)) expect(text.en.trim().length, text.path).toBeGreaterThan(0);
	});

	it('cites the sources and defines the roles bestuurders and medewerkers in its notes', () => {
		expect(instrument.notes).toHaveLength(2);
		expect(instrument.notes[0]!.nl).toContain('Graham et al. (2013)');
		expect(instrument.notes[0]!.nl).toContain('Blended Learning Readiness Scan');
		expect(instrument.notes[0]!.en).toContain('European Maturity Model for Blended Education');
		expect(instrument.notes[1]!.nl).toMatch(/^Bestuurders: .*Medewerkers: /);
		expect(instrument.notes[1]!.en).toMatch(/^Managers \(bestuurders\): .*Staff \(medewerkers\): /);
	});
});

describe('loading instruments', () => {
	it('loads an instrument by key and version', () => {
		expect(loadInstrument('zelfscan-blended-leren', 1)?.title.nl).toBe(
			'Zelfscan voor de institutionele adoptie en implementatie van blended leren'
		);
		expect(loadInstrument('zelfscan-blended-leren', 2)).toBeUndefined();
		expect(loadInstrument('no-such-instrument', 1)).toBeUndefined();
	});

	it('finds the latest version of a key, and nothing for an unknown key', () => {
		expect(latestInstrument('zelfscan-blended-leren')?.version).toBe(1);
		expect(latestInstrument('no-such-instrument')).toBeUndefined();
	});

	it('lists every shipped instrument', () => {
		expect(listInstruments().map((i) => `${i.key}@${i.version}`)).toEqual([
			'scoringsinstrument-onderwijsruimtes@1',
			'van-doel-naar-tool@1',
			'zelfscan-blended-leren@1'
		]);
	});

	it('hands out instruments that cannot be changed by accident', () => {
		const instrument = defaultInstrument();
		expect(() => {
			(instrument.categories[0]!.factors[0]!.name as { nl: string }).nl = 'Iets anders';
		}).toThrow(TypeError);
		expect(() => listInstruments().pop()).not.toThrow();
		expect(listInstruments()).toHaveLength(3);
	});

	it('throws an error that names the file and the path of each issue', () => {
		const data = clone();
		data.categories[1]!.factors[2]!.key = 'beleid';
		data.version = 0;
		let error: unknown;
		try {
			parseInstrument(data, 'data/broken.v1.json');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(InstrumentValidationError);
		const { message, issues, source } = error as InstrumentValidationError;
		expect(source).toBe('data/broken.v1.json');
		expect(message).toContain('data/broken.v1.json');
		expect(message).toContain('categories[1].factors[2].key: key "beleid" is used twice');
		expect(issues.some((issue) => issue.startsWith('version: '))).toBe(true);
	});

	it('returns the parsed instrument when the data is valid', () => {
		expect(parseInstrument(clone(), 'copy.json').categories).toHaveLength(3);
	});
});

describe('the instrument schema', () => {
	it('rejects an instrument in which a factor key is used twice', () => {
		const data = clone();
		data.categories[1]!.factors[2]!.key = 'beleid';
		expect(issuesOf(data)).toEqual(['categories[1].factors[2].key: key "beleid" is used twice']);
	});

	it('rejects a category key that is also used by a factor', () => {
		const data = clone();
		data.categories[2]!.key = 'modellen';
		expect(issuesOf(data)).toEqual(['categories[2].key: key "modellen" is used twice']);
	});

	it('rejects a factor with two descriptors', () => {
		const data = clone();
		data.categories[0]!.factors[3]!.descriptors.pop();
		const issues = issuesOf(data);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatch(/^categories\[0\]\.factors\[3\]\.descriptors(\[2\])?: /);
	});

	it('rejects a factor with four descriptors', () => {
		const data = clone();
		const descriptors = data.categories[0]!.factors[0]!.descriptors;
		descriptors.push({ ...descriptors[2]! });
		expect(issuesOf(data)[0]).toMatch(/^categories\[0\]\.factors\[0\]\.descriptors: /);
	});

	it('rejects a descriptor without an English text', () => {
		const data = clone();
		delete (data.categories[0]!.factors[0]!.descriptors[1] as { en?: string }).en;
		expect(issuesOf(data)).toEqual([
			expect.stringMatching(/^categories\[0\]\.factors\[0\]\.descriptors\[1\]\.en: /)
		]);
	});

	it('rejects an English text of only spaces', () => {
		const data = clone();
		data.categories[2]!.factors[1]!.name.en = '   ';
		expect(issuesOf(data)).toEqual(['categories[2].factors[1].name.en: English text is empty']);
	});

	it('rejects unknown fields at every level', () => {
		const onFactor = clone();
		(onFactor.categories[0]!.factors[1] as Record<string, unknown>).weight = 2;
		expect(issuesOf(onFactor)).toEqual([expect.stringMatching(/^categories\[0\]\.factors\[1\]: .*"weight"/)]);

		const onRoot = clone();
		onRoot.author = 'someone';
		expect(issuesOf(onRoot)).toEqual([expect.stringMatching(/^\(root\): .*"author"/)]);

		const onText = clone();
		(onText.title as Record<string, unknown>).de = 'Selbstscan';
		expect(issuesOf(onText)).toEqual([expect.stringMatching(/^title: .*"de"/)]);
	});

	it('rejects a key that is not lowercase letters, digits and hyphens', () => {
		for (const bad of ['Beleid', 'beleid_2', '2beleid', '', 'beleid ']) {
			const data = clone();
			data.categories[0]!.factors[3]!.key = bad;
			expect(issuesOf(data), JSON.stringify(bad)).toEqual([
				'categories[0].factors[3].key: a key is lowercase letters, digits and hyphens, starting with a letter'
			]);
		}
	});

	it('rejects a version that is not a positive whole number', () => {
		for (const bad of [0, -1, 1.5, '1']) {
			const data = clone() as Record<string, unknown>;
			data.version = bad;
			expect(issuesOf(data)[0]).toMatch(/^version: /);
		}
	});

	it('rejects a category without factors and an instrument without categories', () => {
		const noFactors = clone();
		noFactors.categories[1]!.factors = [];
		expect(issuesOf(noFactors)[0]).toMatch(/^categories\[1\]\.factors: /);

		const noCategories = clone();
		noCategories.categories = [];
		expect(issuesOf(noCategories)[0]).toMatch(/^categories: /);
	});
});

describe('formatSchemaIssues', () => {
	it('writes one line per issue, with the path before the message', () => {
		const data = clone();
		data.categories[0]!.factors[0]!.key = 'beleid';
		data.phases[1]!.short.en = '';
		expect(issuesOf(data).sort()).toEqual([
			'categories[0].factors[3].key: key "beleid" is used twice',
			'phases[1].short.en: English text is empty'
		]);
	});
});
