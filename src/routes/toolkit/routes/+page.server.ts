import type { PageServerLoad } from './$types';
import { defaultContent } from '$lib/content';
import { routeHref } from '../links';

export const load: PageServerLoad = ({ locals }) => {
	const content = defaultContent();
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
