/**
 * The errors routes and access checks throw, with their text in the language of the request that
 * is being answered: SvelteKit shows it on the error page, in the plain error page of a download,
 * or as the JSON `message` a script reads. Access checks deep in a feature need no language
 * argument for it; outside a request (a unit test, a script) the text is Dutch, the default.
 */
import { error } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { messages, type Language, type Messages } from '$lib/i18n';

function requestLanguage(): Language {
	try {
		return getRequestEvent().locals.language ?? 'nl';
	} catch {
		return 'nl';
	}
}

/** 404: also for what exists but belongs to another institution, so ids reveal nothing. */
export function notFound(): never {
	error(404, { message: messages(requestLanguage()).common.notFound });
}

/** 403: found within the user's own institution, but not theirs to see or change; `why` picks a more telling text. */
export function forbidden(why: (m: Messages) => string = (m) => m.common.forbidden): never {
	error(403, { message: why(messages(requestLanguage())) });
}

/** 401: a stream or API call that needs someone signed in (pages redirect to sign-in instead). */
export function notSignedIn(): never {
	error(401, { message: messages(requestLanguage()).common.notSignedIn });
}
