/**
 * The words a room record is described in: layouts, furniture, technology and accessibility, each
 * a closed list with a stable English id (the CSV's and the database's value) and labels in Dutch
 * and English. Closed lists, not free tags, so "find a room" can match on them and an inventory of
 * three hundred rooms does not end up with "beamer", "Beamer" and "projector" as three things.
 *
 * Sources for the lists (names and ids are ours):
 * - EDUCAUSE (2017). *Learning Space Rating System*, version 3: the layout, furnishing, technology
 *   and accessibility credits (e.g. movable furniture, writable surfaces, power at seats, sightlines).
 * - JISC (2006). *Designing Spaces for Effective Learning: A guide to 21st century learning space design.*
 * - Integrale Toegankelijkheid Standaard (ITS), and NEN-EN-IEC 60118-4 for hearing loops.
 * - Laurillard (2012) and the ABC learning design cards for the learning types (src/lib/blend/learning-types.ts).
 */
import type { Localised } from '$lib/i18n';
import type { LearningTypeId } from '$lib/blend/learning-types';

export interface Term<Id extends string = string> {
	id: Id;
	label: Localised;
}

export const LAYOUT_IDS = ['rows', 'islands', 'u-shape', 'circle', 'flexible', 'lab'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];

export const LAYOUTS: readonly Term<LayoutId>[] = [
	{ id: 'rows', label: { nl: 'Rijen (collegeopstelling)', en: 'Rows (lecture)' } },
	{ id: 'islands', label: { nl: 'Eilanden (groepjes)', en: 'Islands (groups)' } },
	{ id: 'u-shape', label: { nl: 'U-vorm', en: 'U-shape' } },
	{ id: 'circle', label: { nl: 'Kring', en: 'Circle' } },
	{ id: 'flexible', label: { nl: 'Flexibel (verplaatsbaar meubilair)', en: 'Flexible (movable furniture)' } },
	{ id: 'lab', label: { nl: 'Practicum- of computerlokaal', en: 'Lab or computer room' } }
];

export const FURNITURE_IDS = ['movable-tables', 'movable-chairs', 'whiteboards', 'writable-walls', 'lectern', 'standing-tables', 'soft-seating'] as const;
export type FurnitureId = (typeof FURNITURE_IDS)[number];

export const FURNITURE: readonly Term<FurnitureId>[] = [
	{ id: 'movable-tables', label: { nl: 'Verplaatsbare tafels', en: 'Movable tables' } },
	{ id: 'movable-chairs', label: { nl: 'Verplaatsbare stoelen', en: 'Movable chairs' } },
	{ id: 'whiteboards', label: { nl: 'Whiteboards', en: 'Whiteboards' } },
	{ id: 'writable-walls', label: { nl: 'Beschrijfbare wanden', en: 'Writable walls' } },
	{ id: 'lectern', label: { nl: 'Katheder', en: 'Lectern' } },
	{ id: 'standing-tables', label: { nl: 'Statafels', en: 'Standing tables' } },
	{ id: 'soft-seating', label: { nl: 'Loungemeubilair', en: 'Soft seating' } }
];

export const TECHNOLOGY_IDS = ['projector', 'large-screen', 'hybrid', 'sound-system', 'wireless-presenting', 'document-camera', 'power-at-seats', 'wifi', 'computers'] as const;
export type TechnologyId = (typeof TECHNOLOGY_IDS)[number];

export const TECHNOLOGY: readonly Term<TechnologyId>[] = [
	{ id: 'projector', label: { nl: 'Projector en scherm', en: 'Projector and screen' } },
	{ id: 'large-screen', label: { nl: 'Groot beeldscherm', en: 'Large display' } },
	{ id: 'hybrid', label: { nl: 'Hybride (camera en microfoons)', en: 'Hybrid (camera and microphones)' } },
	{ id: 'sound-system', label: { nl: 'Geluidsinstallatie', en: 'Sound system' } },
	{ id: 'wireless-presenting', label: { nl: 'Draadloos presenteren', en: 'Wireless presenting' } },
	{ id: 'document-camera', label: { nl: 'Documentcamera', en: 'Document camera' } },
	{ id: 'power-at-seats', label: { nl: 'Stroom bij de zitplaatsen', en: 'Power at the seats' } },
	{ id: 'wifi', label: { nl: 'Wifi voor de hele groep', en: 'Wi-fi for the whole group' } },
	{ id: 'computers', label: { nl: 'Computers voor studenten', en: 'Computers for students' } }
];

export const ACCESSIBILITY_IDS = ['step-free', 'wheelchair-places', 'adjustable-desk', 'hearing-loop', 'quiet'] as const;
export type AccessibilityId = (typeof ACCESSIBILITY_IDS)[number];

export const ACCESSIBILITY: readonly Term<AccessibilityId>[] = [
	{ id: 'step-free', label: { nl: 'Drempelvrij bereikbaar', en: 'Step-free access' } },
	{ id: 'wheelchair-places', label: { nl: 'Plaatsen voor rolstoelgebruikers', en: 'Places for wheelchair users' } },
	{ id: 'adjustable-desk', label: { nl: 'In hoogte verstelbare tafel', en: 'Height-adjustable desk' } },
	{ id: 'hearing-loop', label: { nl: 'Ringleiding', en: 'Hearing loop' } },
	{ id: 'quiet', label: { nl: 'Prikkelarm (stil, rustig licht)', en: 'Low-stimulus (quiet, calm light)' } }
];

export const VOCABULARY_SOURCES: readonly string[] = [
	'EDUCAUSE (2017). Learning Space Rating System, version 3. https://www.educause.edu/eli/initiatives/learning-space-rating-system',
	'JISC (2006). Designing Spaces for Effective Learning: A guide to 21st century learning space design.',
	'Integrale Toegankelijkheid Standaard (ITS), Stichting ITS / Ieder(in).',
	'NEN-EN-IEC 60118-4: Electroacoustics – Hearing aids – Induction-loop systems for assisted hearing.'
];

/**
 * The layouts that suit each learning type, best first: used by "find a room" when the teacher asks
 * for no layout, so a room for a discussion with a circle or U comes before a lecture hall. After
 * EDUCAUSE's LSRS (layouts that support the intended activity) and the ABC cards' examples.
 */
export const LAYOUTS_FOR_LEARNING_TYPE: Readonly<Record<LearningTypeId, readonly LayoutId[]>> = {
	acquisition: ['rows', 'u-shape', 'flexible'],
	inquiry: ['islands', 'lab', 'flexible'],
	practice: ['lab', 'islands', 'flexible'],
	discussion: ['circle', 'u-shape', 'flexible'],
	collaboration: ['islands', 'flexible', 'circle'],
	production: ['islands', 'lab', 'flexible']
};

/** The technology each learning type asks for by default: what "find a room" prefills, the teacher may untick it. */
export const TECHNOLOGY_FOR_LEARNING_TYPE: Readonly<Record<LearningTypeId, readonly TechnologyId[]>> = {
	acquisition: ['projector'],
	inquiry: ['wifi'],
	practice: ['wifi'],
	discussion: [],
	collaboration: ['wifi'],
	production: ['wifi', 'power-at-seats']
};

export function labelOf(terms: readonly Term[], id: string, language: 'nl' | 'en'): string {
	return terms.find((t) => t.id === id)?.label[language] ?? id;
}
