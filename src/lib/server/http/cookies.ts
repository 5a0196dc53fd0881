/**
 * Reading a request's cookies where SvelteKit's `cookies` is not at hand: the start script's event
 * streams (server/events/endpoints.ts), which pass this to the same session and participant
 * lookups the routes use. It reads a `Cookie` header exactly as SvelteKit's `cookies.get` does
 * (the `cookie` package's `parse`): pairs split at `;`, names and values trimmed, the first of
 * two equal names wins, one pair of double quotes is taken off, and a value with `%` is
 * URI-decoded unless that fails.
 */
import type { Cookies } from '@sveltejs/kit';

export type CookieReader = Pick<Cookies, 'get'>;

export function parseCookieHeader(header: string): Map<string, string> {
	const cookies = new Map<string, string>();
	let index = 0;
	while (index < header.length) {
		const eq = header.indexOf('=', index);
		if (eq === -1) break;
		let end = header.indexOf(';', index);
		if (end === -1) end = header.length;
		else if (end < eq) {
			// A pair without `=`: skip to the `;` just before this `=`.
			index = header.lastIndexOf(';', eq - 1) + 1;
			continue;
		}
		const name = header.slice(index, eq).trim();
		if (!cookies.has(name)) {
			let value = header.slice(eq + 1, end).trim();
			if (value.charCodeAt(0) === 0x22) value = value.slice(1, -1);
			cookies.set(name, decodeValue(value));
		}
		index = end + 1;
	}
	return cookies;
}

function decodeValue(value: string): string {
	if (!value.includes('%')) return value;
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

/** A `cookies.get` over a request's `Cookie` header (parsed once, on first use). */
export function cookiesFromHeader(header: string | undefined): CookieReader {
	let parsed: Map<string, string> | undefined;
	return {
		get(name: string) {
			parsed ??= parseCookieHeader(header ?? '');
			return parsed.get(name);
		}
	};
}
