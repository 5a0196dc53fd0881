import { describe, expect, it } from 'vitest';
import { GuessingAlarm } from './join-guessing';

describe('GuessingAlarm', () => {
	it('goes off once when the wrong codes of a minute pass the threshold, and again in a later minute', () => {
		let now = 0;
		const alarm = new GuessingAlarm(3, () => now);
		expect([1, 2, 3, 4, 5, 6].map(() => alarm.wrongCode())).toEqual([false, false, false, true, false, false]);
		now = 59_999;
		expect(alarm.wrongCode()).toBe(false);
		now = 60_000;
		expect([1, 2, 3, 4].map(() => alarm.wrongCode())).toEqual([false, false, false, true]);
	});

	it('stays quiet at the rate of people mistyping', () => {
		let now = 0;
		const alarm = new GuessingAlarm(600, () => now);
		const alarms = Array.from({ length: 10_000 }, (_, i) => {
			now = i * 1_000; // one wrong code a second: 60 a minute
			return alarm.wrongCode();
		});
		expect(alarms.some(Boolean)).toBe(false);
	});
});
