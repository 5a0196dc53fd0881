import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import { parseFields } from '$lib/server/http/forms';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as units from '$lib/accounts/server/data/units';
import * as users from '$lib/accounts/server/data/users';
import * as scans from '$lib/scan/server/data/scans';
import { createInScope } from './create';
import { titleField } from './fields';

for (const dialect of DIALECTS) {
	describe(`creating in a scope on ${dialect}`, () => {
		let t: TestDb;
		let user: { id: string; institutionId: string };
		let programmeId: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			const institutionId = (await institutions.create(t.db, 'Hogeschool Nieuw')).id;
			user = { institutionId, id: (await users.create(t.db, { institutionId, email: 'nieuw@example.nl', name: 'Nieuw', passwordHash: 'x', role: 'facilitator' })).id };
			programmeId = (await units.create(t.db, institutionId, 'Opleiding Nieuw', 'programme')).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		const create = (values: { title: string; level: string; unit: string }, language: 'nl' | 'en' = 'nl') =>
			createInScope(t.db, user, language, values, parseFields(z.object({ title: titleField(language) }), values), values, (scope, { title }) =>
				scans.create(t.db, { ...scope, title, createdBy: user.id })
			);

		it('makes the row in the checked scope with the institution’s current instrument', async () => {
			const created = await create({ title: 'Opleidingsscan', level: 'programme', unit: programmeId });
			expect(created.ok).toBe(true);
			const scan = await scans.getInInstitution(t.db, user.institutionId, created.ok ? created.id : '');
			expect(scan).toMatchObject({ title: 'Opleidingsscan', level: 'programme', unitId: programmeId, unitName: 'Opleiding Nieuw', instrumentKey: 'zelfscan-blended-leren' });
		});

		it('reports the form’s own problems and the scope’s together, with what was typed, and makes nothing', async () => {
			const before = (await scans.listForInstitution(t.db, user.institutionId)).length;
			const values = { title: '', level: 'sector', unit: '' };
			const created = await create(values, 'en');
			expect(created.ok).toBe(false);
			if (created.ok) return;
			expect(created.failure.status).toBe(400);
			expect(created.failure.data).toEqual({ errors: { title: 'Give the scan a title.', unit: 'Choose the unit this scan is about.' }, values });
			expect(Object.keys(created.failure.data.errors)).toEqual(['title', 'unit']);
			expect((await scans.listForInstitution(t.db, user.institutionId)).length).toBe(before);
		});

		it('refuses a unit of another kind than the level asks for', async () => {
			const created = await create({ title: 'Scan', level: 'sector', unit: programmeId });
			expect(created.ok ? {} : created.failure.data.errors).toHaveProperty('unit');
		});
	});
}
