import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/accounts/server/data/users';
import { safeNext } from '$lib/server/http/auth';
import { RateLimiter } from '$lib/server/http/rate-limit';
import { authConfig } from '$lib/sso/server/config';
import { startSignIn } from '$lib/sso/server/sign-in';
import { refuse } from '$lib/sso/server/problems';
import { messages } from '$lib/i18n';

/** Every start stores a row for ten minutes: a script cannot fill the table from one address. */
const perAddress = new RateLimiter(30, 60_000);

/** GET /login/oidc: off to the provider (a link, not a form: the page's CSP allows forms only to itself). */
export const load: PageServerLoad = async ({ url, cookies, locals, getClientAddress }) => {
	const sso = authConfig().sso;
	if (!sso) redirect(303, '/login');
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	if (!perAddress.take(getClientAddress())) error(429, { message: messages(locals.language).sso.errors.tooMany });
	const { db } = await getDb();
	const setup = url.searchParams.get('setup') === '1' && (await users.count(db)) === 0;
	const started = await startSignIn(db, sso, cookies, url, { next: safeNext(url.searchParams.get('next')), purpose: setup ? 'setup' : 'sign-in' });
	if (!started.ok) refuse(started.problem, locals.language);
	redirect(303, started.location);
};
