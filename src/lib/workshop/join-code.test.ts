import { describe, expect, it } from 'vitest';
import {
	CONFUSABLE_CHARACTERS,
	JOIN_CODE_ALPHABET,
	JOIN_CODE_LENGTH,
	JOIN_CODE_POLICY,
	PARTICIPANT_TOKEN_BYTES,
	formatJoinCode,
	guessProbability,
	isParticipantTokenShape,
	joinCodeLength,
	newJoinCode,
	newParticipantToken,
	normaliseJoinCode,
	type FillRandom
} from './join-code';

/** A byte source that hands out the given bytes in order, repeating them. */
function bytesFrom(values: number[]): FillRandom {
	let i = 0;
	return (bytes) => {
		for (let j = 0; j < bytes.length; j++) bytes[j] = values[i++ % values.length] as number;
		return bytes;
	};
}

describe('the join code alphabet', () => {
	it('has 31 distinct characters and none of 0, O, 1, I, L', () => {
		expect(JOIN_CODE_ALPHABET).toHaveLength(31);
		expect(new Set(JOIN_CODE_ALPHABET).size).toBe(31);
		for (const c of CONFUSABLE_CHARACTERS) expect(JOIN_CODE_ALPHABET).not.toContain(c);
	});
});

describe('the code length follows from the guessing math', () => {
	it('is 10 for 600,000 lookups a minute over 4 hours, and 9 would not do', () => {
		expect(JOIN_CODE_POLICY).toEqual({ attemptsPerMinute: 600_000, lifetimeHours: 4, maxChance: 1e-6 });
		expect(JOIN_CODE_LENGTH).toBe(10);
		expect(guessProbability({ ...JOIN_CODE_POLICY, length: 10 })).toBeCloseTo(1.44e8 / 31 ** 10, 15);
		expect(guessProbability({ ...JOIN_CODE_POLICY, length: 10 })).toBeLessThan(2e-7);
		expect(guessProbability({ ...JOIN_CODE_POLICY, length: 9 })).toBeGreaterThan(5e-6);
	});

	it('is the number of guesses over the number of codes', () => {
		// 10 a minute for 1 hour = 600 guesses against 31^2 = 961 codes.
		expect(guessProbability({ attemptsPerMinute: 10, lifetimeHours: 1, length: 2 })).toBeCloseTo(600 / 961, 12);
		expect(guessProbability({ attemptsPerMinute: 10, lifetimeHours: 1, length: 1 })).toBe(1);
		expect(guessProbability({ attemptsPerMinute: 1, lifetimeHours: 1, length: 3, alphabetSize: 10 })).toBeCloseTo(0.06, 12);
	});

	it('grows when the rate or the lifetime grows', () => {
		expect(joinCodeLength({ ...JOIN_CODE_POLICY, lifetimeHours: 24 })).toBe(11);
		expect(joinCodeLength({ ...JOIN_CODE_POLICY, attemptsPerMinute: 600 })).toBe(8);
		expect(joinCodeLength({ ...JOIN_CODE_POLICY, maxChance: 1e-9 })).toBe(12);
	});

	it('takes the smallest length that meets the chance, checked against brute force', () => {
		for (const attemptsPerMinute of [1, 60, 6_000, 600_000]) {
			for (const lifetimeHours of [0.5, 3, 48]) {
				const policy = { attemptsPerMinute, lifetimeHours, maxChance: 1e-6 };
				const length = joinCodeLength(policy);
				const guesses = attemptsPerMinute * 60 * lifetimeHours;
				expect(guesses / 31 ** length).toBeLessThan(1e-6);
				expect(guesses / 31 ** (length - 1)).toBeGreaterThanOrEqual(1e-6);
			}
		}
	});

	it('refuses a policy that makes no sense', () => {
		expect(() => joinCodeLength({ attemptsPerMinute: 0, lifetimeHours: 4, maxChance: 1e-6 })).toThrow(RangeError);
		expect(() => joinCodeLength({ attemptsPerMinute: 10, lifetimeHours: -1, maxChance: 1e-6 })).toThrow(RangeError);
		expect(() => joinCodeLength({ attemptsPerMinute: 10, lifetimeHours: 4, maxChance: 0 })).toThrow(RangeError);
	});
});

describe('newJoinCode', () => {
	it('makes codes of the computed length from the alphabet only', () => {
		for (let i = 0; i < 200; i++) {
			const code = newJoinCode();
			expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
		}
	});

	it('makes a different code each time', () => {
		const codes = new Set(Array.from({ length: 1_000 }, () => newJoinCode()));
		expect(codes.size).toBe(1_000);
	});

	it('draws bytes of 248 and above again so that no character is more likely than another', () => {
		expect(newJoinCode(bytesFrom([248, 255, 0, 30, 31, 247]), 4)).toBe('2Z2Z');
	});

	it('uses every character of the alphabet about equally often', () => {
		const counts = new Map<string, number>();
		for (let i = 0; i < 3_000; i++) for (const c of newJoinCode()) counts.set(c, (counts.get(c) ?? 0) + 1);
		expect(counts.size).toBe(31);
		// 30,000 characters: 968 expected each; 5 standard deviations is about ±153.
		for (const count of counts.values()) expect(Math.abs(count - 30_000 / 31)).toBeLessThan(160);
	});
});

describe('formatJoinCode', () => {
	it('groups a code in threes for reading aloud', () => {
		expect(formatJoinCode('K7PM4QXR9')).toBe('K7P-M4Q-XR9');
	});

	it('joins a single leftover character to the last group', () => {
		expect(formatJoinCode('K7PM4QXR9T')).toBe('K7P-M4Q-XR9T');
		expect(formatJoinCode('K7PM4QXR9TU')).toBe('K7P-M4Q-XR9-TU');
	});
});

describe('normaliseJoinCode', () => {
	it('reads a code however it is typed: case, spaces, dashes, dots', () => {
		for (const typed of ['K7P-M4Q-XR9T', 'k7p-m4q-xr9t', ' K7P M4Q XR9T ', 'k7pm4qxr9t', 'K7P–M4Q—XR9T', 'K7P.M4Q_XR9T', 'K7P\u00a0M4Q\tXR9T']) {
			expect(normaliseJoinCode(typed), typed).toEqual({ ok: true, code: 'K7PM4QXR9T' });
		}
	});

	it('reads full-width characters from a phone keyboard as the ordinary ones', () => {
		expect(normaliseJoinCode('Ｋ７Ｐ－Ｍ４Ｑ－ＸＲ９Ｔ')).toEqual({ ok: true, code: 'K7PM4QXR9T' });
	});

	it('does not map 0, O, 1, I or L to another character, but says they are never in a code', () => {
		for (const typed of ['K7P-M4Q-XR0T', 'O7P-M4Q-XR9T', 'K1P-M4Q-XR9T', 'KIP-M4Q-XR9T', 'k7p-m4q-xrlt']) {
			expect(normaliseJoinCode(typed), typed).toEqual({ ok: false, problem: 'confusable' });
		}
	});

	it('refuses other characters, wrong lengths and empty input', () => {
		expect(normaliseJoinCode('K7P-M4Q-XR9!')).toEqual({ ok: false, problem: 'character' });
		expect(normaliseJoinCode('K7P-M4Q-XR9É')).toEqual({ ok: false, problem: 'character' });
		expect(normaliseJoinCode('K7P-M4Q-XR9')).toEqual({ ok: false, problem: 'length' });
		expect(normaliseJoinCode('K7P-M4Q-XR9-TA')).toEqual({ ok: false, problem: 'length' });
		expect(normaliseJoinCode(' - ')).toEqual({ ok: false, problem: 'empty' });
		expect(normaliseJoinCode(undefined)).toEqual({ ok: false, problem: 'empty' });
		expect(normaliseJoinCode(['K7PM4QXR9'])).toEqual({ ok: false, problem: 'empty' });
	});

	it('refuses very long input before looking at it', () => {
		expect(normaliseJoinCode('K'.repeat(1_000_000))).toEqual({ ok: false, problem: 'length' });
	});

	it('accepts every code newJoinCode makes, as shown on the projector', () => {
		for (let i = 0; i < 100; i++) {
			const code = newJoinCode();
			expect(normaliseJoinCode(formatJoinCode(code).toLowerCase())).toEqual({ ok: true, code });
		}
	});
});

describe('newParticipantToken', () => {
	it('carries at least 128 random bits as 43 base64url characters', () => {
		expect(PARTICIPANT_TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
		const token = newParticipantToken();
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(isParticipantTokenShape(token)).toBe(true);
	});

	it('encodes the random bytes exactly, with - and _ instead of + and /', () => {
		const token = newParticipantToken(bytesFrom([0xfb, 0xff, 0xbf]));
		expect(token.startsWith('-_-_')).toBe(true);
		const decoded = Buffer.from(token, 'base64url');
		expect(decoded).toHaveLength(PARTICIPANT_TOKEN_BYTES);
		expect([...decoded.subarray(0, 6)]).toEqual([0xfb, 0xff, 0xbf, 0xfb, 0xff, 0xbf]);
	});

	it('is different every time', () => {
		const tokens = new Set(Array.from({ length: 1_000 }, () => newParticipantToken()));
		expect(tokens.size).toBe(1_000);
	});

	it('tells a token-shaped cookie from anything else', () => {
		for (const bad of ['', 'abc', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, `${'a'.repeat(42)}+`, 42, null]) {
			expect(isParticipantTokenShape(bad), String(bad)).toBe(false);
		}
	});
});
