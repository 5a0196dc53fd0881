// Plain JavaScript so that both the app (hooks.server.ts) and the start script (server.js, which
// serves static files before SvelteKit sees them) send the very same headers.

/** Sent on every response, pages, files and errors alike. Pages also get SvelteKit's nonce CSP. */
export const BASE_SECURITY_HEADERS = Object.freeze({
	'x-content-type-options': 'nosniff',
	// Not 'no-referrer': with it, browsers send `Origin: null` on form posts and the origin check fails.
	'referrer-policy': 'same-origin',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
});

/** For responses that are not pages (downloads, endpoint errors, static files): nothing may run. */
export const STRICT_CSP =
	"default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A year: long enough that a browser keeps refusing plain http between visits. */
export const DEFAULT_HSTS_MAX_AGE = 31536000;

/**
 * Strict-Transport-Security when Blendwijzer is reached over https (its ORIGIN): browsers then
 * never try plain http for it again, so a network in between cannot strip the TLS. Nothing for a
 * plain-http ORIGIN (a laptop trying it out), where the header would be ignored anyway.
 * `maxAge` comes from HSTS_MAX_AGE (seconds); 0 tells browsers to forget it again.
 * @param {string} origin
 * @param {string | undefined} maxAge
 * @returns {Record<string, string>}
 */
export function transportSecurityHeaders(origin, maxAge) {
	if (!origin.startsWith('https://')) return {};
	const seconds = maxAge === undefined || maxAge === '' ? DEFAULT_HSTS_MAX_AGE : Number(maxAge);
	if (!Number.isInteger(seconds) || seconds < 0) throw new Error(`HSTS_MAX_AGE must be a whole number of seconds, not "${maxAge}"`);
	return { 'strict-transport-security': `max-age=${seconds}` };
}
