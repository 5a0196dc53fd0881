import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { roomOf, roomsUser } from '$lib/rooms/server/routes';
import { removeRoom } from '$lib/rooms/server/rooms';
import { ratingsOf } from '$lib/rating/server/ratings';
import * as photos from '$lib/rooms/server/data/room-photos';
import { roomLabel } from '$lib/rooms/room';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { db, user } = await roomsUser(locals, url, { keeper: true });
	const room = await roomOf(db, user, params.id);
	const [ratings, roomPhotos] = await Promise.all([ratingsOf(db, user.institutionId, 'room', room.id), photos.listForRoom(db, user.institutionId, room.id)]);
	return { id: room.id, label: roomLabel(room), ratings: ratings.length, photos: roomPhotos.length };
};

export const actions: Actions = {
	default: async ({ locals, url, params }) => {
		const { db, user } = await roomsUser(locals, url, { keeper: true });
		const room = await roomOf(db, user, params.id);
		await removeRoom(db, user.institutionId, room.id);
		redirect(303, `/rooms?deleted=${encodeURIComponent(roomLabel(room))}`);
	}
};
