import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/accounts/server/data/users';
import { safeNext } from '$lib/server/http/auth';
import { authConfig } from '$lib/sso/server/config';
import { startSignIn } from '$lib/sso/server/sign-in';
import { refuse } from '$lib/sso/server/problems';

/** GET /login/oidc: off to the provider (a link, not a form: the page's CSP allows forms only to itself). */
export const load: PageServerLoad = async ({ url, cookies, locals }) => {
	const sso = authConfig().sso;
	if (!sso) redirect(303, '/login');
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	const { db } = await getDb();
	const setup = url.searchParams.get('setup') === '1' && (await users.count(db)) === 0;
	const started = await startSignIn(db, sso, cookies, url, { next: safeNext(url.searchParams.get('next')), purpose: setup ? 'setup' : 'sign-in' });
	if (!started.ok) refuse(started.problem, locals.language);
	redirect(303, started.location);
};
