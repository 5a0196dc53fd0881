/**
 * The six learning types of Laurillard's conversational framework, as ABC learning design uses them
 * on its cards: what students do, not what the teacher delivers. The names and explanations are
 * ours, in Dutch and English; the types and their meaning come from the sources below.
 *
 * Sources:
 * - Laurillard, D. (2012). *Teaching as a Design Science: Building Pedagogical Patterns for Learning
 *   and Technology.* Routledge. (The six learning types.)
 * - Young, C. & Perović, N. (2016). *Rapid and Creative Course Design: As Easy as ABC?* Procedia –
 *   Social and Behavioral Sciences 228, 390–395; UCL ABC Learning Design toolkit (CC BY-NC-SA),
 *   abc-ld.org. (The cards, each type with examples of what students do.)
 */
import type { Localised } from '$lib/i18n';

export const LEARNING_TYPE_IDS = ['acquisition', 'inquiry', 'practice', 'discussion', 'collaboration', 'production'] as const;
export type LearningTypeId = (typeof LEARNING_TYPE_IDS)[number];

export interface LearningType {
	id: LearningTypeId;
	name: Localised;
	/** What students do in it, in one sentence. */
	description: Localised;
}

export const LEARNING_TYPES: readonly LearningType[] = [
	{
		id: 'acquisition',
		name: { nl: 'Kennis opnemen', en: 'Acquisition' },
		description: {
			nl: 'Studenten lezen, luisteren of kijken: een hoorcollege, een tekst, een video, een demonstratie.',
			en: 'Students read, listen or watch: a lecture, a text, a video, a demonstration.'
		}
	},
	{
		id: 'inquiry',
		name: { nl: 'Onderzoeken', en: 'Inquiry' },
		description: {
			nl: 'Studenten zoeken zelf uit: bronnen zoeken en vergelijken, gegevens verzamelen en analyseren.',
			en: 'Students find out for themselves: searching and comparing sources, collecting and analysing data.'
		}
	},
	{
		id: 'practice',
		name: { nl: 'Oefenen', en: 'Practice' },
		description: {
			nl: 'Studenten passen toe en krijgen feedback op wat ze doen: opdrachten, simulaties, formatieve toetsen, vaardigheden trainen.',
			en: 'Students apply what they learn and get feedback on it: exercises, simulations, formative tests, skills training.'
		}
	},
	{
		id: 'discussion',
		name: { nl: 'Discussiëren', en: 'Discussion' },
		description: {
			nl: 'Studenten verwoorden hun ideeën en reageren op die van anderen: een debat, een forum, een werkcollege met vragen.',
			en: 'Students put their ideas into words and respond to those of others: a debate, a forum, a seminar with questions.'
		}
	},
	{
		id: 'collaboration',
		name: { nl: 'Samenwerken', en: 'Collaboration' },
		description: {
			nl: 'Studenten maken samen iets waarvoor ze elkaars inbreng nodig hebben: een groepsproject, een gedeeld document, peer review.',
			en: 'Students make something together that needs each other’s input: a group project, a shared document, peer review.'
		}
	},
	{
		id: 'production',
		name: { nl: 'Produceren', en: 'Production' },
		description: {
			nl: 'Studenten laten zien wat ze geleerd hebben door iets te maken: een verslag, een presentatie, een ontwerp, een portfolio.',
			en: 'Students show what they have learned by making something: a report, a presentation, a design, a portfolio.'
		}
	}
];

export const LEARNING_TYPE_SOURCES: readonly string[] = [
	'Laurillard, D. (2012). Teaching as a Design Science: Building Pedagogical Patterns for Learning and Technology. Routledge.',
	'Young, C. & Perović, N. (2016). Rapid and Creative Course Design: As Easy as ABC? Procedia – Social and Behavioral Sciences 228, 390–395.',
	'UCL ABC Learning Design toolkit (CC BY-NC-SA), https://abc-ld.org'
];

export function isLearningType(value: string): value is LearningTypeId {
	return (LEARNING_TYPE_IDS as readonly string[]).includes(value);
}
