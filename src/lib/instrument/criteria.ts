/**
 * An instrument as its public page shows it, in one language: every criterion (or factor) with its
 * three level (or phase) descriptors, in instrument order, and every note, which for the rubrics
 * name the sources their criteria were written from. Plain data, built on the server, so the page
 * ships only the texts it shows.
 *
 * @example
 * const view = criteriaView(latestInstrument(TOOL_RUBRIC_KEY)!, 'en');
 * view.categories[0].criteria[0].levels[2]; // { short: 'Level 3', name: 'Meets', text: '…' }
 */
import type { Language } from '$lib/i18n';
import type { Instrument } from './schema';

export interface LevelView {
	short: string;
	name: string;
}

export interface CriteriaView {
	key: string;
	version: number;
	title: string;
	description: string;
	levels: LevelView[];
	categories: Array<{ key: string; name: string; criteria: Array<{ key: string; name: string; levels: Array<LevelView & { text: string }> }> }>;
	notes: string[];
}

export function criteriaView(instrument: Instrument, language: Language): CriteriaView {
	const levels = instrument.phases.map((phase) => ({ short: phase.short[language], name: phase.name[language] }));
	return {
		key: instrument.key,
		version: instrument.version,
		title: instrument.title[language],
		description: instrument.description[language],
		levels,
		categories: instrument.categories.map((category) => ({
			key: category.key,
			name: category.name[language],
			criteria: category.factors.map((factor) => ({
				key: factor.key,
				name: factor.name[language],
				levels: factor.descriptors.map((descriptor, i) => ({ ...levels[i]!, text: descriptor[language] }))
			}))
		})),
		notes: instrument.notes.map((note) => note[language])
	};
}
