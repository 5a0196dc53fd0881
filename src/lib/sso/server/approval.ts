/** An administrator's decision on a person waiting after their first single sign-on. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { inTransaction } from '$lib/server/db/transaction';
import * as users from '$lib/accounts/server/data/users';
import * as ssoRequests from './data/sso-requests';

export type ApprovalResult = { ok: true; name: string } | { ok: false; problem: 'gone' } | { ok: false; problem: 'emailTaken'; email: string };

/**
 * Makes the account with the role the administrator chose and removes the request. A password
 * account of the same institution with the same e-mail address gets the identity instead (the
 * administrator's approval is what links them); one elsewhere is left alone and the approval refused.
 */
export async function approve(db: Kysely<Database>, institutionId: string, requestId: string, role: users.Role): Promise<ApprovalResult> {
	return inTransaction(db, async (trx) => {
		const request = await ssoRequests.get(trx, institutionId, requestId);
		if (!request) return { ok: false, problem: 'gone' } as const;
		const identity = { issuer: request.issuer, subject: request.subject };
		if (!(await users.findByOidcIdentity(trx, identity))) {
			const sameEmail = await users.findByEmail(trx, request.email);
			if (sameEmail && (sameEmail.institutionId !== institutionId || sameEmail.oidcSubject !== null)) return { ok: false, problem: 'emailTaken', email: request.email } as const;
			if (sameEmail) await users.linkOidc(trx, sameEmail.id, identity, role);
			else await users.create(trx, { institutionId, email: request.email, name: request.name, role, identity });
		}
		await ssoRequests.remove(trx, request.id);
		return { ok: true, name: request.name } as const;
	});
}
