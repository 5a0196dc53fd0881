import { redirect } from '@sveltejs/kit';
import { claimSetup } from '$lib/accounts/server/data/setup';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/accounts/server/data/users';
import * as institutions from '$lib/accounts/server/data/institutions';
import { hashPassword } from '$lib/accounts/server/passwords';
import { signIn } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { institutionField, validateAccount } from '$lib/accounts/server/accounts';
import { authConfig } from '$lib/sso/server/config';
import { messages } from '$lib/i18n';

export const load: PageServerLoad = async () => {
	const { db } = await getDb();
	if ((await users.count(db)) > 0) redirect(303, '/login');
	const { sso, passwordLogin } = authConfig();
	return { sso: sso && { displayName: sso.displayName }, passwordLogin };
};

export const actions: Actions = {
	default: ({ request, locals, cookies, url }) =>
		handleForm(async () => {
			// With passwords off the first administrator signs in by single sign-on (decision record 0042).
			if (!authConfig().passwordLogin) return invalid(400, { form: messages(locals.language).sso.errors.passwordsOff }, {});
			const form = await readForm(request, locals.language, ['institution', 'name', 'email', 'password', 'passwordRepeat']);
			const fields = {
				institution: form.one('institution').trim(),
				name: form.one('name'),
				email: form.one('email'),
				password: form.one('password'),
				passwordRepeat: form.one('passwordRepeat')
			};
			const errors = validateAccount(fields, locals.language);
			const institution = institutionField(locals.language).safeParse(fields.institution);
			if (!institution.success) errors.institution = institution.error.issues[0]!.message;
			const values = { institution: fields.institution, name: fields.name, email: fields.email };
			if (Object.keys(errors).length > 0) return invalid(400, errors, values);

			const { db } = await getDb();
			const passwordHash = await hashPassword(fields.password);
			// The 'setup' row is the lock: of two first visitors racing, only one creates the administrator.
			const user = await db.transaction().execute(async (trx) => {
				if (!(await claimSetup(trx))) return null;
				const institution = await institutions.create(trx, fields.institution);
				return users.create(trx, {
					institutionId: institution.id,
					email: fields.email,
					name: fields.name.trim(),
					passwordHash,
					role: 'admin'
				});
			});
			if (!user) redirect(303, '/login');
			await signIn(db, cookies, url, user.id, locals.sessionToken);
			redirect(303, '/admin');
		})
};
