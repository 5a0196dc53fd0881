import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENT_KEY, ROOM_INSTRUMENT_KEY, TOOL_RUBRIC_KEY, defaultInstrument, latestInstrument } from './index';
import { checkInstrument, instrumentFileName, instrumentFileText, readInstrumentFile } from './file';
import { addQuestion, renameFactor } from '$lib/instrument/edit';

const encode = (text: string) => new TextEncoder().encode(text);
const v1 = defaultInstrument();

/** A copy to break on purpose: malformed documents have no type, so the test writes to it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function mutableCopy(): Record<string, any> {
	return JSON.parse(instrumentFileText(v1));
}

describe('instrument files', () => {
	it('round-trips an own version through export and import unchanged', () => {
		const own = addQuestion(renameFactor(v1, 'doelstellingen', { nl: 'Doelen', en: 'Aims' }), {
			key: 'eigen-vraag',
			kind: 'phase',
			text: { nl: 'Hoe ver zijn we met X?', en: 'How far are we with X?' }
		});
		const result = readInstrumentFile(encode(instrumentFileText(own)), 'nl', DEFAULT_INSTRUMENT_KEY);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.instrument).toEqual(own);
		expect(instrumentFileName(own)).toBe('zelfscan-blended-leren.v1.json');
	});

	it('reads the shipped file, which has no own questions, as an instrument with none', () => {
		const data = mutableCopy();
		delete data.questions;
		const result = checkInstrument(data, 'en');
		expect(result.ok && result.instrument.questions).toEqual([]);
	});

	it('refuses a factor key used twice, saying where, in Dutch and in English', () => {
		const data = mutableCopy();
		data.categories[1].factors[0].key = 'doelstellingen';
		expect(readInstrumentFile(encode(JSON.stringify(data)), 'nl', DEFAULT_INSTRUMENT_KEY)).toEqual({
			ok: false,
			errors: ['categories[1].factors[0].key: sleutel “doelstellingen” wordt twee keer gebruikt']
		});
		expect(readInstrumentFile(encode(JSON.stringify(data)), 'en', DEFAULT_INSTRUMENT_KEY)).toEqual({
			ok: false,
			errors: ['categories[1].factors[0].key: key “doelstellingen” is used twice']
		});
	});

	it('lists every problem of a file with its path', () => {
		const data = mutableCopy();
		data.categories[0].factors[1].name.en = '  ';
		delete data.categories[0].factors[2].descriptors[2];
		data.categories[0].factors[2].descriptors.length = 2;
		data.categories[2].key = 'Support!';
		data.questions = [{ key: 'q', kind: 'score', text: { nl: 'x', en: 'y' } }];
		data.colour = 'blue';
		data.version = 'twee';
		const result = readInstrumentFile(encode(JSON.stringify(data)), 'en', DEFAULT_INSTRUMENT_KEY);
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : [...result.errors].sort()).toEqual(
			[
				'(the whole file): unknown field(s): colour',
				'version: must be a number',
				'categories[0].factors[1].name.en: the text is empty',
				'categories[0].factors[2].descriptors: must have at least 3 item(s)',
				'categories[2].key: a key is lowercase letters, digits and hyphens, starting with a letter',
				'questions[0].kind: must be one of these values: "phase", "text"'
			].sort()
		);
	});

	it('says what is wrong with a file that is not JSON, not UTF-8, empty, too large or another instrument', () => {
		const fail = (bytes: Uint8Array) => {
			const result = readInstrumentFile(bytes, 'nl', DEFAULT_INSTRUMENT_KEY);
			return result.ok ? [] : result.errors;
		};
		expect(fail(encode('{"key": '))[0]).toMatch(/^Het bestand is geen geldige JSON: /);
		expect(fail(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual(['Het bestand is geen UTF-8-tekst.']);
		expect(fail(new Uint8Array())).toEqual(['Kies een JSON-bestand.']);
		expect(fail(new Uint8Array(300 * 1024).fill(0x20))).toEqual(['Het bestand is groter dan 256 KB.']);
		const other = mutableCopy();
		other.key = 'ander-instrument';
		expect(fail(encode(JSON.stringify(other)))).toEqual([
			'key: Dit bestand is een versie van “ander-instrument”, niet van “Zelfscan voor de institutionele adoptie en implementatie van blended leren” (zelfscan-blended-leren). Importeer het bij dat instrument.'
		]);
		expect(fail(encode('[]'))).toEqual(['(het hele bestand): moet een object zijn']);
	});

	it('refuses the room instrument imported into the tool rubric, naming both, and takes it where it belongs', () => {
		const rooms = encode(instrumentFileText(latestInstrument(ROOM_INSTRUMENT_KEY)!));
		expect(readInstrumentFile(rooms, 'en', TOOL_RUBRIC_KEY)).toEqual({
			ok: false,
			errors: [
				'key: This file is a version of “Scoring instrument for teaching rooms” (scoringsinstrument-onderwijsruimtes), not of “From goal to tool: rubric for digital tools” (van-doel-naar-tool). Import it into that instrument.'
			]
		});
		expect(readInstrumentFile(rooms, 'en', ROOM_INSTRUMENT_KEY).ok).toBe(true);
	});

	it('refuses a rubric file with own questions, which only the self-scan asks, in Dutch and English', () => {
		const withQuestion = addQuestion(latestInstrument(TOOL_RUBRIC_KEY)!, { key: 'vraag', kind: 'text', text: { nl: 'Waarom?', en: 'Why?' } });
		const bytes = encode(instrumentFileText(withQuestion));
		expect(readInstrumentFile(bytes, 'nl', TOOL_RUBRIC_KEY)).toEqual({ ok: false, errors: ['questions: Een rubriek heeft geen eigen vragen; laat “questions” weg of maak de lijst leeg.'] });
		expect(readInstrumentFile(bytes, 'en', TOOL_RUBRIC_KEY)).toEqual({ ok: false, errors: ['questions: A rubric has no own questions; leave out “questions” or make the list empty.'] });
	});
});
