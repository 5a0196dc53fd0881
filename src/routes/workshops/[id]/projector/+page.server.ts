import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { workshopForLeader } from '$lib/workshop/server/access';
import { projectorScreen } from '$lib/workshop/server/screens';

/** The room's shared screen: large type, high contrast, the join code until joining closes. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const context = await workshopForLeader(db, user, params.id);
	return projectorScreen(db, context, url.origin, locals.language);
};
