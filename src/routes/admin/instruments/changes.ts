/** The changes between two versions as sentences for the admin pages, in the reader's language: names, never keys. */
import { instrumentChanges } from '$lib/instrument/changes';
import { categoryName, factorName } from '$lib/instrument/names';
import type { Instrument } from '$lib/instrument/schema';
import { format, type Language } from '$lib/i18n';
import { instrumentWording } from '$lib/instrument/wording';
import type { InstrumentKey } from '$lib/instrument';

/** `key` picks the words: a rubric's changes are to criteria, the self-scan's to factors. */
export function changeLines(from: Instrument, to: Instrument, language: Language, key: InstrumentKey): string[] {
	const m = instrumentWording(language, key);
	const changes = instrumentChanges(from, to);
	const phaseNames = (phases: readonly number[]) => phases.map((phase) => to.phases[phase - 1]!.name[language]).join(', ');
	return [
		...changes.categoriesAdded.map((c) => format(m.changeCategoryAdded, { name: c.name[language] })),
		...changes.categoriesRenamed.map((c) => format(m.changeCategoryRenamed, { from: c.from[language], to: c.to[language] })),
		...changes.categoriesDropped.map((c) => format(m.changeCategoryDropped, { name: c.name[language] })),
		...changes.renamed.map((c) => format(m.changeRenamed, { from: c.from[language], to: c.to[language] })),
		...changes.added.map((c) => format(m.changeAdded, { name: c.name[language], category: categoryName(to, c.categoryKey, language) })),
		...changes.dropped.map((c) => format(m.changeDropped, { name: c.name[language] })),
		...changes.descriptorsChanged.map((c) => format(m.changeDescriptors, { name: factorName(to, c.key, language), phases: phaseNames(c.phases) })),
		...changes.moved.map((c) => format(m.changeMoved, { name: factorName(to, c.key, language), from: categoryName(from, c.from, language), to: categoryName(to, c.to, language) })),
		...changes.reordered.map((c) => format(m.changeReordered, { category: c.name[language] })),
		...changes.questionsAdded.map((q) => format(m.changeQuestionAdded, { text: q.text[language], kind: m.questionKinds[q.kind] })),
		...changes.questionsChanged.map((q) => format(m.changeQuestionChanged, { text: q.text[language] })),
		...changes.questionsDropped.map((q) => format(m.changeQuestionDropped, { text: q.text[language] }))
	];
}
