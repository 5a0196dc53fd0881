import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { requireUser } from '$lib/server/http/auth';
import { handleForm, invalid } from '$lib/server/http/forms';
import { notFound } from '$lib/server/http/errors';
import * as designs from '$lib/blend/server/designs';
import { readActivityForm } from '$lib/blend/server/forms';
import { weeksText } from '$lib/blend/design-input';
import { LEARNING_TYPES } from '$lib/blend/learning-types';

async function open(locals: App.Locals, url: URL, id: string) {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	return designs.openDesign(db, await designs.designForUser(db, user, id));
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const design = await open(locals, url, params.id);
	const a = design.activities.find((x) => x.id === params.activityId);
	if (!a) notFound();
	const hours = String(a.hours);
	return {
		designId: design.record.id,
		designTitle: design.record.title,
		activityTitle: a.title,
		outcomes: design.design.outcomes,
		environments: design.environments.map((e) => ({ id: e.id, name: e.name[locals.language] })),
		learningTypes: LEARNING_TYPES.map((t) => ({ id: t.id, name: t.name[locals.language], description: t.description[locals.language] })),
		values: {
			title: a.title,
			outcomeIds: a.outcomeIds.join(','),
			environment: a.environment,
			synchrony: a.synchrony,
			grouping: a.grouping,
			learningType: a.learningType,
			weeks: weeksText(a.weeks).replaceAll('–', '-'),
			hours: locals.language === 'nl' ? hours.replace('.', ',') : hours,
			teacherRole: a.teacherRole,
			notes: a.notes,
			revision: String(a.revision)
		}
	};
};

export const actions: Actions = {
	default: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const design = await open(locals, url, params.id);
			const read = await readActivityForm(request, locals.language, {
				weeks: design.record.weeks,
				outcomeIds: design.design.outcomes.map((o) => o.id),
				environmentIds: design.environments.map((e) => e.id)
			});
			if (!read.checked.ok) return invalid(400, read.errors, read.values);
			const saved = await designs.editActivity(await getEventBus(), design.record.id, params.activityId, read.revision, read.checked.value);
			redirect(303, `/designs/${design.record.id}${saved.kind === 'saved' ? '' : `?${saved.kind}=${saved.copyId}`}#activities-title`);
		})
};
