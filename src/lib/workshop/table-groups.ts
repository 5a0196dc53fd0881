/**
 * Table groups: the seed's three groups, one per category of contextual factors, each running the
 * GAP analysis for its category. The leader can change how many groups there are and which
 * categories each takes; participants state a preference or are distributed at random, and group
 * sizes stay within one of each other. The random source is a parameter, so tests are repeatable
 * and the server passes `Math.random` (fairness, not secrecy, is at stake here).
 *
 * @example
 * const groups = defaultGroups(instrument);          // table-1: strategie, table-2: structuur, …
 * const assignments = assignBalanced(ids, groups, new Map([[ids[0], 'table-2']]), Math.random);
 * const later = assignLateJoiner(assignments, groups, newcomer, null, Math.random);
 */
import type { Instrument } from '$lib/instrument/schema';

export interface TableGroup {
	/** `table-1`, `table-2`, …: stable while the leader changes what a group does. */
	key: string;
	/** Shown as "Tafel 1"; the n in the key. */
	number: number;
	/** The categories this group analyses: one by default, more when there are fewer groups than categories. */
	categoryKeys: string[];
}

/** Who sits at which table: participant id → group key. */
export type Assignments = Map<string, string>;

/** A random number in [0, 1), as `Math.random` gives. */
export type RandomSource = () => number;

export const MIN_GROUPS = 1;
export const MAX_GROUPS = 12;

export function groupKey(number: number): string {
	return `table-${number}`;
}

/**
 * `count` groups over the instrument's categories, in order: with fewer groups than categories a
 * group takes several (2 groups: strategie + support, structuur), with more a category is taken
 * by several groups (6 groups: each category twice).
 */
export function groupsFor(instrument: Instrument, count: number): TableGroup[] {
	if (!Number.isInteger(count) || count < MIN_GROUPS || count > MAX_GROUPS) {
		throw new RangeError(`a workshop has ${MIN_GROUPS} to ${MAX_GROUPS} table groups, not ${count}`);
	}
	const categories = instrument.categories.map((category) => category.key);
	return Array.from({ length: count }, (_, i) => ({
		key: groupKey(i + 1),
		number: i + 1,
		categoryKeys:
			count >= categories.length
				? [categories[i % categories.length] as string]
				: categories.filter((_, c) => c % count === i)
	}));
}

/** The seed's set-up: one group per category. */
export function defaultGroups(instrument: Instrument): TableGroup[] {
	return groupsFor(instrument, instrument.categories.length);
}

export type GroupsProblem =
	| { code: 'count' }
	| { code: 'duplicate_group'; groupKey: string }
	| { code: 'no_category'; groupKey: string }
	| { code: 'unknown_category'; groupKey: string; categoryKey: string }
	| { code: 'uncovered_category'; categoryKey: string };

/**
 * Checks the leader's groups: 1 to 12 groups with distinct keys, each taking at least one category
 * of the instrument, and every category taken by at least one group, so the action plan covers
 * them all.
 */
export function checkGroups(groups: readonly TableGroup[], instrument: Instrument): GroupsProblem[] {
	const problems: GroupsProblem[] = [];
	if (groups.length < MIN_GROUPS || groups.length > MAX_GROUPS) problems.push({ code: 'count' });
	const known = new Set(instrument.categories.map((category) => category.key));
	const seen = new Set<string>();
	const covered = new Set<string>();
	for (const group of groups) {
		if (seen.has(group.key)) problems.push({ code: 'duplicate_group', groupKey: group.key });
		seen.add(group.key);
		if (group.categoryKeys.length === 0) problems.push({ code: 'no_category', groupKey: group.key });
		for (const categoryKey of group.categoryKeys) {
			if (known.has(categoryKey)) covered.add(categoryKey);
			else problems.push({ code: 'unknown_category', groupKey: group.key, categoryKey });
		}
	}
	for (const categoryKey of known) {
		if (!covered.has(categoryKey)) problems.push({ code: 'uncovered_category', categoryKey });
	}
	return problems;
}

/** Gives one group other categories; `checkGroups` says whether the result is complete. */
export function mapCategories(groups: readonly TableGroup[], key: string, categoryKeys: readonly string[]): TableGroup[] {
	return groups.map((group) => (group.key === key ? { ...group, categoryKeys: [...new Set(categoryKeys)] } : group));
}

/** The groups that analyse a category, for a participant who prefers a category rather than a table. */
export function groupsForCategory(groups: readonly TableGroup[], categoryKey: string): TableGroup[] {
	return groups.filter((group) => group.categoryKeys.includes(categoryKey));
}

/** A Fisher–Yates shuffle of a copy, driven by `random`. */
function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.min(i, Math.floor(random() * (i + 1)));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

/**
 * Distributes everyone over the groups so that sizes differ by at most one, honouring as many
 * preferences (participant → group key) as that allows. When more people prefer a group than it
 * has seats, chance decides who gets one; the extra seats of an uneven split go to the most
 * wanted groups (chance breaks ties); everyone else is placed at random. Preferences for unknown
 * groups count as none. To redistribute after the leader changes the groups, pass the current
 * assignments as preferences: people stay where they are as far as balance allows.
 */
export function assignBalanced(
	participants: readonly string[],
	groups: readonly TableGroup[],
	preferences: ReadonlyMap<string, string>,
	random: RandomSource
): Assignments {
	const people = [...new Set(participants)];
	const assignments: Assignments = new Map();
	if (groups.length === 0 || people.length === 0) return assignments;

	const keys = groups.map((group) => group.key);
	const wanting = new Map<string, string[]>(keys.map((key) => [key, []]));
	for (const person of people) {
		const preferred = preferences.get(person);
		if (preferred !== undefined) wanting.get(preferred)?.push(person);
	}

	const base = Math.floor(people.length / keys.length);
	const extraSeats = people.length % keys.length;
	const byDemand = shuffled(keys, random).sort((a, b) => (wanting.get(b)?.length ?? 0) - (wanting.get(a)?.length ?? 0));
	const seats = new Map(byDemand.map((key, rank) => [key, base + (rank < extraSeats ? 1 : 0)]));

	for (const key of keys) {
		const lucky = shuffled(wanting.get(key) ?? [], random).slice(0, seats.get(key));
		for (const person of lucky) assignments.set(person, key);
	}

	const freeSeats = keys.flatMap((key) => {
		const taken = [...assignments.values()].filter((k) => k === key).length;
		return Array.from({ length: (seats.get(key) ?? 0) - taken }, () => key);
	});
	const rest = shuffled(
		people.filter((person) => !assignments.has(person)),
		random
	);
	rest.forEach((person, i) => assignments.set(person, freeSeats[i] as string));
	return assignments;
}

/**
 * Who sits at a table that the new groups no longer have (the leader chose fewer tables): they
 * lose their seat and are seated again by the next distribution, rather than moved at random now.
 */
export function seatedAtRemovedTables(assignments: ReadonlyMap<string, string>, groups: readonly TableGroup[]): string[] {
	const kept = new Set(groups.map((group) => group.key));
	return [...assignments].filter(([, key]) => !kept.has(key)).map(([participant]) => participant);
}

/** How many people sit at each group, every group listed (empty ones as 0). */
export function groupSizes(assignments: ReadonlyMap<string, string>, groups: readonly TableGroup[]): Map<string, number> {
	const sizes = new Map(groups.map((group) => [group.key, 0]));
	for (const key of assignments.values()) if (sizes.has(key)) sizes.set(key, (sizes.get(key) ?? 0) + 1);
	return sizes;
}

/**
 * Seats someone who joins after the distribution at one of the smallest groups, so sizes stay
 * within one: their preferred group if it is among the smallest, otherwise one of those at random.
 * Someone already seated stays where they are.
 */
export function assignLateJoiner(
	assignments: ReadonlyMap<string, string>,
	groups: readonly TableGroup[],
	participant: string,
	preference: string | null,
	random: RandomSource
): Assignments {
	const next: Assignments = new Map(assignments);
	if (next.has(participant) || groups.length === 0) return next;
	const sizes = groupSizes(assignments, groups);
	const smallest = Math.min(...sizes.values());
	const candidates = groups.map((group) => group.key).filter((key) => sizes.get(key) === smallest);
	const choice =
		preference !== null && candidates.includes(preference)
			? preference
			: (candidates[Math.min(candidates.length - 1, Math.floor(random() * candidates.length))] as string);
	next.set(participant, choice);
	return next;
}

export type MoveResult =
	| { ok: true; assignments: Assignments }
	| { ok: false; problem: 'unknown_participant' | 'unknown_group' };

/**
 * The leader moves someone to another group. Balance is the leader's call here: a move may make
 * one group two larger than another.
 */
export function move(
	assignments: ReadonlyMap<string, string>,
	groups: readonly TableGroup[],
	participant: string,
	toGroup: string
): MoveResult {
	if (!assignments.has(participant)) return { ok: false, problem: 'unknown_participant' };
	if (!groups.some((group) => group.key === toGroup)) return { ok: false, problem: 'unknown_group' };
	const next: Assignments = new Map(assignments);
	next.set(participant, toGroup);
	return { ok: true, assignments: next };
}
