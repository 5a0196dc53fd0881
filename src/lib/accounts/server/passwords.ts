/** Password hashing with argon2id (@node-rs/argon2's defaults: 19 MiB, 2 passes — OWASP's minimum). */
import { hash, verify } from '@node-rs/argon2';

export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from '$lib/accounts/limits';

export function hashPassword(password: string): Promise<string> {
	return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/**
 * A hash of nothing, verified against when an e-mail address is unknown, so that a login for an
 * unknown address takes as long as one for a known address.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
	dummyHash ??= hash('blendwijzer-timing-equaliser');
	return dummyHash;
}
