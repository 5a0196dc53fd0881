import { describe, expect, it } from 'vitest';
import {
	MAX_EXTEND_MINUTES,
	clockFace,
	clockOffset,
	clockStateSchema,
	elapsed,
	extendClock,
	extendMinutesSchema,
	isOverrun,
	isRunning,
	minutes,
	newClock,
	pauseClock,
	remaining,
	remainingOnScreen,
	resetClock,
	resumeClock,
	startClock
} from './clock';

const T0 = 1_800_000_000_000;

describe('a new clock', () => {
	it('has its whole time left and does not run', () => {
		const clock = newClock(minutes(10));
		expect(clock).toEqual({ durationMs: 600_000, startedAt: null, accumulatedMs: 0 });
		expect(isRunning(clock)).toBe(false);
		expect(remaining(clock, T0 + 999_999)).toBe(600_000);
	});

	it('refuses a negative, fractional or day-long-plus duration', () => {
		expect(() => newClock(-1)).toThrow(RangeError);
		expect(() => newClock(1.5)).toThrow(RangeError);
		expect(() => newClock(25 * 3_600_000)).toThrow(RangeError);
	});
});

describe('running, pausing and resuming', () => {
	it('counts down from the moment it is started', () => {
		const clock = startClock(newClock(minutes(10)), T0);
		expect(isRunning(clock)).toBe(true);
		expect(remaining(clock, T0)).toBe(600_000);
		expect(remaining(clock, T0 + 61_000)).toBe(539_000);
	});

	it('keeps the time run so far while paused', () => {
		let clock = startClock(newClock(minutes(10)), T0);
		clock = pauseClock(clock, T0 + 120_000);
		expect(clock).toEqual({ durationMs: 600_000, startedAt: null, accumulatedMs: 120_000 });
		expect(remaining(clock, T0 + 500_000)).toBe(480_000);
	});

	it('continues where it was paused when resumed', () => {
		let clock = startClock(newClock(minutes(10)), T0);
		clock = pauseClock(clock, T0 + 120_000);
		clock = resumeClock(clock, T0 + 300_000);
		expect(remaining(clock, T0 + 360_000)).toBe(420_000);
		clock = pauseClock(clock, T0 + 400_000);
		expect(elapsed(clock, T0 + 10_000_000)).toBe(220_000);
	});

	it('ignores a second start and a second pause, so a double click does not skip time', () => {
		const running = startClock(newClock(minutes(10)), T0);
		expect(startClock(running, T0 + 5_000)).toBe(running);
		const paused = pauseClock(running, T0 + 5_000);
		expect(pauseClock(paused, T0 + 9_000)).toBe(paused);
	});

	it('counts no negative time when a screen or second server is slightly behind the start', () => {
		const clock = startClock(newClock(minutes(1)), T0);
		expect(remaining(clock, T0 - 800)).toBe(60_000);
		expect(pauseClock(clock, T0 - 800).accumulatedMs).toBe(0);
	});
});

describe('running over', () => {
	it('goes negative after the time is up, and only then counts as overrun', () => {
		const clock = startClock(newClock(minutes(1)), T0);
		expect(isOverrun(clock, T0 + 59_999)).toBe(false);
		expect(isOverrun(clock, T0 + 60_000)).toBe(false);
		expect(remaining(clock, T0 + 60_000)).toBe(0);
		expect(isOverrun(clock, T0 + 60_001)).toBe(true);
		expect(remaining(clock, T0 + 90_000)).toBe(-30_000);
	});
});

describe('extendClock', () => {
	it('adds whole minutes to a running clock without restarting it', () => {
		const clock = extendClock(startClock(newClock(minutes(10)), T0), 5);
		expect(clock.startedAt).toBe(T0);
		expect(remaining(clock, T0 + minutes(10))).toBe(minutes(5));
	});

	it('brings an overrun clock back to counting down', () => {
		const clock = startClock(newClock(minutes(10)), T0);
		expect(isOverrun(clock, T0 + minutes(12))).toBe(true);
		const extended = extendClock(clock, 5);
		expect(isOverrun(extended, T0 + minutes(12))).toBe(false);
		expect(remaining(extended, T0 + minutes(12))).toBe(minutes(3));
	});

	it('refuses zero, negative, fractional and too-large extensions', () => {
		const clock = newClock(minutes(10));
		for (const bad of [0, -5, 1.5, MAX_EXTEND_MINUTES + 1, NaN]) {
			expect(() => extendClock(clock, bad), String(bad)).toThrow(RangeError);
		}
	});

	it('validates the extend form field as the server receives it', () => {
		expect(extendMinutesSchema.parse('5')).toBe(5);
		expect(extendMinutesSchema.safeParse('0').success).toBe(false);
		expect(extendMinutesSchema.safeParse('2.5').success).toBe(false);
		expect(extendMinutesSchema.safeParse('abc').success).toBe(false);
		expect(extendMinutesSchema.safeParse(String(MAX_EXTEND_MINUTES + 1)).success).toBe(false);
	});
});

describe('resetClock', () => {
	it('gives the next step its own time, running from now when asked', () => {
		expect(resetClock(minutes(20), T0, true)).toEqual({ durationMs: minutes(20), startedAt: T0, accumulatedMs: 0 });
		expect(resetClock(minutes(20), T0, false)).toEqual({ durationMs: minutes(20), startedAt: null, accumulatedMs: 0 });
	});
});

describe('every screen computes the same time from the server state', () => {
	it('survives a round trip through JSON and the schema', () => {
		const clock = pauseClock(startClock(newClock(minutes(45)), T0), T0 + 1_000);
		expect(clockStateSchema.parse(JSON.parse(JSON.stringify(clock)))).toEqual(clock);
		expect(clockStateSchema.safeParse({ ...clock, extra: 1 }).success).toBe(false);
		expect(clockStateSchema.safeParse({ ...clock, accumulatedMs: -1 }).success).toBe(false);
	});

	it('estimates the offset to the server, taking off half the round trip when known', () => {
		expect(clockOffset({ serverTime: T0 + 5_000, receivedAt: T0 })).toBe(5_000);
		expect(clockOffset({ serverTime: T0 + 5_000, sentAt: T0 - 200, receivedAt: T0 })).toBe(5_100);
	});

	it('shows the same remaining time on a screen whose own clock is three minutes off', () => {
		const clock = startClock(newClock(minutes(10)), T0);
		const serverNow = T0 + 90_000;
		const screenNow = serverNow - 180_000;
		const offset = clockOffset({ serverTime: serverNow, receivedAt: screenNow });
		expect(remainingOnScreen(clock, screenNow, offset)).toBe(remaining(clock, serverNow));
	});
});

describe('clockFace', () => {
	it('shows minutes and seconds, never 0:00 before the time is really up', () => {
		expect(clockFace(minutes(45)).text).toBe('45:00');
		expect(clockFace(61_000).text).toBe('1:01');
		expect(clockFace(500).text).toBe('0:01');
		expect(clockFace(0)).toEqual({ overrun: false, minutes: 0, seconds: 0, text: '0:00' });
	});

	it('shows time over with a plus sign, in whole seconds past', () => {
		expect(clockFace(-500).text).toBe('+0:00');
		expect(clockFace(-130_000)).toEqual({ overrun: true, minutes: 2, seconds: 10, text: '+2:10' });
	});

	it('does not wrap long steps into hours', () => {
		expect(clockFace(minutes(75)).text).toBe('75:00');
	});
});
