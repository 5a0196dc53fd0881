import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/accounts/server/data/users';
import { dummyPasswordHash, verifyPassword } from '$lib/accounts/server/passwords';
import { safeNext, signIn } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { RateLimiter } from '$lib/server/http/rate-limit';
import { messages } from '$lib/i18n';
import { log } from '$lib/server/log';

/** Ten tries a minute per address and per account: slows guessing, never locks a real user out for long. */
const perAccount = new RateLimiter(10, 60_000);
const perAddress = new RateLimiter(30, 60_000);

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = await getDb();
	if ((await users.count(db)) === 0) redirect(303, '/setup');
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return {};
};

export const actions: Actions = {
	default: ({ request, locals, cookies, url, getClientAddress }) =>
		handleForm(async () => {
			const m = messages(locals.language).auth;
			const form = await readForm(request, locals.language, ['email', 'password']);
			const email = form.one('email').trim().toLowerCase().slice(0, 254);
			const password = form.one('password').slice(0, 1024);
			if (!perAccount.take(email) || !perAddress.take(getClientAddress())) {
				return invalid(429, { form: m.tooManyAttempts }, { email });
			}
			const { db } = await getDb();
			const user = await users.findWithHashByEmail(db, email);
			const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
			if (!user || !ok) {
				log.info({ event: 'login_failed' }, 'login failed');
				return invalid(400, { form: m.loginFailed }, { email });
			}
			// Said only to whoever knows the password: the address alone reveals nothing.
			if (user.disabled) return invalid(403, { form: m.accountDisabled }, { email });
			await signIn(db, cookies, url, user.id, locals.sessionToken);
			redirect(303, safeNext(url.searchParams.get('next')));
		})
};
