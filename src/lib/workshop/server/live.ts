/**
 * Everything that changes a running workshop goes through here, so that every change is stored
 * and announced on the workshop's event channel in one transaction (see events/bus.ts): screens
 * that follow the channel re-read what they may see. Events carry ids and counts, never what
 * anyone wrote, so a stream can leak no text; each screen's page load decides what it shows.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { EventBus } from '$lib/server/events';
import * as workshops from './data/workshops';
import * as participants from './data/participants';
import * as participantScores from './data/participant-scores';
import * as groupSheets from './data/group-sheets';
import { applyCommand, currentStep, type WorkshopCommand, type WorkshopProblem } from '$lib/workshop/workshop';
import { assignBalanced, assignLateJoiner, move, type Assignments } from '$lib/workshop/table-groups';
import type { Resolution, SheetEdit } from '$lib/workshop/group-sheet';
import type { Category } from '$lib/instrument/schema';
import type { Score } from './data/participant-scores';
import { takeSheetsIntoPlan, type WorkshopContext } from './access';

/** The one channel a workshop's screens follow. */
export const workshopChannel = (workshopId: string): string => `workshop:${workshopId}`;

/** Event types on a workshop's channel. */
export type WorkshopEventType = 'state' | 'participants' | 'scores' | 'sheet' | 'editing' | 'plan' | 'reflections' | 'settings';

export async function announce(bus: EventBus, workshopId: string, type: WorkshopEventType, data: Record<string, unknown> = {}): Promise<void> {
	await bus.publish(workshopChannel(workshopId), type, data);
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
		if (command.type === 'open_joining' && (!workshop.joinCode || !workshop.joinCodeExpiresAt || workshop.joinCodeExpiresAt <= new Date().toISOString())) {
			await workshops.issueJoinCode(db, workshopId);
			continue; // the code raised the revision: apply the command to the fresh row
		}
		const saved = await bus.transaction(async (trx, publish) => {
			const revision = await workshops.saveState(trx, workshopId, result.state, workshop.revision);
			if (revision !== undefined) await publish(workshopChannel(workshopId), 'state', { stepIndex: result.state.stepIndex, phase: result.state.phase });
			return revision;
		});
		if (saved === undefined) continue;
		const after = { ...workshop, state: result.state, revision: saved };
		const step = currentStep(result.state, workshop.agenda);
		const categories =
			result.state.phase === 'closed'
				? context.instrument.categories.map((c) => c.key)
				: step?.kind === 'discuss' && step.categoryKey
					? [step.categoryKey]
					: [];
		if (categories.length > 0 && (await takeSheetsIntoPlan(db, { workshop: after, instrument: context.instrument }, categories)) > 0) {
			await announce(bus, workshopId, 'plan');
		}
		return { ok: true, workshop: after };
	}
	return { ok: false, problem: 'busy' };
}

/** The current seating, participant id → group key (only those seated). */
export function seating(list: readonly participants.Participant[]): Assignments {
	return new Map(list.filter((p) => p.groupKey !== null).map((p) => [p.id, p.groupKey as string]));
}

/** A participant's stated category, as the group key that analyses it (the first such group). */
function preferredGroups(list: readonly participants.Participant[], workshop: workshops.Workshop): Map<string, string> {
	const preferences = new Map<string, string>();
	for (const p of list) {
		const group = p.preference ? workshop.groups.find((g) => g.categoryKeys.includes(p.preference as string)) : undefined;
		if (group) preferences.set(p.id, group.key);
	}
	return preferences;
}

/** Distributes everyone over the groups at random, balanced, honouring preferences where sizes allow. */
export async function distribute(db: Kysely<Database>, bus: EventBus, workshop: workshops.Workshop): Promise<number> {
	const list = await participants.listForWorkshop(db, workshop.id);
	const assignments = assignBalanced(
		list.map((p) => p.id),
		workshop.groups,
		preferredGroups(list, workshop),
		Math.random
	);
	const seated = await participants.assignAll(db, workshop.id, assignments);
	await announce(bus, workshop.id, 'participants');
	return seated;
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

export type MoveOutcome = { ok: true } | { ok: false; problem: 'unknown_participant' | 'unknown_group' };

/** The leader seats one participant at a group (also someone not yet seated). */
export async function moveParticipant(
	db: Kysely<Database>,
	bus: EventBus,
	workshop: workshops.Workshop,
	participantId: string,
	groupKey: string
): Promise<MoveOutcome> {
	const list = await participants.listForWorkshop(db, workshop.id);
	if (!list.some((p) => p.id === participantId)) return { ok: false, problem: 'unknown_participant' };
	const current = seating(list);
	if (!current.has(participantId)) current.set(participantId, groupKey);
	const result = move(current, workshop.groups, participantId, groupKey);
	if (!result.ok) return result;
	await participants.assign(db, workshop.id, participantId, groupKey);
	await announce(bus, workshop.id, 'participants');
	return { ok: true };
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
