/**
 * A debug counter of the statements each request runs, for benchmarks (`BENCH_QUERIES=1 npm run
 * bench`): with DEBUG_QUERY_COUNT=1 every response carries `x-query-count`, the statements Kysely
 * ran while it was made (a transaction's begin and commit included). Off by default: the
 * request-scoped store it needs costs time on every await.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export const queryCountEnabled = process.env.DEBUG_QUERY_COUNT === '1';

const counts = new AsyncLocalStorage<{ n: number }>();

/** Kysely's `log` hook: counts a statement for the request it runs in. */
export function countQuery(): void {
	const store = counts.getStore();
	if (store) store.n++;
}

/** Runs a request and returns its response with the number of statements it ran. */
export async function withQueryCount(run: () => Promise<Response>): Promise<Response> {
	const store = { n: 0 };
	const response = await counts.run(store, run);
	response.headers.set('x-query-count', String(store.n));
	return response;
}

/** Counts the statements of the rest of the calling async function: a request served outside SvelteKit (decision record 0061). */
export function countFromHere(): { readonly n: number } {
	const store = { n: 0 };
	counts.enterWith(store);
	return store;
}
