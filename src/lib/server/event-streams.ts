/**
 * Every event-stream endpoint of the app, by its route id: the start script serves these on
 * Node's own response (server/events/endpoints.ts, decision record 0059), and each route's
 * `+server.ts` answers with the same access check. A test checks that the two lists agree.
 */
import type { StreamRoutes } from './events/endpoints';
import { leaderStream, participantStream } from '$lib/workshop/server/streams';
import { surveyStream } from '$lib/survey/server/streams';
import { designStream } from '$lib/blend/server/streams';

export const EVENT_STREAMS: StreamRoutes = {
	'/workshops/[id]/events': leaderStream,
	'/w/events': participantStream,
	'/surveys/[id]/events': surveyStream,
	'/designs/[id]/events': designStream
};
