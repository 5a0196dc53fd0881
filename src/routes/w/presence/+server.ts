import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { participantFromCookie } from '$lib/workshop/server/access';
import { noteArrival } from '$lib/workshop/server/live';
import { tablePresence } from '$lib/workshop/server/screens';
import { RateLimiter } from '$lib/server/http/rate-limit';
import { messages } from '$lib/i18n';

/** An open phone says so every 30 seconds; more often is a misbehaving page. */
const perParticipant = new RateLimiter(2, 10_000);

/**
 * "I am still here" from an open phone. Answers with who is at the caller's own table now (ids of
 * that table only: the page already has their names), and tells the table when the caller was
 * away before.
 */
export const POST: RequestHandler = async ({ cookies, url, locals }) => {
	const { db } = await getDb();
	const me = await participantFromCookie(db, cookies, url);
	if (!me) error(401, { message: messages(locals.language).workshopUi.notJoined });
	if (!perParticipant.take(me.participant.id)) return json({ throttled: true }, { status: 429 });
	await noteArrival(await getEventBus(), me);
	return json({ present: await tablePresence(db, me) });
};
