/**
 * Who is at the table: a phone that has its page open says so every `PRESENCE_BEAT_MS`, which
 * the server notes as the participant's "last seen" (at most once a minute, see
 * data/participants.ts). Someone seen within `PRESENCE_WINDOW_MS` counts as present, so a phone
 * that is put away drops off the table's list within about two minutes without saying goodbye.
 */

/** How often an open phone says it is still there. */
export const PRESENCE_BEAT_MS = 30_000;

/** Seen this recently: at the table. Longer than the server's touch interval (60 s) plus one beat. */
export const PRESENCE_WINDOW_MS = 120_000;

/** Whether someone last seen at `lastSeenAt` (ISO) counts as present at server time `now`. */
export function isPresent(lastSeenAt: string, now: number): boolean {
	const seen = Date.parse(lastSeenAt);
	return Number.isFinite(seen) && now - seen <= PRESENCE_WINDOW_MS;
}

/**
 * The members present at `now`, in the table's order. `me` always counts: the phone asking is
 * open, whatever the server last noted.
 */
export function presentMembers<T extends { id: string; lastSeenAt: string }>(members: readonly T[], me: string, now: number): T[] {
	return members.filter((p) => p.id === me || isPresent(p.lastSeenAt, now));
}
