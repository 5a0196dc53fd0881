import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as users from '$lib/accounts/server/data/users';
import { signIn } from '$lib/server/http/auth';
import { authConfig } from '$lib/sso/server/config';
import { finishSignIn } from '$lib/sso/server/sign-in';
import { refuse } from '$lib/sso/server/problems';

/** GET /login/oidc/callback: the provider's answer (the redirect URI registered at the provider). */
export const load: PageServerLoad = async ({ url, cookies, locals }) => {
	const sso = authConfig().sso;
	if (!sso) redirect(303, '/login');
	const { db } = await getDb();
	const outcome = await finishSignIn(db, sso, cookies, url);
	if (outcome.kind === 'failed') refuse(outcome.problem, locals.language);
	if (outcome.kind === 'waiting') redirect(303, '/login/oidc/waiting');
	if (outcome.kind === 'rejected') redirect(303, '/login/oidc/waiting?rejected');
	await signIn(db, cookies, url, outcome.userId, locals.sessionToken);
	await users.markSignedIn(db, outcome.userId);
	redirect(303, outcome.next);
};
