/**
 * For the workshop's database tests: a fresh database of one dialect with an institution and a
 * leader, an in-process event bus on it, and new workshops with the default agenda and tables
 * of the instrument's version 1 (pinned, so a new version does not change what the tests mean).
 */
import { afterAll, beforeAll } from 'vitest';
import { openTestDb, type TestDb } from '$lib/server/db/test-db';
import type { Dialect } from '$lib/server/db/connect';
import { InProcessBus } from '$lib/server/events/bus';
import { loadInstrument } from '$lib/instrument';
import { defaultAgenda } from '$lib/workshop/workshop';
import { defaultGroups } from '$lib/workshop/table-groups';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as users from '$lib/accounts/server/data/users';
import * as workshops from './data/workshops';

export const instrument = loadInstrument('zelfscan-blended-leren', 1)!;

export interface WorkshopSuite {
	t: TestDb;
	bus: InProcessBus;
	institutionId: string;
	leaderId: string;
	newWorkshop(): Promise<workshops.Workshop>;
}

/** Call inside a `describe`: opens the database before its tests and drops it after. */
export function useWorkshopSuite(dialect: Dialect): WorkshopSuite {
	const suite = {
		async newWorkshop() {
			const id = await workshops.create(suite.t.db, {
				institutionId: suite.institutionId,
				unitId: null,
				level: 'institution',
				title: 'Aanzet',
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				leaderId: suite.leaderId,
				agenda: defaultAgenda(instrument),
				groups: defaultGroups(instrument),
				askNames: false
			});
			return (await workshops.getById(suite.t.db, id))!;
		}
	} as WorkshopSuite;
	beforeAll(async () => {
		suite.t = await openTestDb(dialect);
		suite.bus = new InProcessBus(suite.t);
		suite.institutionId = (await institutions.create(suite.t.db, 'Hogeschool Test')).id;
		suite.leaderId = (await users.create(suite.t.db, { institutionId: suite.institutionId, email: 'l@example.nl', name: 'Leider', passwordHash: 'x', role: 'facilitator' })).id;
	});
	afterAll(async () => {
		await suite.bus.close();
		await suite.t.destroy();
	});
	return suite;
}
