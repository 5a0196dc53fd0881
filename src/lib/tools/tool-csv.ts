/**
 * The tool catalogue as CSV: stable English column headers and value codes, so a file exported in
 * Dutch imports in English and the other way round, and a script can rely on it. Each column reads
 * its cells with the same field reader as the form (`tool.ts`), so a file is refused for exactly
 * what the form refuses, with the allowed codes named. The parsing, the line numbers and the
 * all-or-nothing rule are the catalogue's (`$lib/catalogue/csv`).
 */
import { columnReaders, csvProblem, csvText, readCsvRows, type CsvColumn, type CsvProblem, type CsvRead } from '$lib/catalogue/csv';
import { messages, type Language } from '$lib/i18n';
import { LEARNING_TYPES, LEARNING_TYPE_IDS } from '$lib/blend/learning-types';
import { tools as toolMessages } from './messages';
import {
	ACCESSIBILITY_STATUSES,
	AVAILABILITIES,
	checkTool,
	FIELD_READERS,
	LICENCES,
	PRIVACY_STATUSES,
	TOOL_SYNCHRONIES,
	toolValues,
	type RawTool,
	type Tool,
	type ToolField,
	type ToolInput
} from './tool';

type ChoiceField = 'synchrony' | 'licence' | 'availability' | 'privacy' | 'accessibility';

/** A choice's Dutch and English names, also read in a cell: a file typed by hand in Excel may say "Gratis" for `free`. */
function labelsOf<T extends string>(field: ChoiceField, values: readonly T[]): Partial<Record<T, readonly string[]>> {
	const names = (language: Language) => toolMessages[language][field] as Record<string, string>;
	return Object.fromEntries(values.map((v) => [v, [names('nl')[v]!, names('en')[v]!]])) as unknown as Partial<Record<T, readonly string[]>>;
}

const learningTypeLabels = Object.fromEntries(LEARNING_TYPES.map((t) => [t.id, [t.name.nl, t.name.en]]));

/** A cell read by the form's own field reader, kept as the text the tool is then checked from. */
function fieldCell(field: Exclude<ToolField, 'learningTypes' | ChoiceField | 'worksOnPhone'>): CsvRead<string> {
	return (value, language) => {
		const read = FIELD_READERS[field](value);
		return read.ok ? { ok: true, value } : { ok: false, message: messages(language).tools.problems[read.problem] };
	};
}

const map =
	<A, B>(read: CsvRead<A>, to: (value: A) => B): CsvRead<B> =>
	(value, language) => {
		const r = read(value, language);
		return r.ok ? { ok: true, value: to(r.value) } : r;
	};

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The columns in file order, each with the tool's field it holds. Every cell reads into the text the form would post. */
export const TOOL_COLUMNS: ReadonlyArray<CsvColumn<string> & { field: ToolField | 'id'; choices?: readonly string[] }> = [
	{ name: 'id', field: 'id', required: false, read: (value, language) => (value.trim() === '' || ID.test(value.trim()) ? { ok: true, value: value.trim().toLowerCase() } : { ok: false, message: messages(language).tools.csv.unknownId }) },
	{ name: 'name', field: 'name', required: true, read: fieldCell('name') },
	{ name: 'url', field: 'url', required: true, read: fieldCell('url') },
	{ name: 'description', field: 'description', required: false, read: fieldCell('description') },
	{ name: 'learning_types', field: 'learningTypes', required: true, choices: LEARNING_TYPE_IDS, read: map(columnReaders.listOf(LEARNING_TYPE_IDS, learningTypeLabels), (ids) => ids.join('|')) },
	{ name: 'synchrony', field: 'synchrony', required: true, choices: TOOL_SYNCHRONIES, read: columnReaders.oneOf(TOOL_SYNCHRONIES, labelsOf('synchrony', TOOL_SYNCHRONIES)) },
	{ name: 'group_min', field: 'groupMin', required: false, read: fieldCell('groupMin') },
	{ name: 'group_max', field: 'groupMax', required: false, read: fieldCell('groupMax') },
	{ name: 'works_on_phone', field: 'worksOnPhone', required: false, read: map(columnReaders.boolean(), (yes) => (yes ? 'yes' : 'no')) },
	{ name: 'licence', field: 'licence', required: true, choices: LICENCES, read: columnReaders.oneOf(LICENCES, labelsOf('licence', LICENCES)) },
	{ name: 'availability', field: 'availability', required: true, choices: AVAILABILITIES, read: columnReaders.oneOf(AVAILABILITIES, labelsOf('availability', AVAILABILITIES)) },
	{ name: 'privacy', field: 'privacy', required: true, choices: PRIVACY_STATUSES, read: columnReaders.oneOf(PRIVACY_STATUSES, labelsOf('privacy', PRIVACY_STATUSES)) },
	{ name: 'accessibility', field: 'accessibility', required: true, choices: ACCESSIBILITY_STATUSES, read: columnReaders.oneOf(ACCESSIBILITY_STATUSES, labelsOf('accessibility', ACCESSIBILITY_STATUSES)) },
	{ name: 'accessibility_url', field: 'accessibilityUrl', required: false, read: fieldCell('accessibilityUrl') },
	{ name: 'contact_name', field: 'contactName', required: false, read: fieldCell('contactName') },
	{ name: 'contact_email', field: 'contactEmail', required: false, read: fieldCell('contactEmail') },
	{ name: 'notes', field: 'notes', required: false, read: fieldCell('notes') }
];

export const TOOL_CSV_HEADER = TOOL_COLUMNS.map((c) => c.name);

export interface ToolRow {
	/** The line in the file the row starts on (the header is line 1). */
	line: number;
	id: string | null;
	/** The row's cells as the form's fields; a column the file leaves out is missing. */
	raw: RawTool;
}

/**
 * A CSV file's rows, or every problem in it with its line and column. Whether an id or a name is
 * already in the catalogue, and what a row updating a tool keeps, is for the import to decide
 * against the database (`rowTool`, `server/tools.ts`).
 */
export function readToolCsv(bytes: Uint8Array, language: Language): { ok: true; rows: ToolRow[] } | { ok: false; problems: CsvProblem[] } {
	return readCsvRows(bytes, TOOL_COLUMNS, language, (values, line) => {
		const raw: RawTool = {};
		for (const column of TOOL_COLUMNS) {
			const value = values[column.name];
			if (column.field !== 'id' && typeof value === 'string') raw[column.field] = value;
		}
		const id = typeof values.id === 'string' && values.id !== '' ? values.id : null;
		return { line, id, raw };
	});
}

/**
 * The tool a row makes: the row's cells over the tool it updates (a column the file leaves out
 * keeps what the tool has; for a new tool it is empty), checked as the form checks, with the
 * problems across cells (a minimum above the maximum, a status without its statement) on the
 * column the form would name.
 */
export function rowTool(row: ToolRow, updates: ToolInput | undefined, language: Language): { ok: true; tool: ToolInput } | { ok: false; problems: CsvProblem[] } {
	const checked = checkTool({ ...(updates ? toolValues(updates) : {}), ...row.raw });
	if (checked.ok) return { ok: true, tool: checked.value };
	const m = messages(language).tools.problems;
	return {
		ok: false,
		problems: Object.entries(checked.problems).map(([field, problem]) => csvProblem(language, row.line, TOOL_COLUMNS.find((c) => c.field === field)!.name, m[problem]))
	};
}

/** The catalogue as a CSV file: the header, then each tool in the catalogue's order, in codes. */
export function toolsCsv(tools: readonly Tool[]): string {
	const cell = (tool: Tool, field: ToolField | 'id'): string | number | null => {
		if (field === 'id') return tool.id;
		if (field === 'learningTypes') return tool.learningTypes.join('|');
		if (field === 'worksOnPhone') return tool.worksOnPhone ? 'yes' : 'no';
		return tool[field];
	};
	return csvText(
		TOOL_CSV_HEADER,
		tools.map((tool) => TOOL_COLUMNS.map((column) => cell(tool, column.field)))
	);
}

/** Each column with what it holds, for the import page. */
export function columnDescriptions(language: Language): { name: string; label: string; required: boolean; values: string }[] {
	const m = messages(language).tools;
	const kind = (field: ToolField | 'id'): string => {
		switch (field) {
			case 'id':
				return m.import.idColumn;
			case 'url':
			case 'accessibilityUrl':
				return m.import.link;
			case 'groupMin':
			case 'groupMax':
				return m.import.number;
			case 'worksOnPhone':
				return m.import.yesNo;
			default:
				return m.import.freeText;
		}
	};
	return TOOL_COLUMNS.map((c) => ({
		name: c.name,
		label: c.field === 'id' ? 'id' : m.fields[c.field],
		required: c.required,
		values: c.choices ? c.choices.join(c.field === 'learningTypes' ? ' | ' : ', ') : kind(c.field)
	}));
}
