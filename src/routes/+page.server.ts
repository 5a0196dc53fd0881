import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/accounts/server/data/users';
import * as scans from '$lib/scan/server/data/scans';
import { requireUser } from '$lib/server/http/auth';
import { instrumentFor } from '$lib/instrument/server/instruments';
import { factorsOf } from '$lib/instrument/schema';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = await getDb();
	if (!locals.user && (await users.count(db)) === 0) redirect(303, '/setup');
	const user = requireUser(locals, url);
	const list = await scans.listForInstitution(db, user.institutionId);
	// Scans share a handful of versions: look each up once.
	const factorCounts = new Map<string, Promise<number>>();
	const factorCount = (key: string, version: number) => {
		const id = `${key}@${version}`;
		if (!factorCounts.has(id)) {
			factorCounts.set(id, instrumentFor(db, user.institutionId, key, version).then((instrument) => (instrument ? factorsOf(instrument).length : 0)));
		}
		return factorCounts.get(id)!;
	};
	return {
		deleted: url.searchParams.get('deleted')?.slice(0, 300) ?? null,
		scans: await Promise.all(
			list.map(async (s) => ({
				id: s.id,
				title: s.title,
				level: s.level,
				unitName: s.unitName,
				answered: s.answered,
				total: await factorCount(s.instrumentKey, s.instrumentVersion),
				updatedAt: s.updatedAt
			}))
		)
	};
};
