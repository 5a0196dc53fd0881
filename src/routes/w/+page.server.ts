import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { participantFromCookie } from '$lib/workshop/server/access';
import { setPreference } from '$lib/workshop/server/live';
import { messages } from '$lib/i18n';
import { phoneScreen } from '$lib/workshop/server/screens';

export const load: PageServerLoad = async ({ cookies, url, locals }) => {
	const { db } = await getDb();
	// The newest event before anything is read: the stream starts after it, so no change is missed.
	const me = await participantFromCookie(db, cookies, url);
	if (!me) redirect(303, '/join');
	return phoneScreen(db, me, locals.language);
};

export const actions: Actions = {
	/** A participant changes their table preference (before the leader distributes the room). */
	preference: ({ request, cookies, url, locals }) =>
		handleForm(async () => {
			const m = messages(locals.language).workshopUi;
			const form = await readForm(request, locals.language, ['preference']);
			const { db } = await getDb();
			const me = await participantFromCookie(db, cookies, url);
			if (!me) redirect(303, '/join');
			const result = await setPreference(await getEventBus(), me, form.one('preference') || null);
			if (result.ok) return { done: 'preference' };
			if (result.problem === 'unknown_preference') return invalid(400, { preference: m.preferenceUnknown });
			return invalid(409, { form: messages(locals.language).workshop.control.errors.closed });
		})
};
