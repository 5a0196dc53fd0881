/**
 * An event stream written on Node's own `ServerResponse`, for the start script (server.js), which
 * serves the app's streams before SvelteKit sees them (decision record 0059). A stream lives for
 * hours; through SvelteKit each one kept a web `Request`, the route's request event, a `Response`
 * with its `ReadableStream` and adapter-node's reader alive for all that time (some 25 KB of heap
 * per stream). Here a stream is its Node response, one bus subscription and a heartbeat entry.
 * What is sent, and when, is the same code as a route's `sseResponse` (sse.ts).
 */
import type { ServerResponse } from 'node:http';
import { assertStreamOptions, MAX_QUEUED_FRAMES, SSE_HEADERS, startEventStream, type SseOptions } from './sse';

/**
 * Answers `res` with the stream and keeps it until the client goes away, then unsubscribes and
 * calls `onEnd` (once). Throws on bad options before anything is written.
 */
export function sseOnNode(res: ServerResponse, options: Omit<SseOptions, 'signal'>, onEnd?: () => void): void {
	assertStreamOptions(options);
	if (res.destroyed) {
		onEnd?.();
		return;
	}
	res.writeHead(200, SSE_HEADERS);
	// Frames written since Node's buffer filled up, not yet taken by the connection. The same limit
	// as a route's stream: beyond it the client is too slow and reconnects to catch up from the table.
	let queued = 0;
	const end = startEventStream(
		{
			write(bytes) {
				if (res.destroyed || res.writableEnded) return true; // gone: 'close' ends the stream
				if (!res.writableNeedDrain) queued = 0;
				else if (++queued > MAX_QUEUED_FRAMES) return false;
				res.write(bytes);
				return true;
			},
			close() {
				if (!res.writableEnded) res.end();
			}
		},
		options
	);
	let ended = false;
	const close = (): void => {
		if (ended) return;
		ended = true;
		end();
		onEnd?.();
	};
	res.once('close', close);
	// A write to a connection that is going away must end this stream only, never the process.
	res.on('error', close);
}
