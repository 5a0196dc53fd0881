import type { RequestHandler } from './$types';
import { streamEndpoint } from '$lib/server/events/endpoints';
import { designStream } from '$lib/blend/server/streams';

/** The stream of `designStream` (access and what it carries: see there); server.js serves it on Node's response itself. */
export const GET: RequestHandler = (event) => streamEndpoint(designStream, event);
