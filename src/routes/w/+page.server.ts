import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { participantFromCookie } from '$lib/workshop/server/access';
import { noteArrival, setPreference } from '$lib/workshop/server/live';
import { answererFor, writerFor } from '$lib/workshop/server/participant-api';
import { postOwnAnswers, postOwnScore, postResolve, postSheet } from '$lib/workshop/server/phone-forms';
import { messages } from '$lib/i18n';
import { phoneScreen } from '$lib/workshop/server/screens';

export const load: PageServerLoad = async ({ cookies, url, locals }) => {
	const { db } = await getDb();
	const me = await participantFromCookie(db, cookies, url);
	if (!me) redirect(303, '/join');
	// Opening the page is arriving at the table: table mates who saw this phone as gone look again.
	await noteArrival(await getEventBus(), me);
	return phoneScreen(db, me, locals.language);
};

/**
 * After a step-3 form without JavaScript: back to the card it came from (PRG, so a reload does not
 * post again), saying what was saved.
 */
function backToCard(url: URL, saved: string): never {
	const card = /^\d{1,4}$/.test(url.searchParams.get('card') ?? '') ? url.searchParams.get('card') : '1';
	redirect(303, `/w?card=${card}&saved=${saved}#card`);
}

/** The category a step-3 form writes to, from the query (the form's fields are read once, by the feature). */
async function writer(event: RequestEvent) {
	const { db } = await getDb();
	return writerFor(db, event.cookies, event.url, event.locals.language, event.url.searchParams.get('category') ?? '');
}

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
		}),
	/** Step 3 without JavaScript: one's own score of the card's factor. */
	score: (event) =>
		handleForm(async () => {
			const result = await postOwnScore(await getEventBus(), await writer(event), event.request, event.locals.language);
			return result === true ? backToCard(event.url, 'own') : result;
		}),
	/** Step 3 without JavaScript: the table's fields of the card. */
	sheet: (event) =>
		handleForm(async () => {
			const result = await postSheet(await getEventBus(), await writer(event), event.request, event.locals.language);
			return result === true ? backToCard(event.url, 'table') : result;
		}),
	/** Step 3 without JavaScript: the table keeps one of two versions. */
	resolve: (event) =>
		handleForm(async () => {
			const result = await postResolve(await getEventBus(), await writer(event), event.request, event.locals.language);
			return result === true ? backToCard(event.url, 'table') : result;
		}),
	/** The institution's own questions, answered on one's own (with or without JavaScript). */
	questions: (event) =>
		handleForm(async () => {
			const { db } = await getDb();
			const me = await answererFor(db, event.cookies, event.url, event.locals.language);
			const result = await postOwnAnswers(await getEventBus(), me, event.request, event.locals.language);
			return result === true ? backToCard(event.url, 'answers') : result;
		})
};
