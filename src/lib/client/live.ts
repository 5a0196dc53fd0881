/**
 * Following a workshop's event stream in the browser. The stream carries only "something
 * changed" (see server/workshop-live.ts); the page then reloads its data from the server, which
 * decides what this screen may see. EventSource reconnects by itself and sends Last-Event-ID, so
 * the server replays what was missed; the first connection starts after `lastEventId`, the
 * newest event the page's data already reflects.
 */
import { invalidateAll } from '$app/navigation';
import { navigating } from '$app/state';

export type LinkStatus = 'connecting' | 'live' | 'reconnecting';

export interface FollowOptions {
	/** The stream's URL, e.g. `/w/events`. */
	url: string;
	lastEventId: number;
	/** Events that need no reload, or only on some pages, are handed over as they come (`editing`, `presence`). */
	onEvent?: (type: string, data: unknown) => void;
	onStatus?: (status: LinkStatus) => void;
	/**
	 * Reload events this screen can tell it does not show (a phone outside the plenary and another
	 * table's sheet): no reload. Only ids and keys are in an event, so this decides nothing about access.
	 */
	ignore?: (type: string, data: unknown) => boolean;
	/** More event types that reload this screen, e.g. `presence` on a page that shows who else is here. */
	alsoReloadOn?: readonly string[];
	/**
	 * Spread the reload over up to this many more ms (a room of phones): 200 phones then ask one
	 * after the other instead of all in the same millisecond, and each is served sooner.
	 */
	spreadMs?: number;
}

/** Several events in a burst (a whole room scoring) make one reload, this long after the last. */
export const RELOAD_AFTER_MS = 120;
/** What the phones pass as `spreadMs`. */
export const PHONE_RELOAD_SPREAD_MS = 400;

const RELOAD_TYPES = ['state', 'participants', 'scores', 'sheet', 'plan', 'reflections', 'settings', 'design'];

export function follow(options: FollowOptions): () => void {
	const source = new EventSource(`${options.url}?lastEventId=${options.lastEventId}`);
	let timer: ReturnType<typeof setTimeout> | undefined;
	let closed = false;
	const reload = () => {
		clearTimeout(timer);
		timer = setTimeout(
			() => {
				if (closed) return;
				// Offline, a reload would fail and show an error page instead of what is on screen:
				// wait; the stream replays what was missed once the connection is back.
				if (!navigator.onLine) return reload();
				// A reload now would cancel a move the person has started (SvelteKit lets the newest load
				// win, and this one reloads the page they are leaving): their tap on "next" would be lost
				// on a slow phone. Wait for it to arrive, then reload what it shows.
				if (navigating.to) return reload();
				void invalidateAll();
			},
			RELOAD_AFTER_MS + Math.random() * (options.spreadMs ?? 0)
		);
	};
	// Every reload goes through `reload`: one per burst, and never while the person is moving on.
	for (const type of [...RELOAD_TYPES, ...(options.alsoReloadOn ?? [])]) {
		source.addEventListener(type, (event) => {
			if (options.ignore?.(type, JSON.parse((event as MessageEvent<string>).data) as unknown)) return;
			reload();
		});
	}
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
