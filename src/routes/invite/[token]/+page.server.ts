import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as invites from '$lib/accounts/server/data/invites';
import * as users from '$lib/accounts/server/data/users';
import * as institutions from '$lib/accounts/server/data/institutions';
import { hashPassword } from '$lib/accounts/server/passwords';
import { signIn } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { validateAccount } from '$lib/accounts/server/accounts';
import { messages } from '$lib/i18n';
import { authConfig } from '$lib/sso/server/config';

export const load: PageServerLoad = async ({ params }) => {
	const { db } = await getDb();
	const { sso, passwordLogin } = authConfig();
	const ways = { passwordLogin, sso: sso && { displayName: sso.displayName } };
	const invite = await invites.findUsable(db, params.token);
	if (!invite) return { invite: null, ...ways };
	const institution = await institutions.get(db, invite.institutionId);
	return { invite: { role: invite.role, institutionName: institution?.name ?? '' }, ...ways };
};

export const actions: Actions = {
	default: ({ request, locals, cookies, url, params }) =>
		handleForm(async () => {
			const m = messages(locals.language).auth;
			// With passwords off an invitation makes no account: the person signs in through the institution (decision record 0042).
			if (!authConfig().passwordLogin) return invalid(400, { form: messages(locals.language).sso.errors.passwordsOff }, {});
			const form = await readForm(request, locals.language, ['name', 'email', 'password', 'passwordRepeat']);
			const fields = { name: form.one('name'), email: form.one('email'), password: form.one('password'), passwordRepeat: form.one('passwordRepeat') };
			const values = { name: fields.name, email: fields.email };
			const { db } = await getDb();
			const invite = await invites.findUsable(db, params.token);
			if (!invite) return invalid(410, { form: m.inviteInvalid }, values);
			const errors = validateAccount(fields, locals.language);
			if (Object.keys(errors).length === 0 && (await users.emailTaken(db, fields.email))) errors.email = m.errors.emailTaken;
			if (Object.keys(errors).length > 0) return invalid(400, errors, values);

			const passwordHash = await hashPassword(fields.password);
			const user = await db.transaction().execute(async (trx) => {
				// Marking the invite used first makes it single-use even when two tabs submit at once.
				if (!(await invites.markUsed(trx, invite.id))) return null;
				return users.create(trx, {
					institutionId: invite.institutionId,
					email: fields.email,
					name: fields.name.trim(),
					passwordHash,
					role: invite.role
				});
			});
			if (!user) return invalid(410, { form: m.inviteInvalid }, values);
			await signIn(db, cookies, url, user.id, locals.sessionToken);
			redirect(303, '/');
		})
};
