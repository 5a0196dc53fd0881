import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { notFound } from '$lib/server/http/errors';
import * as designs from '$lib/blend/server/designs';
import { designExports } from '$lib/blend/server/export';
import { designDocument } from '$lib/blend/server/document';

/** The exports of a design for whoever has its read-only link. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { format, language } = designExports.request(params.format, url, locals.language);
	const { db } = await getDb();
	const record = await designs.designForReadToken(db, params.token);
	if (!record) notFound();
	return designExports.download(await designDocument(db, record, language), format);
};
