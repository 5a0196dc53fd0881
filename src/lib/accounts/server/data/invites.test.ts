import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from './institutions';
import * as users from './users';
import * as invites from './invites';

for (const dialect of DIALECTS) {
	describe(`invitations on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let userId: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Uitnodiging')).id;
			userId = (await users.create(t.db, { institutionId, email: 'beheer@example.nl', name: 'Beheerder', passwordHash: 'x', role: 'admin' })).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('keeps for whom an invitation is, as the administrator wrote it, and lists it with the open ones', async () => {
			const { invite, token } = await invites.create(t.db, { institutionId, role: 'facilitator', createdBy: userId, label: 'Fien de Vries <fien@example.nl>' });
			expect(invite.label).toBe('Fien de Vries <fien@example.nl>');
			const open = await invites.listOpen(t.db, institutionId);
			expect(open.find((i) => i.id === invite.id)?.label).toBe('Fien de Vries <fien@example.nl>');
			expect((await invites.findUsable(t.db, token))?.label).toBe('Fien de Vries <fien@example.nl>');
		});

		it('stores an invitation without a label as one for nobody in particular', async () => {
			const { invite } = await invites.create(t.db, { institutionId, role: 'admin', createdBy: userId });
			expect((await invites.listOpen(t.db, institutionId)).find((i) => i.id === invite.id)?.label).toBe('');
		});
	});
}
