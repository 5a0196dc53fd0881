import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '$lib/server/http/forms';
import { readUpload } from '$lib/server/http/uploads';
import { catalogueUser } from '$lib/catalogue/server/keepers';
import { MAX_CSV_BYTES } from '$lib/catalogue/csv';
import { importTools } from '$lib/tools/server/tools';
import { columnDescriptions } from '$lib/tools/tool-csv';
import { messages } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url }) => {
	await catalogueUser(locals, url, 'tools', { keeper: true });
	return { columns: columnDescriptions(locals.language) };
};

export const actions: Actions = {
	default: ({ request, locals, url }) =>
		handleForm(async () => {
			const { db, user } = await catalogueUser(locals, url, 'tools', { keeper: true });
			const upload = await readUpload(request, locals.language, { fileField: 'file', maxFileBytes: MAX_CSV_BYTES, fields: [] });
			if (!upload.file) return fail(400, { errors: { file: messages(locals.language).tools.import.noFile }, values: {}, problems: [] });
			const result = await importTools(db, user, upload.file.bytes, locals.language);
			if (!result.ok) return fail(400, { errors: {}, values: {}, problems: result.problems });
			redirect(303, `/tools?created=${result.created}&updated=${result.updated}`);
		})
};
