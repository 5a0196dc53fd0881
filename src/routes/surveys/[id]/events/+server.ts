import type { RequestHandler } from './$types';
import { streamEndpoint } from '$lib/server/events/endpoints';
import { surveyStream } from '$lib/survey/server/streams';

/** The stream of `surveyStream` (access and what it carries: see there); server.js serves it on Node's response itself. */
export const GET: RequestHandler = (event) => streamEndpoint(surveyStream, event);
