import { describe, expect, it } from 'vitest';
import { limitsClock } from './limits-clock';

describe('limitsClock', () => {
	it('stands still at the given time in the test harness', () => {
		const now = limitsClock({ NODE_ENV: 'test', BLENDWIJZER_TEST_CLOCK_MS: '1700000000000' });
		expect(now()).toBe(1_700_000_000_000);
	});

	it('is the real clock outside tests, whatever the variable says', () => {
		expect(limitsClock({ NODE_ENV: 'production', BLENDWIJZER_TEST_CLOCK_MS: '1700000000000' })).toBe(Date.now);
		expect(limitsClock({ BLENDWIJZER_TEST_CLOCK_MS: '1700000000000' })).toBe(Date.now);
		expect(limitsClock({ NODE_ENV: 'test', BLENDWIJZER_TEST_CLOCK_MS: 'gisteren' })).toBe(Date.now);
		expect(limitsClock({ NODE_ENV: 'test' })).toBe(Date.now);
	});
});
