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
	const shown = filterRooms(rooms, { ...NO_FILTER, building });
	// Only scored rooms are rows: a row of dashes says nothing; how many are left to score is said beside it.
	const scored = shown.filter((room) => room.summary.raters > 0);
	return {
		instrument,
		buildings,
		building,
		unscored: shown.length - scored.length,
		total: shown.length,
		rows: scored.map((room) => ({ id: room.id, label: roomLabel(room), href: `/rooms/${room.id}`, summary: room.summary }))
	};
};
