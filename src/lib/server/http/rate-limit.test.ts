import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
	it('allows hits up to the limit within the window and refuses the next', () => {
		const limiter = new RateLimiter(3, 60_000);
		expect([1, 2, 3, 4].map(() => limiter.take('a', 1000))).toEqual([true, true, true, false]);
	});

	it('counts keys separately', () => {
		const limiter = new RateLimiter(1, 60_000);
		expect(limiter.take('a', 0)).toBe(true);
		expect(limiter.take('b', 0)).toBe(true);
		expect(limiter.take('a', 0)).toBe(false);
	});

	it('allows hits again once the window has passed', () => {
		const limiter = new RateLimiter(1, 1000);
		expect(limiter.take('a', 0)).toBe(true);
		expect(limiter.take('a', 500)).toBe(false);
		expect(limiter.take('a', 1500)).toBe(true);
	});

	it('reads the time from the clock it is given', () => {
		let now = 0;
		const limiter = new RateLimiter(1, 1000, () => now);
		expect(limiter.take('a')).toBe(true);
		expect(limiter.allows('a')).toBe(false);
		now = 1000;
		expect(limiter.allows('a')).toBe(true);
	});
});
