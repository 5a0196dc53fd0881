import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as actionPoints from '$lib/plan/server/data/action-points';
import { requireUser } from '$lib/server/http/auth';
import { planDocument, scanForEditor, scanForUser } from '$lib/scan/server/access';
import { userMayChange } from '$lib/editors/server/editors';
import { planActions, editablePoints } from '$lib/plan/server/plan-actions';
import { renderGapChartSvg } from '$lib/chart/gap-chart';
import { gapHelp } from '$lib/toolkit/views';
import { contentForRequest } from '$lib/toolkit/server/content';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const context = await scanForUser(db, user, params.id);
	const doc = await planDocument(db, context, locals.language);
	const points = await actionPoints.list(db, context.scan.actionPlanId);
	return {
		scanId: context.scan.id,
		doc,
		// Our own SVG: every text in it is XML-escaped by the chart module (see gap-chart.ts).
		chartSvg: renderGapChartSvg(doc),
		// What helps close each positive gap, largest first, linking to the public toolkit pages.
		help: gapHelp(await contentForRequest(locals), doc.rowsByGap, locals.language),
		categories: context.instrument.categories.map((c) => ({
			key: c.key,
			factors: c.factors.map((f) => ({ key: f.key, name: f.name[locals.language] }))
		})),
		allFactors: context.instrument.categories.flatMap((c) => c.factors.map((f) => ({ key: f.key, name: f.name[locals.language] }))),
		points: editablePoints(points),
		canChange: await userMayChange(db, user, 'scan', context.scan)
	};
};

/** The scan's action plan, edited through the shared plan actions. */
export const actions: Actions = planActions(async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const { scan, instrument } = await scanForEditor(db, user, params.id);
	return { db, planId: scan.actionPlanId, instrument };
});
