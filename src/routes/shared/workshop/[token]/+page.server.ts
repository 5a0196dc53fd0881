import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { workshopForShareToken, workshopPlanDocument } from '$lib/workshop/server/access';
import { renderGapChartSvg } from '$lib/chart/gap-chart';

/** The read-only result of a workshop, for whoever has the link the leader made (no account). */
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	const { db } = await getDb();
	const context = await workshopForShareToken(db, params.token);
	// The token is in the URL: keep the page out of shared caches and out of search engines.
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	const doc = await workshopPlanDocument(db, context, locals.language);
	return {
		token: params.token,
		doc,
		chartSvg: renderGapChartSvg(doc),
		closed: context.workshop.state.phase === 'closed'
	};
};
