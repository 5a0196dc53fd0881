import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/server/data/users';
import * as scans from '$lib/server/data/scans';
import { requireUser } from '$lib/server/auth';
import { loadInstrument } from '$lib/instrument';
import { factorsOf } from '$lib/domain/instrument';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = await getDb();
	if (!locals.user && (await users.count(db)) === 0) redirect(303, '/setup');
	const user = requireUser(locals, url);
	const list = await scans.listForInstitution(db, user.institutionId);
	return {
		scans: list.map((s) => {
			const instrument = loadInstrument(s.instrumentKey, s.instrumentVersion);
			return {
				id: s.id,
				title: s.title,
				level: s.level,
				unitName: s.unitName,
				answered: s.answered,
				total: instrument ? factorsOf(instrument).length : 0,
				updatedAt: s.updatedAt
			};
		})
	};
};
