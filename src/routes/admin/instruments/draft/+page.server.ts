import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { draftFor, saveDraft } from '$lib/instrument/server/instruments';
import type { Instrument } from '$lib/instrument/schema';
import {
	addCategory,
	addFactor,
	addQuestion,
	allKeys,
	applyTexts,
	dropCategory,
	dropFactor,
	dropQuestion,
	hasFactor,
	keyFromName,
	moveFactor,
	textFieldNames,
	type NewFactor
} from '$lib/instrument/edit';
import type { Language } from '$lib/i18n';
import { allowsQuestions, type InstrumentKey } from '$lib/instrument';
import { instrumentWording } from '$lib/instrument/wording';
import { instrumentsHref } from '$lib/instrument/links';
import { pageInstrument } from '../instrument-key';
import type { User } from '$lib/accounts/server/data/users';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const key = pageInstrument(url);
	const { db } = await getDb();
	const draft = await draftFor(db, admin.institutionId, key);
	if (!draft) redirect(303, instrumentsHref(key));
	return { key, instrument: draft.instrument, basedOnVersion: draft.basedOnVersion, questions: allowsQuestions(key) };
};

const FACTOR_FIELDS = ['name.nl', 'name.en', ...[1, 2, 3].flatMap((p) => [`phase${p}.nl`, `phase${p}.en`])];

/** A new factor from the form, its key made from its Dutch name (never typed by the admin). */
function newFactor(get: (name: string) => string, taken: ReadonlySet<string>): NewFactor {
	const text = (prefix: string) => ({ nl: get(`${prefix}.nl`), en: get(`${prefix}.en`) });
	return { key: keyFromName(get('name.nl'), taken, 'factor'), name: text('name'), descriptors: [text('phase1'), text('phase2'), text('phase3')] };
}

/**
 * Loads the draft, applies one edit and saves the whole result only when it is valid; otherwise
 * answers 400 with every problem (`issues`) and the posted values, and the draft stays as it was.
 */
async function edit(
	admin: User,
	language: Language,
	key: InstrumentKey,
	change: (draft: Instrument) => Instrument | null,
	values: Record<string, string> = {}
) {
	const m = instrumentWording(language, key);
	const { db } = await getDb();
	const draft = await draftFor(db, admin.institutionId, key);
	if (!draft) return invalid(404, { form: m.noDraftToEdit });
	const next = change(draft.instrument);
	if (!next) return invalid(404, { form: m.unknownKey }, values);
	const saved = await saveDraft(db, admin.institutionId, next, language, key);
	if (!saved.ok) return fail(400, { errors: { form: m.editRefused }, values, issues: saved.errors });
	return { done: true };
}

export const actions: Actions = {
	texts: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const instrument = pageInstrument(url);
			const { db } = await getDb();
			const draft = await draftFor(db, admin.institutionId, instrument);
			// The allow-list is the draft's own fields: a form from before a factor was dropped is refused, not half-applied.
			const fields = draft ? textFieldNames(draft.instrument) : [];
			const form = await readForm(request, locals.language, fields);
			return edit(admin, locals.language, instrument, (current) => applyTexts(current, (name) => form.one(name)));
		}),

	addFactor: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const instrument = pageInstrument(url);
			const form = await readForm(request, locals.language, ['category', ...FACTOR_FIELDS]);
			const values = Object.fromEntries(['category', ...FACTOR_FIELDS].map((name) => [`factor.${name}`, form.one(name)]));
			return edit(
				admin,
				locals.language,
				instrument,
				(draft) => (draft.categories.some((c) => c.key === form.one('category')) ? addFactor(draft, form.one('category'), newFactor(form.one, allKeys(draft))) : null),
				values
			);
		}),

	addCategory: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const instrument = pageInstrument(url);
			const categoryFields = ['categoryName.nl', 'categoryName.en'];
			const form = await readForm(request, locals.language, [...categoryFields, ...FACTOR_FIELDS]);
			const values = Object.fromEntries([...categoryFields, ...FACTOR_FIELDS].map((name) => [`category.${name}`, form.one(name)]));
			return edit(
				admin,
				locals.language,
				instrument,
				(draft) => {
					const taken = allKeys(draft);
					const category = { key: keyFromName(form.one('categoryName.nl'), taken, 'categorie'), name: { nl: form.one('categoryName.nl'), en: form.one('categoryName.en') } };
					return addCategory(draft, category, newFactor(form.one, new Set([...taken, category.key])));
				},
				values
			);
		}),

	addQuestion: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const instrument = pageInstrument(url);
			if (!allowsQuestions(instrument)) return invalid(400, { form: instrumentWording(locals.language, instrument).questionsOnlyScan });
			const fields = ['kind', 'text.nl', 'text.en'];
			const form = await readForm(request, locals.language, fields);
			const values = Object.fromEntries(fields.map((name) => [`question.${name}`, form.one(name)]));
			const question = (taken: ReadonlySet<string>) => ({
				key: keyFromName(form.one('text.nl'), taken, 'vraag'),
				// The schema refuses any other kind with a message; the cast only names the type.
				kind: form.one('kind') as 'phase' | 'text',
				text: { nl: form.one('text.nl'), en: form.one('text.en') }
			});
			return edit(admin, locals.language, instrument, (draft) => addQuestion(draft, question(allKeys(draft))), values);
		}),

	dropFactor: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const instrument = pageInstrument(url);
			const key = (await readForm(request, locals.language, ['key'])).one('key');
			return edit(admin, locals.language, instrument, (draft) => (hasFactor(draft, key) ? dropFactor(draft, key) : null));
		}),

	moveFactor: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const instrument = pageInstrument(url);
			const form = await readForm(request, locals.language, ['key', 'direction']);
			const direction = form.one('direction');
			if (direction !== 'up' && direction !== 'down') return invalid(400, { form: instrumentWording(locals.language, instrument).unknownDirection });
			const result = await edit(admin, locals.language, instrument, (draft) => moveFactor(draft, form.one('key'), direction) ?? null);
			// Which factor moved, so the page can say where it is now.
			return 'done' in result ? { ...result, moved: form.one('key') } : result;
		}),

	dropCategory: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const instrument = pageInstrument(url);
			const key = (await readForm(request, locals.language, ['key'])).one('key');
			return edit(admin, locals.language, instrument, (draft) => (draft.categories.some((c) => c.key === key) ? dropCategory(draft, key) : null));
		}),

	dropQuestion: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const instrument = pageInstrument(url);
			const key = (await readForm(request, locals.language, ['key'])).one('key');
			return edit(admin, locals.language, instrument, (draft) => (draft.questions.some((q) => q.key === key) ? dropQuestion(draft, key) : null));
		})
};
