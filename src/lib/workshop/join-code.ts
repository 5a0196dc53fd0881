/**
 * Join codes and participant tokens (see shared/docs/quality.md, "Join codes on campus networks").
 *
 * A join code is read off a projector and typed on a phone, so it is short, grouped for reading
 * aloud (`K7P-M4Q-XR9T`) and drawn from an alphabet without the characters people confuse (no 0, O,
 * 1, I or L). It is long enough that guessing is hopeless: the length follows from the policy
 * below rather than being picked by hand, so changing the rate or the lifetime changes the length.
 *
 * The math. A guess is a random code; against one workshop whose code is one of N = A^L possible
 * codes (A = alphabet size, L = length), an attacker who never repeats a guess and makes G guesses
 * in the code's lifetime hits it with probability G / N (at most; exactly so without repeats).
 * G = attempts per minute × 60 × lifetime in hours. We want G / N < 10⁻⁶, so
 * L = the smallest whole number with A^L > G × 10⁶, i.e. ⌈log_A(G × 10⁶)⌉ unless that is exact.
 *
 * Which rate. No limit can bound G: a per-address limit does not (a guesser uses many addresses;
 * a campus shares one), and a service-wide limit on lookups either refuses without looking the
 * code up, which refuses the real participants too, or looks it up anyway, which tells the guesser
 * whether the code was right and so limits nothing (decision 45). So the rate here is not a limit
 * we enforce but the most lookups a deployment can answer at all: 10,000 a second (600,000 a
 * minute). One two-core server answered about 650 wrong codes a second in our measurement, so
 * this leaves room for fifteen times that hardware or several servers. The code expires
 * `lifetimeHours` after it is issued (issue it when joining opens, not when the workshop is
 * created; a leader who needs longer gets a new code). With A = 31, G = 600,000 × 60 × 4 = 144
 * million, and L = 10: 31¹⁰ ≈ 8.2 × 10¹⁴, so the chance per workshop is about 1.8 × 10⁻⁷.
 * Nine characters would give 5.5 × 10⁻⁶.
 *
 * @example
 * const code = newJoinCode();           // 'K7PM4QXR9T', stored and compared in this form
 * formatJoinCode(code);                 // 'K7P-M4Q-XR9T', shown on the projector
 * normaliseJoinCode(' k7p m4q-xr9t ');  // { ok: true, code: 'K7PM4QXR9T' }
 */

/** Digits 2–9 and A–Z without I, L and O: 31 characters, none easily mistaken for another. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Characters that are never in a code because they are mistaken for others (0/O/D, 1/I/L). */
export const CONFUSABLE_CHARACTERS = '0O1IL';

export interface JoinCodePolicy {
	/** The most code lookups a deployment can answer per minute: its capacity, not an enforced limit. */
	attemptsPerMinute: number;
	/** How long a code lets people in after it is issued. */
	lifetimeHours: number;
	/** The highest acceptable chance that guessing finds one workshop's code in its lifetime. */
	maxChance: number;
}

export const JOIN_CODE_POLICY: Readonly<JoinCodePolicy> = Object.freeze({
	attemptsPerMinute: 600_000,
	lifetimeHours: 4,
	maxChance: 1e-6
});

export interface GuessParameters {
	attemptsPerMinute: number;
	lifetimeHours: number;
	/** Characters in the code. */
	length: number;
	/** Defaults to the size of JOIN_CODE_ALPHABET. */
	alphabetSize?: number;
}

/** The chance that guessing at the given rate finds one workshop's code during its lifetime. */
export function guessProbability(params: GuessParameters): number {
	const { attemptsPerMinute, lifetimeHours, length, alphabetSize = JOIN_CODE_ALPHABET.length } = params;
	const guesses = attemptsPerMinute * 60 * lifetimeHours;
	return Math.min(1, guesses / alphabetSize ** length);
}

/** The shortest code for which `guessProbability` stays under the policy's `maxChance`. */
export function joinCodeLength(policy: JoinCodePolicy, alphabetSize = JOIN_CODE_ALPHABET.length): number {
	if (!(policy.attemptsPerMinute > 0 && policy.lifetimeHours > 0 && policy.maxChance > 0 && alphabetSize >= 2)) {
		throw new RangeError('a join code policy needs a positive rate, lifetime and chance, and at least two characters');
	}
	for (let length = 1; length <= 64; length++) {
		if (guessProbability({ ...policy, length, alphabetSize }) < policy.maxChance) return length;
	}
	throw new RangeError('no join code of at most 64 characters meets this policy');
}

/** 10 with the policy above. */
export const JOIN_CODE_LENGTH = joinCodeLength(JOIN_CODE_POLICY);

/** Fills a byte array with random values; `crypto.getRandomValues` unless a test passes its own. */
export type FillRandom = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

const webCryptoFill: FillRandom = (bytes) => {
	crypto.getRandomValues(bytes);
	return bytes;
};

/**
 * A new join code in its canonical form: JOIN_CODE_LENGTH characters, no separators. Every
 * character is equally likely: bytes of 248 and above are drawn again, because 256 is not a
 * multiple of 31.
 */
export function newJoinCode(fill: FillRandom = webCryptoFill, length: number = JOIN_CODE_LENGTH): string {
	const size = JOIN_CODE_ALPHABET.length;
	const limit = 256 - (256 % size);
	let code = '';
	while (code.length < length) {
		for (const byte of fill(new Uint8Array(length * 2))) {
			if (byte < limit && code.length < length) code += JOIN_CODE_ALPHABET[byte % size];
		}
	}
	return code;
}

/**
 * The code as shown and read aloud: groups of three, a leftover single character joining the
 * last group (`K7P-M4Q-XR9`; ten characters would be `K7P-M4Q-XR9T`).
 */
export function formatJoinCode(code: string): string {
	const groups = code.match(/.{1,3}/g) ?? [];
	if (groups.length > 1 && groups.at(-1)?.length === 1) {
		const last = groups.pop() as string;
		groups[groups.length - 1] += last;
	}
	return groups.join('-');
}

/**
 * Why typed input is not a join code. `confusable`: it has one of 0, O, 1, I, L, which no code
 * has, so the person misread a character — the page says so rather than guessing which one.
 */
/** How to join, as the join box shows it: the code grouped for reading, the address to type it at, the link with the code and its QR code (SVG). */
export interface JoinBoxView {
	code: string;
	base: string;
	url: string;
	qr: string;
}

export type JoinCodeProblem = 'empty' | 'confusable' | 'character' | 'length';

export type NormalisedJoinCode = { ok: true; code: string } | { ok: false; problem: JoinCodeProblem };

/** Longer input than this is not a mistyped code; it is refused before any work is done on it. */
const MAX_INPUT_LENGTH = 64;

/**
 * Reads a join code as people type it: lower or upper case, with or without spaces, dashes (any
 * kind), dots or underscores between the characters, full-width characters from a phone's CJK
 * keyboard. Decision: 0, O, 1, I and L are *not* mapped to another character. The alphabet has
 * none of them, so there is no character they could stand for unambiguously (an O could be a D or
 * a Q); mapping would turn a misreading into a wrong code, and each wrong code counts as a guess.
 */
export function normaliseJoinCode(input: unknown, length: number = JOIN_CODE_LENGTH): NormalisedJoinCode {
	if (typeof input !== 'string') return { ok: false, problem: 'empty' };
	if (input.length > MAX_INPUT_LENGTH) return { ok: false, problem: 'length' };
	const code = input
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s\-‐‑‒–—−_.]/g, '');
	if (code === '') return { ok: false, problem: 'empty' };
	for (const character of code) {
		if (CONFUSABLE_CHARACTERS.includes(character)) return { ok: false, problem: 'confusable' };
		if (!JOIN_CODE_ALPHABET.includes(character)) return { ok: false, problem: 'character' };
	}
	if (code.length !== length) return { ok: false, problem: 'length' };
	return { ok: true, code };
}

/** 32 random bytes: twice the 128 bits quality.md asks for. */
export const PARTICIPANT_TOKEN_BYTES = 32;

const TOKEN_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((PARTICIPANT_TOKEN_BYTES * 4) / 3)}}$`);

/**
 * A participant's secret: base64url without padding (43 characters), for an HttpOnly cookie.
 * Never put it in a URL; store only a hash of it if storage may leak.
 */
export function newParticipantToken(fill: FillRandom = webCryptoFill): string {
	const bytes = fill(new Uint8Array(PARTICIPANT_TOKEN_BYTES));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Whether a cookie value has the shape of a participant token (before looking it up). */
export function isParticipantTokenShape(value: unknown): value is string {
	return typeof value === 'string' && TOKEN_PATTERN.test(value);
}
