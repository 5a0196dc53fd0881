/**
 * What each of the workshop's screens loads: the leader's page, the phones and the projector.
 * Routes authorise (the leader by session, a phone by its cookie) and ask one of these; which
 * parts a screen shows in which step is decided once, by `screenContent` (../screens.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as participants from './data/participants';
import * as participantScores from './data/participant-scores';
import * as groupSheets from './data/group-sheets';
import * as reflections from './data/reflections';
import * as ownAnswers from './data/own-answers';
import { presentMembers } from '$lib/workshop/presence';
import { randomUUID } from 'node:crypto';
import * as actionPoints from '$lib/plan/server/data/action-points';
import { latestId } from '$lib/server/events/store';
import { ViewCache } from '$lib/server/events/view-cache';
import type { TableGroup } from '$lib/workshop/table-groups';
import { participantLabels, workshopPlanDocument, type ParticipantContext, type WorkshopContext } from './access';
import { workshopChannel } from './live';
import { agendaView, groupName, groupSheetsView, joinBoxView, plenaryView, stepView } from './views';
import { editablePoints } from '$lib/plan/server/plan-actions';
import { renderGapChartSvg } from '$lib/chart/gap-chart';
import { gapHelp } from '$lib/toolkit/views';
import type { Content } from '$lib/toolkit';
import { agendaAdvice, isJoiningOpen, LOOK_AHEAD_QUESTION_KEYS, LOOK_BACK_QUESTION_KEYS, minutesField, seedGivesTime } from '$lib/workshop/workshop';
import { screenContent } from '$lib/workshop/screens';
import { pageShown, plenaryPages } from '$lib/workshop/projector';
import type { PlanDocument } from '$lib/plan/plan-document';
import { localise, type Language } from '$lib/i18n';

/** The leader's page: the run of the workshop, its settings, the plenary's plan and, once closed, the result. */
export async function leaderScreen(
	db: Kysely<Database>,
	{ workshop, instrument }: WorkshopContext,
	{ origin, language, content }: { origin: string; language: Language; content: () => Promise<Content> }
) {
	const lastEventId = await latestId(db, workshopChannel(workshop.id));
	const everyone = await participants.listForWorkshop(db, workshop.id);
	const labels = participantLabels(everyone, language);
	const step = stepView(workshop.state, workshop.agenda, instrument, language);
	const shows = screenContent('leader', workshop.state, workshop.agenda);
	const points = await actionPoints.list(db, workshop.actionPlanId);
	const plenary = shows.plenary ? await plenaryView(db, { workshop, instrument }, shows.plenary, language) : null;
	const plenaryPagesCount = plenary ? plenaryPages(plenary).length : 0;
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
		join: await joinBoxView(workshop, origin),
		step,
		agenda: agendaView(workshop.agenda, instrument, language).map((s) => ({
			...s,
			parts: s.parts.map((p, i) => {
				const step = workshop.agenda.steps[s.index]!;
				return { ...p, field: minutesField(step, step.parts[i]!), seedTime: seedGivesTime(step, step.parts[i]!) };
			})
		})),
		advice: agendaAdvice(workshop.agenda),
		groups: workshop.groups.map((g) => ({ key: g.key, number: g.number, name: groupName(g, instrument, language), categoryKeys: g.categoryKeys })),
		categories: instrument.categories.map((c) => ({ key: c.key, name: localise(c.name, language), factors: c.factors.map((f) => ({ key: f.key, name: localise(f.name, language) })) })),
		participants: everyone.map((p) => ({ id: p.id, label: labels.get(p.id) ?? '', groupKey: p.groupKey, preference: p.preference })),
		plenary,
		// The projector's pages in a plenary step, which the leader turns (see projector.ts).
		screen: { page: Math.min(workshop.state.screenPage, Math.max(0, plenaryPagesCount - 1)), count: plenaryPagesCount },
		// In a plenary step: what helps close the gaps the tables found in this category.
		help: shows.plenary ? await categoryHelp(db, { workshop, instrument }, shows.plenary, language, content) : [],
		points: editablePoints(points),
		reflections: shows.reflections ? await reflections.list(db, workshop.id) : [],
		// Once closed: the plan as every export writes it, read-only, with step 5's answers.
		result: workshop.state.phase === 'closed' ? await closedResult(db, { workshop, instrument }, language) : null,
		questions: { lookBack: LOOK_BACK_QUESTION_KEYS, lookAhead: LOOK_AHEAD_QUESTION_KEYS },
		shareUrl: null as string | null
	};
}

async function closedResult(db: Kysely<Database>, context: WorkshopContext, language: Language) {
	const doc = await workshopPlanDocument(db, context, language);
	return { doc, chartSvg: renderGapChartSvg(doc) };
}

async function categoryHelp(db: Kysely<Database>, context: WorkshopContext, categoryKey: string, language: Language, content: () => Promise<Content>) {
	const doc = await workshopPlanDocument(db, context, language);
	const keys = new Set(context.instrument.categories.find((c) => c.key === categoryKey)?.factors.map((f) => f.key) ?? []);
	return gapHelp(await content(), doc.rowsByGap.filter((row) => keys.has(row.factorKey)), language);
}

/**
 * What every phone of one table shows alike, read once per table and event (see
 * events/view-cache.ts): the step, the table's names and sheets, the plenary. Keyed by the
 * workshop's revision too, so a change of the workshop row is never served from before it.
 */
const tableViews = new ViewCache<Awaited<ReturnType<typeof readTableView>>>();

async function readTableView(db: Kysely<Database>, me: ParticipantContext, group: TableGroup | null, language: Language) {
	const { workshop, instrument } = me;
	const everyone = await participants.listForWorkshop(db, workshop.id);
	const labels = participantLabels(everyone, language);
	const shows = screenContent('phone', workshop.state, workshop.agenda, group !== null);
	return {
		labels,
		shared: {
			workshop: { title: workshop.title, phase: workshop.state.phase, clock: workshop.state.clock, askNames: workshop.askNames },
			step: stepView(workshop.state, workshop.agenda, instrument, language),
			agenda: agendaView(workshop.agenda, instrument, language),
			group: group && {
				key: group.key,
				name: groupName(group, instrument, language),
				// Names of one's own table only: other tables' names are theirs.
				members: everyone.filter((p) => p.groupKey === group.key).map((p) => ({ id: p.id, label: labels.get(p.id) ?? '' }))
			},
			categories: instrument.categories.map((c) => ({
				key: c.key,
				name: localise(c.name, language),
				factors: c.factors.map((f) => localise(f.name, language))
			})),
			phases: instrument.phases.map((p) => localise(p.name, language)),
			// The institution's own questions are asked with the sheets (the last card), each answered on one's own.
			ownQuestions: shows.sheets ? instrument.questions.map((q) => ({ key: q.key, kind: q.kind, text: localise(q.text, language) })) : [],
			sheets: shows.sheets && group ? await groupSheetsView(db, me, group, language) : [],
			editable: shows.editable,
			plenary: shows.plenary ? await plenaryView(db, me, shows.plenary, language) : null,
			reflections: shows.reflections ? await reflections.list(db, workshop.id) : [],
			questions: { lookBack: LOOK_BACK_QUESTION_KEYS, lookAhead: LOOK_AHEAD_QUESTION_KEYS }
		}
	};
}

/** A participant's phone: their table, its sheets in the analysis, the plenary and step 5. */
export async function phoneScreen(db: Kysely<Database>, me: ParticipantContext, language: Language) {
	const lastEventId = await latestId(db, workshopChannel(me.workshop.id));
	const { workshop, instrument, participant } = me;
	const group = workshop.groups.find((g) => g.key === participant.groupKey) ?? null;
	const key = `${workshop.id}:${workshop.revision}:${instrument.key}@${instrument.version}:${group?.key ?? ''}:${language}`;
	const shows = screenContent('phone', workshop.state, workshop.agenda, group !== null);
	// One's own parts are read beside the table's view (on PostgreSQL: at once, not one round trip after the other).
	const [{ labels, shared }, ownScores, answers, present] = await Promise.all([
		tableViews.get(key, lastEventId, () => readTableView(db, me, group, language)),
		shows.ownScores ? participantScores.listForParticipant(db, workshop.id, participant.id) : [],
		shows.sheets && instrument.questions.length > 0 ? ownAnswers.listForParticipant(db, workshop.id, participant.id) : [],
		// Who of one's own table has the page open now (ids: the names are in `group.members`).
		group ? tablePresence(db, me) : []
	]);
	return {
		lastEventId,
		serverTime: Date.now(),
		...shared,
		me: { id: participant.id, label: labels.get(participant.id) ?? '', preference: participant.preference, named: participant.displayName !== '' },
		ownScores,
		ownAnswers: answers,
		present,
		// Names the forms that work without JavaScript: a form posted twice writes once (see server/phone-forms.ts).
		formId: randomUUID()
	};
}

/** The room's shared screen: large type, high contrast, the join code until joining closes. */
export async function projectorScreen(db: Kysely<Database>, context: WorkshopContext, origin: string, language: Language) {
	const { workshop, instrument } = context;
	const lastEventId = await latestId(db, workshopChannel(workshop.id));
	const step = stepView(workshop.state, workshop.agenda, instrument, language);
	const shows = screenContent('projector', workshop.state, workshop.agenda);
	const everyone = await participants.listForWorkshop(db, workshop.id);
	const join = await joinBoxView(workshop, origin);
	let progress: { key: string; name: string; members: number; scored: number; points: number; answered: number; factors: number }[] = [];
	if (shows.progress) {
		const [scores, sheets] = await Promise.all([participantScores.listForWorkshop(db, workshop.id), groupSheets.listForWorkshop(db, workshop.id)]);
		progress = workshop.groups.map((g) => {
			const members = everyone.filter((p) => p.groupKey === g.key);
			const mine = sheets.filter((s) => s.groupKey === g.key);
			return {
				key: g.key,
				name: groupName(g, instrument, language),
				members: members.length,
				scored: members.filter((p) => scores.some((s) => s.participantId === p.id)).length,
				points: mine.reduce((n, s) => n + s.view.actionPoints.filter((p) => p.text.trim()).length, 0),
				// A factor counts as answered once the table agreed where it stands and where it wants to go.
				answered: mine.reduce((n, s) => n + s.view.factors.filter((f) => f.current !== null && f.desired !== null).length, 0),
				factors: instrument.categories.filter((c) => g.categoryKeys.includes(c.key)).reduce((n, c) => n + c.factors.length, 0)
			};
		});
	}
	const plenary = shows.plenary ? await plenaryView(db, context, shows.plenary, language) : null;
	const pages = plenary ? plenaryPages(plenary) : [];
	const closed = workshop.state.phase === 'closed';
	return {
		bare: true,
		lastEventId,
		serverTime: Date.now(),
		workshop: { id: workshop.id, title: workshop.title, phase: workshop.state.phase, clock: workshop.state.clock },
		participants: everyone.length,
		// Names as they arrive, only where the leader asked for names (anonymous people are counted, not listed).
		names: join && workshop.askNames ? everyone.map((p) => p.displayName).filter((name) => name !== '') : [],
		join,
		step,
		categories: instrument.categories.map((c) => ({ key: c.key, name: localise(c.name, language), factors: c.factors.map((f) => localise(f.name, language)) })),
		phases: instrument.phases.map((p) => localise(p.name, language)),
		groups: workshop.groups.map((g) => ({ key: g.key, name: groupName(g, instrument, language), members: everyone.filter((p) => p.groupKey === g.key).length })),
		progress,
		plenary,
		page: pages.length > 0 ? { ...pageShown(pages, workshop.state.screenPage), count: pages.length } : null,
		reflections: shows.reflections ? await reflections.list(db, workshop.id) : [],
		questions: { lookBack: LOOK_BACK_QUESTION_KEYS, lookAhead: LOOK_AHEAD_QUESTION_KEYS },
		outcome: closed ? outcomeView(await workshopPlanDocument(db, context, language)) : null
	};
}

/** The closed workshop's headlines for the projector: per category the priority and the plan's points. */
function outcomeView(doc: PlanDocument) {
	return doc.categories.map((category) => ({
		key: category.key,
		name: category.name,
		priority: doc.priorities.find((p) => p.categoryKey === category.key && p.factorKey)?.factorName ?? null,
		points: doc.actionPoints.filter((p) => p.categoryKey === category.key && p.status !== 'dropped').map((p) => p.text)
	}));
}

/** Who of the participant's own table has their page open now, as participant ids. */
export async function tablePresence(db: Kysely<Database>, { workshop, participant }: ParticipantContext): Promise<string[]> {
	if (!participant.groupKey) return [];
	const table = await participants.listAtTable(db, workshop.id, participant.groupKey);
	return presentMembers(table, participant.id, Date.now()).map((p) => p.id);
}
