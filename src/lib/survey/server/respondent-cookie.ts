/**
 * The respondent's device token for one survey: random (≥128 bits, 32 bytes), in an HttpOnly
 * cookie scoped to the survey's own path (`/r/<code>`), so it keys the draft and recognises a
 * device that already answered without naming anyone (decision record 0013).
 */
import type { Cookies } from '@sveltejs/kit';
import { newToken } from '$lib/accounts/server/data/sessions';
import { isSecureContext } from '$lib/server/http/security';

const COOKIE = 'bw_respondent';
const COOKIE_DAYS = 180;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The token this device sent for the survey, if it sent a well-formed one. */
export function sentRespondentToken(cookies: Pick<Cookies, 'get'>): string | null {
	const existing = cookies.get(COOKIE);
	return existing && TOKEN_SHAPE.test(existing) ? existing : null;
}

/** The device's respondent token for this survey; made on the first visit. */
export function respondentToken(cookies: Cookies, url: URL, code: string): string {
	const existing = sentRespondentToken(cookies);
	if (existing) return existing;
	const token = newToken();
	cookies.set(COOKIE, token, {
		path: `/r/${code}`,
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecureContext(url),
		maxAge: COOKIE_DAYS * 24 * 3600
	});
	return token;
}
