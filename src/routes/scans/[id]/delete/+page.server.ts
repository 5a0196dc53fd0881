import type { Actions, PageServerLoad } from './$types';
import * as scans from '$lib/scan/server/data/scans';
import * as scanAnswers from '$lib/scan/server/data/scan-answers';
import { mayRemove } from '$lib/server/http/auth';
import { scanForUser } from '$lib/scan/server/access';
import { removalRoute } from '$lib/removal/server/removal';
import { plural } from '$lib/i18n/plural';
import { forbidden } from '$lib/server/http/errors';

const route = removalRoute({
	find: async (db, user, id) => {
		const { scan } = await scanForUser(db, user, id);
		if (!mayRemove(user, scan.createdBy)) forbidden();
		return scan;
	},
	parts: async (db, scan, m, language) => [plural(m.removal.parts.scanAnswers, (await scanAnswers.list(db, scan.id)).length, language)],
	remove: scans.remove,
	page: (id) => `/scans/${id}`,
	list: '/'
});

export const load: PageServerLoad = route.load;
export const actions: Actions = route.actions;
