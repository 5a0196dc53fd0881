import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUniqueViolation } from './unique';
import { DIALECTS, openTestDb, type TestDb } from './test-db';
import * as institutions from '$lib/accounts/server/data/institutions';

describe('isUniqueViolation', () => {
	it('is false for anything that is not a database error about a unique index', () => {
		expect(isUniqueViolation(new Error('boom'))).toBe(false);
		expect(isUniqueViolation(null)).toBe(false);
		expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_NOTNULL' })).toBe(false);
	});
});

for (const dialect of DIALECTS) {
	describe(`isUniqueViolation on ${dialect}`, () => {
		let t: TestDb;
		beforeAll(async () => {
			t = await openTestDb(dialect);
		});
		afterAll(async () => {
			await t.destroy();
		});

		it('recognises the refusal of a unique index, and not that of another constraint', async () => {
			const { id } = await institutions.create(t.db, 'Hogeschool Uniek');
			const unit = { id: 'u1', institution_id: id, name: 'Techniek', kind: 'sector', created_at: new Date().toISOString() };
			await t.db.insertInto('unit').values(unit).execute();
			const twice = await t.db.insertInto('unit').values({ ...unit, id: 'u2' }).execute().catch((error: unknown) => error);
			expect(isUniqueViolation(twice)).toBe(true);
			const noName = await t.db
				.insertInto('unit')
				.values({ ...unit, id: 'u3', name: null as unknown as string })
				.execute()
				.catch((error: unknown) => error);
			expect(noName).toBeInstanceOf(Error);
			expect(isUniqueViolation(noName)).toBe(false);
		});
	});
}
