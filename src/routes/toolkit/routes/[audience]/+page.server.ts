import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { findProduct, findRoute } from '$lib/toolkit';
import { messages } from '$lib/i18n';
import { ownRouteHref, productHref } from '$lib/toolkit/links';
import { productLink } from '$lib/toolkit/views';
import { contentForRequest } from '$lib/toolkit/server/content';

/** One route planner, by its key in URLs (`docent`) or by its audience (`teacher`). */
export const load: PageServerLoad = async ({ params, locals }) => {
	const content = await contentForRequest(locals);
	const language = locals.language;
	const route = findRoute(content, params.audience);
	if (!route) error(404, { message: messages(language).navigator.routeNotFound });
	return {
		route: {
			key: route.key,
			title: route.title[language],
			orderRationale: route.orderRationale[language],
			steps: route.steps.map((step) => {
				const product = findProduct(content, step.productKey)!;
				return {
					href: productHref(step.productKey),
					heading: step.heading[language],
					productTitle: product.title[language],
					explanation: step.explanation[language],
					time: product.time.text[language]
				};
			}),
			alsoInToolkit: route.alsoInToolkit.map((entry) => ({
				text: entry.text[language],
				products: entry.productKeys.map((key) => productLink(findProduct(content, key)!, language))
			})),
			ownRouteHref: ownRouteHref(route.steps.map((step) => step.productKey))
		}
	};
};
