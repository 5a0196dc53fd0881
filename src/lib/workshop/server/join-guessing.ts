/**
 * Join codes are not throttled (decision 45). A limit on code lookups can either refuse without
 * looking the code up, and then it refuses the real participants behind the same address or on
 * the same server along with the guesser, or look the code up anyway, and then its answer tells
 * the guesser whether the code was right, so it limits nothing. What keeps guessing hopeless is
 * the code's length (join-code.ts), computed from the most lookups a deployment can answer at all.
 * What limits a room is the workshop's size (MAX_PARTICIPANTS_PER_WORKSHOP), with its own message.
 *
 * What is left to do here is to notice: wrong codes for the whole server above
 * GUESSING_ALARM_PER_MINUTE (real people mistype a few a minute; a script thousands) are logged,
 * once a minute, so an operator can find and block the source. It only logs; it refuses nobody.
 */
import { log } from '$lib/server/log';

/** Wrong codes a minute for the whole server above which it logs `join_code_guessing`. */
export const GUESSING_ALARM_PER_MINUTE = 600;

/** Counts wrong codes in minute-long windows and says when a window first passes the threshold. */
export class GuessingAlarm {
	private windowStart = -Infinity;
	private wrong = 0;

	constructor(
		private readonly threshold: number = GUESSING_ALARM_PER_MINUTE,
		private readonly now: () => number = Date.now
	) {}

	/** Counts one wrong code; true exactly once per minute-long window in which the count passes the threshold. */
	wrongCode(): boolean {
		const at = this.now();
		if (at - this.windowStart >= 60_000) {
			this.windowStart = at;
			this.wrong = 0;
		}
		this.wrong++;
		return this.wrong === this.threshold + 1;
	}
}

const alarm = new GuessingAlarm();

/** Call when a looked-up code let nobody in. Never refuses anything. */
export function wrongCode(): void {
	if (alarm.wrongCode()) {
		log.warn({ event: 'join_code_guessing', wrongCodesPerMinute: `>${GUESSING_ALARM_PER_MINUTE}` }, 'many wrong join codes: someone may be guessing');
	}
}
