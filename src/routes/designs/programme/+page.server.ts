import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import * as units from '$lib/accounts/server/data/units';
import * as designs from '$lib/blend/server/designs';
import { programmeView } from '$lib/blend/server/programme';

/** All course designs of one unit side by side; without a unit chosen, only the choice. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const unitList = await units.listForInstitution(db, user.institutionId);
	const unitId = url.searchParams.get('unit') ?? '';
	const unit = unitList.find((u) => u.id === unitId);
	return {
		units: unitList.map((u) => ({ id: u.id, name: u.name })),
		unit: unit ? { id: unit.id, name: unit.name } : null,
		programme: unit ? await programmeView(db, user.institutionId, unit.id, locals.language, await designs.environmentsFor(db, user.institutionId)) : null
	};
};
