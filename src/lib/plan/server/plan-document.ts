/**
 * The action plan of a scan, workshop or survey as one document: the page, the read-only link and
 * every export are rendered from it. What differs is only where the scores come from (a scan's
 * answers, a workshop's agreed sheets, a survey's medians); the plan itself is read the same way.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as actionPlans from './data/action-plans';
import * as actionPoints from './data/action-points';
import * as institutions from '$lib/accounts/server/data/institutions';
import type { Instrument } from '$lib/instrument/schema';
import type { FactorAnswer, ScanLevel } from '$lib/scan/scan';
import { buildPlanDocument, type PlanDocument } from '$lib/plan/plan-document';
import type { Language } from '$lib/i18n';

export interface PlanOwner {
	title: string;
	level: ScanLevel;
	unitName: string | null;
	institutionId: string;
	actionPlanId: string;
}

export async function ownerPlanDocument(
	db: Kysely<Database>,
	owner: PlanOwner,
	instrument: Instrument,
	answers: Promise<Map<string, FactorAnswer>>,
	language: Language
): Promise<PlanDocument> {
	const [scores, priorities, points, institution] = await Promise.all([
		answers,
		actionPlans.listPriorities(db, owner.actionPlanId),
		actionPoints.list(db, owner.actionPlanId),
		institutions.get(db, owner.institutionId)
	]);
	return buildPlanDocument({
		language,
		instrument,
		title: owner.title,
		institutionName: institution?.name ?? '',
		level: owner.level,
		unitName: owner.unitName,
		answers: scores,
		priorities,
		actionPoints: points,
		generatedAt: new Date()
	});
}
