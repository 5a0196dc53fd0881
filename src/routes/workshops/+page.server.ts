import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as workshops from '$lib/workshop/server/data/workshops';
import { requireUser } from '$lib/server/http/auth';
import { isLeaderOf } from '$lib/workshop/server/access';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const list = await workshops.listForInstitution(db, user.institutionId);
	return {
		deleted: url.searchParams.get('deleted')?.slice(0, 300) ?? null,
		workshops: list.map((w) => ({
			id: w.id,
			title: w.title,
			level: w.level,
			unitName: w.unitName,
			phase: w.state.phase,
			participants: w.participants,
			updatedAt: w.updatedAt,
			mine: isLeaderOf(user, w)
		}))
	};
};
