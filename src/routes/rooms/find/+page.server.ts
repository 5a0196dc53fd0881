import type { PageServerLoad } from './$types';
import { roomsUser } from '$lib/rooms/server/routes';
import { meanScores, scoredRooms } from '$lib/rooms/server/rooms';
import { campusActivity } from '$lib/rooms/server/find';
import { matchRooms } from '$lib/rooms/match';
import { needsFromQuery } from '$lib/rooms/query';

/** How many rooms the page lists: enough to choose from, few enough to read on a phone. */
const SHOWN = 20;

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db, user } = await roomsUser(locals, url);
	const params = new URLSearchParams(url.searchParams);
	const from = await campusActivity(db, user, params.get('design'), params.get('activity'));
	if (from && !params.has('learningType')) params.set('learningType', from.learningType);
	const { needs, asked, errors } = needsFromQuery(params, locals.language);
	const { rooms } = await scoredRooms(db, user.institutionId);
	const matches = asked && Object.keys(errors).length === 0 ? matchRooms(rooms, needs, meanScores(rooms)) : [];
	return {
		from: from && { designId: from.designId, designTitle: from.designTitle, activityTitle: from.activityTitle, activityId: params.get('activity') },
		needs,
		asked,
		errors,
		groupSizeText: params.get('groupSize')?.slice(0, 10) ?? '',
		total: rooms.length,
		matches: matches.slice(0, SHOWN).map((match) => ({
			id: match.room.id,
			building: match.room.building,
			name: match.room.name,
			capacity: match.room.capacity,
			lacks: match.lacks,
			suitedLayouts: match.suitedLayouts,
			score: match.score,
			raters: match.room.summary.raters
		})),
		shown: Math.min(SHOWN, matches.length),
		matched: matches.length
	};
};
