/**
 * Following a workshop's event stream in the browser. The stream carries only "something
 * changed" (see server/workshop-live.ts); the page then reloads its data from the server, which
 * decides what this screen may see. EventSource reconnects by itself and sends Last-Event-ID, so
 * the server replays what was missed; the first connection starts after `lastEventId`, the
 * newest event the page's data already reflects.
 */
import { invalidateAll } from '$app/navigation';

export type LinkStatus = 'connecting' | 'live' | 'reconnecting';

export interface FollowOptions {
	/** The stream's URL, e.g. `/w/events`. */
	url: string;
	lastEventId: number;
	/** Events that need no reload, or only on some pages, are handed over as they come (`editing`, `presence`). */
	onEvent?: (type: string, data: unknown) => void;
	onStatus?: (status: LinkStatus) => void;
}

const RELOAD_TYPES = ['state', 'participants', 'scores', 'sheet', 'plan', 'reflections', 'settings', 'design'];

export function follow(options: FollowOptions): () => void {
	const source = new EventSource(`${options.url}?lastEventId=${options.lastEventId}`);
	let timer: ReturnType<typeof setTimeout> | undefined;
	let closed = false;
	const reload = () => {
		clearTimeout(timer);
		// Several events in a burst (a whole room scoring) make one reload.
		timer = setTimeout(() => {
			if (closed) return;
			// Offline, a reload would fail and show an error page instead of what is on screen:
			// wait; the stream replays what was missed once the connection is back.
			if (!navigator.onLine) return reload();
			void invalidateAll();
		}, 120);
	};
	for (const type of RELOAD_TYPES) source.addEventListener(type, reload);
	for (const type of ['editing', 'presence']) {
		source.addEventListener(type, (event) => options.onEvent?.(type, JSON.parse((event as MessageEvent<string>).data) as unknown));
	}
	options.onStatus?.('connecting');
	source.onopen = () => options.onStatus?.('live');
	// EventSource reconnects by itself after an error; the page only says so.
	source.onerror = () => options.onStatus?.('reconnecting');
	return () => {
		closed = true;
		clearTimeout(timer);
		source.close();
	};
}
