import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { readSessionToken, userForToken } from '$lib/server/http/auth';
import { BASE_SECURITY_HEADERS, STRICT_CSP, isCrossSiteWrite } from '$lib/server/http/security';
import { languageFromRequest } from '$lib/server/http/language';
import { messages } from '$lib/i18n';
import { log } from '$lib/server/log';
import { scheduleHousekeeping } from '$lib/server/housekeeping';
import { discardUnreadBody } from '$lib/server/http/body';
import { queryCountEnabled, withQueryCount } from '$lib/server/db/query-count';
import { actingAs, viaForPath } from '$lib/audit/server/actor';
import { authConfig } from '$lib/sso/server/config';
import { offerEventStreams } from '$lib/server/events/endpoints';
import { EVENT_STREAMS } from '$lib/server/event-streams';
import { offerFormActions } from '$lib/server/http/direct-actions';
import { DIRECT_ACTIONS } from '$lib/server/form-actions';

/** Open and migrate the database before the first request, so a broken database fails the start, not a user. */
export const init: ServerInit = async () => {
	// A sign-in configuration that cannot work fails the start with its problems named (decision record 0042).
	authConfig();
	const { db } = await getDb();
	scheduleHousekeeping(db);
	// The start script serves the event streams on Node's own response (decision record 0059).
	offerEventStreams(EVENT_STREAMS);
	// …and the busiest form actions too (decision record 0061).
	offerFormActions(DIRECT_ACTIONS);
};

export const handle: Handle = (input) => (queryCountEnabled ? withQueryCount(async () => handleRequest(input)) : handleRequest(input));

// The start script answers a scan's autosave and a survey's submission without SvelteKit, doing
// what this hook does for them (server/http/direct-actions.ts, decision record 0061): a rule added
// here for every request belongs there too.
const handleRequest: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const language = languageFromRequest(event.cookies);
	event.locals.language = language;
	event.locals.user = null;
	event.locals.sessionToken = null;

	let response: Response;
	if (isCrossSiteWrite(event.request, event.url)) {
		response = new Response(messages(language).common.crossSiteRefused, {
			status: 403,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	} else {
		const { db } = await getDb();
		event.locals.sessionToken = readSessionToken(event.cookies, event.url);
		event.locals.user = await userForToken(db, event.locals.sessionToken);
		// Every audited write in this request names this user (decision record 0044).
		const actor = { userId: event.locals.user?.id ?? null, via: viaForPath(event.url.pathname) };
		response = await actingAs(actor, () =>
			resolve(event, {
				transformPageChunk: ({ html }) => html.replace('%lang%', language)
			})
		);
	}

	// A request answered without reading its body would otherwise have its connection reset.
	await discardUnreadBody(event.request);
	for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) response.headers.set(name, value);
	if (!response.headers.has('content-security-policy')) response.headers.set('content-security-policy', STRICT_CSP);
	// Pages show private scan data: never keep them in a shared cache.
	if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');

	log.info(
		{ method: event.request.method, route: event.route.id, status: response.status, ms: Math.round(performance.now() - started) },
		'request'
	);
	return response;
};

/** Unexpected errors are logged with their stack (no request data) and shown as a plain message. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status >= 500) log.error({ route: event.route.id, status, err: error instanceof Error ? error.message : String(error) }, 'error');
	const language = event.locals.language ?? 'nl';
	const m = messages(language).common;
	// A 4xx here is a request SvelteKit refused before our code ran (e.g. a JSON body to a form action).
	return { message: status === 404 ? m.notFound : status >= 400 && status < 500 ? m.invalidInput : m.unexpectedError };
};
