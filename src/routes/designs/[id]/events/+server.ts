import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { lastEventIdFrom, sseResponse } from '$lib/server/events/sse';
import { notSignedIn } from '$lib/server/http/errors';
import { log } from '$lib/server/log';
import * as designs from '$lib/blend/server/designs';
import * as presence from '$lib/blend/server/data/design-presence';

/**
 * A design's stream for colleagues who have it open: an event per change carrying only the
 * design's new revision (never a text), so each screen reloads what it may see. The stream is also
 * the team's presence: opening it says "here", its end says "gone", each a `presence` event that
 * carries no name. Signed-in users of the design's institution only.
 */
export const GET: RequestHandler = async ({ locals, params, request }) => {
	if (!locals.user) notSignedIn();
	const { db } = await getDb();
	const record = await designs.designForUser(db, locals.user, params.id);
	const bus = await getEventBus();
	const channel = designs.designChannel(record.id);
	const here = await presence.open(db, record.id, locals.user.id);
	await bus.publish(channel, 'presence', {});
	request.signal.addEventListener('abort', () => {
		presence
			.close(db, here)
			.then(() => bus.publish(channel, 'presence', {}))
			.catch((error: unknown) => log.warn({ err: error }, 'design presence not closed'));
	});
	return sseResponse({ bus, channel, lastEventId: lastEventIdFrom(request), signal: request.signal });
};
