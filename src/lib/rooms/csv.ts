/**
 * The room inventory as CSV: stable English headers (the same in a Dutch and an English install),
 * one room per line, lists as vocabulary ids separated by `|`, `bookable` as yes or no. Export
 * writes exactly what import reads, so an export edited in a spreadsheet can be imported back.
 * Reading and writing the CSV itself is the catalogue's (src/lib/catalogue/csv.ts).
 */
import { columnReaders, csvText, readCsvRows, type CsvColumn, type CsvProblem } from '$lib/catalogue/csv';
import { format, messages, type Language } from '$lib/i18n';
import { MAX_BUILDING_LENGTH, MAX_FLOOR_LENGTH, MAX_NAME_LENGTH, MAX_NOTES_LENGTH, parseCapacity, roomKey, sortRooms, type RoomFields } from './room';
import { ACCESSIBILITY_IDS, FURNITURE_IDS, LAYOUT_IDS, TECHNOLOGY_IDS, type AccessibilityId, type FurnitureId, type LayoutId, type TechnologyId } from './vocabulary';

export const ROOM_CSV_HEADER = ['building', 'room', 'floor', 'capacity', 'layouts', 'furniture', 'technology', 'accessibility', 'bookable', 'notes'] as const;

const capacity: CsvColumn<number> = { name: 'capacity', required: true, read: (value, language) => parseCapacity(value, language) };

export const ROOM_COLUMNS: readonly CsvColumn<unknown>[] = [
	{ name: 'building', required: true, read: columnReaders.text(MAX_BUILDING_LENGTH) },
	{ name: 'room', required: true, read: columnReaders.text(MAX_NAME_LENGTH) },
	{ name: 'floor', required: false, read: columnReaders.optionalText(MAX_FLOOR_LENGTH) },
	capacity,
	{ name: 'layouts', required: false, read: columnReaders.listOf(LAYOUT_IDS) },
	{ name: 'furniture', required: false, read: columnReaders.listOf(FURNITURE_IDS) },
	{ name: 'technology', required: false, read: columnReaders.listOf(TECHNOLOGY_IDS) },
	{ name: 'accessibility', required: false, read: columnReaders.listOf(ACCESSIBILITY_IDS) },
	{ name: 'bookable', required: false, read: columnReaders.boolean() },
	{ name: 'notes', required: false, read: columnReaders.optionalText(MAX_NOTES_LENGTH) }
];

function toFields(values: Record<string, unknown>): RoomFields {
	return {
		building: String(values.building ?? '').trim(),
		name: String(values.room ?? '').trim(),
		floor: String(values.floor ?? '').trim(),
		capacity: values.capacity as number,
		layouts: (values.layouts as LayoutId[] | undefined) ?? [],
		furniture: (values.furniture as FurnitureId[] | undefined) ?? [],
		technology: (values.technology as TechnologyId[] | undefined) ?? [],
		accessibility: (values.accessibility as AccessibilityId[] | undefined) ?? [],
		// A file without the column adds bookable rooms: most teaching rooms are booked through the timetable.
		bookable: values.bookable === undefined || values.bookable === null ? true : Boolean(values.bookable),
		notes: String(values.notes ?? '').trim()
	};
}

/**
 * The rooms of a CSV file, or every problem with its line and column. Besides each cell's own
 * check, a room that appears twice in the file (same building and name) is a problem on its
 * second line: which of the two was meant cannot be guessed.
 */
export function readRoomsCsv(bytes: Uint8Array, language: Language): { ok: true; rooms: RoomFields[] } | { ok: false; problems: CsvProblem[] } {
	const read = readCsvRows(bytes, ROOM_COLUMNS, language, toFields);
	if (!read.ok) return read;
	const seen = new Map<string, number>();
	const problems: CsvProblem[] = [];
	read.rows.forEach((room, i) => {
		const key = roomKey(room);
		// Line numbers as the file has them: the header is line 1.
		const line = i + 2;
		const first = seen.get(key);
		if (first !== undefined) problems.push({ line, column: 'room', message: format(messages(language).rooms.importDoubled, { other: first }) });
		else seen.set(key, line);
	});
	return problems.length > 0 ? { ok: false, problems } : { ok: true, rooms: read.rows };
}

/** The inventory as CSV, in the list's order. */
export function roomsCsv(rooms: readonly RoomFields[]): string {
	return csvText(
		ROOM_CSV_HEADER,
		sortRooms(rooms).map((r) => [r.building, r.name, r.floor, r.capacity, r.layouts.join('|'), r.furniture.join('|'), r.technology.join('|'), r.accessibility.join('|'), r.bookable ? 'yes' : 'no', r.notes])
	);
}
