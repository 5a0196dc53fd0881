import type { PageServerLoad } from './$types';
import { roomsUser, mayKeepRooms } from '$lib/rooms/server/routes';
import { scoredRooms } from '$lib/rooms/server/rooms';
import { buildingsOf, filterRooms } from '$lib/rooms/match';
import { filterFromQuery } from '$lib/rooms/query';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db, user } = await roomsUser(locals, url);
	const [{ rooms }, keeper] = await Promise.all([scoredRooms(db, user.institutionId), mayKeepRooms(db, user)]);
	const { filter, errors } = filterFromQuery(url.searchParams, locals.language);
	return {
		keeper,
		total: rooms.length,
		buildings: buildingsOf(rooms),
		filter,
		filterErrors: errors,
		capacityText: url.searchParams.get('capacity')?.slice(0, 10) ?? '',
		notice: url.searchParams.get('deleted')?.slice(0, 300) ?? null,
		rooms: filterRooms(rooms, filter).map((r) => ({ id: r.id, building: r.building, name: r.name, floor: r.floor, capacity: r.capacity, layouts: r.layouts, technology: r.technology, bookable: r.bookable, mean: r.summary.mean, raters: r.summary.raters }))
	};
};
