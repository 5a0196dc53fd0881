import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import { disableUser } from '$lib/accounts/server/user-admin';
import * as audit from '$lib/audit/server/data/audit';
import { titles } from '$lib/audit/server/titles';
import { messages } from '$lib/i18n';
import { addKeeper, keepersOf, keepersPage, mayKeepCatalogue, removeKeeper, requireKeeper } from './keepers';

for (const dialect of DIALECTS) {
	describe(`catalogue keepers on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let otherInstitution: string;
		let n = 0;
		const person = (role: users.Role, name = `Persoon ${n + 1}`, inInstitution?: string) =>
			users.create(t.db, { institutionId: inInstitution ?? institutionId, email: `p${++n}@example.nl`, name, passwordHash: 'x', role });
		const stored = () => t.db.selectFrom('catalogue_keeper').select(['institution_id', 'catalogue', 'user_id']).orderBy('user_id').execute();

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Catalogus')).id;
			otherInstitution = (await institutions.create(t.db, 'Universiteit Elders')).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('lets an administrator name a colleague keeper of one catalogue, who may then change that one and not the other', async () => {
			const admin = await person('admin');
			const kim = await person('facilitator', 'Kim');
			expect(await mayKeepCatalogue(t.db, kim, 'tools')).toBe(false);
			expect(await addKeeper(t.db, admin, 'tools', kim.id)).toEqual({ ok: true, name: 'Kim' });
			expect(await keepersOf(t.db, institutionId, 'tools')).toEqual([{ id: kim.id, name: 'Kim', email: kim.email }]);
			expect(await keepersOf(t.db, institutionId, 'rooms')).toEqual([]);
			expect(await mayKeepCatalogue(t.db, kim, 'tools')).toBe(true);
			expect(await mayKeepCatalogue(t.db, kim, 'rooms')).toBe(false);
			expect(await mayKeepCatalogue(t.db, admin, 'rooms')).toBe(true);
			await expect(requireKeeper(t.db, kim, 'tools', 'nl')).resolves.toBeUndefined();
		});

		it('refuses everyone else with a 403 that says who keeps it, in their language', async () => {
			const colleague = await person('facilitator');
			for (const language of ['nl', 'en'] as const) {
				const refusal = await requireKeeper(t.db, colleague, 'rooms', language).catch((e: unknown) => e);
				expect(isHttpError(refusal) && refusal.status).toBe(403);
				expect(isHttpError(refusal) && refusal.body.message).toBe(messages(language).catalogue.keepers.notKeeper.rooms);
			}
		});

		it('names no one unknown, disabled, of another institution, an administrator or a keeper already, and stores nothing then', async () => {
			const admin = await person('admin');
			const disabled = await person('facilitator');
			await disableUser(t.db, institutionId, admin.id, disabled.id);
			const stranger = await person('facilitator', 'Vreemd', otherInstitution);
			const otherAdmin = await person('admin');
			const kept = await person('facilitator');
			await addKeeper(t.db, admin, 'rooms', kept.id);
			const before = await stored();
			expect(await addKeeper(t.db, admin, 'rooms', 'no-such-user')).toEqual({ ok: false, problem: 'unknown' });
			expect(await addKeeper(t.db, admin, 'rooms', disabled.id)).toEqual({ ok: false, problem: 'unknown' });
			expect(await addKeeper(t.db, admin, 'rooms', stranger.id)).toEqual({ ok: false, problem: 'unknown' });
			expect(await addKeeper(t.db, admin, 'rooms', otherAdmin.id)).toEqual({ ok: false, problem: 'admin' });
			expect(await addKeeper(t.db, admin, 'rooms', kept.id)).toEqual({ ok: false, problem: 'already' });
			expect(await stored()).toEqual(before);
		});

		it('takes a keeper off again, and says so when someone was not one', async () => {
			const admin = await person('admin');
			const lou = await person('facilitator', 'Lou');
			await addKeeper(t.db, admin, 'rooms', lou.id);
			expect(await removeKeeper(t.db, admin, 'rooms', lou.id)).toEqual({ ok: true, name: 'Lou' });
			expect(await mayKeepCatalogue(t.db, lou, 'rooms')).toBe(false);
			expect(await removeKeeper(t.db, admin, 'rooms', lou.id)).toEqual({ ok: false, problem: 'notKeeper' });
			expect(await removeKeeper(t.db, admin, 'tools', lou.id)).toEqual({ ok: false, problem: 'notKeeper' });
		});

		it('records naming and removing in the audit trail by catalogue and account id, with the name as title while they keep it', async () => {
			const admin = await person('admin');
			const sam = await person('facilitator', 'Sam');
			await addKeeper(t.db, admin, 'tools', sam.id);
			const { events } = await audit.list(t.db, institutionId, { objectKind: 'catalogue_keeper' }, 1, 50);
			expect(events[0]).toMatchObject({ action: 'create', objectId: `tools:${sam.id}`, fields: [] });
			expect((await titles(t.db, institutionId, events)).get(`catalogue_keeper:tools:${sam.id}`)).toBe('Sam (tools)');
			await removeKeeper(t.db, admin, 'tools', sam.id);
			const after = (await audit.list(t.db, institutionId, { objectKind: 'catalogue_keeper' }, 1, 50)).events;
			expect(after[0]).toMatchObject({ action: 'delete', objectId: `tools:${sam.id}` });
			expect((await titles(t.db, institutionId, after)).get(`catalogue_keeper:tools:${sam.id}`)).toBeUndefined();
		});

		it('shows the administrator per catalogue its keepers, disabled ones marked, and the active colleagues they can name', async () => {
			const inst = (await institutions.create(t.db, 'Hogeschool Klein')).id;
			const admin = await person('admin', 'Ada', inst);
			const bo = await person('facilitator', 'Bo', inst);
			const cas = await person('facilitator', 'Cas', inst);
			const dee = await person('facilitator', 'Dee', inst);
			await addKeeper(t.db, admin, 'tools', bo.id);
			await addKeeper(t.db, admin, 'tools', dee.id);
			await disableUser(t.db, inst, admin.id, dee.id);
			const page = await keepersPage(t.db, inst);
			expect(page.map((p) => p.catalogue)).toEqual(['tools', 'rooms']);
			expect(page[0]!.keepers.map((k) => [k.name, k.disabledAt !== null])).toEqual([
				['Bo', false],
				['Dee', true]
			]);
			expect(page[0]!.candidates.map((c) => c.name)).toEqual(['Cas']);
			expect(page[1]!.candidates.map((c) => c.name)).toEqual(['Bo', 'Cas']);
			// A disabled keeper keeps the place but is not listed as someone to ask.
			expect((await keepersOf(t.db, inst, 'tools')).map((k) => k.name)).toEqual(['Bo']);
			expect(cas.id).toBeTruthy();
		});
	});
}
