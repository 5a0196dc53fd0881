import type { Actions, PageServerLoad } from './$types';
import * as surveys from '$lib/survey/server/data/surveys';
import * as surveyRespondentTallies from '$lib/survey/server/data/survey-respondent-tallies';
import { mayRemove } from '$lib/server/http/auth';
import { surveyForInstitution } from '$lib/survey/server/access';
import { removalRoute } from '$lib/removal/server/removal';
import { plural } from '$lib/i18n/plural';
import { forbidden } from '$lib/server/http/errors';

const route = removalRoute({
	find: async (db, user, id) => {
		const { survey } = await surveyForInstitution(db, user.institutionId, id);
		if (!mayRemove(user, survey.createdBy)) forbidden();
		return survey;
	},
	parts: async (db, survey, m, language) => {
		const counts = await surveyRespondentTallies.countsByGroup(db, survey.id);
		return [plural(m.removal.parts.surveyResponses, counts.reduce((sum, c) => sum + c.n, 0), language), m.removal.parts.surveyDrafts];
	},
	remove: surveys.remove,
	page: (id) => `/surveys/${id}`,
	list: '/surveys'
});

export const load: PageServerLoad = route.load;
export const actions: Actions = route.actions;
