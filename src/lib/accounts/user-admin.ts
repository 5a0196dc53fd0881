/**
 * What an administrator may do to an account of the institution (decision record 0043): change
 * its role, disable it, enable it again, remove it. Two rules keep the institution manageable:
 * there is always at least one active (not disabled) administrator, and nobody disables or
 * removes their own account (another administrator does that, so nobody locks themselves out by
 * a slip).
 */
type Role = 'admin' | 'facilitator';

export interface Account {
	id: string;
	role: Role;
	disabled: boolean;
}

export type UserChange = { kind: 'role'; role: Role } | { kind: 'disable' } | { kind: 'enable' } | { kind: 'remove' };

export type UserChangeProblem = 'unknown' | 'self' | 'lastAdmin';

/** The accounts after the change. */
function applied(accounts: readonly Account[], targetId: string, change: UserChange): Account[] {
	return accounts.flatMap((a) => {
		if (a.id !== targetId) return [a];
		if (change.kind === 'remove') return [];
		if (change.kind === 'role') return [{ ...a, role: change.role }];
		return [{ ...a, disabled: change.kind === 'disable' }];
	});
}

const activeAdmins = (accounts: readonly Account[]) => accounts.filter((a) => a.role === 'admin' && !a.disabled).length;

/**
 * Why this administrator may not make this change to the target among the institution's
 * accounts, or null when they may.
 */
export function userChangeProblem(accounts: readonly Account[], actorId: string, targetId: string, change: UserChange): UserChangeProblem | null {
	if (!accounts.some((a) => a.id === targetId)) return 'unknown';
	if (targetId === actorId && (change.kind === 'disable' || change.kind === 'remove')) return 'self';
	// A change that leaves fewer active administrators must leave at least one.
	const before = activeAdmins(accounts);
	const after = activeAdmins(applied(accounts, targetId, change));
	if (after < before && after === 0) return 'lastAdmin';
	return null;
}

/**
 * How an account signs in: by single sign-on when an OpenID Connect identity is attached, with a
 * password when it has one (an account made by single sign-on has none), or both.
 */
export function signInMethod(account: { oidcSubject: string | null; hasPassword: boolean }): 'password' | 'sso' | 'both' {
	if (!account.oidcSubject) return 'password';
	return account.hasPassword ? 'both' : 'sso';
}
