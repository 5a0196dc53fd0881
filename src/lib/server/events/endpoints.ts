/**
 * The app's event-stream endpoints. Each is one access check (`StreamAccess`: who may follow which
 * channel), used two ways:
 * - by its SvelteKit route (`streamEndpoint`), which answers with a web `Response`: the dev
 *   server, and any request the start script leaves to SvelteKit;
 * - by the start script (server.js), which serves an allowed stream on Node's own response before
 *   SvelteKit sees the request (`serveEventStream`), because a stream kept through SvelteKit holds
 *   some 25 KB of request, response and web-stream objects for as long as it is open (decision
 *   record 0059).
 * Whatever the check refuses (or fails on) the start script passes on to SvelteKit, whose route
 * runs the same check again and answers as it always has: a refusal has one source, the route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isHttpError, isRedirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { User } from '$lib/accounts/server/data/users';
import type { Language } from '$lib/i18n';
import { getDb } from '../db';
import { getEventBus, type EventBus } from './index';
import type { Db } from '../db/connect';
import { lastEventIdFrom, resumeAfter, sseResponse, SSE_HEADERS } from './sse';
import { sseOnNode } from './node-stream';
import { readSessionToken, userForToken } from '../http/auth';
import { cookiesFromHeader } from '../http/cookies';
import { languageFromRequest } from '../http/language';
import { matchRoute } from '../http/routes';
import { actingAs, viaForPath } from '$lib/audit/server/actor';
import { log } from '../log';

/** What an access check gets: what a route has, taken from SvelteKit's request event or from Node's request. */
export interface StreamRequest {
	db: Kysely<Database>;
	bus: EventBus;
	/** The session's user (the hook's `locals.user`), or null. */
	user: User | null;
	cookies: Pick<Cookies, 'get'>;
	url: URL;
	/** The route's parameters, e.g. `id` of `/workshops/[id]/events`. */
	params: Readonly<Partial<Record<string, string>>>;
	language: Language;
}

/** What the check allows: one channel, and what to do while the stream is open. */
export interface StreamGrant {
	channel: string;
	/**
	 * Runs once the check has passed, before the stream answers (e.g. "here" for a design's team);
	 * returns what to run when the stream ends. Must leave nothing behind when it throws.
	 */
	open?: () => Promise<() => void>;
}

/** Where the streams' database and bus come from: the app's own (tests pass theirs). */
export interface StreamServices {
	db(): Promise<Db>;
	bus(): Promise<EventBus>;
}

const APP: StreamServices = { db: getDb, bus: getEventBus };

/** Allows the stream (a grant) or throws SvelteKit's `error`/`redirect`, as a route does. */
export type StreamAccess = (request: StreamRequest) => Promise<StreamGrant>;

/** The stream endpoints by SvelteKit route id, e.g. `'/workshops/[id]/events'`. */
export type StreamRoutes = Readonly<Record<string, StreamAccess>>;

/**
 * A route's `GET`: the check, then the stream as a web `Response`.
 *
 * @example
 * // src/routes/workshops/[id]/events/+server.ts
 * export const GET: RequestHandler = (event) => streamEndpoint(leaderStream, event);
 */
export async function streamEndpoint(access: StreamAccess, event: RequestEvent, services = APP): Promise<Response> {
	const { locals, cookies, url, params, request } = event;
	const { db } = await services.db();
	const bus = await services.bus();
	const grant = await access({ db, bus, user: locals.user, cookies, url, params, language: locals.language });
	const onEnd = await grant.open?.();
	if (onEnd) {
		if (request.signal.aborted) onEnd();
		else request.signal.addEventListener('abort', onEnd, { once: true });
	}
	return sseResponse({ bus, channel: grant.channel, lastEventId: lastEventIdFrom(request), signal: request.signal });
}

/** The stream route a request path (without query) is, with its parameters; undefined when none. */
export function matchStream(routes: StreamRoutes, path: string): { id: string; access: StreamAccess; params: Record<string, string> } | undefined {
	const route = matchRoute(routes, path);
	return route && { id: route.id, access: route.value, params: route.params };
}

/**
 * Serves `req` as an event stream on `res` if it is a stream route's `GET` whose check allows it
 * (a `HEAD`: the stream's headers only),
 * and says whether it did. False (nothing written): the caller hands the request to SvelteKit.
 * `origin` is the app's origin, as adapter-node builds a request's URL from it. Never rejects.
 */
export async function serveEventStream(routes: StreamRoutes, req: IncomingMessage, res: ServerResponse, origin: string, services = APP): Promise<boolean> {
	const target = req.url ?? '';
	const head = req.method === 'HEAD';
	if ((req.method !== 'GET' && !head) || !target.startsWith('/')) return false;
	const query = target.indexOf('?');
	const route = matchStream(routes, query < 0 ? target : target.slice(0, query));
	if (!route) return false;
	const started = performance.now();
	let onEnd: (() => void) | undefined;
	try {
		// As adapter-node does: the origin and the request target, joined as text.
		const url = new URL(origin + target);
		const { db } = await services.db();
		const bus = await services.bus();
		const cookies = cookiesFromHeader(req.headers.cookie);
		const user = await userForToken(db, readSessionToken(cookies, url));
		const request: StreamRequest = { db, bus, user, cookies, url, params: route.params, language: languageFromRequest(cookies) };
		// Acting as the hook does for a request: whatever the check or `open` writes is this user's.
		const actor = { userId: user?.id ?? null, via: viaForPath(url.pathname) };
		const grant = await actingAs(actor, () => route.access(request));
		// A HEAD gets what a GET would get but the body: the stream's headers, then the end. (Through
		// SvelteKit it got an open stream whose body Node then dropped, kept open until the client left.)
		if (head) {
			res.writeHead(200, SSE_HEADERS).end();
			log.info({ method: 'HEAD', route: route.id, status: 200, ms: Math.round(performance.now() - started) }, 'request');
			return true;
		}
		onEnd = await actingAs(actor, async () => grant.open?.());
		const lastEventId = resumeAfter(oneHeader(req.headers['last-event-id']), url);
		sseOnNode(res, { bus, channel: grant.channel, lastEventId }, onEnd);
	} catch (error) {
		onEnd?.();
		// A refusal is SvelteKit's `error` or `redirect`: the route answers it. Anything else is
		// unexpected here; the route meets it again and answers as for any failing request.
		if (!isHttpError(error) && !isRedirect(error)) log.warn({ err: error instanceof Error ? error.message : String(error), route: route.id }, 'event stream not served directly');
		return false;
	}
	log.info({ method: 'GET', route: route.id, status: 200, ms: Math.round(performance.now() - started) }, 'request');
	return true;
}

function oneHeader(value: string | string[] | undefined): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

const OFFER = Symbol.for('blendwijzer.serveEventStream');

/** The function the start script calls for every request; `offerEventStreams` puts it where server.js finds it. */
export type ServeEventStream = (req: IncomingMessage, res: ServerResponse, origin: string) => Promise<boolean>;

/**
 * Hands `serveEventStream` for `routes` to the start script. server.js imports the build's handler
 * (whose init hook calls this) and reads it from this well-known symbol: it is the built app's own
 * module instance, so the same database, event bus and session code serve both.
 */
export function offerEventStreams(routes: StreamRoutes): void {
	const serve: ServeEventStream = (req, res, origin) => serveEventStream(routes, req, res, origin);
	(globalThis as Record<symbol, unknown>)[OFFER] = serve;
}
