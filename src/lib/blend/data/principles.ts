/**
 * The principles a design is checked against, each with the question the team answers about its
 * own design. From the HAN note's educational principles for blended learning (seed `004_…`,
 * section 3, "Onderwijskundige uitgangspunten") and the reading guide's aims (seed `001_…`:
 * activeren, intensiveren van de contacttijd, personaliseren, authentiseren), in our own words.
 * An institution adds its own as content data.
 */
import type { Localised } from '$lib/i18n';

export interface Principle {
	key: string;
	title: Localised;
	question: Localised;
}

export const DEFAULT_PRINCIPLES: Principle[] = [
	{
		key: 'bewuste-blend',
		title: { nl: 'Een bewuste keuze voor de blend', en: 'A deliberate choice of blend' },
		question: {
			nl: 'Waarom past deze mix van leeromgevingen en leeractiviteiten bij de beoogde leeruitkomsten?',
			en: 'Why does this mix of learning environments and activities fit the intended learning outcomes?'
		}
	},
	{
		key: 'werkveld',
		title: { nl: 'Uitgaan van het werkveld', en: 'Starting from the profession' },
		question: {
			nl: 'Welke eisen van het werkveld of het beroepsprofiel komen in het ontwerp terug, en waar?',
			en: 'Which demands of the profession or its profile does the design take up, and where?'
		}
	},
	{
		key: 'leervraag-student',
		title: { nl: 'Aansluiten bij de student', en: 'Meeting the student’s needs' },
		question: {
			nl: 'Hoe sluit het ontwerp aan bij de leervraag en leerbehoeften van deze studenten?',
			en: 'How does the design meet these students’ learning questions and needs?'
		}
	},
	{
		key: 'actief-leren',
		title: { nl: 'Actief en diepgaand leren', en: 'Active and deep learning' },
		question: {
			nl: 'Waar is het leren actief, constructief, collaboratief, authentiek, contextueel of innovatief?',
			en: 'Where is learning active, constructive, collaborative, authentic, contextual or innovative?'
		}
	},
	{
		key: 'veilig-toegankelijk',
		title: { nl: 'Een veilige en toegankelijke leeromgeving', en: 'A safe and accessible learning environment' },
		question: {
			nl: 'Hoe is de leeromgeving veilig en toegankelijk, ook voor studenten met een beperking of bijzondere omstandigheden?',
			en: 'How is the learning environment safe and accessible, also for students with a disability or special circumstances?'
		}
	},
	{
		key: 'open-materialen',
		title: { nl: 'Open leermaterialen', en: 'Open learning materials' },
		question: {
			nl: 'Welke open (digitale) leermaterialen gebruikt het ontwerp?',
			en: 'Which open (digital) learning materials does the design use?'
		}
	},
	{
		key: 'keuzes-en-planning',
		title: { nl: 'Heldere organisatie en planning', en: 'Clear organisation and planning' },
		question: {
			nl: 'Hoe helpen de organisatie en planning studenten om keuzes te maken en hun eigen leren te sturen?',
			en: 'How do the organisation and planning help students make choices and steer their own learning?'
		}
	},
	{
		key: 'contacttijd',
		title: { nl: 'Contacttijd intensiveren', en: 'Intensifying contact time' },
		question: {
			nl: 'Waarvoor wordt de tijd samen (op de campus of synchroon online) gebruikt, en is dat waarvoor samen zijn nodig is?',
			en: 'What is the time together (on campus or synchronously online) used for, and is that what being together is needed for?'
		}
	},
	{
		key: 'personaliseren',
		title: { nl: 'Personaliseren', en: 'Personalising' },
		question: {
			nl: 'Welke keuze hebben studenten in tijd, plaats, vorm en tempo?',
			en: 'What choice do students have in time, place, form and pace?'
		}
	},
	{
		key: 'evidence-informed',
		title: { nl: 'Evidence-informed ontwerpen en evalueren', en: 'Evidence-informed design and evaluation' },
		question: {
			nl: 'Op welke ontwerpprincipes steunt het ontwerp, en hoe evalueert het team of het werkt?',
			en: 'Which design principles does the design rest on, and how will the team evaluate whether it works?'
		}
	}
];
