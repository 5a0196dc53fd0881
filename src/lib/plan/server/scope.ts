/**
 * What a scan, workshop or survey is about: the whole institution, or one of its units of the
 * fitting kind (the seed's instelling, sector/faculteit/domein, opleiding). One check for every
 * form that asks for it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as units from '$lib/accounts/server/data/units';
import { SCAN_LEVELS, type ScanLevel } from '$lib/scan/scan';
import { messages, type Language } from '$lib/i18n';

/** Which kind of unit each level is about. */
const UNIT_KIND_FOR_LEVEL: Record<ScanLevel, units.UnitKind | null> = { institution: null, sector: 'sector', programme: 'programme' };

export async function checkScope(
	db: Kysely<Database>,
	institutionId: string,
	level: string,
	unitId: string,
	language: Language
): Promise<{ ok: true; level: ScanLevel; unit: units.Unit | undefined } | { ok: false; errors: Record<string, string> }> {
	const m = messages(language).plan.errors;
	if (!SCAN_LEVELS.includes(level as ScanLevel)) return { ok: false, errors: { level: m.levelInvalid } };
	const kind = UNIT_KIND_FOR_LEVEL[level as ScanLevel];
	if (kind === null) return unitId ? { ok: false, errors: { unit: m.unitNotAllowed } } : { ok: true, level: level as ScanLevel, unit: undefined };
	if (!unitId) return { ok: false, errors: { unit: m.unitRequired } };
	const unit = await units.getInInstitution(db, institutionId, unitId);
	if (!unit) return { ok: false, errors: { unit: m.unitInvalid } };
	if (unit.kind !== kind) return { ok: false, errors: { unit: m.unitKindMismatch } };
	return { ok: true, level: level as ScanLevel, unit };
}
