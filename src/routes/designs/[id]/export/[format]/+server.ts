import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import * as designs from '$lib/blend/server/designs';
import { designExports } from '$lib/blend/server/export';
import { designDocument } from '$lib/blend/server/document';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { format, language } = designExports.request(params.format, url, locals.language);
	const { db } = await getDb();
	const record = await designs.designForUser(db, user, params.id);
	return designExports.download(await designDocument(db, record, language), format);
};
