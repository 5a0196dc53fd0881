import type { Actions, PageServerLoad } from './$types';
import * as workshops from '$lib/workshop/server/data/workshops';
import * as participants from '$lib/workshop/server/data/participants';
import { workshopForLeader } from '$lib/workshop/server/access';
import { announce } from '$lib/workshop/server/live';
import { getEventBus } from '$lib/server/events';
import { removalRoute } from '$lib/removal/server/removal';
import { plural } from '$lib/i18n/plural';

const route = removalRoute({
	// workshopForLeader lets in exactly who may delete: the workshop's leader or an administrator.
	find: async (db, user, id) => (await workshopForLeader(db, user, id)).workshop,
	parts: async (db, workshop, m, language) => [
		plural(m.removal.parts.workshopParticipants, (await participants.listForWorkshop(db, workshop.id)).length, language),
		m.removal.parts.workshopSheets
	],
	remove: async (db, institutionId, id) => {
		const removed = await workshops.remove(db, institutionId, id);
		// Every open screen reloads: phones land on the join page, the projector on "not found".
		if (removed) await announce(await getEventBus(), id, 'state');
		return removed;
	},
	page: (id) => `/workshops/${id}`,
	list: '/workshops'
});

export const load: PageServerLoad = route.load;
export const actions: Actions = route.actions;
