/**
 * Which passwords Blendwijzer accepts, after NIST SP 800-63B (section 5.1.1.2, "memorized
 * secrets"): long enough, not all spaces, and not one that attackers try first — a common or
 * breached password, a dictionary word with digits or symbols around it, a repeated or sequential
 * run of characters, or the user's own name or e-mail address. No composition rules (a digit, a
 * capital…): NIST advises against them, and a sentence of a few words is both strong and easy to
 * remember. See docs/decisions/0025-passwords.md for the list and its source.
 */
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './limits';

export type PasswordProblem = 'short' | 'long' | 'blank' | 'common' | 'predictable' | 'personal';

export interface PasswordContext {
	name: string;
	email: string;
}

/** What is wrong with a new password, or null when it may be used. `common` holds lowercase passwords. */
export function passwordProblem(password: string, context: PasswordContext, common: ReadonlySet<string>): PasswordProblem | null {
	if (password.trim() === '') return password.length === 0 ? 'short' : 'blank';
	if ([...password].length < MIN_PASSWORD_LENGTH) return 'short';
	if (password.length > MAX_PASSWORD_LENGTH) return 'long';
	const folded = password.toLowerCase();
	if (isPersonal(folded, context)) return 'personal';
	if (common.has(folded) || common.has(folded.replace(/\s+/g, '')) || common.has(coreWord(folded))) return 'common';
	if (isPredictable(folded)) return 'predictable';
	return null;
}

/** The password without digits, spaces and symbols around it: "Password1234!" → "password". */
function coreWord(folded: string): string {
	return folded.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** Contains the e-mail address, its local part, or the name (parts of four characters or more count). */
function isPersonal(folded: string, { name, email }: PasswordContext): boolean {
	const compact = folded.replace(/\s+/g, '');
	const mail = email.trim().toLowerCase();
	const local = mail.split('@')[0] ?? '';
	const names = [name.trim().toLowerCase().replace(/\s+/g, ''), ...name.toLowerCase().split(/\s+/)];
	return [mail, local, ...names].some((part) => part.length >= 4 && compact.includes(part));
}

/**
 * One short pattern repeated ("aaaaaaaaaaaa", "abcabcabcabc", "1212121212121") or one run up or
 * down the alphabet or the digits, wrapping from 9 to 0 ("123456789012", "zyxwvutsrqpo").
 */
function isPredictable(folded: string): boolean {
	const chars = [...folded];
	for (let size = 1; size <= 4; size++) {
		if (chars.length % size === 0 && chars.every((c, i) => c === chars[i % size])) return true;
	}
	const codes = chars.map((c) => c.codePointAt(0)!);
	const isDigit = (code: number) => code >= 48 && code <= 57;
	const step = (a: number, b: number) => (isDigit(a) && isDigit(b) ? (((b - a) % 10) + 10) % 10 : b - a);
	const first = step(codes[0]!, codes[1]!);
	const run = first === 1 || first === -1 || first === 9;
	return run && codes.slice(1).every((code, i) => step(codes[i]!, code) === first);
}
