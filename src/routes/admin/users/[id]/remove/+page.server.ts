import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/accounts/server/data/users';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { holdings, removeUser } from '$lib/accounts/server/user-admin';
import { notFound } from '$lib/server/http/errors';
import { messages } from '$lib/i18n';

/** The account to remove, within the admin's institution (404 otherwise), with the colleagues who can take over. */
async function found(locals: App.Locals, url: URL, id: string) {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	const list = await users.listManaged(db, admin.institutionId);
	const target = list.find((u) => u.id === id);
	if (!target) notFound();
	const successors = list.filter((u) => u.id !== id && u.disabledAt === null).map((u) => ({ id: u.id, name: u.name, email: u.email, me: u.id === admin.id }));
	return { db, admin, target, successors };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { db, target, successors } = await found(locals, url, params.id);
	return { target: { id: target.id, name: target.name, email: target.email, role: target.role }, holdings: await holdings(db, target.id), successors };
};

export const actions: Actions = {
	default: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { db, admin, target } = await found(locals, url, params.id);
			const form = await readForm(request, locals.language, ['successor']);
			const successorId = form.one('successor');
			const m = messages(locals.language).users.problems;
			const outcome = await removeUser(db, admin.institutionId, admin.id, target.id, successorId);
			if (!outcome.ok) return invalid(outcome.problem === 'successor' ? 400 : 409, { form: m[outcome.problem] }, { successor: successorId });
			const successor = (await users.get(db, successorId))?.name ?? '';
			redirect(303, `/admin/users?removed=${encodeURIComponent(target.name)}&to=${encodeURIComponent(successor)}`);
		})
};
