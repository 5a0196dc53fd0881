/**
 * The busiest form actions, answered on Node's own request and response (decision record 0061):
 * a scan's autosave and a survey's submission. SvelteKit turns every request into a web `Request`
 * with a body stream and every answer back into Node's response; for these small, frequent posts
 * that conversion cost more than the write itself. The start script (server.js) asks
 * `serveFormAction` first; it runs the route's own action function (the same one the route's
 * `actions` export, so the rules live in one place) with what the hook would have given it, and
 * answers what SvelteKit would: the action's data, its failure, or its redirect.
 *
 * Anything else goes to SvelteKit, which answers as it always has:
 * - before the body is read (nothing has run): another route or action, a post that is not a
 *   URL-encoded form of known length within the form limit, a cross-site post, an answer wanted
 *   as anything but exactly JSON or a page, no session where the action needs one, or a
 *   precondition of the action's own (`ready`);
 * - after the action ran: whatever it threw (SvelteKit's `error`, or a failure), and a form posted
 *   without JavaScript that did not end in a redirect (SvelteKit shows the page with the answer).
 *   The request is handed on with the bytes already read, and the route runs the action again:
 *   an action registered here must store nothing unless it then succeeds (it does its writes in
 *   one transaction, last).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { isActionFailure, isRedirect, type Cookies } from '@sveltejs/kit';
import * as devalue from 'devalue';
import { getDb } from '../db';
import { readSessionToken, userForToken } from './auth';
import { cookiesFromHeader, type CookieReader } from './cookies';
import { languageFromRequest } from './language';
import { MAX_FORM_BYTES } from './forms';
import { actingAs, viaForPath } from '$lib/audit/server/actor';
import { log } from '../log';
import { countFromHere, queryCountEnabled } from '../db/query-count';
import type { User } from '$lib/accounts/server/data/users';
import { matchRoute } from './routes';

/**
 * What an action function uses of SvelteKit's request event; the route passes the event itself.
 * Served directly, `cookies` can only be read: an action that sets one throws, and SvelteKit
 * answers instead (`ready` can make sure it never needs to).
 */
export interface FormActionEvent<Params extends Record<string, string> = Record<string, string>> {
	request: Request;
	locals: App.Locals;
	url: URL;
	params: Params;
	cookies: Cookies;
}

export interface DirectAction {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each action names its own route's parameters
	run: (event: FormActionEvent<any>) => Promise<unknown>;
	/**
	 * Whether a form posted without JavaScript is served too: only for an action that answers every
	 * success with a redirect (anything else shows the page, which only SvelteKit renders).
	 */
	plainForms: boolean;
	/** Whether the action needs a signed-in user: without a session SvelteKit answers (sign-in redirect). */
	signedIn: boolean;
	/** A check before the body is read; false leaves the request to SvelteKit. */
	ready?: (request: { cookies: CookieReader; user: User | null }) => boolean;
}

/** Actions served directly, by SvelteKit route id and action name. */
export type DirectActions = Readonly<Record<string, Readonly<Record<string, DirectAction>>>>;

/** How the answer is wanted: as SvelteKit's JSON action result (the page's script), or as a page (a plain form). */
type Wanted = 'json' | 'page';

/**
 * SvelteKit answers a form action with JSON when `Accept` prefers `application/json` to
 * `text/html`, else with a page. Only the two headers our pages and browsers send are told
 * apart here; any other is left to SvelteKit's own negotiation.
 */
function wanted(accept: string | undefined): Wanted | null {
	if (accept === 'application/json') return 'json';
	if (accept !== undefined && accept.startsWith('text/html') && !accept.includes('json')) return 'page';
	return null;
}

const FORM = /^application\/x-www-form-urlencoded(?:\s*;\s*charset=utf-8)?$/i;

/** The action a request target names: `?/name` and nothing else in the query. */
function actionName(target: string, query: number): string | null {
	if (query < 0) return null;
	const name = target.slice(query + 1);
	return /^\/[a-z][A-Za-z]*$/.test(name) ? name.slice(1) : null;
}

/**
 * Serves `req` if it posts to a direct action and the action settles as described above; says
 * whether it did. When it did not, nothing has been written to `res` and `fallback` has been
 * called, or is to be called by the caller (false) with `req` itself. Never rejects.
 */
export async function serveFormAction(
	actions: DirectActions,
	req: IncomingMessage,
	res: ServerResponse,
	origin: string,
	fallback: (req: IncomingMessage) => void
): Promise<boolean> {
	const target = req.url ?? '';
	if (req.method !== 'POST' || !target.startsWith('/')) return false;
	const query = target.indexOf('?');
	const name = actionName(target, query);
	if (name === null) return false;
	const route = matchRoute(actions, target.slice(0, query));
	const action = route?.value[name];
	if (!route || !action) return false;
	const as = wanted(req.headers.accept);
	if (as === null || (as === 'page' && !action.plainForms)) return false;
	const length = Number(req.headers['content-length']);
	if (!FORM.test(req.headers['content-type'] ?? '') || !Number.isInteger(length) || length > MAX_FORM_BYTES || req.headers['transfer-encoding'] !== undefined) return false;
	// As adapter-node does: the origin and the request target, joined as text.
	const url = new URL(origin + target);
	// The hook's origin check; SvelteKit answers a cross-site post with its refusal.
	if (req.headers.origin !== url.origin) return false;

	const started = performance.now();
	const counted = queryCountEnabled ? countFromHere() : null;
	let bytes: Buffer<ArrayBuffer> | undefined;
	try {
		const { db } = await getDb();
		const cookies = cookiesFromHeader(req.headers.cookie);
		const language = languageFromRequest(cookies);
		const sessionToken = readSessionToken(cookies, url);
		const user = await userForToken(db, sessionToken);
		if ((action.signedIn && !user) || (action.ready && !action.ready({ cookies, user }))) return false;

		bytes = await readBody(req, length);
		const request = new Request(url, { method: 'POST', headers: requestHeaders(req), body: bytes });
		const locals: App.Locals = { language, user, sessionToken };
		const event: FormActionEvent = { request, locals, url, params: route.params, cookies: readOnlyCookies(cookies) };
		const actor = { userId: user?.id ?? null, via: viaForPath(url.pathname) };
		let result: { status: number; location?: string; body?: string };
		try {
			const data = await actingAs(actor, () => action.run(event));
			if (as === 'page') return replay(req, bytes, fallback);
			// SvelteKit's action results, as its `json()` writes them (handle_action_json_request).
			result = isActionFailure(data)
				? { status: 200, body: JSON.stringify({ type: 'failure', status: data.status, data: devalue.stringify(data.data) }) }
				: { status: 200, body: JSON.stringify({ type: 'success', status: data ? 200 : 204, data: devalue.stringify(data) }) };
		} catch (error) {
			if (!isRedirect(error)) return replay(req, bytes, fallback);
			result =
				as === 'json'
					? { status: 200, body: JSON.stringify({ type: 'redirect', status: error.status, location: error.location }) }
					: { status: error.status, location: error.location };
		}
		if (counted) res.setHeader('x-query-count', String(counted.n));
		answer(res, result);
		// `direct`: answered here, not by SvelteKit (an operator sees which path a request took).
		log.info({ method: 'POST', route: route.id, status: result.status, ms: Math.round(performance.now() - started), direct: true }, 'request');
		return true;
	} catch (error) {
		// Unexpected here (the body could not be read, the database is gone): SvelteKit meets it
		// again and answers as for any failing request.
		log.warn({ err: error instanceof Error ? error.message : String(error), route: route.id }, 'form action not served directly');
		if (bytes) return replay(req, bytes, fallback);
		if (req.readableEnded || req.destroyed) {
			res.destroy();
			return true;
		}
		return false;
	}
}

/** Headers as SvelteKit's action answers get them from `json()` and the hook (the start script has set the rest). */
function answer(res: ServerResponse, { status, location, body }: { status: number; location?: string; body?: string }): void {
	res.statusCode = status;
	if (location !== undefined) res.setHeader('location', location);
	if (body !== undefined) {
		res.setHeader('content-length', Buffer.byteLength(body));
		res.setHeader('content-type', 'application/json');
	}
	res.setHeader('cache-control', 'no-store');
	res.end(body);
}

/** Reads exactly `length` bytes (a shorter or longer body is Node's parse error, which ends the request). */
function readBody(req: IncomingMessage, length: number): Promise<Buffer<ArrayBuffer>> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= length) chunks.push(chunk);
		});
		req.once('end', () => (size === length ? resolve(Buffer.concat(chunks, size)) : reject(new Error('body length differs from content-length'))));
		req.once('error', reject);
		// A client that goes away mid-body: nothing more will come (after 'end' this changes nothing).
		req.once('close', () => reject(new Error('the request ended before its body')));
	});
}

/** Node's headers as a web request's (HTTP/1.1: no pseudo-headers). */
function requestHeaders(req: IncomingMessage): [string, string][] {
	const headers: [string, string][] = [];
	for (const [name, value] of Object.entries(req.headers)) {
		if (typeof value === 'string') headers.push([name, value]);
		else if (Array.isArray(value)) for (const v of value) headers.push([name, v]);
	}
	return headers;
}

/** Reading works as SvelteKit's; setting throws, which hands the request to SvelteKit. */
function readOnlyCookies(reader: CookieReader): Cookies {
	const refuse = () => {
		throw new Error('a directly served action sets no cookies');
	};
	return { get: reader.get, getAll: refuse, set: refuse, delete: refuse, serialize: refuse } as Cookies;
}

/**
 * Hands the request to SvelteKit with the body already read: a stream of the same bytes that
 * looks to adapter-node like Node's request (its method, target, headers and socket).
 */
function replay(req: IncomingMessage, bytes: Buffer, fallback: (req: IncomingMessage) => void): true {
	const copy = Object.assign(Readable.from([bytes]), {
		method: req.method,
		url: req.url,
		headers: req.headers,
		rawHeaders: req.rawHeaders,
		httpVersion: req.httpVersion,
		httpVersionMajor: req.httpVersionMajor,
		httpVersionMinor: req.httpVersionMinor,
		socket: req.socket,
		connection: req.socket
	});
	fallback(copy as unknown as IncomingMessage);
	return true;
}

const OFFER = Symbol.for('blendwijzer.serveFormAction');

/** The function the start script calls for every request (see `serveFormAction`). */
export type ServeFormAction = (req: IncomingMessage, res: ServerResponse, origin: string, fallback: (req: IncomingMessage) => void) => Promise<boolean>;

/** Hands `serveFormAction` for `actions` to the start script, as `offerEventStreams` does for the streams. */
export function offerFormActions(actions: DirectActions): void {
	const serve: ServeFormAction = (req, res, origin, fallback) => serveFormAction(actions, req, res, origin, fallback);
	(globalThis as Record<symbol, unknown>)[OFFER] = serve;
}
