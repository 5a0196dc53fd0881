import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, url }) => ({
	language: locals.language,
	user: locals.user && { name: locals.user.name, role: locals.user.role },
	path: url.pathname + url.search
});
