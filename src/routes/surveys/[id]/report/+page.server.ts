import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as actionPoints from '$lib/plan/server/data/action-points';
import { requireUser } from '$lib/server/http/auth';
import { planActions, editablePoints } from '$lib/plan/server/plan-actions';
import { reportDocument, surveyForEditor, surveyForInstitution, surveyPlanDocument, surveyReport } from '$lib/survey/server/access';
import { userMayChange } from '$lib/editors/server/editors';
import { renderDistributionChart } from '$lib/chart/distribution-chart';
import { contentForRequest } from '$lib/toolkit/server/content';
import { gapHelp } from '$lib/toolkit/views';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const context = await surveyForInstitution(db, user.institutionId, params.id);
	const counted = await surveyReport(db, context);
	const [doc, plan, points] = await Promise.all([
		reportDocument(db, context, locals.language, counted),
		surveyPlanDocument(db, context, locals.language, counted),
		actionPoints.list(db, context.survey.actionPlanId)
	]);
	return {
		surveyId: context.survey.id,
		title: context.survey.title,
		doc,
		// Our own SVG: every text in it is XML-escaped by the chart module.
		chartSvg: renderDistributionChart(doc.factorsBySpread, locals.language).svg,
		plan: { priorities: plan.priorities, categories: plan.categories, actionPoints: plan.actionPoints },
		// What helps close each positive gap of the medians, largest first.
		help: gapHelp(await contentForRequest(locals), plan.rowsByGap, locals.language),
		categories: context.instrument.categories.map((c) => ({
			key: c.key,
			factors: c.factors.map((f) => ({ key: f.key, name: f.name[locals.language] }))
		})),
		points: editablePoints(points),
		canChange: await userMayChange(db, user, 'survey', context.survey)
	};
};

/** The survey's own action plan, edited like a scan's. */
export const actions: Actions = planActions(async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const { survey, instrument } = await surveyForEditor(db, user, params.id!);
	return { db, planId: survey.actionPlanId, instrument };
});
