import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import { sweep } from '$lib/server/housekeeping';
import * as ssoLogins from './sso-logins';
import * as ssoRequests from './sso-requests';
import { approve } from '../approval';

for (const dialect of DIALECTS) {
	describe(`single sign-on storage on ${dialect}`, () => {
		let t: TestDb;
		let han: string;
		let ru: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			han = (await institutions.create(t.db, 'Hogeschool Arnhem en Nijmegen')).id;
			ru = (await institutions.create(t.db, 'Radboud Universiteit')).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('gives a sign-in under way back once, and not after it expired', async () => {
			const input = { state: 'state-1', binding: 'binding-1', codeVerifier: 'verifier', nonce: 'nonce', next: '/scans/new', purpose: 'sign-in' as const };
			await ssoLogins.create(t.db, input);
			expect(await ssoLogins.take(t.db, 'state-1')).toMatchObject({ bindingHash: ssoLogins.sha256('binding-1'), codeVerifier: 'verifier', nonce: 'nonce', next: '/scans/new', purpose: 'sign-in' });
			expect(await ssoLogins.take(t.db, 'state-1')).toBeUndefined();

			const long = new Date(Date.now() - (ssoLogins.SSO_LOGIN_MINUTES + 1) * 60_000);
			await ssoLogins.create(t.db, { ...input, state: 'state-2' }, long);
			expect(await ssoLogins.take(t.db, 'state-2')).toBeUndefined();
			await ssoLogins.create(t.db, { ...input, state: 'state-3' }, long);
			expect((await sweep(t.db)).sso).toBe(1);
		});

		it('lets one institution claim a value, compared as stored', async () => {
			expect(await institutions.setSsoValue(t.db, han, 'han.nl')).toBe(true);
			expect(await institutions.setSsoValue(t.db, ru, 'han.nl')).toBe(false);
			expect(await institutions.setSsoValue(t.db, ru, 'ru.nl')).toBe(true);
			expect(await institutions.ssoValue(t.db, han)).toBe('han.nl');
			expect((await institutions.findBySsoValues(t.db, ['elders.nl', 'ru.nl', 'han.nl']))?.id).toBe(ru);
			expect(await institutions.findBySsoValues(t.db, ['elders.nl'])).toBeUndefined();
		});

		it('files one request per identity, approves it into an account with the chosen role, and keeps a rejection for 30 days', async () => {
			const input = { institutionId: han, issuer: 'https://idp.example', subject: 'bea', email: 'bea@han.nl', name: 'Bea' };
			const first = await ssoRequests.findOrCreate(t.db, input);
			expect((await ssoRequests.findOrCreate(t.db, { ...input, name: 'Bea again' })).id).toBe(first.id);
			expect((await ssoRequests.listForInstitution(t.db, ru)).waiting).toEqual([]);
			expect(await approve(t.db, ru, first.id, 'admin')).toEqual({ ok: false, problem: 'gone' });

			expect(await approve(t.db, han, first.id, 'facilitator')).toEqual({ ok: true, name: 'Bea' });
			expect(await users.findByOidcIdentity(t.db, { issuer: 'https://idp.example', subject: 'bea' })).toMatchObject({ institutionId: han, role: 'facilitator', email: 'bea@han.nl', disabledAt: null });
			expect((await ssoRequests.listForInstitution(t.db, han)).waiting).toEqual([]);

			const cas = await ssoRequests.findOrCreate(t.db, { ...input, subject: 'cas', email: 'cas@han.nl', name: 'Cas' });
			expect(await ssoRequests.reject(t.db, han, cas.id)).toBe(true);
			expect((await ssoRequests.listForInstitution(t.db, han)).rejected.map((r) => r.id)).toEqual([cas.id]);
			expect(await ssoRequests.removeRejectedBefore(t.db, new Date(Date.now() - 24 * 3600_000))).toBe(0);
			expect(await ssoRequests.removeRejectedBefore(t.db, new Date(Date.now() + 1000))).toBe(1);
		});

		it('refuses to approve a request whose e-mail address another institution uses', async () => {
			await users.create(t.db, { institutionId: ru, email: 'dirk@han.nl', name: 'Dirk (RU)', passwordHash: 'x', role: 'facilitator' });
			const dirk = await ssoRequests.findOrCreate(t.db, { institutionId: han, issuer: 'https://idp.example', subject: 'dirk', email: 'dirk@han.nl', name: 'Dirk' });
			expect(await approve(t.db, han, dirk.id, 'facilitator')).toEqual({ ok: false, problem: 'emailTaken', email: 'dirk@han.nl' });
			expect(await users.findByOidcIdentity(t.db, { issuer: 'https://idp.example', subject: 'dirk' })).toBeUndefined();
		});
	});
}
