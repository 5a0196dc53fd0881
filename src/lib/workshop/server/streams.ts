/**
 * Who may follow a workshop's channel (server/events/endpoints.ts serves the streams). The events
 * carry no text (live.ts), so the whole channel may go to anyone allowed here.
 */
import { error } from '@sveltejs/kit';
import type { StreamAccess } from '$lib/server/events/endpoints';
import { requireUser } from '$lib/server/http/auth';
import { messages } from '$lib/i18n';
import { participantFromCookie, workshopForLeader } from './access';
import { workshopChannel } from './live';

/** The leader's and projector's stream: the workshop's leader or an admin of its institution. */
export const leaderStream: StreamAccess = async (request) => {
	const user = requireUser(request, request.url);
	const { workshop } = await workshopForLeader(request.db, user, request.params.id ?? '');
	return { channel: workshopChannel(workshop.id) };
};

/** A participant's stream: their own workshop's channel, found by their cookie, never by an id in the URL. */
export const participantStream: StreamAccess = async ({ db, cookies, url, language }) => {
	const me = await participantFromCookie(db, cookies, url);
	if (!me) error(401, { message: messages(language).workshopUi.notJoined });
	return { channel: workshopChannel(me.workshop.id) };
};
