/**
 * Matching a request path against SvelteKit route ids, for what the start script serves before
 * SvelteKit sees the request (event streams, decision record 0059; form actions, 0061).
 */

/** A parameter served directly: ids and codes are letters, digits, `-` and `_`; anything else goes to SvelteKit. */
const PLAIN_SEGMENT = /^[\w-]+$/;

const compiled = new WeakMap<object, { id: string; segments: string[]; value: unknown }[]>();

/**
 * The route a request path (without query) is, with its parameters; undefined when none. `routes`
 * maps route ids (`/workshops/[id]/events`, where `[name]` is a parameter) to what serves them.
 */
export function matchRoute<T>(routes: Readonly<Record<string, T>>, path: string): { id: string; value: T; params: Record<string, string> } | undefined {
	let list = compiled.get(routes);
	if (!list) {
		list = Object.entries(routes).map(([id, value]) => ({ id, segments: id.split('/'), value }));
		compiled.set(routes, list);
	}
	const parts = path.split('/');
	for (const { id, segments, value } of list) {
		if (segments.length !== parts.length) continue;
		const params: Record<string, string> = {};
		const matches = segments.every((segment, i) => {
			const part = parts[i]!;
			if (!segment.startsWith('[')) return segment === part;
			if (!PLAIN_SEGMENT.test(part)) return false;
			params[segment.slice(1, -1)] = part;
			return true;
		});
		if (matches) return { id, value: value as T, params };
	}
	return undefined;
}
