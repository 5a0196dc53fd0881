/**
 * The leader's changes to a workshop, one function per form of the leader's page. Each checks
 * its input against the workshop as stored, and stores the change with the event that tells the
 * room's screens in one transaction (`whileOpen`): both are there or neither, and nothing changes
 * once the workshop is closed (only sharing its result, which is for afterwards).
 * Results are codes; the route turns them into messages in the leader's language.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { EventBus } from '$lib/server/events';
import * as workshops from './data/workshops';
import * as participants from './data/participants';
import * as reflections from './data/reflections';
import { preferredGroups, seating, whileOpen, workshopChannel, type Closed } from './live';
import { takeSheetsIntoPlan } from './access';
import { LOOK_AHEAD_QUESTION_KEYS, LOOK_BACK_QUESTION_KEYS, withMinutes, type AgendaProblem } from '$lib/workshop/workshop';
import { assignBalanced, checkGroups, groupsFor, mapCategories, MAX_GROUPS, MIN_GROUPS, move, seatedAtRemovedTables, type GroupsProblem } from '$lib/workshop/table-groups';
import { MAX_TEXT_LENGTH } from '$lib/scan/scan';
import type { Instrument } from '$lib/instrument/schema';
import * as audit from '$lib/audit/server/data/audit';
import type { Transaction } from 'kysely';

/**
 * The leader's change to who sits where or to the room's answers, in the audit trail under the
 * workshop (decision record 0044: what staff do to a workshop is recorded; the participants, who
 * have no account, are not named). Field names only, never who or what.
 */
const recordChange = (trx: Transaction<Database>, workshop: workshops.Workshop, fields: string[]) =>
	audit.record(trx, { institutionId: workshop.institutionId, action: 'update', objectKind: 'workshop', objectId: workshop.id, fields });

export type Done<T = object> = { ok: true } & T;

/** The step times, from the agenda form's minute fields. */
export function setAgenda(bus: EventBus, workshopId: string, values: Readonly<Record<string, string>>): Promise<Done | Closed | { ok: false; problem: 'agenda'; problems: AgendaProblem[] }> {
	return whileOpen(bus, workshopId, async (trx, workshop, announce) => {
		const result = withMinutes(workshop.agenda, values);
		if (!result.ok) return { ok: false, problem: 'agenda', problems: result.problems } as const;
		await workshops.setAgenda(trx, workshopId, result.agenda);
		await announce('settings');
		return { ok: true } as const;
	});
}

/** A new number of tables, each with the instrument's default categories; people at a table that is gone are unseated. */
export function setTableCount(bus: EventBus, workshopId: string, instrument: Instrument, count: number): Promise<Done | Closed | { ok: false; problem: 'count' }> {
	return whileOpen(bus, workshopId, async (trx, workshop, announce) => {
		if (!(Number.isInteger(count) && count >= MIN_GROUPS && count <= MAX_GROUPS)) return { ok: false, problem: 'count' } as const;
		const groups = groupsFor(instrument, count);
		await workshops.setGroups(trx, workshopId, groups);
		const unseated = seatedAtRemovedTables(seating(await participants.listForWorkshop(trx, workshopId)), groups);
		for (const id of unseated) await participants.assign(trx, workshopId, id, null);
		if (unseated.length > 0) await recordChange(trx, workshop, ['seating']);
		await announce('participants');
		return { ok: true } as const;
	});
}

/** Which categories one table analyses. */
export function mapTable(
	bus: EventBus,
	workshopId: string,
	instrument: Instrument,
	groupKey: string,
	categoryKeys: readonly string[]
): Promise<Done | Closed | { ok: false; problem: 'unknown_group' } | { ok: false; problem: 'mapping'; code: GroupsProblem['code'] }> {
	return whileOpen(bus, workshopId, async (trx, workshop, announce) => {
		if (!workshop.groups.some((g) => g.key === groupKey)) return { ok: false, problem: 'unknown_group' } as const;
		const next = mapCategories(workshop.groups, groupKey, categoryKeys);
		const problems = checkGroups(next, instrument);
		if (problems.length > 0) return { ok: false, problem: 'mapping', code: problems[0]!.code } as const;
		await workshops.setGroups(trx, workshopId, next);
		await announce('participants');
		return { ok: true } as const;
	});
}

/** Distributes everyone over the groups at random, balanced, honouring preferences where sizes allow. */
export function distribute(bus: EventBus, workshopId: string, random: () => number = Math.random): Promise<Done<{ seated: number }> | Closed> {
	return whileOpen(bus, workshopId, async (trx, workshop, announce) => {
		const list = await participants.listForWorkshop(trx, workshopId);
		const assignments = assignBalanced(
			list.map((p) => p.id),
			workshop.groups,
			preferredGroups(list, workshop),
			random
		);
		const seated = await participants.assignAll(trx, workshopId, assignments);
		await recordChange(trx, workshop, ['seating']);
		await announce('participants');
		return { ok: true, seated } as const;
	});
}

/** The leader seats one participant at a group (also someone not yet seated). */
export function moveParticipant(
	bus: EventBus,
	workshopId: string,
	participantId: string,
	groupKey: string
): Promise<Done | Closed | { ok: false; problem: 'unknown_participant' | 'unknown_group' }> {
	return whileOpen(bus, workshopId, async (trx, workshop, announce) => {
		const list = await participants.listForWorkshop(trx, workshopId);
		if (!list.some((p) => p.id === participantId)) return { ok: false, problem: 'unknown_participant' } as const;
		const current = seating(list);
		if (!current.has(participantId)) current.set(participantId, groupKey);
		const result = move(current, workshop.groups, participantId, groupKey);
		if (!result.ok) return result;
		await participants.assign(trx, workshopId, participantId, groupKey);
		await recordChange(trx, workshop, ['seating']);
		await announce('participants');
		return { ok: true } as const;
	});
}

/** Whether joining asks for a name. */
export function setAskNames(bus: EventBus, workshopId: string, askNames: boolean): Promise<Done | Closed> {
	return whileOpen(bus, workshopId, async (trx, _workshop, announce) => {
		await workshops.setAskNames(trx, workshopId, askNames);
		await announce('settings');
		return { ok: true } as const;
	});
}

const REFLECTION_KEYS: readonly string[] = [...LOOK_BACK_QUESTION_KEYS, ...LOOK_AHEAD_QUESTION_KEYS];

/** The room's answer to one of the look-back or look-ahead questions. */
export function saveReflection(bus: EventBus, workshopId: string, questionKey: string, text: string): Promise<Done | Closed | { ok: false; problem: 'unknown_question' | 'too_long' }> {
	return whileOpen(bus, workshopId, async (trx, workshop, announce) => {
		if (!REFLECTION_KEYS.includes(questionKey)) return { ok: false, problem: 'unknown_question' } as const;
		if (text.length > MAX_TEXT_LENGTH) return { ok: false, problem: 'too_long' } as const;
		await reflections.save(trx, workshopId, questionKey, text);
		await recordChange(trx, workshop, ['reflections']);
		await announce('reflections');
		return { ok: true } as const;
	});
}

/** Takes a category's group sheets into the action plan now (see `takeSheetsIntoPlan`). */
export function takeSheets(bus: EventBus, workshopId: string, instrument: Instrument, categoryKey: string): Promise<Done<{ added: number }> | Closed | { ok: false; problem: 'unknown_category' }> {
	return whileOpen(bus, workshopId, async (trx, workshop, announce) => {
		if (!instrument.categories.some((c) => c.key === categoryKey)) return { ok: false, problem: 'unknown_category' } as const;
		const added = await takeSheetsIntoPlan(trx, { workshop, instrument }, [categoryKey]);
		if (added > 0) await announce('plan');
		return { ok: true, added } as const;
	});
}

/** With several tables on one category: whose agreed scores the action plan takes. */
export function choosePlanGroup(bus: EventBus, workshopId: string, categoryKey: string, groupKey: string): Promise<Done | Closed | { ok: false; problem: 'unknown_plan_group' }> {
	return whileOpen(bus, workshopId, async (trx, workshop, announce) => {
		if (!workshop.groups.some((g) => g.key === groupKey && g.categoryKeys.includes(categoryKey))) return { ok: false, problem: 'unknown_plan_group' } as const;
		await workshops.setPlanGroup(trx, workshop, categoryKey, groupKey);
		await announce('plan');
		return { ok: true } as const;
	});
}

/** Makes a new read-only result link (also after closing) and returns its token; a link made before stops working. */
export function share(bus: EventBus, workshopId: string): Promise<string> {
	return bus.transaction(async (trx, publish) => {
		const token = await workshops.share(trx, workshopId);
		await publish(workshopChannel(workshopId), 'settings', {});
		return token;
	});
}

/** Ends the read-only result link. */
export function unshare(bus: EventBus, workshopId: string): Promise<void> {
	return bus.transaction(async (trx, publish) => {
		await workshops.unshare(trx, workshopId);
		await publish(workshopChannel(workshopId), 'settings', {});
	});
}

/**
 * Runs a change of the workshop's action plan (plan-actions.ts) in one transaction with its 'plan'
 * event, and only while the workshop is open; a closed workshop throws `closed`, to be answered
 * before the change was read (the route checks first, so this is the race with "close").
 */
export function planTransaction(bus: EventBus, workshopId: string, closed: () => Error) {
	return async <T>(work: (trx: Kysely<Database>, changed: () => Promise<void>) => Promise<T>): Promise<T> => {
		const result = await whileOpen(bus, workshopId, (trx, _workshop, announce) => work(trx, () => announce('plan')).then((value) => ({ value })));
		if ('problem' in result) throw closed();
		return result.value;
	};
}
