/**
 * What changed between two versions of an instrument, factor by factor. Factors are matched by
 * their stable key, never by position or name: a renamed factor is the same factor, so scores
 * from before and after the rename can still be compared. Reports over time (an institution's
 * scans across versions) use this to say which factors mean something different now.
 *
 * @example
 * const changes = instrumentChanges(v1, v2);
 * changes.renamed; // [{ key: 'doelstellingen', from: {nl: 'Doelstellingen…'}, to: {nl: 'Doelen…'} }]
 */
import type { Localised } from '$lib/i18n';
import { factorsOf, type Instrument, type Phase } from './schema';

export interface FactorRename {
	key: string;
	from: Localised;
	to: Localised;
}

export interface FactorPresence {
	key: string;
	name: Localised;
	categoryKey: string;
}

export interface DescriptorChange {
	key: string;
	/** The phases (1–3) whose descriptor reads differently, in Dutch or English. */
	phases: Phase[];
}

export interface CategoryMove {
	key: string;
	from: string;
	to: string;
}

export interface InstrumentChanges {
	renamed: FactorRename[];
	added: FactorPresence[];
	dropped: FactorPresence[];
	descriptorsChanged: DescriptorChange[];
	/** Factors now under another category (an action plan's priority per category may shift). */
	moved: CategoryMove[];
}

const sameText = (a: Localised, b: Localised) => a.nl === b.nl && a.en === b.en;

/** The changes from `from` to `to`, each list in the order of the instrument it comes from. */
export function instrumentChanges(from: Instrument, to: Instrument): InstrumentChanges {
	const before = new Map(factorsOf(from).map((ref) => [ref.factor.key, ref]));
	const after = new Map(factorsOf(to).map((ref) => [ref.factor.key, ref]));
	const changes: InstrumentChanges = { renamed: [], added: [], dropped: [], descriptorsChanged: [], moved: [] };
	for (const [key, { factor, category }] of before) {
		if (!after.has(key)) changes.dropped.push({ key, name: factor.name, categoryKey: category.key });
	}
	for (const [key, { factor, category }] of after) {
		const old = before.get(key);
		if (!old) {
			changes.added.push({ key, name: factor.name, categoryKey: category.key });
			continue;
		}
		if (!sameText(old.factor.name, factor.name)) changes.renamed.push({ key, from: old.factor.name, to: factor.name });
		const phases = ([1, 2, 3] as const).filter((phase) => !sameText(old.factor.descriptors[phase - 1]!, factor.descriptors[phase - 1]!));
		if (phases.length > 0) changes.descriptorsChanged.push({ key, phases });
		if (old.category.key !== category.key) changes.moved.push({ key, from: old.category.key, to: category.key });
	}
	return changes;
}

/** Whether a factor reads or sits differently in the two versions (a comparison should flag it). */
export function factorChanged(changes: InstrumentChanges, key: string): boolean {
	return [changes.renamed, changes.added, changes.dropped, changes.descriptorsChanged, changes.moved].some((list) =>
		list.some((entry) => entry.key === key)
	);
}

export function hasChanges(changes: InstrumentChanges): boolean {
	return Object.values(changes).some((list: unknown[]) => list.length > 0);
}
