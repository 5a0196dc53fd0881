/**
 * The default hints, from the HAN note's principles for a blend (seed `004_…`, section 3: what
 * each environment is best used for; "actief, constructief, collaboratief, authentiek, contextueel
 * en innovatief leren"; choice in "tijd, plaats, vorm & tempo") and the reading guide's aims
 * (seed `001_…`: "activeren, intensiveren contacttijd, personaliseren, authentiseren"). The wording
 * is ours. An institution's admin may change, remove or add rules (`hintRulesSchema`).
 */
import type { HintRule } from '../hints';

const anyTime = { measure: { hours: {} }, moreThan: 0 } as const;

export const DEFAULT_HINT_RULES: HintRule[] = [
	{
		id: 'campus-vooral-kennis-opnemen',
		when: { measure: { share: { learningTypes: ['acquisition'] }, of: { environments: ['campus'] } }, atLeast: 0.5 },
		message: {
			nl: 'De helft of meer van de campustijd is kennis opnemen (zoals een hoorcollege). De campus is het best te gebruiken voor interactief werk: samen verdiepen, kennis toepassen, vaardigheden oefenen en samenwerken. Kan het luisteren online, in eigen tijd?',
			en: 'Half or more of the campus time is acquisition (such as a lecture). The campus is best used for interactive work: deepening understanding together, applying knowledge, practising skills and collaborating. Could the listening move online, at the student’s own time?'
		},
		products: ['activerende-werkvormen', 'gesprekskaarten-activerende-blend']
	},
	{
		id: 'online-geen-feedback',
		when: {
			all: [
				{ measure: { hours: { environments: ['online'] } }, moreThan: 0 },
				{ measure: { activities: { environments: ['online'], learningTypes: ['practice', 'discussion', 'collaboration'] } }, atMost: 0 },
				{ measure: { activities: { environments: ['online'], teacherRoles: ['feedback'] } }, atMost: 0 }
			]
		},
		message: {
			nl: 'Online is er geen moment van feedback: geen oefenen, discussiëren of samenwerken, en de docent geeft online geen feedback. Online leent zich goed voor werk delen voor feedback en voor digitale formatieve toetsing.',
			en: 'There is no moment of feedback online: no practice, discussion or collaboration, and the teacher gives no feedback online. Online lends itself well to sharing work for feedback and to digital formative assessment.'
		},
		products: ['digitale-leeromgeving', 'van-doel-naar-tool']
	},
	{
		id: 'online-alleen-individueel',
		when: {
			all: [
				{ measure: { hours: { environments: ['online'] } }, moreThan: 0 },
				{ measure: { activities: { environments: ['online'], grouping: ['group'] } }, atMost: 0 }
			]
		},
		message: {
			nl: 'Online werkt iedere student alleen. Samen online leren vraagt om socialiseren: studenten leren elkaar kennen en gaan samenwerken, ook op afstand.',
			en: 'Online, every student works alone. Learning together online calls for socialisation: students get to know each other and start working together, also at a distance.'
		},
		products: ['socialiseren']
	},
	{
		id: 'geen-werkplek-of-samenleving',
		when: { all: [anyTime, { measure: { hours: { environments: ['werkplek', 'samenleving'] } }, atMost: 0 }] },
		message: {
			nl: 'Het ontwerp gebruikt de werkplek en de samenleving niet. Daar leren studenten van echte, weerbarstige vraagstukken, ervaren ze de context en werken ze met professionals. Past een activiteit buiten de instelling bij de leeruitkomsten?',
			en: 'The design does not use the workplace or society. There students learn from real, unruly problems, experience the context and work with professionals. Would an activity outside the institution fit the learning outcomes?'
		},
		products: ['voorbeelden', 'ontwerpmethodieken']
	},
	{
		id: 'bijna-alles-synchroon',
		when: { all: [anyTime, { measure: { share: { synchrony: ['async'] } }, atMost: 0.1 }] },
		message: {
			nl: 'Bijna alle studietijd is synchroon, op een vast moment. Asynchrone activiteiten geven studenten keuze in tijd, plaats en tempo (personaliseren).',
			en: 'Almost all study time is synchronous, at a set moment. Asynchronous activities give students choice in time, place and pace (personalising).'
		},
		products: ['beginnen-met-blended-leren', 'digitale-leeromgeving']
	},
	{
		id: 'vooral-kennis-opnemen',
		when: { measure: { share: { learningTypes: ['acquisition'] } }, atLeast: 0.5 },
		message: {
			nl: 'De helft of meer van alle studietijd is kennis opnemen. Activeren betekent studenten laten onderzoeken, oefenen, discussiëren, samenwerken en produceren.',
			en: 'Half or more of all study time is acquisition. Activating means letting students inquire, practise, discuss, collaborate and produce.'
		},
		products: ['activerende-werkvormen', 'gesprekskaarten-activerende-blend']
	},
	{
		id: 'niets-gemaakt',
		when: { all: [anyTime, { measure: { activities: { learningTypes: ['production'] } }, atMost: 0 }] },
		message: {
			nl: 'Studenten maken niets waarin ze laten zien wat ze geleerd hebben. Een product, presentatie of portfolio maakt leeruitkomsten zichtbaar, ook voor anderen.',
			en: 'Students make nothing that shows what they have learned. A product, presentation or portfolio makes learning outcomes visible, to others too.'
		},
		products: ['ontwerpmethodieken']
	},
	{
		id: 'geen-samenwerking',
		when: { all: [anyTime, { measure: { activities: { grouping: ['group'] } }, atMost: 0 }] },
		message: {
			nl: 'Er is geen enkele groepsactiviteit. Samenwerkend leren is een van de kwaliteiten waar blended leren naar streeft (collaboratief leren).',
			en: 'There is no group activity at all. Collaborative learning is one of the qualities blended learning aims for.'
		},
		products: ['activerende-werkvormen', 'socialiseren']
	}
];
