import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import * as designs from '$lib/blend/server/designs';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const list = await designs.listDesigns(db, user.institutionId);
	return { deleted: url.searchParams.get('deleted')?.slice(0, 300) ?? null, designs: list.map((d) => ({ id: d.id, title: d.title, unitName: d.unitName, period: d.period, studyLoad: d.studyLoad, weeks: d.weeks, updatedAt: d.updatedAt })) };
};
