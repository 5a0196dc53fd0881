import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { handleForm, readForm } from '$lib/server/http/forms';
import { readUpload } from '$lib/server/http/uploads';
import { notFound } from '$lib/server/http/errors';
import { formatBytes } from '$lib/i18n/format';
import { messages } from '$lib/i18n';
import { mayKeepRooms, roomOf, roomsUser } from '$lib/rooms/server/routes';
import { addPhoto, removePhoto } from '$lib/rooms/server/rooms';
import * as photos from '$lib/rooms/server/data/room-photos';
import { ratingsOf, saveRating } from '$lib/rating/server/ratings';
import { summarize } from '$lib/rating/rating';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import { ROOM_INSTRUMENT_KEY } from '$lib/instrument';
import { factorsOf } from '$lib/instrument/schema';
import { MAX_PHOTO_BYTES, PHOTO_EXTENSIONS } from '$lib/rooms/photo-types';
import { roomLabel } from '$lib/rooms/room';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { db, user } = await roomsUser(locals, url);
	const room = await roomOf(db, user, params.id);
	const [instrument, ratings, roomPhotos, keeper] = await Promise.all([
		currentInstrumentFor(db, user.institutionId, ROOM_INSTRUMENT_KEY),
		ratingsOf(db, user.institutionId, 'room', room.id),
		photos.listForRoom(db, user.institutionId, room.id),
		mayKeepRooms(db, user)
	]);
	return {
		room,
		label: roomLabel(room),
		keeper,
		instrument,
		summary: summarize(instrument, ratings),
		own: ratings.find((rating) => rating.raterId === user.id),
		photos: roomPhotos.map((p) => ({ id: p.id, caption: p.caption })),
		maxPhoto: formatBytes(MAX_PHOTO_BYTES, locals.language),
		accept: PHOTO_EXTENSIONS.map((extension) => `.${extension}`).join(','),
		saved: url.searchParams.has('saved')
	};
};

export const actions: Actions = {
	score: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { db, user } = await roomsUser(locals, url);
			const room = await roomOf(db, user, params.id);
			const instrument = await currentInstrumentFor(db, user.institutionId, ROOM_INSTRUMENT_KEY);
			const names = factorsOf(instrument).flatMap(({ factor }) => [`level.${factor.key}`, `note.${factor.key}`]);
			const read = await readForm(request, locals.language, names);
			const form = new URLSearchParams(names.map((name) => [name, read.one(name)]));
			const saved = await saveRating(db, { institutionId: user.institutionId, kind: 'room', subjectId: room.id, raterId: user.id, instrument, form, language: locals.language });
			if (!saved.ok) return fail(400, { scoreErrors: saved.errors, posted: Object.fromEntries(form) });
			return { done: 'score' as const };
		}),

	addPhoto: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { db, user } = await roomsUser(locals, url, { keeper: true });
			const room = await roomOf(db, user, params.id);
			const upload = await readUpload(request, locals.language, { fileField: 'photo', maxFileBytes: MAX_PHOTO_BYTES, fields: ['caption'] });
			const added = await addPhoto(db, user.institutionId, room.id, { caption: upload.one('caption'), file: upload.file }, locals.language);
			if (!added.ok) return fail(added.status, { photoErrors: { [added.field === 'file' ? 'photo' : 'caption']: added.message }, caption: upload.one('caption') });
			return { done: 'photo' as const };
		}),

	removePhoto: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { db, user } = await roomsUser(locals, url, { keeper: true });
			const room = await roomOf(db, user, params.id);
			const id = (await readForm(request, locals.language, ['photo'])).one('photo');
			if (!(await removePhoto(db, user.institutionId, room.id, id))) notFound();
			return { done: 'photoRemoved' as const, notice: messages(locals.language).rooms.photoRemoved };
		})
};
