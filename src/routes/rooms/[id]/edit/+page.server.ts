import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { format, messages } from '$lib/i18n';
import { handleForm } from '$lib/server/http/forms';
import { notFound } from '$lib/server/http/errors';
import { readRoomForm, roomOf, roomsUser } from '$lib/rooms/server/routes';
import * as roomsTable from '$lib/rooms/server/data/rooms';
import { roomForm, roomLabel } from '$lib/rooms/room';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { db, user } = await roomsUser(locals, url, { keeper: true });
	const room = await roomOf(db, user, params.id);
	return { id: room.id, label: roomLabel(room), room: roomForm(room) };
};

export const actions: Actions = {
	default: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { db, user } = await roomsUser(locals, url, { keeper: true });
			const room = await roomOf(db, user, params.id);
			const { values, checked } = await readRoomForm(request, locals.language);
			if (!checked.ok) return fail(400, { errors: checked.errors, room: values });
			const saved = await roomsTable.update(db, user.institutionId, room.id, checked.value);
			if (saved.kind === 'missing') notFound();
			if (saved.kind === 'duplicate') return fail(409, { errors: { name: format(messages(locals.language).rooms.duplicate, { room: roomLabel(checked.value) }) }, room: values });
			redirect(303, `/rooms/${room.id}?saved=1`);
		})
};
