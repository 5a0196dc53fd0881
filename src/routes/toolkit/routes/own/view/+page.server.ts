import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { messages } from '$lib/i18n';
import { ownRouteHref, ownRouteViewHref } from '$lib/toolkit/links';
import { productCard } from '$lib/toolkit/views';
import { parseSharedRoute, shareProblemText } from '../own-route';
import { contentForRequest } from '$lib/toolkit/server/content';

/** A shared own route, read from its link (see own-route.ts for why the link is the storage). */
export const load: PageServerLoad = async ({ url, locals }) => {
	const language = locals.language;
	const shared = parseSharedRoute(url.searchParams.get('p'), (await contentForRequest(locals)).products);
	// A broken link is the visitor's input, not our failure: a 400 that says what is wrong.
	if (!shared.ok) error(400, { message: shareProblemText(shared.problem, messages(language).navigator) });
	const keys = shared.products.map((product) => product.key);
	return {
		steps: shared.products.map((product) => productCard(product, language)),
		shareUrl: new URL(ownRouteViewHref(keys), url.origin).href,
		editHref: ownRouteHref(keys)
	};
};
