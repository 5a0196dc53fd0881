import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/accounts/server/data/users';
import { dummyPasswordHash, verifyPassword } from '$lib/accounts/server/passwords';
import { safeNext, signIn } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { LOGIN_THROTTLE_POLICY, LoginThrottle, waitToShow } from '$lib/accounts/login-throttle';
import { limitsClock } from '$lib/server/http/limits-clock';
import { deviceFor, rememberDevice } from '$lib/accounts/server/known-device';
import { messages } from '$lib/i18n';
import { plural } from '$lib/i18n/plural';
import { log } from '$lib/server/log';
import { authConfig } from '$lib/sso/server/config';

/** Growing, capped waits per account and per address, and per known device instead of both (decision 45): slows guessing, locks nobody out. */
const throttle = new LoginThrottle(LOGIN_THROTTLE_POLICY, limitsClock());

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db } = await getDb();
	if ((await users.count(db)) === 0) redirect(303, '/setup');
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	const { sso, passwordLogin } = authConfig();
	return { sso: sso && { displayName: sso.displayName }, passwordLogin, next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
	default: ({ request, locals, cookies, url, getClientAddress }) =>
		handleForm(async () => {
			const m = messages(locals.language).auth;
			if (!authConfig().passwordLogin) return invalid(400, { form: messages(locals.language).sso.errors.passwordsOff }, {});
			const form = await readForm(request, locals.language, ['email', 'password']);
			const email = form.one('email').trim().toLowerCase().slice(0, 254);
			const password = form.one('password').slice(0, 1024);
			const { db } = await getDb();
			const user = await users.findWithHashByEmail(db, email);
			const attempt = throttle.attempt({ account: email, address: getClientAddress(), device: deviceFor(cookies, url, user) });
			if (!attempt.ok) {
				const wait = waitToShow(attempt.waitMs);
				log.info({ event: 'login_wait', waitSeconds: Math.ceil(attempt.waitMs / 1000) }, 'login told to wait');
				return invalid(429, { form: plural(wait.unit === 'seconds' ? m.waitSeconds : m.waitMinutes, wait.count, locals.language) }, { email });
			}
			const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
			if (!user || !ok) {
				log.info({ event: 'login_failed' }, 'login failed');
				return invalid(400, { form: m.loginFailed }, { email });
			}
			// Said only to whoever knows the password: the address alone reveals nothing.
			if (user.disabled) return invalid(403, { form: m.accountDisabled }, { email });
			attempt.succeeded();
			rememberDevice(cookies, url, user);
			await signIn(db, cookies, url, user.id, locals.sessionToken);
			redirect(303, safeNext(url.searchParams.get('next')));
		})
};
