/**
 * The countdown of a workshop step. The server stores the clock as plain data and every screen
 * (leader, projector, phones) computes the remaining time itself from that data and its own
 * estimate of the server's time, so a screen that joins late, reloads or misses an event shows the
 * same time as the others without a per-second stream. Pure functions; no timers, no `Date.now()`:
 * the caller passes `now` (milliseconds since the epoch on the server's clock).
 *
 * @example
 * let clock = newClock(minutes(45));
 * clock = startClock(clock, now);           // the leader starts step 3
 * clock = pauseClock(clock, now + 60_000);  // pauses after a minute
 * clock = extendClock(clock, 5);            // and adds five minutes
 * remaining(clock, now + 120_000);          // 49 minutes, still paused
 */
import { z } from 'zod';

export interface ClockState {
	/** The time this step has, including extensions. */
	durationMs: number;
	/** Server time at which the clock was last started or resumed; null while paused or not started. */
	startedAt: number | null;
	/** Time run before `startedAt` (the sum of earlier runs). */
	accumulatedMs: number;
}

/** The most a leader can add in one go; a step never lasts longer than a day. */
export const MAX_EXTEND_MINUTES = 240;
export const MAX_CLOCK_DURATION_MS = 24 * 60 * 60 * 1000;

const MINUTE_MS = 60_000;

export function minutes(count: number): number {
	return count * MINUTE_MS;
}

/** What the clock looks like on the wire and in the database: checked when read back. */
export const clockStateSchema = z
	.object({
		durationMs: z.number().int().min(0).max(MAX_CLOCK_DURATION_MS),
		startedAt: z.number().int().nonnegative().nullable(),
		accumulatedMs: z.number().int().nonnegative()
	})
	.strict();

/** A clock for a step of `durationMs`, not yet running. */
export function newClock(durationMs: number): ClockState {
	if (!Number.isInteger(durationMs) || durationMs < 0 || durationMs > MAX_CLOCK_DURATION_MS) {
		throw new RangeError(`a clock lasts 0 to ${MAX_CLOCK_DURATION_MS} whole milliseconds, not ${durationMs}`);
	}
	return { durationMs, startedAt: null, accumulatedMs: 0 };
}

export function isRunning(state: ClockState): boolean {
	return state.startedAt !== null;
}

/**
 * Time run so far. A `now` before `startedAt` (two servers whose clocks differ slightly, or a
 * screen whose offset estimate is a little off) counts as no time rather than negative time.
 */
export function elapsed(state: ClockState, now: number): number {
	const running = state.startedAt === null ? 0 : Math.max(0, now - state.startedAt);
	return state.accumulatedMs + running;
}

/**
 * Time left, in milliseconds. Negative once the step runs over, so a screen can show how far over
 * it is ("+2:10"); use `isOverrun` to decide how to show it.
 */
export function remaining(state: ClockState, now: number): number {
	return state.durationMs - elapsed(state, now);
}

/** True once the step has used more than its time. At exactly zero the time is up, not yet over. */
export function isOverrun(state: ClockState, now: number): boolean {
	return remaining(state, now) < 0;
}

/** Starts or resumes the clock. Starting a running clock changes nothing (a double click is harmless). */
export function startClock(state: ClockState, now: number): ClockState {
	if (state.startedAt !== null) return state;
	return { ...state, startedAt: now };
}

/** The same as `startClock`: resuming a paused clock is starting it again. */
export const resumeClock = startClock;

/** Pauses the clock, keeping the time run so far. Pausing a paused clock changes nothing. */
export function pauseClock(state: ClockState, now: number): ClockState {
	if (state.startedAt === null) return state;
	return { durationMs: state.durationMs, startedAt: null, accumulatedMs: elapsed(state, now) };
}

/**
 * Gives the step `extraMinutes` more (whole minutes, 1 to MAX_EXTEND_MINUTES), whether the clock
 * runs or not. A clock that had run over counts down again from what is left after the extension.
 */
export function extendClock(state: ClockState, extraMinutes: number): ClockState {
	if (!Number.isInteger(extraMinutes) || extraMinutes < 1 || extraMinutes > MAX_EXTEND_MINUTES) {
		throw new RangeError(`a clock is extended by 1 to ${MAX_EXTEND_MINUTES} whole minutes, not ${extraMinutes}`);
	}
	const durationMs = Math.min(MAX_CLOCK_DURATION_MS, state.durationMs + minutes(extraMinutes));
	return { ...state, durationMs };
}

/** How the leader's extend form is validated on the server before `extendClock` is called. */
export const extendMinutesSchema = z.coerce.number().int().min(1).max(MAX_EXTEND_MINUTES);

/**
 * A fresh clock for the step the room moves to: the time of that step, nothing run. `running`
 * starts it at `now` straight away.
 */
export function resetClock(durationMs: number, now: number, running: boolean): ClockState {
	const clock = newClock(durationMs);
	return running ? startClock(clock, now) : clock;
}

/**
 * The server's time as a screen estimates it: its own clock plus an offset. The offset is
 * measured when the screen receives a message stamped with the server's time; with the time the
 * request was sent too, half the round trip is taken off (as NTP does), otherwise the one-way
 * delay (well under a second) is the error.
 */
export function clockOffset(sample: { serverTime: number; receivedAt: number; sentAt?: number }): number {
	const { serverTime, receivedAt, sentAt } = sample;
	const clientMidpoint = sentAt === undefined ? receivedAt : (sentAt + receivedAt) / 2;
	return Math.round(serverTime - clientMidpoint);
}

/** The remaining time as a screen computes it from its own clock and its offset to the server. */
export function remainingOnScreen(state: ClockState, screenNow: number, offsetMs: number): number {
	return remaining(state, screenNow + offsetMs);
}

export interface ClockFace {
	/** True when the step has run over; minutes and seconds then say by how much. */
	overrun: boolean;
	minutes: number;
	seconds: number;
	/** `mm:ss`, or `+mm:ss` when over time. Minutes are not capped at 59: a long step shows 75:00. */
	text: string;
}

/**
 * What a clock shows for `remainingMs`. Counting down, a part-second shows as a whole second (the
 * clock reads 0:01 until the time is really up, never 0:00 early); running over, whole seconds
 * past are shown.
 */
export function clockFace(remainingMs: number): ClockFace {
	const overrun = remainingMs < 0;
	const totalSeconds = overrun ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
	const mins = Math.floor(totalSeconds / 60);
	const secs = totalSeconds % 60;
	const text = `${overrun ? '+' : ''}${mins}:${String(secs).padStart(2, '0')}`;
	return { overrun, minutes: mins, seconds: secs, text };
}
