/**
 * The tool catalogue as CSV: stable English column headers and value codes, so a file exported in
 * Dutch imports in English and the other way round, and a script can rely on it. Each column reads
 * its cells with the same field reader as the form (`tool.ts`), so a file is refused for exactly
 * what the form refuses, with the allowed codes named. The parsing, the line numbers and the
 * all-or-nothing rule are the catalogue's (`$lib/catalogue/csv`).
 */
import { csvText, readCsvRows, type CsvColumn, type CsvProblem } from '$lib/catalogue/csv';
import { format, messages, type Language } from '$lib/i18n';
import { LEARNING_TYPE_IDS } from '$lib/blend/learning-types';
import {
	ACCESSIBILITY_STATUSES,
	AVAILABILITIES,
	checkTool,
	FIELD_READERS,
	LICENCES,
	PRIVACY_STATUSES,
	readLearningTypes,
	TOOL_SYNCHRONIES,
	type RawTool,
	type Read,
	type Tool,
	type ToolField,
	type ToolInput
} from './tool';

/** The columns in file order: the tool's field each holds, whether a file must have it, and its allowed codes (choices). */
export const TOOL_COLUMNS: ReadonlyArray<{ name: string; field: ToolField | 'id'; required: boolean; choices?: readonly string[]; list?: boolean }> = [
	{ name: 'id', field: 'id', required: false },
	{ name: 'name', field: 'name', required: true },
	{ name: 'url', field: 'url', required: true },
	{ name: 'description', field: 'description', required: false },
	{ name: 'learning_types', field: 'learningTypes', required: true, choices: LEARNING_TYPE_IDS, list: true },
	{ name: 'synchrony', field: 'synchrony', required: true, choices: TOOL_SYNCHRONIES },
	{ name: 'group_min', field: 'groupMin', required: false },
	{ name: 'group_max', field: 'groupMax', required: false },
	{ name: 'works_on_phone', field: 'worksOnPhone', required: false, choices: ['yes', 'no'] },
	{ name: 'licence', field: 'licence', required: true, choices: LICENCES },
	{ name: 'availability', field: 'availability', required: true, choices: AVAILABILITIES },
	{ name: 'privacy', field: 'privacy', required: true, choices: PRIVACY_STATUSES },
	{ name: 'accessibility', field: 'accessibility', required: true, choices: ACCESSIBILITY_STATUSES },
	{ name: 'accessibility_url', field: 'accessibilityUrl', required: false },
	{ name: 'contact_name', field: 'contactName', required: false },
	{ name: 'contact_email', field: 'contactEmail', required: false },
	{ name: 'notes', field: 'notes', required: false }
];

export const TOOL_CSV_HEADER = TOOL_COLUMNS.map((c) => c.name);

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cell's problem in the user's language; for a choice with the codes the file may use. */
function problemMessage(column: (typeof TOOL_COLUMNS)[number], read: Read<unknown> & { ok: false }, language: Language): string {
	const m = messages(language).tools;
	const text = m.problems[read.problem];
	if (!column.choices || (read.problem !== 'unknown_choice' && read.problem !== 'not_yes_or_no' && read.problem !== 'required')) return text;
	return format(column.list ? m.csv.listChoices : m.csv.choices, { problem: text, values: column.choices.join(', ') });
}

/** The columns as the catalogue's reader takes them: each cell read by its field's reader, kept as the raw text the tool is then checked from. */
const csvColumns: CsvColumn<string>[] = TOOL_COLUMNS.map((column) => ({
	name: column.name,
	required: column.required,
	read(value: string, language: Language) {
		let read: Read<unknown>;
		if (column.field === 'id') read = value.trim() === '' || ID.test(value.trim()) ? { ok: true, value } : { ok: false, problem: 'unknown_choice' };
		else if (column.field === 'learningTypes') read = readLearningTypes(value);
		else read = FIELD_READERS[column.field](value);
		if (read.ok) return { ok: true, value };
		if (column.field === 'id') return { ok: false, message: messages(language).tools.csv.unknownId };
		return { ok: false, message: problemMessage(column, read, language) };
	}
}));

export interface ToolRow {
	/** The line in the file the row starts on (the header is line 1). */
	line: number;
	id: string | null;
	tool: ToolInput;
}

/**
 * A CSV file's tools, or every problem in it with its line and column. Problems across a row's
 * cells (a minimum above the maximum, a status without its statement) are named on the column
 * the form would name. Whether an id or a name is already in the catalogue is for the import to
 * decide (`server/tools.ts`), against the database.
 */
export function readToolCsv(bytes: Uint8Array, language: Language): { ok: true; rows: ToolRow[] } | { ok: false; problems: CsvProblem[] } {
	const read = readCsvRows(bytes, csvColumns, language, (values) => values as Record<string, string | undefined>);
	if (!read.ok) return read;
	const problems: CsvProblem[] = [];
	const rows: ToolRow[] = [];
	const lines = rowLines(bytes, read.rows.length);
	read.rows.forEach((values, index) => {
		const line = lines[index]!;
		const raw: RawTool = {};
		for (const column of TOOL_COLUMNS) if (column.field !== 'id') raw[column.field] = values[column.name] ?? '';
		const checked = checkTool(raw);
		if (!checked.ok) {
			for (const [field, problem] of Object.entries(checked.problems)) {
				const column = TOOL_COLUMNS.find((c) => c.field === field)!;
				problems.push({ line, column: column.name, message: messages(language).tools.problems[problem] });
			}
			return;
		}
		const id = (values.id ?? '').trim().toLowerCase();
		rows.push({ line, id: id === '' ? null : id, tool: checked.value });
	});
	return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/**
 * The line each data row starts on. A quoted cell may hold line breaks (a tool's notes), so the
 * row's index is not its line: count the breaks outside quotes, as the file's reader did.
 */
export function rowLines(bytes: Uint8Array, rowCount: number): number[] {
	const text = new TextDecoder().decode(bytes);
	const starts: number[] = [];
	let line = 1;
	let quoted = false;
	let atRowStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (atRowStart) {
			starts.push(line);
			atRowStart = false;
		}
		if (c === '"') quoted = !quoted;
		else if (c === '\n') {
			line++;
			if (!quoted) atRowStart = true;
		}
	}
	// The first start is the header's; a trailing line break starts no row.
	return starts.slice(1, rowCount + 1);
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
		values: c.choices && c.field !== 'worksOnPhone' ? c.choices.join(c.list ? ' | ' : ', ') : kind(c.field)
	}));
}
