/**
 * Headers and request checks that every response and every state-changing request get
 * (docs/decisions/0004-security-headers.md).
 */

export { BASE_SECURITY_HEADERS, STRICT_CSP } from './headers.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: a state-changing request must come from our own origin. Browsers
 * send `Origin` on every POST; `Sec-Fetch-Site` covers the rest. Requests that carry neither (no
 * browser) are refused too: the app has no cookie-less API that writes.
 */
export function isCrossSiteWrite(request: Request, url: URL): boolean {
	if (SAFE_METHODS.has(request.method)) return false;
	const origin = request.headers.get('origin');
	if (origin !== null) return origin !== url.origin;
	const site = request.headers.get('sec-fetch-site');
	return site !== 'same-origin';
}

/**
 * `__Host-` cookies need the Secure flag; browsers accept Secure cookies on https and on
 * localhost. Plain http elsewhere (a test server on a LAN name) falls back to a plain name.
 */
export function isSecureContext(url: URL): boolean {
	return url.protocol === 'https:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
}
