import type { PageServerLoad } from './$types';
import { roomsUser } from '$lib/rooms/server/routes';
import { scoredRooms } from '$lib/rooms/server/rooms';
import { buildingsOf, filterRooms, NO_FILTER } from '$lib/rooms/match';
import { roomLabel } from '$lib/rooms/room';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db, user } = await roomsUser(locals, url);
	const { instrument, rooms } = await scoredRooms(db, user.institutionId);
	const buildings = buildingsOf(rooms);
	const asked = url.searchParams.get('building') ?? '';
	const building = buildings.includes(asked) ? asked : '';
	const scored = filterRooms(rooms, { ...NO_FILTER, building }).filter((room) => room.summary.raters > 0);
	return {
		instrument,
		buildings,
		building,
		rows: scored.map((room) => ({ id: room.id, label: roomLabel(room), href: `/rooms/${room.id}`, summary: room.summary }))
	};
};
