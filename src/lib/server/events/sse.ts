/**
 * A Server-Sent Events response for one channel of the bus: first every stored event after the
 * client's `Last-Event-ID`, then live events, each framed with its database id so a reconnecting
 * EventSource resumes exactly where it stopped. Authorise before calling: the stream sends
 * whatever the channel carries.
 */
import type { EventBus } from './bus';
import { assertChannel, assertType, type BusEvent } from './store';

export interface SseOptions {
	bus: EventBus;
	channel: string;
	/** The last event the client has: only later ones are sent. Parse it with `lastEventIdFrom`. */
	lastEventId?: number;
	/** A comment line this often keeps proxies and idle timeouts from closing the stream (≤ 15 s). */
	heartbeatMs?: number;
	/** The request's signal: the stream ends and unsubscribes when the client goes away. */
	signal?: AbortSignal;
	/**
	 * Sent first, without an id (e.g. a snapshot of the current state). Pass as `lastEventId` the
	 * id of the newest event the snapshot already reflects, so no event is applied twice.
	 */
	initial?: { type: string; data: unknown };
}

/** How long an EventSource waits before reconnecting (ms). */
export const RETRY_MS = 2000;

/**
 * A client too slow to take its events gets its stream closed once this many frames are queued:
 * it reconnects with Last-Event-ID and catches up from the table, and we keep no backlog in memory.
 */
const MAX_QUEUED_FRAMES = 1000;

const encoder = new TextEncoder();

/** `id:`, `event:` and one `data:` line; JSON.stringify escapes line breaks, so data stays one line. */
export function frame(event: BusEvent): string {
	return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data) ?? 'null'}\n\n`;
}

/** A strict event id: a non-negative safe integer written in plain digits, else 0 (send everything). */
export function parseEventId(value: string | null | undefined): number {
	if (!value || !/^\d{1,16}$/.test(value)) return 0;
	const id = Number(value);
	return Number.isSafeInteger(id) ? id : 0;
}

/**
 * The id to resume after: the `Last-Event-ID` header an EventSource sends when it reconnects,
 * else the query parameter a page can put in its stream URL for the state it was rendered with.
 */
export function lastEventIdFrom(request: Request, param = 'lastEventId'): number {
	const header = request.headers.get('last-event-id');
	if (header !== null && header !== '') return parseEventId(header);
	return parseEventId(new URL(request.url).searchParams.get(param));
}

/**
 * @example
 * export const GET = async ({ request, params }) => {
 *   // …authorise the participant for this workshop first…
 *   return sseResponse({
 *     bus: await getEventBus(),
 *     channel: `workshop:${params.id}`,
 *     lastEventId: lastEventIdFrom(request),
 *     signal: request.signal
 *   });
 * };
 */
export function sseResponse({ bus, channel, lastEventId = 0, heartbeatMs = 15_000, signal, initial }: SseOptions): Response {
	// Fail before answering 200, not as a broken stream.
	assertChannel(channel);
	if (!Number.isSafeInteger(lastEventId) || lastEventId < 0) throw new TypeError('lastEventId must be a non-negative integer');
	if (initial) assertType(initial.type);
	let stop = (): void => {};

	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			// Filled in below; `end` may run before either exists (an already aborted request).
			const live = { unsubscribe: (): void => {}, heartbeat: undefined as ReturnType<typeof setInterval> | undefined };
			let ended = false;

			const end = (): void => {
				if (ended) return;
				ended = true;
				live.unsubscribe();
				clearInterval(live.heartbeat);
				signal?.removeEventListener('abort', onAbort);
			};
			const onAbort = (): void => {
				end();
				try {
					controller.close();
				} catch {
					// already closed or cancelled
				}
			};
			const send = (text: string): void => {
				if (ended) return;
				if ((controller.desiredSize ?? 0) < -MAX_QUEUED_FRAMES) return onAbort();
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					end();
				}
			};
			stop = end;

			if (signal?.aborted) return onAbort();
			send(`retry: ${RETRY_MS}\n\n`);
			if (initial) send(`event: ${initial.type}\ndata: ${JSON.stringify(initial.data) ?? 'null'}\n\n`);
			live.unsubscribe = bus.subscribe(channel, lastEventId, (event) => send(frame(event)));
			live.heartbeat = setInterval(() => send(': ping\n\n'), heartbeatMs);
			signal?.addEventListener('abort', onAbort, { once: true });
		},
		cancel() {
			stop();
		}
	});

	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream',
			'cache-control': 'no-store',
			'x-accel-buffering': 'no',
			connection: 'keep-alive'
		}
	});
}
