/**
 * SvelteKit reloads a page's data (after a save, or when a live screen hears of a change) with
 * `fetch(…/__data.json)`. When the connection drops during that request, SvelteKit shows its error
 * page, whose own data request fails as well, and falls back to a full page load: the browser's
 * offline page, with everything that was on screen gone. A phone on campus Wi-Fi meets exactly
 * that, and so did a busy CI machine, where reloads take long enough to be caught by a test that
 * takes a phone offline. Instead, a data request that fails for want of a network waits for the
 * connection and tries again; meanwhile the page keeps showing what it had, and what is typed in
 * it stays. SvelteKit calls `window.fetch` at request time for exactly this kind of patch.
 */
export function keepDataRequestsThroughOutages(win: Window = window): void {
	const fetchOnce = win.fetch.bind(win);
	win.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
		if (!isDataRequest(input, win.location.href)) return fetchOnce(input, init);
		for (let attempt = 0; ; attempt++) {
			try {
				return await fetchOnce(input, init);
			} catch (error) {
				// Only a network failure is waited out; an abort is the caller's choice.
				if (init?.signal?.aborted || !(error instanceof TypeError)) throw error;
				await connectionBack(win, attempt);
			}
		}
	};
}

function isDataRequest(input: RequestInfo | URL, base: string): boolean {
	const url = new URL(input instanceof Request ? input.url : String(input), base);
	return url.pathname.endsWith('/__data.json') && (!(input instanceof Request) || input.method === 'GET');
}

/** Resolves when the browser says it is online again, or after a back-off (1, 2, 4, … at most 10 s) for a server that was away. */
function connectionBack(win: Window, attempt: number): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			win.removeEventListener('online', done);
			clearTimeout(timer);
			resolve();
		};
		const timer = setTimeout(done, Math.min(1000 * 2 ** attempt, 10_000));
		win.addEventListener('online', done);
	});
}
