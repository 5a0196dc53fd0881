import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { defaultContent, findKnowledgePage } from '$lib/content';
import { messages } from '$lib/i18n';
import { knowledgePageView } from '../../views';

export const load: PageServerLoad = ({ params, locals }) => {
	const page = findKnowledgePage(defaultContent(), params.key);
	if (!page) error(404, { message: messages(locals.language).navigator.knowledgeNotFound });
	return { page: knowledgePageView(page, locals.language) };
};
