/**
 * How often people may try join codes. The code's length (join-code.ts) is computed from the
 * service-wide ceiling: at most JOIN_CODE_POLICY.attemptsPerMinute lookups a minute for the whole
 * service, so guessing any one workshop's code in its lifetime stays below one in a million.
 * Below that ceiling:
 * - per address, only *wrong* codes count (30 a minute): a whole campus behind one address joins
 *   with the right code as fast as it likes (50 people in a minute is the test), while a guesser
 *   on that address is slowed to a crawl;
 * - per code, at most 120 joins a minute: above any real room's rush, below a script filling a
 *   workshop with fake participants (which MAX_PARTICIPANTS_PER_WORKSHOP caps anyway).
 * In-memory, per server (see rate-limit.ts): with several servers each enforces its own share.
 */
import { RateLimiter } from '$lib/server/http/rate-limit';
import { JOIN_CODE_POLICY } from '$lib/workshop/join-code';

export const WRONG_CODES_PER_ADDRESS_PER_MINUTE = 30;
export const JOINS_PER_CODE_PER_MINUTE = 120;

const service = new RateLimiter(JOIN_CODE_POLICY.attemptsPerMinute, 60_000);
const wrongCodes = new RateLimiter(WRONG_CODES_PER_ADDRESS_PER_MINUTE, 60_000);
const perCode = new RateLimiter(JOINS_PER_CODE_PER_MINUTE, 60_000);

/** Call before looking a code up; false means answer "too many attempts" and look nothing up. */
export function mayTryCode(address: string): boolean {
	return wrongCodes.allows(address) && service.take('all');
}

/** Call when a looked-up code let nobody in. */
export function wrongCode(address: string): void {
	wrongCodes.take(address);
}

/** Call before adding a participant with this (valid) code. */
export function mayJoin(code: string): boolean {
	return perCode.take(code);
}
