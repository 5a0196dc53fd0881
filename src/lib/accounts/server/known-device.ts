/**
 * A known device: after a password sign-in the browser keeps a cookie that says "this account
 * signed in here before". A try from such a device is slowed on a count of its own instead of the
 * account's and the address's (login-throttle.ts), so a script guessing the account's password
 * from the same campus address cannot make its owner wait (OWASP's "device cookies"; decision 45).
 *
 * The cookie is `<user id>.<issued, seconds>.<HMAC-SHA256>`, keyed with the account's password
 * hash: no secret to configure, nothing to store, and a new password makes every old cookie
 * worthless. It says nothing a person could not see (their own user id) and proves nothing but
 * that this browser once knew the password; it never signs anyone in.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { isSecureContext } from '$lib/server/http/security';

/** How long a device stays known after its last password sign-in. */
export const KNOWN_DEVICE_DAYS = 180;

const DAY_SECONDS = 24 * 60 * 60;

export function knownDeviceCookieName(url: URL): string {
	return isSecureContext(url) ? '__Host-bw_device' : 'bw_device';
}

function mac(userId: string, issued: number, passwordHash: string): string {
	return createHmac('sha256', passwordHash).update(`known-device\n${userId}\n${issued}`).digest('base64url');
}

/** The cookie's value for this account, issued at `nowMs`. */
export function knownDeviceValue(userId: string, passwordHash: string, nowMs: number = Date.now()): string {
	const issued = Math.floor(nowMs / 1000);
	return `${userId}.${issued}.${mac(userId, issued, passwordHash)}`;
}

/**
 * The device's id (for its own count of failures) when `value` is a known-device cookie of this
 * account that has not expired; null otherwise, and for an unknown e-mail address.
 */
export function knownDeviceId(value: string | undefined, account: { id: string; passwordHash: string | null } | undefined, nowMs: number = Date.now()): string | null {
	if (!value || !account?.passwordHash || value.length > 200) return null;
	const [userId, issuedText, signature, ...rest] = value.split('.');
	if (rest.length > 0 || userId !== account.id || !issuedText || !/^\d{1,12}$/.test(issuedText) || !signature) return null;
	const issued = Number(issuedText);
	const age = nowMs / 1000 - issued;
	if (age < -60 || age > KNOWN_DEVICE_DAYS * DAY_SECONDS) return null;
	const expected = Buffer.from(mac(userId, issued, account.passwordHash));
	const given = Buffer.from(signature);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	return signature;
}

/** Marks this browser as a known device of the account that just signed in with its password. */
export function rememberDevice(cookies: Cookies, url: URL, account: { id: string; passwordHash: string }): void {
	cookies.set(knownDeviceCookieName(url), knownDeviceValue(account.id, account.passwordHash), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecureContext(url),
		maxAge: KNOWN_DEVICE_DAYS * DAY_SECONDS
	});
}

/** The known-device id for a sign-in try on this account, from the request's cookie. */
export function deviceFor(cookies: Cookies, url: URL, account: { id: string; passwordHash: string | null } | undefined): string | null {
	return knownDeviceId(cookies.get(knownDeviceCookieName(url)), account);
}
