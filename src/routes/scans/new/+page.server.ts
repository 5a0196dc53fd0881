import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as units from '$lib/server/data/units';
import * as scans from '$lib/server/data/scans';
import { requireUser } from '$lib/server/auth';
import { handleForm, invalid, readForm } from '$lib/server/forms';
import { currentInstrumentFor } from '$lib/server/instruments';
import { SCAN_LEVELS, type ScanLevel } from '$lib/domain/scan';
import { messages } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	return { units: await units.listForInstitution(db, user.institutionId) };
};

/** Which kind of unit each scan level is about: the seed's instelling, sector/faculteit/domein, opleiding. */
const UNIT_KIND_FOR_LEVEL: Record<ScanLevel, units.UnitKind | null> = { institution: null, sector: 'sector', programme: 'programme' };

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const m = messages(locals.language).scan.errors;
			const form = await readForm(request, locals.language, ['title', 'level', 'unit']);
			const title = form.one('title').trim();
			const level = form.one('level');
			const unitId = form.one('unit');
			const values = { title, level, unit: unitId };
			const errors: Record<string, string> = {};
			if (title.length === 0 || title.length > 200) errors.title = m.titleRequired;
			if (!SCAN_LEVELS.includes(level as ScanLevel)) errors.level = m.levelInvalid;
			const { db } = await getDb();
			const kind = UNIT_KIND_FOR_LEVEL[level as ScanLevel];
			let unit: units.Unit | undefined;
			if (!errors.level) {
				if (kind === null && unitId) errors.unit = m.unitNotAllowed;
				if (kind !== null) {
					unit = unitId ? await units.getInInstitution(db, user.institutionId, unitId) : undefined;
					if (!unitId) errors.unit = m.unitRequired;
					else if (!unit) errors.unit = m.unitInvalid;
					else if (unit.kind !== kind) errors.unit = m.unitKindMismatch;
				}
			}
			if (Object.keys(errors).length > 0) return invalid(400, errors, values);
			const instrument = await currentInstrumentFor(db, user.institutionId);
			const id = await scans.create(db, {
				institutionId: user.institutionId,
				unitId: unit?.id ?? null,
				level: level as ScanLevel,
				title,
				instrumentKey: instrument.key,
				instrumentVersion: instrument.version,
				createdBy: user.id
			});
			redirect(303, `/scans/${id}`);
		})
};
