/**
 * What a phone has written but the server has not yet acknowledged. Each item is a JSON request
 * with a client-made id inside, so sending it twice is harmless; items go out one at a time, in
 * order, and stay (also in localStorage, so a reload or a crash loses nothing) until the server
 * answers. Without a connection they wait and go when it returns; a refusal (4xx) is handed back
 * to the page, which keeps the text on screen with the reason.
 */

export interface OutboxItem {
	/** Unique per item: the client id inside the body. */
	id: string;
	url: string;
	body: Record<string, unknown>;
	/** What the page groups items by, e.g. the field they write ("not yet saved" per field). */
	key: string;
}

export type Delivery =
	| { ok: true; item: OutboxItem; response: unknown }
	| { ok: false; item: OutboxItem; status: number; response: unknown };

export interface Outbox {
	add(item: OutboxItem): void;
	/** Items not yet acknowledged, oldest first. */
	pending(): readonly OutboxItem[];
	/** Try to send now (e.g. after the connection returns). */
	flush(): void;
	close(): void;
}

const RETRY_MS = [1000, 2000, 5000, 10_000];

export function createOutbox(storageKey: string, onDelivery: (delivery: Delivery) => void, onChange: () => void): Outbox {
	let queue: OutboxItem[] = load();
	let sending = false;
	let attempt = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let closed = false;

	function load(): OutboxItem[] {
		try {
			const raw = localStorage.getItem(storageKey);
			return raw ? (JSON.parse(raw) as OutboxItem[]) : [];
		} catch {
			return [];
		}
	}
	function save() {
		try {
			if (queue.length === 0) localStorage.removeItem(storageKey);
			else localStorage.setItem(storageKey, JSON.stringify(queue));
		} catch {
			// Storage full or blocked: the queue still lives in memory for this page.
		}
		onChange();
	}

	async function sendNext(): Promise<void> {
		if (sending || closed || queue.length === 0) return;
		sending = true;
		const item = queue[0] as OutboxItem;
		let retry = false;
		try {
			const response = await fetch(item.url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify(item.body)
			});
			const data: unknown = await response.json().catch(() => null);
			if (response.ok) {
				queue = queue.filter((i) => i.id !== item.id);
				attempt = 0;
				// The page first takes in what the server answered, then stops showing the item as unsent.
				onDelivery({ ok: true, item, response: data });
				save();
			} else if (response.status >= 500 || response.status === 429) {
				retry = true;
			} else {
				queue = queue.filter((i) => i.id !== item.id);
				onDelivery({ ok: false, item, status: response.status, response: data });
				save();
			}
		} catch {
			retry = true; // offline, or the connection dropped: keep it and try again
		}
		sending = false;
		if (retry) {
			const delay = RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)] as number;
			clearTimeout(timer);
			timer = setTimeout(() => void sendNext(), delay);
		} else {
			void sendNext();
		}
	}

	const online = () => {
		attempt = 0;
		void sendNext();
	};
	window.addEventListener('online', online);
	if (queue.length > 0) queueMicrotask(() => void sendNext());

	return {
		add(item) {
			queue.push(item);
			save();
			void sendNext();
		},
		pending: () => queue,
		flush: online,
		close() {
			closed = true;
			clearTimeout(timer);
			window.removeEventListener('online', online);
		}
	};
}

/** A random UUID v4, also where `crypto.randomUUID` is missing (plain http on a school network). */
export function uuid(): string {
	const b = crypto.getRandomValues(new Uint8Array(16));
	b[6] = ((b[6] as number) & 0x0f) | 0x40;
	b[8] = ((b[8] as number) & 0x3f) | 0x80;
	const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
