import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { lastEventIdFrom, sseResponse } from '$lib/server/events/sse';
import { requireUser } from '$lib/server/http/auth';
import { workshopForLeader } from '$lib/workshop/server/access';
import { workshopChannel } from '$lib/workshop/server/live';

/** The leader's and projector's stream of the workshop's channel. */
export const GET: RequestHandler = async ({ locals, url, params, request }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const { workshop } = await workshopForLeader(db, user, params.id);
	return sseResponse({ bus: await getEventBus(), channel: workshopChannel(workshop.id), lastEventId: lastEventIdFrom(request), signal: request.signal });
};
