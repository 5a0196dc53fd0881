import type { Actions, PageServerLoad } from './$types';
import { fail, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import * as workshops from '$lib/workshop/server/data/workshops';
import * as participants from '$lib/workshop/server/data/participants';
import * as actionPoints from '$lib/plan/server/data/action-points';
import * as reflections from '$lib/workshop/server/data/reflections';
import { getEventBus } from '$lib/server/events';
import { latestId } from '$lib/server/events/store';
import { requireUser } from '$lib/server/http/auth';
import { FormError, handleForm, invalid, readForm } from '$lib/server/http/forms';
import { participantLabels, takeSheetsIntoPlan, workshopForLeader, workshopPlanDocument, type WorkshopContext } from '$lib/workshop/server/access';
import { announce, distribute, moveParticipant, runCommand, workshopChannel } from '$lib/workshop/server/live';
import { agendaView, groupName, plenaryView, stepView } from '$lib/workshop/server/views';
import { planActions, editablePoints } from '$lib/plan/server/plan-actions';
import { contentForRequest } from '$lib/toolkit/server/content';
import { gapHelp } from '$lib/toolkit/views';
import { qrSvg } from '$lib/server/qr';
import {
	agendaAdvice,
	LOOK_AHEAD_QUESTION_KEYS,
	LOOK_BACK_QUESTION_KEYS,
	minutesField,
	withMinutes,
	workshopCommandSchema,
	type WorkshopCommand
} from '$lib/workshop/workshop';
import { checkGroups, groupsFor, mapCategories, MAX_GROUPS, MIN_GROUPS } from '$lib/workshop/table-groups';
import { formatJoinCode } from '$lib/workshop/join-code';
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
	const joinUrl = workshop.joinCode ? `${url.origin}/join?code=${workshop.joinCode}` : null;
	const open = workshop.state.joiningOpen && workshop.state.phase !== 'closed';
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
			joiningOpen: open,
			askNames: workshop.askNames,
			shared: workshop.shared
		},
		join: open && workshop.joinCode && joinUrl ? { code: formatJoinCode(workshop.joinCode), url: joinUrl, base: `${url.origin}/join`, qr: await qrSvg(joinUrl) } : null,
		step,
		agenda: agendaView(workshop.agenda, instrument, language).map((s) => ({
			...s,
			parts: s.parts.map((p, i) => ({ ...p, field: minutesField(workshop.agenda.steps[s.index]!, workshop.agenda.steps[s.index]!.parts[i]!) }))
		})),
		advice: agendaAdvice(workshop.agenda),
		groups: workshop.groups.map((g) => ({ key: g.key, number: g.number, name: groupName(g, instrument, language), categoryKeys: g.categoryKeys })),
		categories: instrument.categories.map((c) => ({ key: c.key, name: localise(c.name, language), factors: c.factors.map((f) => ({ key: f.key, name: localise(f.name, language) })) })),
		participants: everyone.map((p) => ({ id: p.id, label: labels.get(p.id) ?? '', groupKey: p.groupKey, preference: p.preference })),
		plenary: step?.kind === 'discuss' && step.categoryKey ? await plenaryView(db, { workshop, instrument }, step.categoryKey, language) : null,
		// In a plenary step: what helps close the gaps the tables found in this category.
		help: step?.kind === 'discuss' && step.categoryKey ? await categoryHelp(db, { workshop, instrument }, step.categoryKey, locals) : [],
		points: editablePoints(points),
		reflections: await reflections.list(db, workshop.id),
		questions: { lookBack: LOOK_BACK_QUESTION_KEYS, lookAhead: LOOK_AHEAD_QUESTION_KEYS },
		shareUrl: null as string | null
	};
};

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

/** Every change but the commands themselves is refused once the workshop is closed. */
function closedFailure(context: WorkshopContext, language: App.Locals['language']) {
	return context.workshop.state.phase === 'closed' ? invalid(409, { form: messages(language).workshop.control.errors.closed }) : null;
}

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
			const context = await leaderContext(event);
			const closed = closedFailure(context, event.locals.language);
			if (closed) return closed;
			const fields = context.workshop.agenda.steps.flatMap((s) => s.parts.map((p) => minutesField(s, p)));
			const form = await readForm(event.request, event.locals.language, fields);
			const values = Object.fromEntries(fields.map((f) => [f, form.one(f)]));
			const result = withMinutes(context.workshop.agenda, values);
			const m = messages(event.locals.language).workshop.agenda.errors;
			if (!result.ok) {
				const errors: Record<string, string> = {};
				for (const problem of result.problems) errors[problem.code === 'minutes' ? problem.field : 'form'] = problem.code === 'minutes' ? m.minutes : m.invalid;
				return invalid(400, errors, values);
			}
			await workshops.setAgenda(context.db, context.workshop.id, result.agenda);
			await announce(await getEventBus(), context.workshop.id, 'settings');
			return { done: 'agenda' };
		}),

	groups: (event) =>
		handleForm(async () => {
			const context = await leaderContext(event);
			const closed = closedFailure(context, event.locals.language);
			if (closed) return closed;
			const m = messages(event.locals.language).workshop.groups.errors;
			const form = await readForm(event.request, event.locals.language, ['count']);
			const count = /^\d{1,2}$/.test(form.one('count')) ? Number(form.one('count')) : NaN;
			if (!(count >= MIN_GROUPS && count <= MAX_GROUPS)) return invalid(400, { count: m.count }, { count: form.one('count') });
			const groups = groupsFor(context.instrument, count);
			await workshops.setGroups(context.db, context.workshop.id, groups);
			// People at a table that no longer exists are seated again by the next distribution.
			for (const p of await participants.listForWorkshop(context.db, context.workshop.id)) {
				if (p.groupKey && !groups.some((g) => g.key === p.groupKey)) await participants.assign(context.db, context.workshop.id, p.id, null);
			}
			await announce(await getEventBus(), context.workshop.id, 'participants');
			return { done: 'groups' };
		}),

	mapping: (event) =>
		handleForm(async () => {
			const context = await leaderContext(event);
			const closed = closedFailure(context, event.locals.language);
			if (closed) return closed;
			const m = messages(event.locals.language).workshop.groups.errors;
			const form = await readForm(event.request, event.locals.language, ['group'], ['categories']);
			const group = form.one('group');
			if (!context.workshop.groups.some((g) => g.key === group)) return invalid(400, { form: m.unknown_group });
			const next = mapCategories(context.workshop.groups, group, form.many('categories'));
			const problems = checkGroups(next, context.instrument);
			if (problems.length > 0) return invalid(400, { [`mapping-${group}`]: m[problems[0]!.code] }, { group });
			await workshops.setGroups(context.db, context.workshop.id, next);
			await announce(await getEventBus(), context.workshop.id, 'participants');
			return { done: 'mapping' };
		}),

	distribute: (event) =>
		handleForm(async () => {
			const context = await leaderContext(event);
			const closed = closedFailure(context, event.locals.language);
			if (closed) return closed;
			await readForm(event.request, event.locals.language, []);
			await distribute(context.db, await getEventBus(), context.workshop);
			return { done: 'distribute' };
		}),

	move: (event) =>
		handleForm(async () => {
			const context = await leaderContext(event);
			const closed = closedFailure(context, event.locals.language);
			if (closed) return closed;
			const form = await readForm(event.request, event.locals.language, ['participant', 'group']);
			const result = await moveParticipant(context.db, await getEventBus(), context.workshop, form.one('participant'), form.one('group'));
			if (!result.ok) return invalid(400, { form: messages(event.locals.language).workshop.groups.errors[result.problem] });
			return { done: 'move' };
		}),

	askNames: (event) =>
		handleForm(async () => {
			const context = await leaderContext(event);
			const closed = closedFailure(context, event.locals.language);
			if (closed) return closed;
			const form = await readForm(event.request, event.locals.language, ['askNames']);
			await workshops.setAskNames(context.db, context.workshop.id, form.one('askNames') === 'on');
			return { done: 'askNames' };
		}),

	reflection: (event) =>
		handleForm(async () => {
			const context = await leaderContext(event);
			const closed = closedFailure(context, event.locals.language);
			if (closed) return closed;
			const form = await readForm(event.request, event.locals.language, ['question', 'text']);
			const question = form.one('question');
			const text = form.one('text');
			const keys: readonly string[] = [...LOOK_BACK_QUESTION_KEYS, ...LOOK_AHEAD_QUESTION_KEYS];
			if (!keys.includes(question)) return invalid(400, { form: messages(event.locals.language).common.invalidInput });
			if (text.length > MAX_TEXT_LENGTH) return invalid(400, { [`reflection-${question}`]: format(messages(event.locals.language).scan.errors.textTooLong, { max: MAX_TEXT_LENGTH }) });
			await reflections.save(context.db, context.workshop.id, question, text);
			await announce(await getEventBus(), context.workshop.id, 'reflections');
			return { done: 'reflection', question };
		}),

	takeSheets: (event) =>
		handleForm(async () => {
			const context = await leaderContext(event);
			const closed = closedFailure(context, event.locals.language);
			if (closed) return closed;
			const form = await readForm(event.request, event.locals.language, ['category']);
			const category = form.one('category');
			if (!context.instrument.categories.some((c) => c.key === category)) return invalid(400, { form: messages(event.locals.language).scan.errors.categoryUnknown });
			const added = await takeSheetsIntoPlan(context.db, context, [category]);
			if (added > 0) await announce(await getEventBus(), context.workshop.id, 'plan');
			return { done: 'takeSheets', added };
		}),

	/** With several tables on one category: whose agreed scores the action plan takes. */
	planGroup: (event) =>
		handleForm(async () => {
			const context = await leaderContext(event);
			const closed = closedFailure(context, event.locals.language);
			if (closed) return closed;
			const form = await readForm(event.request, event.locals.language, ['category', 'group']);
			const [category, group] = [form.one('category'), form.one('group')];
			if (!context.workshop.groups.some((g) => g.key === group && g.categoryKeys.includes(category)))
				return invalid(400, { form: messages(event.locals.language).workshopUi.planGroupUnknown });
			await workshops.setPlanGroup(context.db, context.workshop, category, group);
			await announce(await getEventBus(), context.workshop.id, 'plan');
			return { done: 'planGroup' };
		}),

	share: (event) =>
		handleForm(async () => {
			const context = await leaderContext(event);
			await readForm(event.request, event.locals.language, []);
			const token = await workshops.share(context.db, context.workshop.id);
			return { done: 'share', shareUrl: `${event.url.origin}/shared/workshop/${token}` };
		}),

	unshare: (event) =>
		handleForm(async () => {
			const context = await leaderContext(event);
			await readForm(event.request, event.locals.language, []);
			await workshops.unshare(context.db, context.workshop.id);
			return { done: 'unshare' };
		}),

	...planActions(async (event) => {
		const context = await leaderContext(event);
		if (context.workshop.state.phase === 'closed') {
			throw new FormError(fail(409, { errors: { form: messages(event.locals.language).workshop.control.errors.closed }, values: {} }));
		}
		const bus = await getEventBus();
		return { db: context.db, planId: context.workshop.actionPlanId, instrument: context.instrument, changed: () => announce(bus, context.workshop.id, 'plan') };
	})
};
