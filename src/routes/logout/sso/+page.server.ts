import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { authConfig } from '$lib/sso/server/config';
import { endSessionUrl } from '$lib/sso/server/oidc';
import { log } from '$lib/server/log';

/**
 * RP-initiated logout: signed out here, the browser goes on to the provider's end_session_endpoint
 * (which sends it back to /login). A page rather than a redirect from the sign-out form: the
 * form's CSP (form-action 'self') would stop a redirect to another site.
 */
export const load: PageServerLoad = async () => {
	const sso = authConfig().sso;
	if (!sso) redirect(303, '/login');
	let url: URL | null = null;
	try {
		url = await endSessionUrl(sso);
	} catch (error) {
		log.warn({ event: 'sso_logout_unavailable', err: error instanceof Error ? error.message : String(error) }, 'provider not reachable for sign-out');
	}
	if (!url) redirect(303, '/login');
	return { endSession: url.href, displayName: sso.displayName };
};
