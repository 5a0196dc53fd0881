import type { Actions, PageServerLoad } from './$types';
import type { RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as participants from '$lib/workshop/server/data/participants';
import * as actionPoints from '$lib/plan/server/data/action-points';
import * as reflections from '$lib/workshop/server/data/reflections';
import * as leader from '$lib/workshop/server/leader';
import { getEventBus } from '$lib/server/events';
import { latestId } from '$lib/server/events/store';
import { requireUser } from '$lib/server/http/auth';
import { FormError, handleForm, invalid, readForm } from '$lib/server/http/forms';
import { participantLabels, workshopForLeader, workshopPlanDocument, type WorkshopContext } from '$lib/workshop/server/access';
import { runCommand, workshopChannel } from '$lib/workshop/server/live';
import { agendaView, groupName, joinBoxView, plenaryView, stepView } from '$lib/workshop/server/views';
import { planActions, editablePoints } from '$lib/plan/server/plan-actions';
import { contentForRequest } from '$lib/toolkit/server/content';
import { renderGapChartSvg } from '$lib/chart/gap-chart';
import { gapHelp } from '$lib/toolkit/views';
import {
	agendaAdvice,
	isJoiningOpen,
	LOOK_AHEAD_QUESTION_KEYS,
	LOOK_BACK_QUESTION_KEYS,
	minutesField,
	workshopCommandSchema,
	type WorkshopCommand
} from '$lib/workshop/workshop';
import { screenContent } from '$lib/workshop/screens';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';
import { format, localise, messages } from '$lib/i18n';

async function leaderContext(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>): Promise<WorkshopContext & { db: Awaited<ReturnType<typeof getDb>>['db'] }> {
	const user = requireUser(event.locals, event.url);
	const { db } = await getDb();
	return { db, ...(await workshopForLeader(db, user, (event.params as { id: string }).id)) };
}

export const load: PageServerLoad = async (event) => {
	const { locals, url } = event;
	const { db, workshop, instrument } = await leaderContext(event);
	const lastEventId = await latestId(db, workshopChannel(workshop.id));
	const language = locals.language;
	const everyone = await participants.listForWorkshop(db, workshop.id);
	const labels = participantLabels(everyone, language);
	const step = stepView(workshop.state, workshop.agenda, instrument, language);
	const shows = screenContent('leader', workshop.state, workshop.agenda);
	const points = await actionPoints.list(db, workshop.actionPlanId);
	return {
		lastEventId,
		serverTime: Date.now(),
		workshop: {
			id: workshop.id,
			title: workshop.title,
			level: workshop.level,
			unitName: workshop.unitName,
			phase: workshop.state.phase,
			stepIndex: workshop.state.stepIndex,
			clock: workshop.state.clock,
			joiningOpen: isJoiningOpen(workshop.state),
			askNames: workshop.askNames,
			shared: workshop.shared
		},
		join: await joinBoxView(workshop, url.origin),
		step,
		agenda: agendaView(workshop.agenda, instrument, language).map((s) => ({
			...s,
			parts: s.parts.map((p, i) => ({ ...p, field: minutesField(workshop.agenda.steps[s.index]!, workshop.agenda.steps[s.index]!.parts[i]!) }))
		})),
		advice: agendaAdvice(workshop.agenda),
		groups: workshop.groups.map((g) => ({ key: g.key, number: g.number, name: groupName(g, instrument, language), categoryKeys: g.categoryKeys })),
		categories: instrument.categories.map((c) => ({ key: c.key, name: localise(c.name, language), factors: c.factors.map((f) => ({ key: f.key, name: localise(f.name, language) })) })),
		participants: everyone.map((p) => ({ id: p.id, label: labels.get(p.id) ?? '', groupKey: p.groupKey, preference: p.preference })),
		plenary: shows.plenary ? await plenaryView(db, { workshop, instrument }, shows.plenary, language) : null,
		// In a plenary step: what helps close the gaps the tables found in this category.
		help: shows.plenary ? await categoryHelp(db, { workshop, instrument }, shows.plenary, locals) : [],
		points: editablePoints(points),
		reflections: shows.reflections ? await reflections.list(db, workshop.id) : [],
		// Once closed: the plan as every export writes it, read-only, with step 5's answers.
		result: workshop.state.phase === 'closed' ? await closedResult(db, { workshop, instrument }, language) : null,
		questions: { lookBack: LOOK_BACK_QUESTION_KEYS, lookAhead: LOOK_AHEAD_QUESTION_KEYS },
		shareUrl: null as string | null
	};
};

async function closedResult(db: Awaited<ReturnType<typeof getDb>>['db'], context: WorkshopContext, language: App.Locals['language']) {
	const doc = await workshopPlanDocument(db, context, language);
	return { doc, chartSvg: renderGapChartSvg(doc) };
}

async function categoryHelp(db: Awaited<ReturnType<typeof getDb>>['db'], context: WorkshopContext, categoryKey: string, locals: App.Locals) {
	const doc = await workshopPlanDocument(db, context, locals.language);
	const keys = new Set(context.instrument.categories.find((c) => c.key === categoryKey)?.factors.map((f) => f.key) ?? []);
	return gapHelp(await contentForRequest(locals), doc.rowsByGap.filter((row) => keys.has(row.factorKey)), locals.language);
}

/** The leader's commands as form fields: `command` plus, for some, `step` or `minutes`. */
function parseCommand(form: { one: (n: string) => string }): WorkshopCommand | null {
	const type = form.one('command');
	const raw: Record<string, unknown> = { type };
	if (type === 'move_to') raw.stepIndex = /^\d{1,2}$/.test(form.one('step')) ? Number(form.one('step')) : -1;
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
			const form = await readForm(event.request, event.locals.language, ['command', 'step', 'minutes']);
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
