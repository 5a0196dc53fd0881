import { describe, expect, it } from 'vitest';
import { Backoff, LOGIN_THROTTLE_POLICY, LoginThrottle, mostFailuresIn, waitAfter, waitToShow, type BackoffPolicy } from './login-throttle';

const policy: BackoffPolicy = { free: 3, firstWaitMs: 1_000, maxWaitMs: 10_000, forgetAfterMs: 60_000 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A clock a test moves by hand. */
function clock(start = 1_000_000) {
	const c = { t: start, now: () => c.t, pass: (ms: number) => void (c.t += ms) };
	return c;
}

describe('waitAfter', () => {
	it('costs nothing for the free failures, then doubles from the first wait up to the cap', () => {
		expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => waitAfter(n, policy))).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
	});

	it('stays at the cap however many failures there are', () => {
		expect(waitAfter(10_000, policy)).toBe(10_000);
	});
});

describe('mostFailuresIn', () => {
	it('counts the free failures, one per growing wait, then one per capped wait', () => {
		// 3 free; waits 1+2+4+8 = 15 s bring 4 more; then one per 10 s: 45 s left → 4 more.
		expect(mostFailuresIn(60_000, policy)).toBe(11);
		expect(mostFailuresIn(0, policy)).toBe(3);
	});

	it('gives the figures of decision 45: about 300 guesses a day per account, about 94 an hour per address', () => {
		expect(mostFailuresIn(DAY, LOGIN_THROTTLE_POLICY.account)).toBe(300);
		expect(mostFailuresIn(HOUR, LOGIN_THROTTLE_POLICY.address)).toBe(94);
		expect(waitAfter(14, LOGIN_THROTTLE_POLICY.account)).toBe(300_000);
		expect(waitAfter(13, LOGIN_THROTTLE_POLICY.account)).toBe(256_000);
	});
});

describe('waitToShow', () => {
	it('rounds a wait up to whole seconds under a minute and to whole minutes from a minute', () => {
		expect(waitToShow(1)).toEqual({ unit: 'seconds', count: 1 });
		expect(waitToShow(1_000)).toEqual({ unit: 'seconds', count: 1 });
		expect(waitToShow(1_001)).toEqual({ unit: 'seconds', count: 2 });
		expect(waitToShow(59_000)).toEqual({ unit: 'seconds', count: 59 });
		expect(waitToShow(59_500)).toEqual({ unit: 'minutes', count: 1 });
		expect(waitToShow(61_000)).toEqual({ unit: 'minutes', count: 2 });
		expect(waitToShow(300_000)).toEqual({ unit: 'minutes', count: 5 });
	});
});

describe('Backoff', () => {
	it('makes a key wait after its free failures and lets it try again when the wait is over', () => {
		const c = clock();
		const backoff = new Backoff(policy, c.now);
		for (let i = 0; i < 3; i++) backoff.failed('a');
		expect(backoff.waitMs('a')).toBe(1_000);
		expect(backoff.waitMs('b')).toBe(0);
		c.pass(400);
		expect(backoff.waitMs('a')).toBe(600);
		c.pass(600);
		expect(backoff.waitMs('a')).toBe(0);
	});

	it('forgets each failure a while after it happened', () => {
		const c = clock();
		const backoff = new Backoff(policy, c.now);
		for (let i = 0; i < 3; i++) backoff.failed('a');
		c.pass(30_000);
		backoff.failed('a');
		expect(backoff.waitMs('a')).toBe(2_000);
		c.pass(30_000); // the first three are forgotten
		expect(backoff.waitMs('a')).toBe(0);
		backoff.failed('a');
		backoff.failed('a');
		expect(backoff.waitMs('a')).toBe(1_000);
		c.pass(60_000);
		expect(backoff.waitMs('a')).toBe(0);
		expect(backoff.size).toBe(0);
	});

	it('keeps no more failures per key than it takes to reach the cap', () => {
		const c = clock();
		const backoff = new Backoff(policy, c.now);
		for (let i = 0; i < 10_000; i++) backoff.failed('a');
		expect(backoff.waitMs('a')).toBe(10_000);
		backoff.forgive('a');
		expect(backoff.waitMs('a')).toBe(8_000);
	});

	it('drops harmless entries first when a spray of keys passes the cap, and keeps the ones that cost a wait', () => {
		const c = clock();
		const backoff = new Backoff(policy, c.now, 10);
		for (let i = 0; i < 3; i++) backoff.failed('target');
		for (let i = 0; i < 50; i++) backoff.failed(`made-up-${i}@example.org`);
		expect(backoff.size).toBeLessThanOrEqual(10);
		expect(backoff.waitMs('target')).toBe(1_000);
	});
});

describe('LoginThrottle', () => {
	const owner = { account: 'eigenaar@hogeschool.nl', address: '145.0.0.1', device: null };

	it('tells a guesser to wait, longer after each failure, and checks nothing during the wait', () => {
		const c = clock();
		const throttle = new LoginThrottle(LOGIN_THROTTLE_POLICY, c.now);
		const waits: number[] = [];
		while (waits.length < 3) {
			const attempt = throttle.attempt(owner);
			if (attempt.ok) continue; // a wrong password: the failure is already counted
			waits.push(attempt.waitMs);
			if (waits.length < 3) c.pass(attempt.waitMs);
		}
		// Five free, then 1 s, 2 s, 4 s (the try after each wait is checked and fails).
		expect(waits).toEqual([1_000, 2_000, 4_000]);
		c.pass(1_500);
		expect(throttle.attempt(owner)).toEqual({ ok: false, waitMs: 2_500 });
		// Hammering during the wait does not make it longer.
		for (let i = 0; i < 100; i++) throttle.attempt(owner);
		expect(throttle.attempt(owner)).toEqual({ ok: false, waitMs: 2_500 });
	});

	it('lets the owner in with the right password once the wait the server named is over', () => {
		const c = clock();
		const throttle = new LoginThrottle(LOGIN_THROTTLE_POLICY, c.now);
		for (let i = 0; i < 20; i++) {
			const attempt = throttle.attempt(owner);
			if (!attempt.ok) c.pass(attempt.waitMs);
		}
		let refused = throttle.attempt(owner);
		while (refused.ok) refused = throttle.attempt(owner);
		const wait = refused.ok ? 0 : refused.waitMs;
		expect(wait).toBeLessThanOrEqual(LOGIN_THROTTLE_POLICY.account.maxWaitMs);
		c.pass(wait);
		const after = throttle.attempt(owner);
		expect(after.ok).toBe(true);
		if (after.ok) after.succeeded();
		// Signed in: the account's failures are gone.
		expect(throttle.accounts.waitMs(owner.account)).toBe(0);
	});

	it('never waits longer than the cap, however long the guessing goes on', () => {
		const c = clock();
		const throttle = new LoginThrottle(LOGIN_THROTTLE_POLICY, c.now);
		let longest = 0;
		for (let i = 0; i < 2_000; i++) {
			const attempt = throttle.attempt(owner);
			if (!attempt.ok) {
				longest = Math.max(longest, attempt.waitMs);
				c.pass(attempt.waitMs);
			}
		}
		expect(longest).toBe(LOGIN_THROTTLE_POLICY.account.maxWaitMs);
	});

	it('counts a try the moment it is let through, so tries sent all at once are not all checked', () => {
		const throttle = new LoginThrottle(LOGIN_THROTTLE_POLICY, clock().now);
		const burst = Array.from({ length: 100 }, () => throttle.attempt(owner));
		expect(burst.filter((a) => a.ok)).toHaveLength(LOGIN_THROTTLE_POLICY.account.free);
	});

	it('lets the owner on a device they signed in on before straight in while a guesser hammers their account and address', () => {
		const c = clock();
		const throttle = new LoginThrottle(LOGIN_THROTTLE_POLICY, c.now);
		for (let i = 0; i < 500; i++) throttle.attempt(owner);
		expect(throttle.attempt(owner).ok).toBe(false);
		const fromOwnLaptop = throttle.attempt({ ...owner, device: 'device-1' });
		expect(fromOwnLaptop.ok).toBe(true);
		if (fromOwnLaptop.ok) fromOwnLaptop.succeeded();
		// The guesser still waits.
		expect(throttle.attempt(owner).ok).toBe(false);
	});

	it('slows a known device that keeps failing on its own count, not the account', () => {
		const throttle = new LoginThrottle(LOGIN_THROTTLE_POLICY, clock().now);
		const device = { ...owner, device: 'device-1' };
		for (let i = 0; i < LOGIN_THROTTLE_POLICY.device.free; i++) expect(throttle.attempt(device).ok).toBe(true);
		expect(throttle.attempt(device).ok).toBe(false);
		expect(throttle.attempt(owner).ok).toBe(true);
	});

	it('slows an address trying many accounts only after a campus’s worth of mistakes, and other addresses not at all', () => {
		const throttle = new LoginThrottle(LOGIN_THROTTLE_POLICY, clock().now);
		const free = LOGIN_THROTTLE_POLICY.address.free;
		for (let i = 0; i < free; i++) expect(throttle.attempt({ ...owner, account: `user${i}@hogeschool.nl` }).ok).toBe(true);
		const next = throttle.attempt({ ...owner, account: 'someone-else@hogeschool.nl' });
		expect(next).toEqual({ ok: false, waitMs: LOGIN_THROTTLE_POLICY.address.firstWaitMs });
		expect(throttle.attempt({ ...owner, account: 'someone-else@hogeschool.nl', address: '145.0.0.2' }).ok).toBe(true);
	});

	it('never makes a campus wait where people sign in about as often as they mistype', () => {
		const c = clock();
		const throttle = new LoginThrottle(LOGIN_THROTTLE_POLICY, c.now);
		for (let i = 0; i < 1_000; i++) {
			c.pass(2_000);
			const attempt = throttle.attempt({ ...owner, account: `medewerker${i}@hogeschool.nl` });
			expect(attempt.ok).toBe(true);
			if (attempt.ok && i % 2 === 0) attempt.succeeded(); // every other try a mistype
		}
	});
});
