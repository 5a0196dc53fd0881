/**
 * The room inventory as CSV: stable English headers (the same in a Dutch and an English install),
 * one room per line, lists as vocabulary ids separated by `|` (Dutch or English labels are read
 * too), `bookable` as true or false (ja/nee, yes/no are read too). Export
 * writes exactly what import reads, so an export edited in a spreadsheet can be imported back.
 * Reading and writing the CSV itself is the catalogue's (src/lib/catalogue/csv.ts).
 */
import { columnReaders, csvProblem, csvText, readCsvRows, type CsvColumn, type CsvProblem } from '$lib/catalogue/csv';
import { format, messages, type Language } from '$lib/i18n';
import { MAX_BUILDING_LENGTH, MAX_FLOOR_LENGTH, MAX_NAME_LENGTH, MAX_NOTES_LENGTH, hasControlCharacters, parseCapacity, roomKey, sortRooms, type RoomFields } from './room';
import { ACCESSIBILITY, FURNITURE, LAYOUTS, TECHNOLOGY, type Term, type AccessibilityId, type FurnitureId, type LayoutId, type TechnologyId } from './vocabulary';

export const ROOM_CSV_HEADER = ['building', 'room', 'floor', 'capacity', 'layouts', 'furniture', 'technology', 'accessibility', 'bookable', 'notes'] as const;

const capacity: CsvColumn<number> = { name: 'capacity', required: true, read: (value, language) => parseCapacity(value, language) };

/** A list column: ids, or their Dutch or English labels (as a person types them), read back in the vocabulary's order. */
function listColumn<T extends string>(name: string, terms: readonly Term<T>[]): CsvColumn<T[]> {
	const ids = terms.map((term) => term.id);
	const labels: Partial<Record<T, readonly string[]>> = {};
	for (const term of terms) labels[term.id] = [term.label.nl, term.label.en];
	const read = columnReaders.listOf(ids, labels);
	return {
		name,
		required: false,
		read: (value, language) => {
			const result = read(value, language);
			return result.ok ? { ok: true, value: ids.filter((id) => result.value.includes(id)) } : result;
		}
	};
}

/** A text column as the catalogue reads it, also refusing control characters as the room form does. */
function plainText(name: string, required: boolean, read: CsvColumn<string>['read'], multiline = false): CsvColumn<string> {
	return {
		name,
		required,
		read: (value, language) => {
			const result = read(value, language);
			return result.ok && hasControlCharacters(result.value, { multiline }) ? { ok: false, message: messages(language).rooms.controlCharacters } : result;
		}
	};
}

export const ROOM_COLUMNS: readonly CsvColumn<unknown>[] = [
	plainText('building', true, columnReaders.text(MAX_BUILDING_LENGTH)),
	plainText('room', true, columnReaders.text(MAX_NAME_LENGTH)),
	plainText('floor', false, columnReaders.optionalText(MAX_FLOOR_LENGTH)),
	capacity,
	listColumn('layouts', LAYOUTS),
	listColumn('furniture', FURNITURE),
	listColumn('technology', TECHNOLOGY),
	listColumn('accessibility', ACCESSIBILITY),
	{ name: 'bookable', required: false, read: columnReaders.boolean() },
	plainText('notes', false, columnReaders.optionalText(MAX_NOTES_LENGTH), true)
];

/** A checked row and its line in the file, for the problems found across rows. */
interface ReadRoom {
	room: RoomFields;
	line: number;
}

function toRoom(values: Record<string, unknown>, line: number): ReadRoom {
	return {
		line,
		room: {
			building: values.building as string,
			name: values.room as string,
			floor: (values.floor as string | undefined) ?? '',
			capacity: values.capacity as number,
			layouts: (values.layouts as LayoutId[] | undefined) ?? [],
			furniture: (values.furniture as FurnitureId[] | undefined) ?? [],
			technology: (values.technology as TechnologyId[] | undefined) ?? [],
			accessibility: (values.accessibility as AccessibilityId[] | undefined) ?? [],
			// A file without the column adds bookable rooms: most teaching rooms are booked through the timetable.
			bookable: (values.bookable as boolean | undefined) ?? true,
			notes: (values.notes as string | undefined) ?? ''
		}
	};
}

/**
 * The rooms of a CSV file, or every problem with its line and column. Besides each cell's own
 * check, a room that appears twice in the file (same building and name) is a problem on its
 * second line: which of the two was meant cannot be guessed.
 */
export function readRoomsCsv(bytes: Uint8Array, language: Language): { ok: true; rooms: RoomFields[] } | { ok: false; problems: CsvProblem[] } {
	const read = readCsvRows(bytes, ROOM_COLUMNS, language, toRoom);
	if (!read.ok) return read;
	const seen = new Map<string, number>();
	const problems: CsvProblem[] = [];
	for (const { room, line } of read.rows) {
		const key = roomKey(room);
		const first = seen.get(key);
		if (first !== undefined) problems.push(csvProblem(language, line, 'room', format(messages(language).rooms.importDoubled, { other: first })));
		else seen.set(key, line);
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, rooms: read.rows.map((r) => r.room) };
}

/** The inventory as CSV, in the list's order. */
export function roomsCsv(rooms: readonly RoomFields[]): string {
	return csvText(
		ROOM_CSV_HEADER,
		sortRooms(rooms).map((r) => [r.building, r.name, r.floor, r.capacity, r.layouts.join('|'), r.furniture.join('|'), r.technology.join('|'), r.accessibility.join('|'), r.bookable, r.notes])
	);
}
