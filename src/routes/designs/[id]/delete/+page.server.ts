import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { mayRemove, requireUser } from '$lib/server/http/auth';
import { forbidden } from '$lib/server/http/errors';
import { messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import * as designs from '$lib/blend/server/designs';

/** A design for whoever may delete it (its maker, the administrators; decision record 0051): 404 outside the institution, 403 for others. */
async function removable(locals: App.Locals, url: URL, id: string) {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const record = await designs.designForUser(db, user, id);
	if (!mayRemove(user, record.createdBy)) forbidden((m) => m.blendUi.deleteOnlyMaker);
	return { db, user, record };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { db, record } = await removable(locals, url, params.id);
	const open = await designs.readDesign(db, record);
	const t = messages(locals.language).blendUi.deleteParts;
	const answered = open.answers.filter((a) => a.text.trim() !== '').length;
	const parts = [
		plural(t.activities, open.activities.length, locals.language),
		plural(t.outcomes, open.design.outcomes.length, locals.language),
		...(answered > 0 ? [plural(t.answers, answered, locals.language)] : []),
		...(record.hasReadLink ? [t.readLink] : [])
	];
	return { id: record.id, title: record.title, parts };
};

export const actions: Actions = {
	default: async ({ locals, url, params }) => {
		const { db, user, record } = await removable(locals, url, params.id);
		await designs.remove(db, user.institutionId, record.id);
		redirect(303, `/designs?deleted=${encodeURIComponent(record.title)}`);
	}
};
