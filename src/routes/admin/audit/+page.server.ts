import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import * as users from '$lib/accounts/server/data/users';
import { auditPage } from '$lib/audit/server/page';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	const [page, userList] = await Promise.all([auditPage(db, admin.institutionId, url.searchParams), users.listForInstitution(db, admin.institutionId)]);
	return { ...page, users: userList.map((u) => ({ id: u.id, name: u.name })) };
};
