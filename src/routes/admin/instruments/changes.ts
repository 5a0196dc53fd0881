/** The changes between two versions as sentences for the admin pages, in the reader's language. */
import { instrumentChanges } from '$lib/instrument/changes';
import type { Instrument } from '$lib/instrument/schema';
import { format, messages, type Language } from '$lib/i18n';

export function changeLines(from: Instrument, to: Instrument, language: Language): string[] {
	const m = messages(language).instruments;
	const changes = instrumentChanges(from, to);
	return [
		...changes.renamed.map((c) => format(m.changeRenamed, { key: c.key, from: c.from[language], to: c.to[language] })),
		...changes.added.map((c) => format(m.changeAdded, { key: c.key, name: c.name[language] })),
		...changes.dropped.map((c) => format(m.changeDropped, { key: c.key, name: c.name[language] })),
		...changes.descriptorsChanged.map((c) => format(m.changeDescriptors, { key: c.key, phases: c.phases.join(', ') })),
		...changes.moved.map((c) => format(m.changeMoved, { key: c.key, from: c.from, to: c.to }))
	];
}
