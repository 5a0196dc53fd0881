import type { PageServerLoad } from './$types';
import { knowledgeHref } from '$lib/toolkit/links';
import { contentForRequest } from '$lib/toolkit/server/content';

export const load: PageServerLoad = async ({ locals }) => ({
	pages: (await contentForRequest(locals)).knowledge.map((page) => ({
		key: page.key,
		href: knowledgeHref(page.key),
		title: page.title[locals.language],
		summary: page.summary[locals.language]
	}))
});
