import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '$lib/server/db/test-db';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as overrides from './data/content-overrides';
import { contentFor, readerFor, resetOverride, saveOverride } from './content';
import type { User } from '$lib/accounts/server/data/users';
import { defaultContent, findProduct, findRoute } from '$lib/toolkit';

const base = defaultContent();
const first = base.products[0]!;
const texts = { title: { nl: 'Onze eigen titel', en: 'Our own title' }, summary: first.summary, purpose: first.purpose, howToUse: first.howToUse };

for (const dialect of DIALECTS) {
	describe(`content overrides on ${dialect}`, () => {
		let t: TestDb;
		let institutionId: string;
		let otherInstitutionId: string;

		beforeAll(async () => {
			t = await openTestDb(dialect);
			institutionId = (await institutions.create(t.db, 'Hogeschool Eigen')).id;
			otherInstitutionId = (await institutions.create(t.db, 'Universiteit Standaard')).id;
		});
		afterAll(async () => {
			await t.destroy();
		});

		it("shows an institution its own product texts and hidden products, and other institutions the defaults", async () => {
			expect(await saveOverride(t.db, institutionId, { kind: 'product-texts', target: first.key, document: texts }, 'nl')).toEqual({ ok: true });
			const hidden = base.products[1]!.key;
			expect(await saveOverride(t.db, institutionId, { kind: 'hidden', target: hidden, document: {} }, 'nl')).toEqual({ ok: true });
			const own = await contentFor(t.db, institutionId);
			expect(findProduct(own, first.key)?.title.nl).toBe('Onze eigen titel');
			expect(findProduct(own, hidden)).toBeUndefined();
			expect(await contentFor(t.db, otherInstitutionId)).toBe(base);
			expect(await resetOverride(t.db, institutionId, 'hidden', hidden)).toBe(true);
			expect(findProduct(await contentFor(t.db, institutionId), hidden)).toBeDefined();
		});

		it('reads the toolkit of the institution set up first for a visitor, and of their own institution for a signed-in user', async () => {
			// Both were made in beforeAll, perhaps within one millisecond: date the first one's setup plainly earlier.
			await t.db.updateTable('institution').set({ created_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', institutionId).execute();
			const visitor = { language: 'nl', user: null, sessionToken: null } as const;
			expect(await readerFor(t.db, visitor)).toEqual({ institutionId, signedIn: false });
			const member = { ...visitor, user: { institutionId: otherInstitutionId } as User };
			expect(await readerFor(t.db, member)).toEqual({ institutionId: otherInstitutionId, signedIn: true });
		});

		it('refuses a route pointing at a missing product and an empty text, storing nothing', async () => {
			const teacher = findRoute(base, 'teacher')!;
			const before = await overrides.list(t.db, institutionId);
			const route = { ...teacher, steps: [{ productKey: 'bestaat-niet', heading: { nl: 'x', en: 'x' }, explanation: { nl: 'x', en: 'x' } }] };
			const routeIndex = base.routes.indexOf(teacher);
			expect(await saveOverride(t.db, institutionId, { kind: 'route', target: 'teacher', document: route }, 'nl')).toEqual({
				ok: false,
				errors: [`routes[${routeIndex}].steps[0].productKey: er is geen product met de sleutel “bestaat-niet”`]
			});
			expect(await saveOverride(t.db, institutionId, { kind: 'product-texts', target: first.key, document: { ...texts, summary: { nl: ' ', en: 'x' } } }, 'en')).toEqual({
				ok: false,
				errors: ['summary.nl: the text is empty']
			});
			expect(await overrides.list(t.db, institutionId)).toEqual(before);
		});

		it('stores a reordered route and shows it', async () => {
			const teacher = findRoute(base, 'teacher')!;
			const reordered = { ...teacher, steps: [...teacher.steps].reverse() };
			expect(await saveOverride(t.db, institutionId, { kind: 'route', target: 'teacher', document: reordered }, 'nl')).toEqual({ ok: true });
			expect(findRoute(await contentFor(t.db, institutionId), 'teacher')!.steps[0]).toEqual(teacher.steps.at(-1));
		});
	});
}
