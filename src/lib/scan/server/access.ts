/**
 * The one way routes reach a scan: by id, within the signed-in user's institution, with the
 * instrument version it was started with. Anything else is a 404, so ids of other institutions
 * reveal nothing. Every colleague may read a scan; `scanForEditor` is the way for routes that change it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { User } from '$lib/accounts/server/data/users';
import * as scans from './data/scans';
import * as scanAnswers from './data/scan-answers';
import { instrumentFor } from '$lib/instrument/server/instruments';
import { ownerPlanDocument } from '$lib/plan/server/plan-document';
import type { Instrument } from '$lib/instrument/schema';
import { answersByFactor } from '$lib/scan/scan';
import type { PlanDocument } from '$lib/plan/plan-document';
import type { Language } from '$lib/i18n';
import { notFound } from '$lib/server/http/errors';
import { requireChange } from '$lib/editors/server/editors';

export interface ScanContext {
	scan: scans.Scan;
	instrument: Instrument;
}

export async function scanForUser(db: Kysely<Database>, user: User, scanId: string): Promise<ScanContext> {
	const scan = await scans.getInInstitution(db, user.institutionId, scanId);
	if (!scan) notFound();
	const instrument = await instrumentFor(db, scan.institutionId, scan.instrumentKey, scan.instrumentVersion, scan.ownInstrument);
	if (!instrument) throw new Error(`instrument ${scan.instrumentKey} v${scan.instrumentVersion} is not installed`);
	return { scan, instrument };
}

/**
 * The scan for a route that changes it or its action plan: found as above (404 outside the
 * institution), then 403 with a message for a colleague who may read but not change it
 * (decision record 0043: its maker, its co-editors and the administrators may).
 */
export async function scanForEditor(db: Kysely<Database>, user: User, scanId: string): Promise<ScanContext> {
	const context = await scanForUser(db, user, scanId);
	await requireChange(db, user, 'scan', context.scan);
	return context;
}

/** The action plan of a scan as one document: what the result page shows and every export writes. */
export function planDocument(db: Kysely<Database>, { scan, instrument }: ScanContext, language: Language): Promise<PlanDocument> {
	return ownerPlanDocument(db, scan, instrument, scanAnswers.list(db, scan.id).then(answersByFactor), language);
}
