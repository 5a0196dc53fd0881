/**
 * Everything that changes a running workshop goes through here, so that every change is stored
 * and announced on the workshop's event channel in one transaction (see events/bus.ts): screens
 * that follow the channel re-read what they may see. Events carry ids and counts, never what
 * anyone wrote, so a stream can leak no text; each screen's page load decides what it shows.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { EventBus } from '$lib/server/events';
import * as workshops from './data/workshops';
import * as participants from './data/participants';
import * as participantScores from './data/participant-scores';
import * as groupSheets from './data/group-sheets';
import * as ownAnswers from './data/own-answers';
import { isPresent } from '$lib/workshop/presence';
import type { OwnAnswer } from '$lib/workshop/own-questions';
import { applyCommand, currentStep, type Agenda, type WorkshopCommand, type WorkshopProblem, type WorkshopState } from '$lib/workshop/workshop';
import { assignLateJoiner, type Assignments } from '$lib/workshop/table-groups';
import { JOIN_CODE_LENGTH } from '$lib/workshop/join-code';
import type { Resolution, SheetEdit } from '$lib/workshop/group-sheet';
import type { Category, Instrument } from '$lib/instrument/schema';
import type { Score } from './data/participant-scores';
import { takeSheetsIntoPlan, type ParticipantContext, type WorkshopContext } from './access';

/** The one channel a workshop's screens follow. */
export const workshopChannel = (workshopId: string): string => `workshop:${workshopId}`;

/** Event types on a workshop's channel. */
export type WorkshopEventType = 'state' | 'participants' | 'scores' | 'sheet' | 'editing' | 'presence' | 'plan' | 'reflections' | 'settings';

/** An event with no change of its own to store (who is typing); a change announces inside its transaction (`whileOpen`). */
export async function announce(bus: EventBus, workshopId: string, type: WorkshopEventType, data: Record<string, unknown> = {}): Promise<void> {
	await bus.publish(workshopChannel(workshopId), type, data);
}

/** Tells the workshop's screens, inside the transaction of the change it announces. */
export type Announce = (type: WorkshopEventType, data?: Record<string, unknown>) => Promise<void>;

export type Closed = { ok: false; problem: 'closed' };
const CLOSED: Closed = { ok: false, problem: 'closed' };

/**
 * Runs a change of a workshop that is still open, and the events that announce it, in one
 * transaction: the workshop is read inside it, so a change that races the leader's "close" is
 * refused rather than stored after it. Every change but the commands is refused once closed.
 *
 * @example
 * await whileOpen(bus, workshopId, async (trx, workshop, announce) => {
 *   await workshops.setAskNames(trx, workshop.id, true);
 *   await announce('settings');
 *   return { ok: true } as const;
 * });
 */
export function whileOpen<T>(
	bus: EventBus,
	workshopId: string,
	work: (trx: Transaction<Database>, workshop: workshops.Workshop, announce: Announce) => Promise<T>
): Promise<T | Closed> {
	return bus.transaction(async (trx, publish) => {
		const workshop = await workshops.getById(trx, workshopId);
		if (!workshop || workshop.state.phase === 'closed') return CLOSED;
		return work(trx, workshop, async (type, data = {}) => {
			await publish(workshopChannel(workshopId), type, data);
		});
	});
}

export type CommandOutcome = { ok: true; workshop: workshops.Workshop } | { ok: false; problem: WorkshopProblem | 'busy' };

/**
 * Applies a leader's command to the stored state. Two leaders' screens (or a double click) may
 * command at once: the write names the revision it read, and on a clash the command is applied
 * again to what the other one stored. Opening joining issues a join code when there is none
 * that is still valid. Reaching a category's plenary step, or closing, takes the groups' sheets
 * into the action plan.
 */
export async function runCommand(
	db: Kysely<Database>,
	bus: EventBus,
	workshopId: string,
	command: WorkshopCommand,
	context: Omit<WorkshopContext, 'workshop'>
): Promise<CommandOutcome> {
	for (let attempt = 0; attempt < 5; attempt++) {
		const workshop = await workshops.getById(db, workshopId);
		if (!workshop) return { ok: false, problem: 'closed' };
		const result = applyCommand(workshop.state, command, workshop.agenda, Date.now());
		if (!result.ok) return result;
		// A code of an older length (nine characters before decision 45) is replaced too: typed codes of another length are refused.
		const stale = !workshop.joinCode || workshop.joinCode.length !== JOIN_CODE_LENGTH || !workshop.joinCodeExpiresAt || workshop.joinCodeExpiresAt <= new Date().toISOString();
		if (command.type === 'open_joining' && stale) {
			// A code on its own shows nowhere (joining is not open yet), so it needs no event: the
			// state change that opens joining, next round, is stored and announced together.
			await workshops.issueJoinCode(db, workshopId);
			continue; // the code raised the revision: apply the command to the fresh row
		}
		const saved = await bus.transaction(async (trx, publish) => {
			const revision = await workshops.saveState(trx, workshopId, result.state, workshop.revision);
			if (revision === undefined) return undefined;
			await publish(workshopChannel(workshopId), 'state', { stepIndex: result.state.stepIndex, partIndex: result.state.partIndex, phase: result.state.phase });
			const after = { ...workshop, state: result.state, revision };
			const categories = sheetsDueInPlan(result.state, workshop.agenda, context.instrument);
			if (categories.length > 0 && (await takeSheetsIntoPlan(trx, { workshop: after, instrument: context.instrument }, categories)) > 0) {
				await publish(workshopChannel(workshopId), 'plan', {});
			}
			return after;
		});
		if (saved === undefined) continue;
		return { ok: true, workshop: saved };
	}
	return { ok: false, problem: 'busy' };
}

/** The categories whose group sheets the plan takes in this state: the plenary step's, or all once closed. */
function sheetsDueInPlan(state: WorkshopState, agenda: Agenda, instrument: Instrument): string[] {
	if (state.phase === 'closed') return instrument.categories.map((c) => c.key);
	const step = currentStep(state, agenda);
	return step?.kind === 'discuss' && step.categoryKey ? [step.categoryKey] : [];
}

/** The current seating, participant id → group key (only those seated). */
export function seating(list: readonly participants.Participant[]): Assignments {
	return new Map(list.filter((p) => p.groupKey !== null).map((p) => [p.id, p.groupKey as string]));
}

/** A participant's stated category, as the group key that analyses it (the first such group). */
export function preferredGroups(list: readonly participants.Participant[], workshop: workshops.Workshop): Map<string, string> {
	const preferences = new Map<string, string>();
	for (const p of list) {
		const group = p.preference ? workshop.groups.find((g) => g.categoryKeys.includes(p.preference as string)) : undefined;
		if (group) preferences.set(p.id, group.key);
	}
	return preferences;
}

/**
 * Someone joins with a code the caller checked: stored, seated when the room has been
 * distributed already, and announced, in one transaction.
 */
export async function joinWorkshop(bus: EventBus, workshop: workshops.Workshop, input: participants.JoinInput): Promise<participants.JoinResult> {
	return bus.transaction(async (trx, publish) => {
		const joined = await participants.join(trx, workshop.id, input);
		if (!joined.ok) return joined;
		await seatLateJoiner(trx, workshop, joined.participant);
		await publish(workshopChannel(workshop.id), 'participants', {});
		return joined;
	});
}

export type PreferenceOutcome = { ok: true } | Closed | { ok: false; problem: 'unknown_preference' };

/** A participant changes their table preference (a category key, or none), before the leader distributes the room. */
export async function setPreference(bus: EventBus, { workshop, instrument, participant }: ParticipantContext, preference: string | null): Promise<PreferenceOutcome> {
	if (preference && !instrument.categories.some((c) => c.key === preference)) return { ok: false, problem: 'unknown_preference' };
	return whileOpen(bus, workshop.id, async (trx, _, announce) => {
		await participants.setPreference(trx, workshop.id, participant.id, preference);
		await announce('participants');
		return { ok: true } as const;
	});
}

/** Once the room has been distributed, someone who joins later is seated at one of the smallest groups. */
export async function seatLateJoiner(db: Kysely<Database>, workshop: workshops.Workshop, participant: participants.Participant): Promise<void> {
	const list = await participants.listForWorkshop(db, workshop.id);
	const current = seating(list);
	if (current.size === 0) return;
	const preference = preferredGroups([participant], workshop).get(participant.id) ?? null;
	const next = assignLateJoiner(current, workshop.groups, participant.id, preference, Math.random);
	const groupKey = next.get(participant.id);
	if (groupKey) await participants.assign(db, workshop.id, participant.id, groupKey);
}

/** Stores a participant's own score and tells their group's screens (the spread changed). */
export async function saveScore(
	bus: EventBus,
	workshopId: string,
	participant: participants.Participant,
	score: Score,
	clientId: string
): Promise<participantScores.SaveOutcome> {
	return bus.transaction(async (trx, publish) => {
		const outcome = await participantScores.save(trx, workshopId, participant.id, score, clientId);
		if (outcome === 'saved') await publish(workshopChannel(workshopId), 'scores', { groupKey: participant.groupKey });
		return outcome;
	});
}

/** Applies one member's edit of their group's sheet; see data/group-sheets.ts for what can happen. */
export async function editSheet(
	bus: EventBus,
	workshopId: string,
	groupKey: string,
	category: Category,
	edit: SheetEdit
): Promise<groupSheets.SheetWrite> {
	return bus.transaction(async (trx, publish) => {
		const result = await groupSheets.applyEdit(trx, workshopId, groupKey, edit, category);
		if (result.outcome === 'applied' || result.outcome === 'conflict') {
			await publish(workshopChannel(workshopId), 'sheet', { groupKey, categoryKey: category.key, version: result.version });
		}
		return result;
	});
}

/** The group settles a conflict. */
export async function resolveSheet(
	bus: EventBus,
	workshopId: string,
	groupKey: string,
	category: Category,
	resolution: Resolution
): Promise<groupSheets.SheetWrite> {
	return bus.transaction(async (trx, publish) => {
		const result = await groupSheets.resolve(trx, workshopId, groupKey, resolution, category);
		if (result.outcome === 'applied') {
			await publish(workshopChannel(workshopId), 'sheet', { groupKey, categoryKey: category.key, version: result.version });
		}
		return result;
	});
}

/**
 * Someone's phone is open (its page loaded, or it says it is still there): when they were not at
 * their table a moment ago, their table mates' phones are told to look again. `lastSeenAt` is what
 * the server had noted before this request. The event names only the table, never the person.
 */
export async function noteArrival(bus: EventBus, { workshop, participant }: ParticipantContext, now = Date.now()): Promise<boolean> {
	if (!participant.groupKey || workshop.state.phase === 'closed' || isPresent(participant.lastSeenAt, now)) return false;
	await announce(bus, workshop.id, 'presence', { groupKey: participant.groupKey });
	return true;
}

/** Stores a participant's answers to the institution's own questions (nothing else shows them live, so no event). */
export async function saveOwnAnswers(bus: EventBus, { workshop, participant }: ParticipantContext, answers: readonly OwnAnswer[]): Promise<{ ok: true } | Closed> {
	return whileOpen(bus, workshop.id, async (trx) => {
		await ownAnswers.save(trx, workshop.id, participant.id, answers);
		return { ok: true } as const;
	});
}
