import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { isCatalogue } from '$lib/catalogue/keepers';
import { addKeeper, keepersPage, removeKeeper } from '$lib/catalogue/server/keepers';
import { messages, type Messages } from '$lib/i18n';

const onlyAdmins = (m: Messages) => m.catalogue.keepers.notAdmin;

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url, onlyAdmins);
	const { db } = await getDb();
	return { catalogues: await keepersPage(db, admin.institutionId) };
};

/** Naming or removing a keeper of the catalogue the form names; the answer names the catalogue again, for its message. */
const keeperAction = (change: 'add' | 'remove') => ({ request, locals, url }: { request: Request; locals: App.Locals; url: URL }) =>
	handleForm(async () => {
		const admin = requireAdmin(locals, url, onlyAdmins);
		const form = await readForm(request, locals.language, ['catalogue', 'user']);
		const catalogue = form.one('catalogue');
		const problems = messages(locals.language).catalogue.keepers.problems;
		if (!isCatalogue(catalogue)) return invalid(400, { form: problems.catalogue });
		const { db } = await getDb();
		const outcome = change === 'add' ? await addKeeper(db, admin, catalogue, form.one('user')) : await removeKeeper(db, admin, catalogue, form.one('user'));
		if (!outcome.ok) return invalid(outcome.problem === 'already' ? 409 : 400, { [catalogue]: problems[outcome.problem] }, { catalogue });
		return { done: change, catalogue, name: outcome.name };
	});

export const actions: Actions = { add: keeperAction('add'), remove: keeperAction('remove') };
