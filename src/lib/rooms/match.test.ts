import { describe, expect, it } from 'vitest';
import { capacityBand, filterRooms, matchRooms, NO_FILTER, type RoomNeeds } from './match';
import type { Room } from './room';

function room(name: string, fields: Partial<Room> = {}): Room {
	return { id: name, building: 'Hoofdgebouw', name, floor: '', capacity: 30, layouts: [], furniture: [], technology: [], accessibility: [], bookable: true, notes: '', updatedAt: '', ...fields };
}

const nothing: RoomNeeds = { learningType: null, groupSize: null, layouts: [], technology: [], accessibility: [], bookableOnly: false };

const inventory = [
	room('Collegezaal', { capacity: 300, layouts: ['rows'], technology: ['projector', 'sound-system', 'hybrid'], accessibility: ['step-free', 'hearing-loop'] }),
	room('0.12', { capacity: 28, layouts: ['islands', 'flexible'], furniture: ['movable-tables', 'whiteboards'], technology: ['projector', 'wifi'], accessibility: ['step-free'] }),
	room('0.14', { capacity: 32, layouts: ['rows', 'u-shape'], technology: ['projector', 'wifi'], accessibility: ['step-free'] }),
	room('1.05', { capacity: 20, layouts: ['circle', 'islands'], technology: ['wifi'], accessibility: [] }),
	room('Practicum', { capacity: 24, layouts: ['lab'], technology: ['computers', 'wifi', 'power-at-seats'], accessibility: ['step-free', 'adjustable-desk'], bookable: false })
];

const names = (rooms: { room: Room }[]) => rooms.map((r) => r.room.name);

describe('matching rooms to what a teacher plans', () => {
	it('puts a room that lacks nothing before one that lacks something, and says what each lacks', () => {
		const found = matchRooms(inventory, { ...nothing, groupSize: 25, technology: ['projector', 'wifi'] });
		expect(names(found).slice(0, 3)).toEqual(['0.12', '0.14', 'Collegezaal']);
		expect(found[0]!.lacks).toEqual([]);
		expect(found.find((f) => f.room.name === 'Collegezaal')!.lacks).toEqual([{ kind: 'technology', id: 'wifi' }]);
		expect(found.find((f) => f.room.name === '1.05')!.lacks).toEqual([{ kind: 'capacity', needed: 25, has: 20 }, { kind: 'technology', id: 'projector' }]);
	});

	it('prefers the room whose capacity is closest above the group to a hall far too big', () => {
		const found = matchRooms(inventory, { ...nothing, groupSize: 26 });
		expect(names(found).slice(0, 2)).toEqual(['0.12', '0.14']);
		expect(found.find((f) => f.room.name === 'Collegezaal')!.capacityBand).toBe(3);
		expect(names(found).indexOf('Collegezaal')).toBeLessThan(names(found).indexOf('1.05'));
	});

	it('never counts a room too small for the group as fitting, however good its score', () => {
		const found = matchRooms(inventory, { ...nothing, groupSize: 25 }, new Map([['1.05', 3], ['0.12', 1.2]]));
		expect(found.find((f) => f.room.name === '1.05')!.lacks).toEqual([{ kind: 'capacity', needed: 25, has: 20 }]);
		// Practicum (24) is too small as well; both come after the three that fit, the better scored first.
		expect(names(found).slice(3)).toEqual(['1.05', 'Practicum']);
		expect(found.slice(0, 3).every((f) => f.lacks.length === 0)).toBe(true);
	});

	it('orders rooms of the same fit by a layout that suits the learning type when no layout is asked for', () => {
		const found = matchRooms(inventory, { ...nothing, learningType: 'discussion', groupSize: 18 });
		// 1.05 (20 seats, circle) fits the band best and suits discussion.
		expect(found[0]!.room.name).toBe('1.05');
		expect(found[0]!.suitedLayouts).toEqual(['circle']);
		const acquisition = matchRooms([room('A', { capacity: 30, layouts: ['islands'] }), room('B', { capacity: 30, layouts: ['rows'] })], { ...nothing, learningType: 'acquisition', groupSize: 28 });
		expect(names(acquisition)).toEqual(['B', 'A']);
	});

	it('treats a named layout as a requirement: any one of them will do', () => {
		const found = matchRooms(inventory, { ...nothing, layouts: ['circle', 'u-shape'] });
		expect(found.filter((f) => f.lacks.length === 0).map((f) => f.room.name).sort()).toEqual(['0.14', '1.05']);
		expect(found.find((f) => f.room.name === '0.12')!.lacks).toEqual([{ kind: 'layout', wanted: ['circle', 'u-shape'] }]);
	});

	it('reports every missing accessibility need and a room that cannot be booked', () => {
		const found = matchRooms(inventory, { ...nothing, accessibility: ['step-free', 'adjustable-desk'], bookableOnly: true });
		expect(found.find((f) => f.room.name === 'Practicum')!.lacks).toEqual([{ kind: 'bookable' }]);
		expect(found.find((f) => f.room.name === '1.05')!.lacks).toEqual([
			{ kind: 'accessibility', id: 'step-free' },
			{ kind: 'accessibility', id: 'adjustable-desk' }
		]);
	});

	it('uses colleagues’ scores only between rooms that fit equally well', () => {
		const twins = [room('B', { capacity: 30 }), room('A', { capacity: 31 }), room('C', { capacity: 100 })];
		expect(names(matchRooms(twins, { ...nothing, groupSize: 28 }))).toEqual(['A', 'B', 'C']);
		expect(names(matchRooms(twins, { ...nothing, groupSize: 28 }, new Map([['B', 2.5], ['A', 1.5], ['C', 3]])))).toEqual(['B', 'A', 'C']);
	});

	it('lists an empty inventory as no rooms', () => {
		expect(matchRooms([], { ...nothing, groupSize: 10 })).toEqual([]);
	});

	it('puts capacity in bands: up to a quarter more, half more, double, more; none when too small or no group', () => {
		expect([capacityBand(25, 20), capacityBand(30, 20), capacityBand(40, 20), capacityBand(41, 20), capacityBand(19, 20), capacityBand(30, null)]).toEqual([0, 1, 2, 3, null, null]);
	});
});

describe('filtering the inventory', () => {
	it('keeps the rooms that meet every filter, in building and number order', () => {
		const more = [...inventory, room('0.9', { building: 'Hoofdgebouw', capacity: 40, layouts: ['islands'], technology: ['wifi'] }), room('A1', { building: 'Atrium', capacity: 40, technology: ['wifi'] })];
		expect(filterRooms(more, NO_FILTER).map((r) => r.name)).toEqual(['A1', '0.9', '0.12', '0.14', '1.05', 'Collegezaal', 'Practicum']);
		expect(filterRooms(more, { ...NO_FILTER, building: 'Hoofdgebouw', minCapacity: 28, layout: 'islands', technology: 'wifi' }).map((r) => r.name)).toEqual(['0.9', '0.12']);
		expect(filterRooms(more, { ...NO_FILTER, bookableOnly: true, technology: 'computers' })).toEqual([]);
	});
});
