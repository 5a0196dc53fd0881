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
