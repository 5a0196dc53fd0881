import type { PageServerLoad } from './$types';
import { defaultContent } from '$lib/content';
import { knowledgeHref } from '../links';

export const load: PageServerLoad = ({ locals }) => ({
	pages: defaultContent().knowledge.map((page) => ({
		key: page.key,
		href: knowledgeHref(page.key),
		title: page.title[locals.language],
		summary: page.summary[locals.language]
	}))
});
