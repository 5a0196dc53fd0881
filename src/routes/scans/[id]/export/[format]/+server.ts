import type { RequestHandler } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { planDocument, scanForUser } from '$lib/scan/server/access';
import { planExports } from '$lib/server/export';

/** Downloads the action plan in one format and language: the same document the result page shows. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { format, language } = planExports.request(params.format, url, locals.language);
	const { db } = await getDb();
	const context = await scanForUser(db, user, params.id!);
	return planExports.download(await planDocument(db, context, language), format);
};
