/** The audit trail as CSV, with the page's filters (decision record 0044). */
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { auditCsv } from '$lib/audit/server/page';

export const GET: RequestHandler = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	return auditCsv(db, admin.institutionId, url, locals.language);
};
