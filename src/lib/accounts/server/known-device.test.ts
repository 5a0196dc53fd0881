import { describe, expect, it } from 'vitest';
import { KNOWN_DEVICE_DAYS, knownDeviceId, knownDeviceValue } from './known-device';

const account = { id: 'user-1', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA' };
const now = Date.UTC(2026, 11, 7, 10, 0, 0);
const DAY = 24 * 3600 * 1000;

describe('known-device cookies', () => {
	it('recognise a cookie issued to the same account, and give the same id each time', () => {
		const value = knownDeviceValue(account.id, account.passwordHash, now);
		const id = knownDeviceId(value, account, now + DAY);
		expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(knownDeviceId(value, account, now + 2 * DAY)).toBe(id);
	});

	it('do not count for another account, or for an address without an account', () => {
		const value = knownDeviceValue(account.id, account.passwordHash, now);
		expect(knownDeviceId(value, { id: 'user-2', passwordHash: account.passwordHash }, now)).toBeNull();
		expect(knownDeviceId(value, undefined, now)).toBeNull();
		expect(knownDeviceId(value, { id: account.id, passwordHash: null }, now)).toBeNull();
	});

	it('stop counting once the password changes', () => {
		const value = knownDeviceValue(account.id, account.passwordHash, now);
		expect(knownDeviceId(value, { ...account, passwordHash: account.passwordHash + 'x' }, now)).toBeNull();
	});

	it('expire after the known-device period', () => {
		const value = knownDeviceValue(account.id, account.passwordHash, now);
		expect(knownDeviceId(value, account, now + (KNOWN_DEVICE_DAYS - 1) * DAY)).not.toBeNull();
		expect(knownDeviceId(value, account, now + (KNOWN_DEVICE_DAYS + 1) * DAY)).toBeNull();
	});

	it('refuse forged, altered and malformed values', () => {
		const value = knownDeviceValue(account.id, account.passwordHash, now);
		const [id, issued, signature] = value.split('.') as [string, string, string];
		for (const forged of [
			`${id}.${Number(issued) + 1}.${signature}`,
			`${id}.${issued}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
			`${id}.${issued}.${signature}.extra`,
			`${id}.${issued}`,
			`${id}.-5.${signature}`,
			'',
			'x'.repeat(10_000),
			undefined
		]) {
			expect(knownDeviceId(forged, account, now), String(forged).slice(0, 40)).toBeNull();
		}
	});
});
