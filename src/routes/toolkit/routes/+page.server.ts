import type { PageServerLoad } from './$types';
import { routeHref } from '$lib/toolkit/links';
import { contentForRequest } from '$lib/toolkit/server/content';

export const load: PageServerLoad = async ({ locals }) => {
	const content = await contentForRequest(locals);
	const language = locals.language;
	return {
		routes: content.routes.map((route) => ({
			key: route.key,
			href: routeHref(route.key),
			title: route.title[language],
			steps: route.steps.length,
			firstSteps: route.steps.slice(0, 3).map((step) => step.heading[language])
		})),
		ownRoute: { title: content.ownRoute.title[language], body: content.ownRoute.body[0]![language] }
	};
};
