import { redirect, type RequestHandler } from '@sveltejs/kit';
import { isLanguage, messages } from '$lib/i18n';
import { setLanguage } from '$lib/server/http/language';
import { safeNext } from '$lib/server/http/auth';
import { isSecureContext } from '$lib/server/http/security';

/** Switches the interface language and goes back to the page the user was on. */
export const POST: RequestHandler = async ({ request, cookies, url, locals }) => {
	const data = await request.formData().catch(() => null);
	const to = data?.get('to');
	const back = data?.get('back');
	// Only our own switch posts here; anything else is a clear 400 that changes nothing.
	if (!isLanguage(to)) {
		return new Response(messages(locals.language).common.invalidInput, {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	setLanguage(cookies, to, isSecureContext(url));
	redirect(303, safeNext(typeof back === 'string' ? back : null));
};
