/** The institution's tool catalogue as CSV, for everyone who reads it; the file imports again (decision record 0054). */
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { downloadName } from '$lib/server/export/filename';
import { exportTools } from '$lib/tools/server/tools';

export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const csv = await exportTools(db, user);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${downloadName('tools', '', new Date().toISOString(), 'csv')}"`,
			'cache-control': 'no-store'
		}
	});
};
