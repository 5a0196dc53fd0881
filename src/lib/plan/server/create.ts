/**
 * Making a scan, a workshop or a survey from its "new" form. The feature checks its own fields;
 * here the scope (level and unit) is checked, every problem is reported at once with what was
 * typed, and the new row gets the institution's current instrument.
 *
 * @example
 * // titleField from ./fields
 * const own = parseFields(z.object({ title: titleField(language) }), { title: form.one('title') });
 * const created = await createInScope(db, user, language, { level, unit }, own, values, (scope, { title }) =>
 *   scans.create(db, { ...scope, title, createdBy: user.id }));
 * if (!created.ok) return created.failure;
 * redirect(303, `/scans/${created.id}`);
 */
import type { ActionFailure } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { Instrument } from '$lib/instrument/schema';
import { currentInstrumentFor } from '$lib/instrument/server/instruments';
import * as units from '$lib/accounts/server/data/units';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';
import { invalid, type FormFailure, type Parsed } from '$lib/server/http/forms';
import type { Language } from '$lib/i18n';
import { checkScope } from './scope';
import type { ScopeInput } from './data/plan-owners';

export type NewScope = Omit<ScopeInput, 'title'>;

/** What every "new" form offers to choose from (signed in only): the institution's units. */
export async function scopeChoices(locals: App.Locals, url: URL): Promise<{ units: units.Unit[] }> {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	return { units: await units.listForInstitution(db, user.institutionId) };
}

export async function createInScope<T>(
	db: Kysely<Database>,
	user: { institutionId: string },
	language: Language,
	posted: { level: string; unit: string },
	own: Parsed<T>,
	/** What the form gives back when something is wrong. */
	values: Record<string, string>,
	create: (scope: NewScope, value: T, instrument: Instrument) => Promise<string>
): Promise<{ ok: true; id: string } | { ok: false; failure: ActionFailure<FormFailure> }> {
	const scope = await checkScope(db, user.institutionId, posted.level, posted.unit, language);
	if (!own.ok || !scope.ok) {
		const errors = { ...(own.ok ? {} : own.errors), ...(scope.ok ? {} : scope.errors) };
		return { ok: false, failure: invalid(400, errors, values) };
	}
	const instrument = await currentInstrumentFor(db, user.institutionId);
	const id = await create(
		{ institutionId: user.institutionId, unitId: scope.unit?.id ?? null, level: scope.level, instrumentKey: instrument.key, instrumentVersion: instrument.version },
		own.value,
		instrument
	);
	return { ok: true, id };
}
