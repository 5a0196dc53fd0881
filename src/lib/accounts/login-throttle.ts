/**
 * Slowing down password guessing without locking anyone out (decision 45).
 *
 * Every failed sign-in makes the next try wait a little longer: a few failures are free (people
 * mistype), then the wait doubles with each failure up to a cap, and each failure is forgotten a
 * while after it happened (a day per account, an hour per address). During a wait the server does not check the password at all and says
 * how long to wait; a try after the wait is checked as usual, so a correct password then signs in.
 * A refused try does not count as a failure, so hammering during a wait does not make it longer.
 *
 * The waits are kept per account (the e-mail address typed, whether or not it exists, so the
 * answer tells nobody which addresses have accounts) and per network address. A device on which
 * the account signed in before (a known-device cookie, server/known-device.ts) has a count of its
 * own instead: a script hammering the account from the same campus address cannot make its owner
 * wait there.
 *
 * A try counts as a failure the moment it is let through, and is taken back when the password
 * turns out right: so a script that sends a hundred tries at once gets the free ones checked and
 * the rest told to wait, rather than all hundred checked before any is counted.
 *
 * @example
 * const throttle = new LoginThrottle();
 * const attempt = throttle.attempt({ account: email, address, device: null });
 * if (!attempt.ok) return tellToWait(attempt.waitMs);
 * if (await verifyPassword(hash, password)) attempt.succeeded();
 */

export interface BackoffPolicy {
	/** Failures in a row that cost no wait. */
	free: number;
	/** The wait after the last free failure; each further failure doubles it. */
	firstWaitMs: number;
	/** The longest wait. */
	maxWaitMs: number;
	/** Each failure counts this long. */
	forgetAfterMs: number;
}

export interface LoginThrottlePolicy {
	account: BackoffPolicy;
	address: BackoffPolicy;
	device: BackoffPolicy;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The numbers, explained in decision 45. Per account: 5 free, then 1 s doubling to 5 minutes (from
 * the 14th failure), each failure counted for a day: at most 300 guesses a day. Per address: 30
 * free (a campus behind one address mistypes too, and every sign-in there takes one back), then
 * 1 s doubling to a minute, each counted for an hour: at most 94 an hour. Per known device: as an
 * account.
 */
export const LOGIN_THROTTLE_POLICY: Readonly<LoginThrottlePolicy> = Object.freeze({
	account: { free: 5, firstWaitMs: SECOND, maxWaitMs: 5 * MINUTE, forgetAfterMs: 24 * HOUR },
	address: { free: 30, firstWaitMs: SECOND, maxWaitMs: MINUTE, forgetAfterMs: HOUR },
	device: { free: 5, firstWaitMs: SECOND, maxWaitMs: 5 * MINUTE, forgetAfterMs: 24 * HOUR }
});

/** The wait after `failures` failures in a row: none for the free ones, then doubling, capped. */
export function waitAfter(failures: number, policy: BackoffPolicy): number {
	if (failures < policy.free) return 0;
	return Math.min(policy.maxWaitMs, policy.firstWaitMs * 2 ** (failures - policy.free));
}

/**
 * The most failures a patient guesser gets checked in `periodMs` against one key, trying at the
 * end of every wait: the free ones, then one per wait. What decision 45's figures come from.
 */
export function mostFailuresIn(periodMs: number, policy: BackoffPolicy): number {
	let failures = 0;
	let elapsed = 0;
	for (;;) {
		const wait = waitAfter(failures, policy);
		if (elapsed + wait > periodMs) return failures;
		elapsed += wait;
		failures++;
		if (wait === policy.maxWaitMs) return failures + Math.floor((periodMs - elapsed) / policy.maxWaitMs);
	}
}

/** A wait as people read it: whole seconds, rounded up, under a minute; whole minutes, rounded up, from a minute. */
export function waitToShow(waitMs: number): { unit: 'seconds' | 'minutes'; count: number } {
	const seconds = Math.max(1, Math.ceil(waitMs / 1000));
	return seconds < 60 ? { unit: 'seconds', count: seconds } : { unit: 'minutes', count: Math.ceil(seconds / 60) };
}

/** Failures per key, each counted for `forgetAfterMs`, with the wait they cost. */
export class Backoff {
	/** Per key, the times of its failures still counted, oldest first; never more than it takes to reach the cap. */
	private readonly entries = new Map<string, number[]>();
	private readonly keep: number;

	constructor(
		readonly policy: BackoffPolicy,
		private readonly now: () => number = Date.now,
		/** Above this many keys, forgotten and free-only entries are dropped first (a spray of made-up e-mail addresses). */
		private readonly maxKeys = 100_000
	) {
		let keep = policy.free;
		while (waitAfter(keep, policy) < policy.maxWaitMs) keep++;
		this.keep = keep;
	}

	/** Milliseconds until `key` may try again; 0 when it may now. */
	waitMs(key: string): number {
		const times = this.current(key);
		if (times.length === 0) return 0;
		return Math.max(0, times.at(-1)! + waitAfter(times.length, this.policy) - this.now());
	}

	failed(key: string): void {
		const times = this.current(key);
		times.push(this.now());
		if (times.length > this.keep) times.shift();
		this.entries.delete(key);
		this.entries.set(key, times);
		if (this.entries.size > this.maxKeys) this.prune();
	}

	/** Takes back the latest `count` failures. */
	forgive(key: string, count = 1): void {
		const times = this.current(key);
		times.splice(Math.max(0, times.length - count));
	}

	/** Forgets every failure of `key`. */
	clear(key: string): void {
		this.entries.delete(key);
	}

	get size(): number {
		return this.entries.size;
	}

	/** The key's failures still counted (dropping the forgotten ones); a new empty list for a key without any. */
	private current(key: string): number[] {
		const times = this.entries.get(key);
		if (!times) return [];
		const since = this.now() - this.policy.forgetAfterMs;
		while (times.length > 0 && times[0]! <= since) times.shift();
		if (times.length === 0) this.entries.delete(key);
		return times;
	}

	/** Drops forgotten entries, then entries that cost no wait yet, oldest first, until under the cap. */
	private prune(): void {
		for (const key of [...this.entries.keys()]) this.current(key);
		for (const [key, times] of this.entries) {
			if (this.entries.size <= this.maxKeys) break;
			if (times.length < this.policy.free) this.entries.delete(key);
		}
	}
}

export interface LoginTry {
	/** The e-mail address as typed (trimmed, lower case), whether or not it has an account. */
	account: string;
	/** The network address the try came from. */
	address: string;
	/** The known-device cookie's id when it is valid for this account, else null. */
	device: string | null;
}

export type LoginAttempt =
	/** `succeeded`: call when the password was right; the try is taken back and the failures it was counted against forgotten. */
	| { ok: true; succeeded(): void }
	| { ok: false; /** How long to wait before the next try is checked. */ waitMs: number };

export class LoginThrottle {
	readonly accounts: Backoff;
	readonly addresses: Backoff;
	readonly devices: Backoff;

	constructor(policy: LoginThrottlePolicy = LOGIN_THROTTLE_POLICY, now: () => number = Date.now) {
		this.accounts = new Backoff(policy.account, now);
		this.addresses = new Backoff(policy.address, now);
		this.devices = new Backoff(policy.device, now);
	}

	/** Call before checking a password; when `ok` is false, do not check it. */
	attempt(login: LoginTry): LoginAttempt {
		const counts: [Backoff, string][] = login.device
			? [[this.devices, login.device]]
			: [
					[this.accounts, login.account],
					[this.addresses, login.address]
				];
		const waitMs = Math.max(...counts.map(([backoff, key]) => backoff.waitMs(key)));
		if (waitMs > 0) return { ok: false, waitMs };
		for (const [backoff, key] of counts) backoff.failed(key);
		return {
			ok: true,
			succeeded: () => {
				if (login.device) return this.devices.clear(login.device);
				this.accounts.clear(login.account);
				// The try itself, and one failure before it: an address where people sign in about as
				// often as they mistype (a campus) never comes to wait; a guesser's failures pile up.
				this.addresses.forgive(login.address, 2);
			}
		};
	}
}
