import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { readUpload } from '$lib/server/http/uploads';
import {
	currentInstrumentFor,
	discardDraft,
	draftFor,
	instrumentFor,
	nextVersionNumber,
	publishDraft,
	importDraft,
	startDraft,
	versionsFor
} from '$lib/instrument/server/instruments';
import { DEFAULT_INSTRUMENT_KEY } from '$lib/instrument';
import { MAX_INSTRUMENT_FILE_BYTES, readInstrumentFile } from '$lib/instrument/file';
import { messages } from '$lib/i18n';
import { changeLines } from './changes';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	const [current, versions, draft, nextVersion] = await Promise.all([
		currentInstrumentFor(db, admin.institutionId),
		versionsFor(db, admin.institutionId),
		draftFor(db, admin.institutionId),
		nextVersionNumber(db, admin.institutionId)
	]);
	const base = draft && (await instrumentFor(db, admin.institutionId, DEFAULT_INSTRUMENT_KEY, draft.basedOnVersion));
	return {
		current: { title: current.title, version: current.version, own: versions.some((v) => v.origin === 'own') },
		versions,
		draft: draft && { basedOnVersion: draft.basedOnVersion, updatedAt: draft.updatedAt, changes: base ? changeLines(base, draft.instrument, locals.language) : [] },
		nextVersion
	};
};

export const actions: Actions = {
	start: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			await readForm(request, locals.language, []);
			const { db } = await getDb();
			if (!(await startDraft(db, admin.institutionId))) return invalid(409, { form: messages(locals.language).instruments.draftExists });
			return { done: 'start' };
		}),

	discard: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			await readForm(request, locals.language, []);
			const { db } = await getDb();
			if (!(await discardDraft(db, admin.institutionId))) return invalid(404, { form: messages(locals.language).instruments.noDraftToEdit });
			return { done: 'discard' };
		}),

	publish: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			await readForm(request, locals.language, []);
			const { db } = await getDb();
			const version = await publishDraft(db, admin.institutionId, admin.id);
			if (version === undefined) return invalid(404, { form: messages(locals.language).instruments.noDraftToEdit });
			return { done: 'publish', version };
		}),

	import: ({ request, locals, url }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const m = messages(locals.language).instruments;
			const upload = await readUpload(request, locals.language, { fileField: 'file', maxFileBytes: MAX_INSTRUMENT_FILE_BYTES, fields: [] });
			const read = upload.file
				? readInstrumentFile(upload.file.bytes, locals.language, DEFAULT_INSTRUMENT_KEY)
				: ({ ok: false, errors: [m.issues.noFile] } as const);
			if (!read.ok) return fail(400, { errors: { form: m.importErrors }, values: {}, issues: read.errors });
			const { db } = await getDb();
			const saved = await importDraft(db, admin.institutionId, read.instrument, locals.language);
			if (!saved.ok) return fail(400, { errors: { form: m.importErrors }, values: {}, issues: saved.errors });
			return { done: 'import' };
		})
};
