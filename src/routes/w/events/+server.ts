import type { RequestHandler } from './$types';
import { streamEndpoint } from '$lib/server/events/endpoints';
import { participantStream } from '$lib/workshop/server/streams';

/** The stream of `participantStream` (access and what it carries: see there); server.js serves it on Node's response itself. */
export const GET: RequestHandler = (event) => streamEndpoint(participantStream, event);
