/**
 * The scan page's autosave: one factor's whole answer (where we are, where we want to be, what it
 * takes), posted as it changes. The route's `answer` action, and the one the start script serves
 * on Node's own response for the page's script (decision record 0061): it writes last, in one
 * transaction, and only when everything is valid.
 */
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import * as scanAnswers from './data/scan-answers';
import { requireUser } from '$lib/server/http/auth';
import { scanForEditor } from './access';
import { handleForm, invalid, parseFields, readForm } from '$lib/server/http/forms';
import type { FormActionEvent } from '$lib/server/http/direct-actions';
import { textField } from '$lib/plan/server/fields';
import { findFactor } from '$lib/instrument/schema';
import { parsePhaseField } from '$lib/scan/scan';
import { LANGUAGES, messages, type Language } from '$lib/i18n';

/** Made once per language: a zod object schema compiles its parser when made, too slow for every autosave. */
const neededField = Object.fromEntries(LANGUAGES.map((language) => [language, z.object({ needed: textField(language) })])) as Record<Language, z.ZodObject<{ needed: ReturnType<typeof textField> }>>;

export const saveAnswer = ({ request, locals, url, params }: FormActionEvent<{ id: string }>) =>
	handleForm(async () => {
		const user = requireUser(locals, url);
		const m = messages(locals.language).scan;
		const { db } = await getDb();
		// Who may write is settled before the body is read: nobody else's input is parsed.
		const { scan, instrument } = await scanForEditor(db, user, params.id);
		const form = await readForm(request, locals.language, ['factor', 'current', 'desired', 'needed', 'seq']);
		const factorKey = form.one('factor');
		const values = { factor: factorKey };
		if (!findFactor(instrument, factorKey)) return invalid(400, { factor: m.errors.factorUnknown }, values);
		const current = parsePhaseField(form.one('current'));
		const desired = parsePhaseField(form.one('desired'));
		const needed = parseFields(neededField[locals.language], { needed: form.one('needed') });
		const errors: Record<string, string> = {};
		if (!current.ok) errors.current = m.errors.phaseInvalid;
		if (!desired.ok) errors.desired = m.errors.phaseInvalid;
		if (!needed.ok) Object.assign(errors, needed.errors);
		if (!current.ok || !desired.ok || !needed.ok) return invalid(400, errors, values);
		// The page numbers its writes; a form sent without JavaScript has no number and is ordered by arrival.
		const seqField = form.one('seq');
		const seq = /^[1-9][0-9]{0,15}$/.test(seqField) ? Number(seqField) : Date.now() * 1000;
		await scanAnswers.save(db, scan.id, { factorKey, current: current.value, desired: desired.value, needed: needed.value.needed }, seq);
		return { saved: factorKey };
	});
