import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { lastEventIdFrom, sseResponse } from '$lib/server/events/sse';
import { participantFromCookie } from '$lib/workshop/server/access';
import { workshopChannel } from '$lib/workshop/server/live';
import { messages } from '$lib/i18n';

/**
 * A participant's stream: their own workshop's channel, found by their cookie. The events carry
 * no text (see workshop/server/live.ts), so the whole channel may go to every participant of it.
 */
export const GET: RequestHandler = async ({ cookies, url, request, locals }) => {
	const { db } = await getDb();
	const me = await participantFromCookie(db, cookies, url);
	if (!me) error(401, { message: messages(locals.language).workshopUi.notJoined });
	return sseResponse({ bus: await getEventBus(), channel: workshopChannel(me.workshop.id), lastEventId: lastEventIdFrom(request), signal: request.signal });
};
