/**
 * A Server-Sent Events response for one channel of the bus: first every stored event after the
 * client's `Last-Event-ID`, then live events, each framed with its database id so a reconnecting
 * EventSource resumes exactly where it stopped. Authorise before calling: the stream sends
 * whatever the channel carries. The same stream goes out as a web `Response` (a SvelteKit route)
 * or on Node's own response (node-stream.ts, decision record 0059).
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
 * A client too slow to take its events gets its stream closed once this many frames are queued
 * beyond what the connection takes: it reconnects with Last-Event-ID and catches up from the
 * table, and we keep no backlog in memory.
 */
export const MAX_QUEUED_FRAMES = 1000;

const encoder = new TextEncoder();

/** `id:`, `event:` and one `data:` line; JSON.stringify escapes line breaks, so data stays one line. */
export function frame(event: BusEvent): string {
	return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data) ?? 'null'}\n\n`;
}

/**
 * The bus hands one event object to every subscriber of its channel: its frame is serialized and
 * encoded once and the same bytes are queued on every stream (nothing writes into them).
 */
const encodedFrames = new WeakMap<BusEvent, Uint8Array>();

function encodedFrame(event: BusEvent): Uint8Array {
	let bytes = encodedFrames.get(event);
	if (!bytes) {
		bytes = encoder.encode(frame(event));
		encodedFrames.set(event, bytes);
	}
	return bytes;
}

const PING = encoder.encode(': ping\n\n');
const RETRY_LINE = encoder.encode(`retry: ${RETRY_MS}\n\n`);

/** One timer per interval beats every open stream, instead of one timer per stream. */
const heartbeats = new Map<number, { timer: ReturnType<typeof setInterval>; beats: Set<() => void> }>();

function onHeartbeat(intervalMs: number, beat: () => void): () => void {
	let group = heartbeats.get(intervalMs);
	if (!group) {
		const beats = new Set<() => void>();
		const timer = setInterval(() => {
			for (const each of [...beats]) each();
		}, intervalMs);
		group = { timer, beats };
		heartbeats.set(intervalMs, group);
	}
	const { beats } = group;
	beats.add(beat);
	return () => {
		beats.delete(beat);
		if (beats.size === 0 && heartbeats.get(intervalMs)?.beats === beats) {
			clearInterval(heartbeats.get(intervalMs)?.timer);
			heartbeats.delete(intervalMs);
		}
	};
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
	return resumeAfter(request.headers.get('last-event-id'), new URL(request.url), param);
}

/** `lastEventIdFrom` for a request that is not a web `Request`: its Last-Event-ID header and its URL. */
export function resumeAfter(header: string | null | undefined, url: URL, param = 'lastEventId'): number {
	if (header !== null && header !== undefined && header !== '') return parseEventId(header);
	return parseEventId(url.searchParams.get(param));
}

/** The response headers of every event stream. */
export const SSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
	'content-type': 'text/event-stream',
	'cache-control': 'no-store',
	'x-accel-buffering': 'no',
	connection: 'keep-alive'
});

/**
 * Where a stream's bytes go: a web `ReadableStream` (a SvelteKit route's `Response`) or Node's own
 * response (node-stream.ts). The stream itself (what is sent, when, and its cleanup) is the same.
 */
export interface SseSink {
	/** Queues bytes for the client; false when the client is too far behind (the stream then ends). */
	write(bytes: Uint8Array): boolean;
	/** Ends the response after what is already queued; harmless when it has ended. */
	close(): void;
}

/** Throws on bad options, so that a route fails before it answers 200, not as a broken stream. */
export function assertStreamOptions({ channel, lastEventId = 0, initial }: Omit<SseOptions, 'bus'>): void {
	assertChannel(channel);
	if (!Number.isSafeInteger(lastEventId) || lastEventId < 0) throw new TypeError('lastEventId must be a non-negative integer');
	if (initial) assertType(initial.type);
}

/**
 * Starts a stream on `sink`: the retry line, the initial snapshot, then every stored event after
 * `lastEventId` and every live one, with a heartbeat. Returns `end`, which the transport calls when
 * the client has gone: it unsubscribes and leaves the heartbeat, once. A client too slow to take
 * its events has its response closed here (and `end` run): it reconnects with Last-Event-ID.
 */
export function startEventStream(sink: SseSink, { bus, channel, lastEventId = 0, heartbeatMs = 15_000, initial }: Omit<SseOptions, 'signal'>): () => void {
	assertStreamOptions({ channel, lastEventId, initial });
	let ended = false;
	let unsubscribe = (): void => {};
	let stopHeartbeat = (): void => {};
	const end = (): void => {
		if (ended) return;
		ended = true;
		unsubscribe();
		stopHeartbeat();
	};
	const send = (bytes: Uint8Array): void => {
		if (ended || sink.write(bytes)) return;
		end();
		sink.close();
	};
	send(RETRY_LINE);
	if (initial) send(encoder.encode(`event: ${initial.type}\ndata: ${JSON.stringify(initial.data) ?? 'null'}\n\n`));
	if (ended) return end;
	unsubscribe = bus.subscribe(channel, lastEventId, (event) => send(encodedFrame(event)));
	stopHeartbeat = onHeartbeat(heartbeatMs, () => send(PING));
	return end;
}

/**
 * The stream as a web `Response`, for a SvelteKit route (the dev server, and any request that the
 * start script does not serve on Node's response itself: see node-stream.ts).
 *
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
export function sseResponse({ signal, ...options }: SseOptions): Response {
	assertStreamOptions(options);
	let stop = (): void => {};

	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			let closed = false;
			const sink: SseSink = {
				write(bytes) {
					if ((controller.desiredSize ?? 0) < -MAX_QUEUED_FRAMES) return false;
					try {
						controller.enqueue(bytes);
						return true;
					} catch {
						return false; // cancelled meanwhile
					}
				},
				close() {
					if (closed) return;
					closed = true;
					try {
						controller.close();
					} catch {
						// already closed or cancelled
					}
				}
			};
			const onAbort = (): void => {
				stop();
				sink.close();
			};
			if (signal?.aborted) return onAbort();
			const end = startEventStream(sink, options);
			stop = () => {
				end();
				signal?.removeEventListener('abort', onAbort);
			};
			signal?.addEventListener('abort', onAbort, { once: true });
		},
		cancel() {
			stop();
		}
	});

	return new Response(body, { headers: { ...SSE_HEADERS } });
}
