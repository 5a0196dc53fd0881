import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { lastEventIdFrom, sseResponse } from '$lib/server/events/sse';
import { notSignedIn } from '$lib/server/http/errors';
import * as designs from '$lib/blend/server/designs';

/**
 * A design's stream for colleagues who have it open: an event per change carrying only the
 * design's new revision (never a text), so each screen reloads what it may see. Signed-in users of
 * the design's institution only.
 */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user) notSignedIn();
	const { db } = await getDb();
	const record = await designs.designForUser(db, locals.user, params.id);
	return sseResponse({ bus: await getEventBus(), channel: designs.designChannel(record.id), lastEventId: lastEventIdFrom(request), signal: request.signal });
};
