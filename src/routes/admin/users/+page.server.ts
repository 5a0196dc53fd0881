import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/accounts/server/data/users';
import { requireAdmin } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { changeRole, disableUser, enableUser, type Outcome } from '$lib/accounts/server/user-admin';
import { signInMethod } from '$lib/accounts/user-admin';
import { messages, type Language } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = requireAdmin(locals, url);
	const { db } = await getDb();
	const list = await users.listManaged(db, admin.institutionId);
	return {
		me: admin.id,
		users: list.map((u) => ({
			id: u.id,
			name: u.name,
			email: u.email,
			role: u.role,
			lastSignInAt: u.lastSignInAt,
			disabledAt: u.disabledAt,
			method: signInMethod(u)
		})),
		removed: url.searchParams.get('removed'),
		successor: url.searchParams.get('to')
	};
};

/** The refusal of a change, in the user's language, with the account it was about. */
function refused(outcome: Extract<Outcome, { ok: false }>, id: string, language: Language) {
	const m = messages(language).users.problems;
	const status = outcome.problem === 'unknown' ? 404 : 409;
	return invalid(status, { form: m[outcome.problem] }, { id });
}

type Change = (db: Awaited<ReturnType<typeof getDb>>['db'], admin: users.User, id: string, form: { one: (n: string) => string }) => Promise<Outcome | 'badRole'>;

/** An action on one account, named by `id`; the answer names it again for the message. */
function userAction(done: 'role' | 'disable' | 'enable', change: Change, fields: string[] = []) {
	return ({ request, locals, url }: { request: Request; locals: App.Locals; url: URL }) =>
		handleForm(async () => {
			const admin = requireAdmin(locals, url);
			const form = await readForm(request, locals.language, ['id', ...fields]);
			const id = form.one('id');
			const { db } = await getDb();
			const outcome = await change(db, admin, id, form);
			if (outcome === 'badRole') return invalid(400, { form: messages(locals.language).users.problems.role }, { id });
			if (!outcome.ok) return refused(outcome, id, locals.language);
			return { done, id, name: (await users.get(db, id))?.name ?? '' };
		});
}

export const actions: Actions = {
	role: userAction(
		'role',
		async (db, admin, id, form) => {
			const role = form.one('role');
			if (!users.ROLES.includes(role as users.Role)) return 'badRole';
			return changeRole(db, admin.institutionId, admin.id, id, role as users.Role);
		},
		['role']
	),
	disable: userAction('disable', (db, admin, id) => disableUser(db, admin.institutionId, admin.id, id)),
	enable: userAction('enable', (db, admin, id) => enableUser(db, admin.institutionId, admin.id, id))
};
