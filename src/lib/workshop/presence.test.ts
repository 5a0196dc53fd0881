import { describe, expect, it } from 'vitest';
import { isPresent, presentMembers, PRESENCE_WINDOW_MS } from './presence';

const now = Date.parse('2026-03-10T10:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('who is at the table', () => {
	it('counts someone seen within the window as present, and not after it', () => {
		expect(isPresent(ago(0), now)).toBe(true);
		expect(isPresent(ago(PRESENCE_WINDOW_MS), now)).toBe(true);
		expect(isPresent(ago(PRESENCE_WINDOW_MS + 1), now)).toBe(false);
		expect(isPresent('not a date', now)).toBe(false);
	});

	it('always counts the phone that asks, and keeps the table’s order', () => {
		const members = [
			{ id: 'a', lastSeenAt: ago(10_000) },
			{ id: 'me', lastSeenAt: ago(3_600_000) },
			{ id: 'c', lastSeenAt: ago(PRESENCE_WINDOW_MS * 2) },
			{ id: 'd', lastSeenAt: ago(1_000) }
		];
		expect(presentMembers(members, 'me', now).map((p) => p.id)).toEqual(['a', 'me', 'd']);
	});
});
