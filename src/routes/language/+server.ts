import { redirect, type RequestHandler } from '@sveltejs/kit';
import { isLanguage } from '$lib/i18n';
import { setLanguage } from '$lib/server/language';
import { safeNext } from '$lib/server/auth';
import { isSecureContext } from '$lib/server/security';

/** Switches the interface language and goes back to the page the user was on. */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const data = await request.formData().catch(() => null);
	const to = data?.get('to');
	const back = data?.get('back');
	if (isLanguage(to)) setLanguage(cookies, to, isSecureContext(url));
	redirect(303, safeNext(typeof back === 'string' ? back : null));
};
