import { describe, expect, it } from 'vitest';
import { signInMethod, userChangeProblem, type Account } from './user-admin';

const ada: Account = { id: 'ada', role: 'admin', disabled: false };
const bob: Account = { id: 'bob', role: 'admin', disabled: false };
const fien: Account = { id: 'fien', role: 'facilitator', disabled: false };

describe('changing an account of the institution', () => {
	it('lets an administrator demote, disable or remove another administrator while one active administrator stays', () => {
		for (const change of [{ kind: 'role', role: 'facilitator' }, { kind: 'disable' }, { kind: 'remove' }] as const) {
			expect(userChangeProblem([ada, bob, fien], 'ada', 'bob', change)).toBeNull();
		}
	});

	it('refuses to demote the last active administrator, also when that is yourself', () => {
		expect(userChangeProblem([ada, fien], 'ada', 'ada', { kind: 'role', role: 'facilitator' })).toBe('lastAdmin');
		expect(userChangeProblem([ada, { ...bob, disabled: true }], 'ada', 'ada', { kind: 'role', role: 'facilitator' })).toBe('lastAdmin');
	});

	it('lets you demote yourself when another active administrator stays', () => {
		expect(userChangeProblem([ada, bob], 'ada', 'ada', { kind: 'role', role: 'facilitator' })).toBeNull();
	});

	it('refuses to disable or remove the last active administrator', () => {
		expect(userChangeProblem([ada, { ...bob, disabled: true }, fien], 'bob', 'ada', { kind: 'disable' })).toBe('lastAdmin');
		expect(userChangeProblem([ada, fien], 'fien', 'ada', { kind: 'remove' })).toBe('lastAdmin');
	});

	it('refuses to let anyone disable or remove their own account', () => {
		expect(userChangeProblem([ada, bob], 'ada', 'ada', { kind: 'disable' })).toBe('self');
		expect(userChangeProblem([ada, bob], 'ada', 'ada', { kind: 'remove' })).toBe('self');
	});

	it('lets facilitators be promoted, disabled, enabled and removed freely', () => {
		expect(userChangeProblem([ada, fien], 'ada', 'fien', { kind: 'role', role: 'admin' })).toBeNull();
		expect(userChangeProblem([ada, fien], 'ada', 'fien', { kind: 'disable' })).toBeNull();
		expect(userChangeProblem([ada, { ...fien, disabled: true }], 'ada', 'fien', { kind: 'enable' })).toBeNull();
		expect(userChangeProblem([ada, fien], 'ada', 'fien', { kind: 'remove' })).toBeNull();
	});

	it('says unknown for an account that is not among the institution’s', () => {
		expect(userChangeProblem([ada, fien], 'ada', 'someone-else', { kind: 'disable' })).toBe('unknown');
	});
});

describe('how an account signs in', () => {
	it('is single sign-on with an OpenID Connect subject and no password, a password without a subject, or both', () => {
		expect(signInMethod({ oidcSubject: 'abc', hasPassword: false })).toBe('sso');
		expect(signInMethod({ oidcSubject: null, hasPassword: true })).toBe('password');
		expect(signInMethod({ oidcSubject: 'abc', hasPassword: true })).toBe('both');
	});
});
