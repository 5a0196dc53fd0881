import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getEventBus } from '$lib/server/events';
import { latestId } from '$lib/server/events/store';
import { mayRemove, requireUser } from '$lib/server/http/auth';
import { handleForm, invalid, readForm } from '$lib/server/http/forms';
import { format, messages } from '$lib/i18n';
import * as designs from '$lib/blend/server/designs';
import { readActivityForm } from '$lib/blend/server/forms';
import { designView } from '$lib/blend/server/view';
import * as presence from '$lib/blend/server/data/design-presence';
import { MAX_ACTIVITIES, MAX_NOTES_LENGTH } from '$lib/blend/design-input';
import { principlesFor } from '$lib/blend/server/content';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const record = await designs.designForUser(db, user, params.id);
	const lastEventId = await latestId(db, designs.designChannel(record.id));
	const notice = url.searchParams.has('clash') ? 'clash' : url.searchParams.has('gone') ? 'gone' : null;
	const alsoHere = await presence.names(db, record.id, user.id);
	return { ...(await designView(db, record, locals.language)), lastEventId, notice, alsoHere, mayDelete: mayRemove(user, record.createdBy) };
};

async function context(locals: App.Locals, url: URL, id: string) {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	const record = await designs.designForUser(db, user, id);
	return { db, user, record, bus: await getEventBus(), m: messages(locals.language).blendUi };
}

/** The activity a row's button names; the form carries nothing else. */
async function activityId(request: Request, locals: App.Locals, extra: string[] = []) {
	const form = await readForm(request, locals.language, ['activity', ...extra]);
	return { id: form.one('activity'), form };
}

export const actions: Actions = {
	add: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { db, record, bus, m } = await context(locals, url, params.id);
			const open = await designs.openDesign(db, record);
			const read = await readActivityForm(request, locals.language, {
				weeks: record.weeks,
				outcomeIds: open.design.outcomes.map((o) => o.id),
				environmentIds: open.environments.map((e) => e.id)
			});
			if (!read.checked.ok) return invalid(400, read.errors, read.values);
			const added = await designs.addActivity(bus, record.id, read.checked.value);
			if (!added.ok) return invalid(400, { form: format(m.tooManyActivities, { max: MAX_ACTIVITIES }) }, read.values);
			return { saved: 'activity' as const };
		}),
	move: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { record, bus } = await context(locals, url, params.id);
			const { id, form } = await activityId(request, locals, ['by', 'position']);
			const position = form.one('position');
			if (position !== '') {
				const to = Number(position);
				if (!Number.isInteger(to) || to < 0) return invalid(400, { form: messages(locals.language).common.invalidInput });
				await designs.reorderActivity(bus, record.id, id, { position: to });
			} else {
				const by = form.one('by') === 'up' ? -1 : form.one('by') === 'down' ? 1 : 0;
				if (by === 0) return invalid(400, { form: messages(locals.language).common.invalidInput });
				await designs.reorderActivity(bus, record.id, id, { by });
			}
			return { moved: id };
		}),
	duplicate: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { record, bus, m } = await context(locals, url, params.id);
			const { id } = await activityId(request, locals);
			const copy = await designs.duplicateActivity(bus, record.id, id);
			if (!copy.ok) return invalid(400, { form: copy.problem === 'gone' ? m.activityMissing : format(m.tooManyActivities, { max: MAX_ACTIVITIES }) });
			return { saved: 'activity' as const };
		}),
	remove: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { record, bus } = await context(locals, url, params.id);
			const { id } = await activityId(request, locals);
			await designs.removeActivity(bus, record.id, id);
			return { removed: id };
		}),
	answer: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { db, record, bus, m } = await context(locals, url, params.id);
			const form = await readForm(request, locals.language, ['principle', 'revision', 'text']);
			const key = form.one('principle');
			const text = form.one('text').trim();
			if (!(await principlesFor(db, record.institutionId)).principles.some((p) => p.key === key)) return invalid(400, { form: messages(locals.language).common.invalidInput });
			if (text.length > MAX_NOTES_LENGTH) return invalid(400, { [`answer-${key}`]: messages(locals.language).blend.problems.too_long }, { [`answer-${key}`]: text });
			const revision = Number(form.one('revision'));
			const result = await designs.saveAnswer(bus, record.id, key, Number.isInteger(revision) ? revision : -1, text, m.clashJoiner);
			return { answered: key, clash: result === 'clash' };
		}),
	readLink: ({ request, locals, url, params }) =>
		handleForm(async () => {
			const { db, record } = await context(locals, url, params.id);
			const form = await readForm(request, locals.language, ['do']);
			if (form.one('do') === 'revoke') {
				await designs.revokeReadLink(db, record);
				return { readLink: null };
			}
			const token = await designs.createReadLink(db, record);
			return { readLink: `${url.origin}/designs/shared/${token}` };
		}),
	copy: ({ locals, url, params }) =>
		handleForm(async () => {
			const { db, user, record, m } = await context(locals, url, params.id);
			const open = await designs.readDesign(db, record);
			const id = await designs.create(
				db,
				user,
				{ title: format(m.copyTitle, { title: record.title }).slice(0, 200), period: record.period, studyLoad: record.studyLoad, weeks: record.weeks, outcomes: [], unitId: record.unitId },
				open.design
			);
			redirect(303, `/designs/${id}`);
		})
};
