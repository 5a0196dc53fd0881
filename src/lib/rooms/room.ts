/**
 * A room of the institution's inventory (toolkit product 9) and the checks every way in goes
 * through: the form, the CSV import and the tests. Plain TypeScript, no I/O.
 *
 * A room is known by its building and its name or number together ("Hoofdgebouw" + "0.12");
 * the same name in another building is another room. That pair, compared without case and outer
 * spaces, is what an import matches existing rooms on (decision record 0055).
 */
import { z } from 'zod';
import { format, messages, type Language } from '$lib/i18n';
import { ACCESSIBILITY_IDS, FURNITURE_IDS, LAYOUT_IDS, TECHNOLOGY_IDS, type AccessibilityId, type FurnitureId, type LayoutId, type TechnologyId } from './vocabulary';

export const MIN_CAPACITY = 1;
/** The largest lecture halls in Dutch higher education seat around 1,500. */
export const MAX_CAPACITY = 2000;
export const MAX_BUILDING_LENGTH = 100;
export const MAX_NAME_LENGTH = 100;
export const MAX_FLOOR_LENGTH = 20;
export const MAX_NOTES_LENGTH = 2000;

export interface RoomFields {
	building: string;
	/** The room's name or number as people say it: "0.12", "Collegezaal 2". */
	name: string;
	/** As written on the signs: "0", "BG", "2"; empty when not known. */
	floor: string;
	capacity: number;
	layouts: LayoutId[];
	furniture: FurnitureId[];
	technology: TechnologyId[];
	accessibility: AccessibilityId[];
	bookable: boolean;
	notes: string;
}

export interface Room extends RoomFields {
	id: string;
	updatedAt: string;
}

/** What identifies a room within an institution: building and name, without case or outer spaces. */
export function roomKey(room: Pick<RoomFields, 'building' | 'name'>): string {
	const part = (text: string) => text.trim().normalize('NFC').toLocaleLowerCase('nl');
	// JSON keeps the two apart whatever they contain ("A B" + "C" is not "A" + "B C").
	return JSON.stringify([part(room.building), part(room.name)]);
}

/**
 * Control characters (NUL, escape…) in a line of text: nobody types them, PostgreSQL cannot store
 * NUL, and they garble a CSV. Notes may hold tabs and line breaks.
 */
const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

export function hasControlCharacters(text: string, { multiline = false } = {}): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 127 || (code < 32 && !(multiline && (code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN)))) return true;
	}
	return false;
}

/** "Hoofdgebouw 0.12": a room as a list, a heading or a link names it. */
export function roomLabel(room: Pick<RoomFields, 'building' | 'name'>): string {
	return `${room.building} ${room.name}`;
}

/** Rooms as the inventory lists them: by building, then by name with numbers in number order (0.9 before 0.12). */
export function sortRooms<T extends Pick<RoomFields, 'building' | 'name'>>(rooms: readonly T[]): T[] {
	const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
	return [...rooms].sort((a, b) => collator.compare(a.building, b.building) || collator.compare(a.name, b.name));
}

/** A capacity as typed (form or CSV cell): a whole number from 1 to 2000, or the message that says so. */
export function parseCapacity(value: string, language: Language): { ok: true; value: number } | { ok: false; message: string } {
	const text = value.trim();
	const number = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
	if (Number.isInteger(number) && number >= MIN_CAPACITY && number <= MAX_CAPACITY) return { ok: true, value: number };
	return { ok: false, message: format(messages(language).rooms.capacityInvalid, { min: MIN_CAPACITY, max: MAX_CAPACITY }) };
}

function listOf<T extends string>(ids: readonly T[], message: string) {
	return z.array(z.string()).refine((values) => values.every((v) => (ids as readonly string[]).includes(v)), { error: message }).transform((values) => ids.filter((id) => values.includes(id)));
}

function roomSchema(language: Language) {
	const m = messages(language).rooms;
	const plain = { error: m.controlCharacters };
	const line = (max: number, message: string) =>
		z
			.string()
			.trim()
			.min(1, { error: message })
			.max(max, { error: message })
			.refine((text) => !hasControlCharacters(text), plain);
	return z.object({
		building: line(MAX_BUILDING_LENGTH, format(m.buildingRequired, { max: MAX_BUILDING_LENGTH })),
		name: line(MAX_NAME_LENGTH, format(m.nameRequired, { max: MAX_NAME_LENGTH })),
		floor: z
			.string()
			.trim()
			.max(MAX_FLOOR_LENGTH, { error: format(m.floorTooLong, { max: MAX_FLOOR_LENGTH }) })
			.refine((text) => !hasControlCharacters(text), plain),
		capacity: z.string().transform((value, ctx) => {
			const parsed = parseCapacity(value, language);
			if (!parsed.ok) {
				ctx.addIssue({ code: 'custom', message: parsed.message });
				return z.NEVER;
			}
			return parsed.value;
		}),
		layouts: listOf(LAYOUT_IDS, m.unknownChoice),
		furniture: listOf(FURNITURE_IDS, m.unknownChoice),
		technology: listOf(TECHNOLOGY_IDS, m.unknownChoice),
		accessibility: listOf(ACCESSIBILITY_IDS, m.unknownChoice),
		bookable: z.enum(['yes', 'no', ''], { error: m.unknownChoice }).transform((value) => value === 'yes'),
		notes: z
			.string()
			.trim()
			.max(MAX_NOTES_LENGTH, { error: format(m.notesTooLong, { max: MAX_NOTES_LENGTH }) })
			.refine((text) => !hasControlCharacters(text, { multiline: true }), plain)
	});
}

/** A room form as posted: one text per field, the lists as the ticked boxes. */
export interface RoomForm {
	building: string;
	name: string;
	floor: string;
	capacity: string;
	layouts: string[];
	furniture: string[];
	technology: string[];
	accessibility: string[];
	bookable: string;
	notes: string;
}

/** Checks a posted room: the room, or the first message per field in the user's language. */
export function checkRoom(form: RoomForm, language: Language): { ok: true; value: RoomFields } | { ok: false; errors: Record<string, string> } {
	const parsed = roomSchema(language).safeParse(form);
	if (parsed.success) return { ok: true, value: parsed.data };
	const errors: Record<string, string> = {};
	for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
	return { ok: false, errors };
}

/** A room as the form shows it again: for editing, or after a refused post. */
export function roomForm(room: RoomFields): RoomForm {
	return { ...room, capacity: String(room.capacity), bookable: room.bookable ? 'yes' : 'no' };
}
