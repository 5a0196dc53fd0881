/**
 * What the workshop's screens show, built once for the participant's phone, the leader's page,
 * the projector and the read-only result: the current step, a group's worksheet with its
 * members' spread, and a category's plenary view. Only data the caller may show goes in: a group
 * view is asked for by a member of that group (or the leader), and members' own scores appear
 * only as counts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import * as participantScores from './data/participant-scores';
import * as groupSheets from './data/group-sheets';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import * as actionPoints from '$lib/plan/server/data/action-points';
import type { TableGroup } from '$lib/workshop/table-groups';
import { spread, type FactorSpread, type SheetView } from '$lib/workshop/group-sheet';
import { currentStep, isJoiningOpen, nextPosition, previousPosition, SEED_STEP_COUNT, stepMinutes, type Position, type WorkshopState, type Agenda, type WorkshopStep } from '$lib/workshop/workshop';
import type { Instrument } from '$lib/instrument/schema';
import { format, localise, messages, type Language } from '$lib/i18n';
import { orderActionPoints, type ActionPoint } from '$lib/plan/action-plan';
import { planGroupKey, type WorkshopContext } from './access';
import type { Workshop } from './data/workshops';
import { formatJoinCode, type JoinBoxView } from '$lib/workshop/join-code';
import { qrSvg } from '$lib/server/qr';

/** The join box while joining is open (the leader's page and the projector), else null. */
export async function joinBoxView(workshop: Pick<Workshop, 'state' | 'joinCode'>, origin: string): Promise<JoinBoxView | null> {
	if (!isJoiningOpen(workshop.state) || !workshop.joinCode) return null;
	const url = `${origin}/join?code=${workshop.joinCode}`;
	return { code: formatJoinCode(workshop.joinCode), base: `${origin}/join`, url, qr: await qrSvg(url) };
}

/** A place in the agenda with what the leader's buttons say about it. */
export interface PlaceView extends Position {
	title: string;
}

export interface StepView {
	index: number;
	total: number;
	key: string;
	kind: WorkshopStep['kind'];
	number: number | null;
	title: string;
	/** "Stap 4 van 5" as the seed numbers its steps; null for the break, which is not a step. */
	label: string | null;
	/** The named part the room is on (presentation, discussion, look back, look ahead), or null for a step of one part. */
	part: { key: string; title: string; index: number; count: number } | null;
	categoryKey: string | null;
	/** The minutes of the current part, as the agenda sets them. */
	minutes: number;
	/** Where "Volgende" and "Vorige" take the room; null at either end. */
	next: PlaceView | null;
	previous: PlaceView | null;
}

export function stepTitle(step: WorkshopStep, instrument: Instrument, language: Language): string {
	const m = messages(language).workshop;
	if (step.kind === 'discuss') {
		const category = instrument.categories.find((c) => c.key === step.categoryKey);
		return format(m.steps.discuss.title, { category: category ? localise(category.name, language) : '' });
	}
	return m.steps[step.kind].title;
}

/** "Stap 4 van 5", or null for the break. */
export function stepLabel(step: Pick<WorkshopStep, 'number'>, language: Language): string | null {
	return step.number === null ? null : format(messages(language).workshop.stepOf, { n: step.number, total: SEED_STEP_COUNT });
}

/** A place's title as the leader's buttons name it: "Bespreking Strategie: Discussie". */
function placeTitle(agenda: Agenda, at: Position, instrument: Instrument, language: Language): string {
	const step = agenda.steps[at.stepIndex]!;
	const part = step.parts[at.partIndex]!;
	const title = stepTitle(step, instrument, language);
	return part.key === 'main' ? title : `${title} · ${messages(language).workshop.parts[part.key]}`;
}

/** Every step of the agenda, for the leader's list and the projector's progress line. */
export function agendaView(agenda: Agenda, instrument: Instrument, language: Language) {
	return agenda.steps.map((step, index) => ({
		index,
		key: step.key,
		number: step.number,
		label: stepLabel(step, language),
		title: stepTitle(step, instrument, language),
		minutes: stepMinutes(step),
		parts: step.parts.map((part) => ({ key: part.key, minutes: part.minutes }))
	}));
}

export function stepView(state: WorkshopState, agenda: Agenda, instrument: Instrument, language: Language): StepView | null {
	const step = currentStep(state, agenda);
	if (!step) return null;
	const m = messages(language).workshop;
	const partIndex = Math.min(state.partIndex, step.parts.length - 1);
	const part = step.parts[partIndex]!;
	const at = { stepIndex: state.stepIndex, partIndex };
	const place = (p: Position | null): PlaceView | null => (p ? { ...p, title: placeTitle(agenda, p, instrument, language) } : null);
	return {
		index: state.stepIndex,
		total: agenda.steps.length,
		key: step.key,
		kind: step.kind,
		number: step.number,
		title: stepTitle(step, instrument, language),
		label: stepLabel(step, language),
		part: part.key === 'main' ? null : { key: part.key, title: m.parts[part.key], index: partIndex, count: step.parts.length },
		categoryKey: step.categoryKey,
		minutes: part.minutes,
		next: place(nextPosition(agenda, at)),
		previous: place(previousPosition(agenda, at))
	};
}

export interface FactorInfo {
	key: string;
	name: string;
	descriptors: string[];
}

export interface CategorySheetView {
	categoryKey: string;
	name: string;
	factors: FactorInfo[];
	spread: FactorSpread[];
	sheet: SheetView;
	version: number;
}

export function groupName(group: TableGroup, instrument: Instrument, language: Language): string {
	const m = messages(language).workshop;
	const categories = group.categoryKeys
		.map((key) => instrument.categories.find((c) => c.key === key))
		.filter((c) => c !== undefined)
		.map((c) => localise(c.name, language))
		.join(', ');
	return format(m.groups.nameWithCategories, { n: group.number, categories });
}

/** A group's worksheets, one per category it analyses, with the spread of its members' own scores. */
export async function groupSheetsView(db: Kysely<Database>, { workshop, instrument }: WorkshopContext, group: TableGroup, language: Language): Promise<CategorySheetView[]> {
	const scores = await participantScores.listForGroup(db, workshop.id, group.key);
	const views: CategorySheetView[] = [];
	for (const categoryKey of group.categoryKeys) {
		const category = instrument.categories.find((c) => c.key === categoryKey);
		if (!category) continue;
		const stored = await groupSheets.load(db, workshop.id, group.key, category);
		if (!stored) continue;
		const factorKeys = category.factors.map((f) => f.key);
		views.push({
			categoryKey,
			name: localise(category.name, language),
			factors: category.factors.map((f) => ({ key: f.key, name: localise(f.name, language), descriptors: f.descriptors.map((d) => localise(d, language)) })),
			spread: [...spread(scores, factorKeys).values()],
			sheet: stored.view,
			version: stored.version
		});
	}
	return views;
}

export interface PlenaryView {
	categoryKey: string;
	name: string;
	/** `inPlan`: the group whose agreed scores the action plan takes (the leader chooses when there are several). */
	groups: { key: string; name: string; sheet: CategorySheetView; inPlan: boolean }[];
	priority: { factorKey: string; factorName: string; reason: string } | null;
	actionPoints: ActionPoint[];
}

/** A category as the plenary sees it: each group's agreed scores and spread, and the action plan's priority and points. */
export async function plenaryView(db: Kysely<Database>, context: WorkshopContext, categoryKey: string, language: Language): Promise<PlenaryView | null> {
	const { workshop, instrument } = context;
	const category = instrument.categories.find((c) => c.key === categoryKey);
	if (!category) return null;
	const groups = [];
	const inPlan = planGroupKey(workshop, await groupSheets.listForWorkshop(db, workshop.id), categoryKey);
	for (const group of workshop.groups.filter((g) => g.categoryKeys.includes(categoryKey))) {
		const sheet = (await groupSheetsView(db, context, { ...group, categoryKeys: [categoryKey] }, language))[0];
		if (sheet) groups.push({ key: group.key, name: groupName(group, instrument, language), sheet, inPlan: group.key === inPlan });
	}
	const [priorities, points] = await Promise.all([actionPlans.listPriorities(db, workshop.actionPlanId), actionPoints.list(db, workshop.actionPlanId)]);
	const priority = priorities.find((p) => p.categoryKey === categoryKey);
	const factor = priority ? category.factors.find((f) => f.key === priority.factorKey) : undefined;
	return {
		categoryKey,
		name: localise(category.name, language),
		groups,
		priority: priority && factor ? { factorKey: factor.key, factorName: localise(factor.name, language), reason: priority.reason } : null,
		actionPoints: orderActionPoints(instrument, points).filter((p) => p.categoryKey === categoryKey)
	};
}
