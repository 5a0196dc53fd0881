/** Who may follow a design's channel (server/events/endpoints.ts serves the stream). */
import type { StreamAccess } from '$lib/server/events/endpoints';
import { notSignedIn } from '$lib/server/http/errors';
import { log } from '$lib/server/log';
import * as presence from './data/design-presence';
import { designChannel, designForUser } from './designs';

/**
 * A design's stream for colleagues who have it open: an event per change carrying only the
 * design's new revision (never a text), so each screen reloads what it may see. The stream is also
 * the team's presence: opening it says "here", its end says "gone", each a `presence` event that
 * carries no name. Signed-in users of the design's institution only.
 */
export const designStream: StreamAccess = async ({ db, bus, user, params }) => {
	if (!user) notSignedIn();
	const record = await designForUser(db, user, params.id ?? '');
	const channel = designChannel(record.id);
	return {
		channel,
		async open() {
			const here = await presence.open(db, record.id, user.id);
			try {
				await bus.publish(channel, 'presence', {});
			} catch (error) {
				// Not answered with a stream: nobody is here.
				await presence.close(db, here).catch(() => {});
				throw error;
			}
			return () => {
				presence
					.close(db, here)
					.then(() => bus.publish(channel, 'presence', {}))
					.catch((error: unknown) => log.warn({ err: error }, 'design presence not closed'));
			};
		}
	};
};
