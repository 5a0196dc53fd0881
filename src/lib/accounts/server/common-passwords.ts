/**
 * The common and breached passwords a new password is checked against: 49,233 of them, lowercased,
 * most common first, from `passwords.json` of @zxcvbn-ts/language-common 4.1.3 (MIT, licence beside
 * this file), the list the zxcvbn project built from leaked-password corpora. It ships with the app
 * (no look-up service is asked) and is read once, on the first check.
 */
import list from './common-passwords.txt?raw';

let common: ReadonlySet<string> | undefined;

export function commonPasswords(): ReadonlySet<string> {
	common ??= new Set(list.split('\n').filter((line) => line !== ''));
	return common;
}
