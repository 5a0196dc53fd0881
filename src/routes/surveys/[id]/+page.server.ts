import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as surveys from '$lib/survey/server/data/surveys';
import { mayRemove, requireUser } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { parseTexts } from '$lib/survey/survey';
import { messages } from '$lib/i18n';
import { liveCounts, surveyChannel, surveyForEditor, surveyForInstitution, unitChoices } from '$lib/survey/server/access';
import { editorActions, editorsPanel } from '$lib/editors/server/editors';
import { getEventBus } from '$lib/server/events';
import { surveyWindow } from '$lib/survey/survey-report';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const { survey } = await surveyForInstitution(db, user.institutionId, params.id);
	const [live, unitList] = await Promise.all([liveCounts(db, survey.id), unitChoices(db, survey)]);
	return {
		canRemove: mayRemove(user, survey.createdBy),
		editors: await editorsPanel(db, user, 'survey', survey),
		survey: {
			id: survey.id,
			title: survey.title,
			level: survey.level,
			unitName: survey.unitName,
			opensAt: survey.opensAt,
			lastDay: new Date(new Date(survey.closesAt).getTime() - 24 * 3600 * 1000).toISOString(),
			state: surveyWindow(survey, new Date()),
			roles: survey.roles,
			askUnit: survey.askUnit,
			minGroupSize: survey.minGroupSize,
			texts: { title: survey.title, titleEn: survey.titleEn, message: survey.message, messageEn: survey.messageEn },
			shared: survey.shared
		},
		link: `${url.origin}/r/${survey.code}`,
		units: unitList.map((u) => ({ id: u.id, name: u.name })),
		counts: live.counts,
		lastEventId: live.lastEventId
	};
};

export const actions: Actions = {
	texts: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const { db } = await getDb();
			// Who may write is settled before the body is read: nobody else's input is parsed.
			const { survey } = await surveyForEditor(db, user, params.id);
			const form = await readForm(request, locals.language, ['title', 'titleEn', 'message', 'messageEn']);
			const posted = { title: form.one('title'), titleEn: form.one('titleEn'), message: form.one('message'), messageEn: form.one('messageEn') };
			const { value, problems } = parseTexts(posted);
			const m = messages(locals.language).survey.errors;
			const errors = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, m[problem]]));
			if (Object.keys(errors).length > 0) return invalid(400, errors, posted);
			await surveys.updateTexts(db, survey.id, value);
			return { done: 'texts' };
		}),

	close: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const { db } = await getDb();
			const { survey } = await surveyForEditor(db, user, params.id);
			await readForm(request, locals.language, []);
			await surveys.close(db, survey.id);
			// Tell open counters (and respondents' pages, later) that the survey closed.
			await (await getEventBus()).publish(surveyChannel(survey.id), 'closed', {});
			return { done: 'close' };
		}),

	share: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const { db } = await getDb();
			const { survey } = await surveyForEditor(db, user, params.id);
			await readForm(request, locals.language, []);
			const token = await surveys.share(db, survey.id);
			return { done: 'share', shareLink: `${url.origin}/surveys/shared/${token}` };
		}),

	revokeShare: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const user = requireUser(locals, url);
			const { db } = await getDb();
			const { survey } = await surveyForEditor(db, user, params.id);
			await readForm(request, locals.language, []);
			await surveys.revokeShare(db, survey.id);
			return { done: 'revokeShare' };
		}),

	...editorActions('survey', async ({ locals, url, params }) => {
		const user = requireUser(locals, url);
		const { db } = await getDb();
		return { db, user, thing: (await surveyForInstitution(db, user.institutionId, params.id)).survey };
	})
};
