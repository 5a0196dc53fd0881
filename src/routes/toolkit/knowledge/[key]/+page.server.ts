import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { findKnowledgePage } from '$lib/toolkit';
import { messages } from '$lib/i18n';
import { knowledgePageView } from '$lib/toolkit/views';
import { contentForRequest } from '$lib/toolkit/server/content';

export const load: PageServerLoad = async ({ params, locals }) => {
	const page = findKnowledgePage(await contentForRequest(locals), params.key);
	if (!page) error(404, { message: messages(locals.language).navigator.knowledgeNotFound });
	return { page: knowledgePageView(page, locals.language) };
};
