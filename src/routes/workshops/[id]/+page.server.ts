import type { Actions, PageServerLoad } from './$types';
import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as leader from '$lib/workshop/server/leader';
import { getEventBus } from '$lib/server/events';
import { requireUser } from '$lib/server/http/auth';
import { FormError, handleForm, invalid, readForm } from '$lib/server/http/forms';
import { workshopForLeader, type WorkshopContext } from '$lib/workshop/server/access';
import { runCommand } from '$lib/workshop/server/live';
import { planActions } from '$lib/plan/server/plan-actions';
import { contentForRequest } from '$lib/toolkit/server/content';
import { minutesField, workshopCommandSchema, type WorkshopCommand } from '$lib/workshop/workshop';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';
import { format, messages } from '$lib/i18n';
import { leaderScreen } from '$lib/workshop/server/screens';

async function leaderContext(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>): Promise<WorkshopContext & { db: Awaited<ReturnType<typeof getDb>>['db'] }> {
	const user = requireUser(event.locals, event.url);
	const { db } = await getDb();
	return { db, ...(await workshopForLeader(db, user, (event.params as { id: string }).id)) };
}

export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const { db, workshop, instrument } = await leaderContext(event);
	return leaderScreen(db, { workshop, instrument }, { origin: url.origin, language: locals.language, content: () => contentForRequest(locals) });
};

/** The leader's commands as form fields: `command` plus, for some, `step` and `part`, `page` or `minutes`. */
function parseCommand(form: { one: (n: string) => string }): WorkshopCommand | null {
	const type = form.one('command');
	const raw: Record<string, unknown> = { type };
	if (type === 'move_to') {
		raw.stepIndex = /^\d{1,2}$/.test(form.one('step')) ? Number(form.one('step')) : -1;
		if (form.one('part') !== '') raw.partIndex = /^\d$/.test(form.one('part')) ? Number(form.one('part')) : -1;
	}
	if (type === 'show_page') raw.page = /^\d{1,2}$/.test(form.one('page')) ? Number(form.one('page')) : -1;
	if (type === 'extend_clock') raw.minutes = /^\d{1,3}$/.test(form.one('minutes')) ? Number(form.one('minutes')) : -1;
	const parsed = workshopCommandSchema.safeParse(raw);
	return parsed.success ? parsed.data : null;
}

/** The answer to a change of a closed workshop (every change but the commands and sharing). */
const closedAnswer = (language: App.Locals['language']) => invalid(409, { form: messages(language).workshop.control.errors.closed });

export const actions: Actions = {
	command: (event) =>
		handleForm(async () => {
			const m = messages(event.locals.language).workshop.control.errors;
			const { db, workshop, instrument } = await leaderContext(event);
			const form = await readForm(event.request, event.locals.language, ['command', 'step', 'part', 'page', 'minutes']);
			const command = parseCommand(form);
			if (!command) {
				const minutesWrong = form.one('command') === 'extend_clock';
				return invalid(400, minutesWrong ? { minutes: messages(event.locals.language).workshop.agenda.errors.minutes } : { form: m.no_such_step });
			}
			const result = await runCommand(db, await getEventBus(), workshop.id, command, { instrument });
			if (!result.ok) return invalid(409, { form: result.problem === 'busy' ? messages(event.locals.language).workshopUi.busy : m[result.problem] });
			return { done: command.type };
		}),

	agenda: (event) =>
		handleForm(async () => {
			const { workshop } = await leaderContext(event);
			const fields = workshop.agenda.steps.flatMap((s) => s.parts.map((p) => minutesField(s, p)));
			const form = await readForm(event.request, event.locals.language, fields);
			const values = Object.fromEntries(fields.map((f) => [f, form.one(f)]));
			const result = await leader.setAgenda(await getEventBus(), workshop.id, values);
			if (result.ok) return { done: 'agenda' };
			if (result.problem === 'closed') return closedAnswer(event.locals.language);
			const m = messages(event.locals.language).workshop.agenda.errors;
			const errors: Record<string, string> = {};
			for (const problem of result.problems) errors[problem.code === 'minutes' ? problem.field : 'form'] = problem.code === 'minutes' ? m.minutes : m.invalid;
			return invalid(400, errors, values);
		}),

	groups: (event) =>
		handleForm(async () => {
			const { workshop, instrument } = await leaderContext(event);
			const form = await readForm(event.request, event.locals.language, ['count']);
			const count = /^\d{1,2}$/.test(form.one('count')) ? Number(form.one('count')) : NaN;
			const result = await leader.setTableCount(await getEventBus(), workshop.id, instrument, count);
			if (result.ok) return { done: 'groups' };
			if (result.problem === 'closed') return closedAnswer(event.locals.language);
			return invalid(400, { count: messages(event.locals.language).workshop.groups.errors.count }, { count: form.one('count') });
		}),

	mapping: (event) =>
		handleForm(async () => {
			const { workshop, instrument } = await leaderContext(event);
			const form = await readForm(event.request, event.locals.language, ['group'], ['categories']);
			const group = form.one('group');
			const result = await leader.mapTable(await getEventBus(), workshop.id, instrument, group, form.many('categories'));
			if (result.ok) return { done: 'mapping' };
			const m = messages(event.locals.language).workshop.groups.errors;
			if (result.problem === 'closed') return closedAnswer(event.locals.language);
			if (result.problem === 'unknown_group') return invalid(400, { form: m.unknown_group });
			return invalid(400, { [`mapping-${group}`]: m[result.code] }, { group });
		}),

	distribute: (event) =>
		handleForm(async () => {
			const { workshop } = await leaderContext(event);
			await readForm(event.request, event.locals.language, []);
			const result = await leader.distribute(await getEventBus(), workshop.id);
			return result.ok ? { done: 'distribute' } : closedAnswer(event.locals.language);
		}),

	move: (event) =>
		handleForm(async () => {
			const { workshop } = await leaderContext(event);
			const form = await readForm(event.request, event.locals.language, ['participant', 'group']);
			const result = await leader.moveParticipant(await getEventBus(), workshop.id, form.one('participant'), form.one('group'));
			if (result.ok) return { done: 'move' };
			if (result.problem === 'closed') return closedAnswer(event.locals.language);
			return invalid(400, { form: messages(event.locals.language).workshop.groups.errors[result.problem] });
		}),

	askNames: (event) =>
		handleForm(async () => {
			const { workshop } = await leaderContext(event);
			const form = await readForm(event.request, event.locals.language, ['askNames']);
			const result = await leader.setAskNames(await getEventBus(), workshop.id, form.one('askNames') === 'on');
			return result.ok ? { done: 'askNames' } : closedAnswer(event.locals.language);
		}),

	reflection: (event) =>
		handleForm(async () => {
			const { workshop } = await leaderContext(event);
			const form = await readForm(event.request, event.locals.language, ['question', 'text']);
			const question = form.one('question');
			const result = await leader.saveReflection(await getEventBus(), workshop.id, question, form.one('text'));
			if (result.ok) return { done: 'reflection', question };
			if (result.problem === 'closed') return closedAnswer(event.locals.language);
			if (result.problem === 'unknown_question') return invalid(400, { form: messages(event.locals.language).common.invalidInput });
			return invalid(400, { [`reflection-${question}`]: format(messages(event.locals.language).common.tooLong, { max: MAX_TEXT_LENGTH }) });
		}),

	takeSheets: (event) =>
		handleForm(async () => {
			const { workshop, instrument } = await leaderContext(event);
			const form = await readForm(event.request, event.locals.language, ['category']);
			const result = await leader.takeSheets(await getEventBus(), workshop.id, instrument, form.one('category'));
			if (result.ok) return { done: 'takeSheets', added: result.added };
			if (result.problem === 'closed') return closedAnswer(event.locals.language);
			return invalid(400, { form: messages(event.locals.language).plan.errors.categoryUnknown });
		}),

	/** With several tables on one category: whose agreed scores the action plan takes. */
	planGroup: (event) =>
		handleForm(async () => {
			const { workshop } = await leaderContext(event);
			const form = await readForm(event.request, event.locals.language, ['category', 'group']);
			const result = await leader.choosePlanGroup(await getEventBus(), workshop.id, form.one('category'), form.one('group'));
			if (result.ok) return { done: 'planGroup' };
			if (result.problem === 'closed') return closedAnswer(event.locals.language);
			return invalid(400, { form: messages(event.locals.language).workshopUi.planGroupUnknown });
		}),

	share: (event) =>
		handleForm(async () => {
			const { workshop } = await leaderContext(event);
			await readForm(event.request, event.locals.language, []);
			const token = await leader.share(await getEventBus(), workshop.id);
			return { done: 'share', shareUrl: `${event.url.origin}/shared/workshop/${token}` };
		}),

	unshare: (event) =>
		handleForm(async () => {
			const { workshop } = await leaderContext(event);
			await readForm(event.request, event.locals.language, []);
			await leader.unshare(await getEventBus(), workshop.id);
			return { done: 'unshare' };
		}),

	...planActions(async (event) => {
		const { db, workshop, instrument } = await leaderContext(event);
		const closed = () => new FormError(closedAnswer(event.locals.language));
		if (workshop.state.phase === 'closed') throw closed();
		return { db, planId: workshop.actionPlanId, instrument, transaction: leader.planTransaction(await getEventBus(), workshop.id, closed) };
	})
};
