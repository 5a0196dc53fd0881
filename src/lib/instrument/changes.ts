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
import { factorsOf, type Instrument, type Phase, type Question } from './schema';

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

export interface CategoryPresence {
	key: string;
	name: Localised;
}

export interface InstrumentChanges {
	renamed: FactorRename[];
	added: FactorPresence[];
	dropped: FactorPresence[];
	descriptorsChanged: DescriptorChange[];
	/** Factors now under another category (an action plan's priority per category may shift). */
	moved: CategoryMove[];
	/** Categories (in the new version) whose factors that were already there are asked in another order. */
	reordered: CategoryPresence[];
	categoriesAdded: CategoryPresence[];
	categoriesDropped: CategoryPresence[];
	categoriesRenamed: FactorRename[];
	/** The institution's own questions, matched by key like factors. */
	questionsAdded: Question[];
	questionsDropped: Question[];
	/** Questions whose text or kind is different (a kind change means old answers read differently). */
	questionsChanged: Question[];
}

const sameText = (a: Localised, b: Localised) => a.nl === b.nl && a.en === b.en;

/** The changes from `from` to `to`, each list in the order of the instrument it comes from. */
export function instrumentChanges(from: Instrument, to: Instrument): InstrumentChanges {
	const before = new Map(factorsOf(from).map((ref) => [ref.factor.key, ref]));
	const after = new Map(factorsOf(to).map((ref) => [ref.factor.key, ref]));
	const changes: InstrumentChanges = {
		renamed: [],
		added: [],
		dropped: [],
		descriptorsChanged: [],
		moved: [],
		reordered: [],
		categoriesAdded: [],
		categoriesDropped: [],
		categoriesRenamed: [],
		questionsAdded: [],
		questionsDropped: [],
		questionsChanged: []
	};
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
	compareCategories(from, to, changes);
	compareQuestions(from.questions, to.questions, changes);
	return changes;
}

function compareCategories(from: Instrument, to: Instrument, changes: InstrumentChanges): void {
	const before = new Map(from.categories.map((category) => [category.key, category]));
	const after = new Set(to.categories.map((category) => category.key));
	for (const category of from.categories) if (!after.has(category.key)) changes.categoriesDropped.push({ key: category.key, name: category.name });
	for (const category of to.categories) {
		const old = before.get(category.key);
		if (!old) {
			changes.categoriesAdded.push({ key: category.key, name: category.name });
			continue;
		}
		if (!sameText(old.name, category.name)) changes.categoriesRenamed.push({ key: category.key, from: old.name, to: category.name });
		// Only the factors in both: an added or dropped factor is reported as such, not as a new order.
		const stayed = new Set(category.factors.map((factor) => factor.key));
		const oldOrder = old.factors.map((factor) => factor.key).filter((key) => stayed.has(key));
		const kept = new Set(oldOrder);
		const newOrder = category.factors.map((factor) => factor.key).filter((key) => kept.has(key));
		if (oldOrder.join() !== newOrder.join()) changes.reordered.push({ key: category.key, name: category.name });
	}
}

function compareQuestions(from: readonly Question[], to: readonly Question[], changes: InstrumentChanges): void {
	const before = new Map(from.map((question) => [question.key, question]));
	const after = new Set(to.map((question) => question.key));
	for (const question of from) if (!after.has(question.key)) changes.questionsDropped.push(question);
	for (const question of to) {
		const old = before.get(question.key);
		if (!old) changes.questionsAdded.push(question);
		else if (old.kind !== question.kind || !sameText(old.text, question.text)) changes.questionsChanged.push(question);
	}
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
