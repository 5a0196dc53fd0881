import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { notFound } from '$lib/server/http/errors';
import * as designs from '$lib/blend/server/designs';
import { designView } from '$lib/blend/server/view';

/** A course design, read-only, for whoever has the link its team made (no account). */
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	const { db } = await getDb();
	const record = await designs.designForReadToken(db, params.token);
	if (!record) notFound();
	// The token is in the URL: keep the page out of shared caches and out of search engines.
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	return { token: params.token, ...(await designView(db, record, locals.language)) };
};
