/**
 * Views that many screens share, computed once per event instead of once per screen. Decision 8
 * has every screen reload its data when its channel carries an event, and every change a screen
 * shows is announced with one; so a view read after event N is what every screen would read
 * until the next event. A room of 200 phones at 20 tables then computes 20 table views per step
 * change, not 200 (docs/decisions/0048-live-screens-at-scale.md).
 *
 * The caller keys a view by everything it depends on besides the channel's events (the workshop's
 * revision, the table, the language), and passes the newest event id it read *before* reading the
 * view's data, as a page does: a view is then never older than its id. Each key keeps only its
 * newest view; a request that read an older id than the one kept computes its own and keeps nothing.
 * What differs per person (one's own scores, who is present now) is never put in here.
 *
 * @example
 * const view = await tableViews.get(`${workshop.id}:${workshop.revision}:${group.key}:${language}`, lastEventId, () => readTable(db, …));
 */
export class ViewCache<T> {
	readonly #entries = new Map<string, { eventId: number; value: Promise<T> }>();
	readonly #maxEntries: number;

	constructor(maxEntries = 2000) {
		this.#maxEntries = maxEntries;
	}

	get(key: string, eventId: number, compute: () => Promise<T>): Promise<T> {
		const entry = this.#entries.get(key);
		if (entry && entry.eventId === eventId) return entry.value;
		if (entry && entry.eventId > eventId) return compute();
		const value = compute();
		// Newest last, so the first key is the one stored longest ago.
		this.#entries.delete(key);
		this.#entries.set(key, { eventId, value });
		value.catch(() => {
			if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
		});
		while (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
		return value;
	}

	get size(): number {
		return this.#entries.size;
	}

	clear(): void {
		this.#entries.clear();
	}
}
