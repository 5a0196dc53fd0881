/**
 * "Find a room" (toolkit product 9): from what a teacher plans (a learning type, a group size, a
 * layout, technology and accessibility needs) to the rooms of the inventory, best first, each with
 * what it lacks. Plain TypeScript over a list of rooms, so it is tested on hand-made inventories.
 *
 * The order, and why (decision record 0055):
 * 1. Rooms that lack nothing come first, then rooms that lack one thing, and so on: a teacher
 *    reads down until something fits, and a near miss ("no hearing loop") is still worth seeing.
 * 2. Within that, the room whose capacity is closest above the group: a group of 24 in a hall
 *    for 300 wastes the hall and feels empty. Capacities are compared in bands (up to 25 % more
 *    seats, up to 50 %, up to double, more), so two rooms of 30 and 32 seats are equally good.
 * 3. Then a layout that suits the learning type, when the teacher asked for no particular one.
 * 4. Then the room's score from colleagues' ratings (its mean level): a secondary signal only,
 *    never above a requirement.
 * 5. Then building and name, so the order is stable.
 */
import type { LearningTypeId } from '$lib/blend/learning-types';
import type { Room } from './room';
import { sortRooms } from './room';
import { LAYOUTS_FOR_LEARNING_TYPE, type AccessibilityId, type LayoutId, type TechnologyId } from './vocabulary';

export interface RoomNeeds {
	learningType: LearningTypeId | null;
	/** Students (and teachers) in the room at once; null when not said. */
	groupSize: number | null;
	/** Any one of these layouts will do; empty: no particular layout. */
	layouts: readonly LayoutId[];
	/** Every one of these is needed. */
	technology: readonly TechnologyId[];
	accessibility: readonly AccessibilityId[];
	/** Only rooms that can be booked through the timetabling office. */
	bookableOnly: boolean;
}

export type Lack =
	| { kind: 'capacity'; needed: number; has: number }
	| { kind: 'layout'; wanted: readonly LayoutId[] }
	| { kind: 'technology'; id: TechnologyId }
	| { kind: 'accessibility'; id: AccessibilityId }
	| { kind: 'bookable' };

export interface RoomMatch<R extends Room = Room> {
	room: R;
	lacks: Lack[];
	/** 0 = at most 25 % more seats than the group, 1 = at most 50 %, 2 = at most double, 3 = more; null without a group size or when too small. */
	capacityBand: number | null;
	/** The suitable layouts for the learning type that the room offers (empty when none or no learning type). */
	suitedLayouts: LayoutId[];
	/** The room's mean score (levels 1–3) from colleagues' ratings, or null. */
	score: number | null;
}

/** The bands capacity is compared in: the upper bound of seats per student for each band. */
const CAPACITY_BANDS = [1.25, 1.5, 2];

export function capacityBand(capacity: number, groupSize: number | null): number | null {
	if (groupSize === null || capacity < groupSize) return null;
	const ratio = capacity / groupSize;
	const band = CAPACITY_BANDS.findIndex((limit) => ratio <= limit);
	return band === -1 ? CAPACITY_BANDS.length : band;
}

/** What a room lacks for these needs, in the order the page lists them. */
export function lacksOf(room: Room, needs: RoomNeeds): Lack[] {
	const lacks: Lack[] = [];
	if (needs.groupSize !== null && room.capacity < needs.groupSize) lacks.push({ kind: 'capacity', needed: needs.groupSize, has: room.capacity });
	if (needs.layouts.length > 0 && !needs.layouts.some((layout) => room.layouts.includes(layout))) lacks.push({ kind: 'layout', wanted: needs.layouts });
	for (const id of needs.technology) if (!room.technology.includes(id)) lacks.push({ kind: 'technology', id });
	for (const id of needs.accessibility) if (!room.accessibility.includes(id)) lacks.push({ kind: 'accessibility', id });
	if (needs.bookableOnly && !room.bookable) lacks.push({ kind: 'bookable' });
	return lacks;
}

/**
 * Every room with what it lacks, best first (see the order above). `scores` maps a room id to
 * its mean rating; rooms nobody scored have none.
 */
export function matchRooms<R extends Room>(rooms: readonly R[], needs: RoomNeeds, scores: ReadonlyMap<string, number | null> = new Map()): RoomMatch<R>[] {
	const suited = needs.learningType ? LAYOUTS_FOR_LEARNING_TYPE[needs.learningType] : [];
	const stable = new Map(sortRooms(rooms).map((room, i) => [room.id, i]));
	const matches = rooms.map((room) => ({
		room,
		lacks: lacksOf(room, needs),
		capacityBand: capacityBand(room.capacity, needs.groupSize),
		suitedLayouts: suited.filter((layout) => room.layouts.includes(layout)),
		score: scores.get(room.id) ?? null
	}));
	// When the teacher named layouts, those decide; the learning type's preference only orders rooms otherwise.
	const layoutRank = (m: RoomMatch<R>) => (needs.layouts.length > 0 || suited.length === 0 ? 0 : m.suitedLayouts.length === 0 ? suited.length : suited.indexOf(m.suitedLayouts[0]!));
	return matches.sort(
		(a, b) =>
			a.lacks.length - b.lacks.length ||
			(a.capacityBand ?? CAPACITY_BANDS.length + 1) - (b.capacityBand ?? CAPACITY_BANDS.length + 1) ||
			layoutRank(a) - layoutRank(b) ||
			(b.score ?? 0) - (a.score ?? 0) ||
			stable.get(a.room.id)! - stable.get(b.room.id)!
	);
}

/** The inventory's filters (the list page): each left empty filters nothing. */
export interface RoomFilter {
	building: string;
	minCapacity: number | null;
	layout: LayoutId | null;
	technology: TechnologyId | null;
	bookableOnly: boolean;
}

export const NO_FILTER: RoomFilter = { building: '', minCapacity: null, layout: null, technology: null, bookableOnly: false };

export function filterRooms<R extends Room>(rooms: readonly R[], filter: RoomFilter): R[] {
	return sortRooms(
		rooms.filter(
			(room) =>
				(filter.building === '' || room.building === filter.building) &&
				(filter.minCapacity === null || room.capacity >= filter.minCapacity) &&
				(filter.layout === null || room.layouts.includes(filter.layout)) &&
				(filter.technology === null || room.technology.includes(filter.technology)) &&
				(!filter.bookableOnly || room.bookable)
		)
	);
}

/** The buildings of an inventory, each once, in the list's order (the filter's choices). */
export function buildingsOf(rooms: readonly Pick<Room, 'building' | 'name'>[]): string[] {
	return [...new Set(sortRooms(rooms).map((room) => room.building))];
}
