import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { format, messages } from '$lib/i18n';
import { handleForm } from '$lib/server/http/forms';
import { readRoomForm, roomsUser } from '$lib/rooms/server/routes';
import * as roomsTable from '$lib/rooms/server/data/rooms';
import { roomLabel, type RoomForm } from '$lib/rooms/room';

const EMPTY: RoomForm = { building: '', name: '', floor: '', capacity: '', layouts: [], furniture: [], technology: [], accessibility: [], bookable: 'yes', notes: '' };

export const load: PageServerLoad = async ({ locals, url }) => {
	await roomsUser(locals, url, { keeper: true });
	return { room: EMPTY };
};

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const { db, user } = await roomsUser(locals, url, { keeper: true });
			const { values, checked } = await readRoomForm(request, locals.language);
			if (!checked.ok) return fail(400, { errors: checked.errors, room: values });
			const saved = await roomsTable.create(db, user.institutionId, checked.value);
			if (saved.kind !== 'saved') return fail(409, { errors: { name: format(messages(locals.language).rooms.duplicate, { room: roomLabel(checked.value) }) }, room: values });
			redirect(303, `/rooms/${saved.id}`);
		})
};
