import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '$lib/server/http/forms';
import { readUpload } from '$lib/server/http/uploads';
import { messages } from '$lib/i18n';
import { roomsUser } from '$lib/rooms/server/routes';
import { importCsv } from '$lib/rooms/server/rooms';
import { MAX_CSV_BYTES } from '$lib/catalogue/csv';

export const load: PageServerLoad = async ({ locals, url }) => {
	await roomsUser(locals, url, { keeper: true });
	return {};
};

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const { db, user } = await roomsUser(locals, url, { keeper: true });
			const upload = await readUpload(request, locals.language, { fileField: 'file', maxFileBytes: MAX_CSV_BYTES, fields: [] });
			if (!upload.file) return fail(400, { errors: { file: messages(locals.language).rooms.importFileRequired }, problems: [] });
			const result = await importCsv(db, user.institutionId, upload.file.bytes, locals.language);
			if (!result.ok) return fail(400, { errors: { form: messages(locals.language).rooms.importRefused }, problems: result.problems });
			return { imported: { created: result.created, updated: result.updated } };
		})
};
