/**
 * The instruments the application ships with, validated against `instrumentSchema` when this
 * module loads: a broken data file stops the server at start-up instead of breaking a scan halfway.
 *
 * @example
 * const instrument = defaultInstrument();
 * const v1 = loadInstrument('zelfscan-blended-leren', 1);
 */
import type { z } from 'zod';
import { instrumentSchema, type Instrument } from './schema';
import zelfscanV1 from './data/zelfscan-blended-leren.v1.json';
import toolRubricV1 from './data/van-doel-naar-tool.v1.json';
import roomInstrumentV1 from './data/scoringsinstrument-onderwijsruimtes.v1.json';
import { deepFreeze } from '$lib/deep-freeze';

export const DEFAULT_INSTRUMENT_KEY = 'zelfscan-blended-leren';
/** The rubric for digital tools (toolkit product 12), scored per tool in the tool catalogue. */
export const TOOL_RUBRIC_KEY = 'van-doel-naar-tool';
/** The scoring instrument for teaching rooms (toolkit product 10), scored per room in the inventory. */
export const ROOM_INSTRUMENT_KEY = 'scoringsinstrument-onderwijsruimtes';
/**
 * Every instrument an institution can adapt, in the order the admin page lists them. They share one
 * schema (categories of criteria, each on three levels) and one machinery of drafts and versions;
 * only the self-scan's key is ever used for scans, workshops and surveys.
 */
export const INSTRUMENT_KEYS = [DEFAULT_INSTRUMENT_KEY, TOOL_RUBRIC_KEY, ROOM_INSTRUMENT_KEY] as const;
export type InstrumentKey = (typeof INSTRUMENT_KEYS)[number];

/**
 * What an instrument is used for, which decides how it is worded and what it may hold: the
 * self-scan places an organisation in phases and may carry the institution's own questions; a
 * rubric scores a subject (a tool, a room) on criteria, each on three levels, and has no questions
 * (a score per criterion is all the rating pages read).
 */
export const INSTRUMENT_KINDS: Readonly<Record<InstrumentKey, 'scan' | 'rubric'>> = {
	[DEFAULT_INSTRUMENT_KEY]: 'scan',
	[TOOL_RUBRIC_KEY]: 'rubric',
	[ROOM_INSTRUMENT_KEY]: 'rubric'
};
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[InstrumentKey];

export function isInstrumentKey(value: unknown): value is InstrumentKey {
	return typeof value === 'string' && (INSTRUMENT_KEYS as readonly string[]).includes(value);
}

/** Whether the institution's own questions belong in this instrument (only the self-scan asks them). */
export function allowsQuestions(key: InstrumentKey): boolean {
	return INSTRUMENT_KINDS[key] === 'scan';
}

/** Every shipped data file, named by its path so a validation error says which file to fix. */
const SHIPPED: ReadonlyArray<{ file: string; data: unknown }> = [
	{ file: 'src/lib/instrument/data/zelfscan-blended-leren.v1.json', data: zelfscanV1 },
	{ file: 'src/lib/instrument/data/van-doel-naar-tool.v1.json', data: toolRubricV1 },
	{ file: 'src/lib/instrument/data/scoringsinstrument-onderwijsruimtes.v1.json', data: roomInstrumentV1 }
];

/** Thrown when instrument data does not conform to the schema; `issues` holds one line per problem. */
export class InstrumentValidationError extends Error {
	readonly source: string;
	readonly issues: string[];

	constructor(source: string, issues: string[]) {
		super(`Instrument ${source} is invalid:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
		this.name = 'InstrumentValidationError';
		this.source = source;
		this.issues = issues;
	}
}

export function formatPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(root)';
	let out = '';
	for (const segment of path) {
		if (typeof segment === 'number') out += `[${segment}]`;
		else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
		else out += `[${JSON.stringify(String(segment))}]`;
	}
	return out;
}

/**
 * One human-readable line per issue, prefixed with where it is:
 * `categories[1].factors[2].key: key "beleid" is used twice`. Issues about unknown fields name
 * the fields, so the line says what to remove.
 */
export function formatSchemaIssues(error: z.ZodError): string[] {
	return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

/**
 * Validates instrument data from `source` (a file name, or an upload's name), returning the parsed
 * instrument or throwing an `InstrumentValidationError` that lists every issue with its path.
 */
export function parseInstrument(data: unknown, source: string): Instrument {
	const result = instrumentSchema.safeParse(data);
	if (!result.success) throw new InstrumentValidationError(source, formatSchemaIssues(result.error));
	return deepFreeze(result.data);
}


function buildRegistry(files: ReadonlyArray<{ file: string; data: unknown }>): Instrument[] {
	const seen = new Map<string, string>();
	const instruments = files.map(({ file, data }) => {
		const instrument = parseInstrument(data, file);
		const id = `${instrument.key}@${instrument.version}`;
		const earlier = seen.get(id);
		if (earlier) throw new Error(`Instrument ${id} is defined twice: in ${earlier} and in ${file}`);
		seen.set(id, file);
		return instrument;
	});
	return instruments.sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version);
}

const registry = buildRegistry(SHIPPED);

/** Every shipped instrument, by key and then by version. */
export function listInstruments(): Instrument[] {
	return [...registry];
}

export function loadInstrument(key: string, version: number): Instrument | undefined {
	return registry.find((instrument) => instrument.key === key && instrument.version === version);
}

/** The highest version of the instrument with this key. */
export function latestInstrument(key: string): Instrument | undefined {
	let latest: Instrument | undefined;
	for (const instrument of registry) {
		if (instrument.key === key && (!latest || instrument.version > latest.version)) latest = instrument;
	}
	return latest;
}

/** The latest self-scan: what a new scan or workshop uses unless another instrument is chosen. */
export function defaultInstrument(): Instrument {
	const instrument = latestInstrument(DEFAULT_INSTRUMENT_KEY);
	if (!instrument) throw new Error(`The default instrument "${DEFAULT_INSTRUMENT_KEY}" is not shipped`);
	return instrument;
}
