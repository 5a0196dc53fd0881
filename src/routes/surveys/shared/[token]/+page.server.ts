import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as surveys from '$lib/survey/server/data/surveys';
import * as institutions from '$lib/accounts/server/data/institutions';
import { instrumentOf, reportDocument } from '$lib/survey/server/access';
import { renderDistributionChart } from '$lib/chart/distribution-chart';
import { notFound } from '$lib/server/http/errors';

/** Management's read-only view of a report, by its share link: no account, no action plan editing, nothing else of the institution. */
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	const { db } = await getDb();
	const survey = await surveys.getByShareToken(db, params.token);
	if (!survey) notFound();
	const context = { survey, instrument: await instrumentOf(db, survey) };
	const [doc, institution] = await Promise.all([reportDocument(db, context, locals.language), institutions.get(db, survey.institutionId)]);
	// The link is the key: keep it out of search engines.
	setHeaders({ 'x-robots-tag': 'noindex' });
	return {
		title: survey.title,
		institutionName: institution?.name ?? '',
		doc,
		chartSvg: renderDistributionChart(doc.factorsBySpread, locals.language).svg
	};
};
