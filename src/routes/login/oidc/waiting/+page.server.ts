import type { PageServerLoad } from './$types';

/** After a first single sign-on: the request waits for an administrator (or was rejected). */
export const load: PageServerLoad = async ({ url }) => ({ rejected: url.searchParams.has('rejected') });
