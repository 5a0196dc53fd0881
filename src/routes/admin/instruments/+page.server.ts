import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { readUpload } from '$lib/server/http/uploads';
import {
	currentVersionFor,
	discardDraft,
	draftFor,
	instrumentFor,
	nextVersionNumber,
	publishDraft,
	importDraft,
	startDraft,
	versionsFor
} from '$lib/instrument/server/instruments';
import { INSTRUMENT_KEYS } from '$lib/instrument';
import { MAX_INSTRUMENT_FILE_BYTES, readInstrumentFile } from '$lib/instrument/file';
import { instrumentWording } from '$lib/instrument/wording';
import { changeLines } from './changes';
import { pageInstrument } from './instrument-key';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const key = pageInstrument(url);
	const { db } = await getDb();
	// Every instrument in one line each (the overview), then the one this page is about in full.
	const overview = await Promise.all(
		INSTRUMENT_KEYS.map(async (each) => {
			const [{ instrument, own }, draft] = await Promise.all([currentVersionFor(db, admin.institutionId, each), draftFor(db, admin.institutionId, each)]);
			return { key: each, title: instrument.title, version: instrument.version, own, hasDraft: draft !== undefined };
		})
	);
	const [versions, draft, nextVersion] = await Promise.all([
		versionsFor(db, admin.institutionId, key),
		draftFor(db, admin.institutionId, key),
		nextVersionNumber(db, admin.institutionId, key)
	]);
	const current = overview.find((each) => each.key === key)!;
	const base = draft && (await instrumentFor(db, admin.institutionId, key, draft.basedOnVersion));
	return {
		key,
		overview,
		current: { title: current.title, version: current.version, own: current.own },
		versions,
		draft: draft && { basedOnVersion: draft.basedOnVersion, updatedAt: draft.updatedAt, changes: base ? changeLines(base, draft.instrument, locals.language, key) : [] },
		nextVersion
	};
};

export const actions: Actions = {
	start: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const key = pageInstrument(url);
			await readForm(request, locals.language, []);
			const { db } = await getDb();
			if (!(await startDraft(db, admin.institutionId, key))) return invalid(409, { form: instrumentWording(locals.language, key).draftExists });
			return { done: 'start' };
		}),

	discard: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const key = pageInstrument(url);
			await readForm(request, locals.language, []);
			const { db } = await getDb();
			if (!(await discardDraft(db, admin.institutionId, key))) return invalid(404, { form: instrumentWording(locals.language, key).noDraftToEdit });
			return { done: 'discard' };
		}),

	publish: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const key = pageInstrument(url);
			await readForm(request, locals.language, []);
			const { db } = await getDb();
			const version = await publishDraft(db, admin.institutionId, admin.id, key);
			if (version === undefined) return invalid(404, { form: instrumentWording(locals.language, key).noDraftToEdit });
			return { done: 'publish', version };
		}),

	import: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const key = pageInstrument(url);
			const t = instrumentWording(locals.language, key);
			const upload = await readUpload(request, locals.language, { fileField: 'file', maxFileBytes: MAX_INSTRUMENT_FILE_BYTES, fields: [] });
			const read = upload.file ? readInstrumentFile(upload.file.bytes, locals.language, key) : ({ ok: false, errors: [t.issues.noFile] } as const);
			if (!read.ok) return fail(400, { errors: { form: t.importErrors }, values: {}, issues: read.errors });
			const { db } = await getDb();
			const saved = await importDraft(db, admin.institutionId, read.instrument, locals.language, key);
			if (!saved.ok) return fail(400, { errors: { form: t.importErrors }, values: {}, issues: saved.errors });
			return { done: 'import' };
		})
};
