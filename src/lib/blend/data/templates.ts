/**
 * Designs a team can start from: an empty course, and a worked example of a 5 EC course whose blend
 * uses all four environments (the example the designer's own tests build by hand, too).
 */
import type { Localised } from '$lib/i18n';
import type { Activity, CourseDesign } from '../design';

export interface DesignTemplate {
	key: string;
	name: Localised;
	description: Localised;
	design: Record<'nl' | 'en', CourseDesign>;
}

type Row = [title: Localised, outcomes: string[], environment: string, synchrony: Activity['synchrony'], grouping: Activity['grouping'], learningType: Activity['learningType'], weeks: number[], hours: number, teacherRole: Activity['teacherRole']];

const RESEARCH_ROWS: Row[] = [
	[{ nl: 'Kennisclip over onderzoeksvragen bekijken', en: 'Watch a short video on research questions' }, ['o1'], 'online', 'async', 'individual', 'acquisition', [1], 3, 'none'],
	[{ nl: 'Werkcollege: de eigen onderzoeksvraag aanscherpen', en: 'Seminar: sharpen your own research question' }, ['o1'], 'campus', 'sync', 'group', 'discussion', [1, 2], 4, 'guides'],
	[{ nl: 'Bronnen zoeken en vergelijken in de bibliotheek', en: 'Find and compare sources in the library' }, ['o1', 'o2'], 'online', 'async', 'individual', 'inquiry', [2], 8, 'none'],
	[{ nl: 'Het praktijkprobleem verkennen bij de opdrachtgever', en: 'Explore the practical problem at the client' }, ['o1'], 'werkplek', 'sync', 'group', 'inquiry', [2, 3], 12, 'none'],
	[{ nl: 'Oefentoets onderzoeksmethoden met directe feedback', en: 'Practice quiz on research methods with instant feedback' }, ['o2'], 'online', 'async', 'individual', 'practice', [3], 4, 'feedback'],
	[{ nl: 'Hoorcollege onderzoeksmethoden', en: 'Lecture on research methods' }, ['o2'], 'campus', 'sync', 'individual', 'acquisition', [3, 4], 4, 'leads'],
	[{ nl: 'Onderzoeksplan schrijven in tweetallen', en: 'Write a research plan in pairs' }, ['o1', 'o2'], 'online', 'async', 'group', 'collaboration', [4, 5], 20, 'none'],
	[{ nl: 'Peerfeedback op elkaars onderzoeksplan', en: 'Peer feedback on each other’s research plan' }, ['o2'], 'online', 'async', 'group', 'discussion', [5], 6, 'feedback'],
	[{ nl: 'Interviews afnemen met bewoners in de wijk', en: 'Interview residents in the neighbourhood' }, ['o2'], 'samenleving', 'sync', 'group', 'inquiry', [6], 16, 'none'],
	[{ nl: 'Analyseren met de eigen gegevens', en: 'Analyse your own data' }, ['o2', 'o3'], 'campus', 'sync', 'group', 'practice', [6, 7], 10, 'guides'],
	[{ nl: 'Het onderzoeksrapport schrijven', en: 'Write the research report' }, ['o3'], 'online', 'async', 'individual', 'production', [7, 8], 40, 'guides'],
	[{ nl: 'De uitkomsten presenteren aan de opdrachtgever', en: 'Present the findings to the client' }, ['o3'], 'werkplek', 'sync', 'group', 'production', [8], 9, 'feedback']
];

const RESEARCH_OUTCOMES: Array<[string, Localised]> = [
	['o1', { nl: 'De student formuleert een onderzoeksvraag bij een praktijkprobleem.', en: 'The student formulates a research question for a practical problem.' }],
	['o2', { nl: 'De student kiest een passende onderzoeksmethode en verantwoordt die keuze.', en: 'The student chooses a suitable research method and justifies the choice.' }],
	['o3', { nl: 'De student rapporteert de uitkomsten aan een opdrachtgever.', en: 'The student reports the findings to a client.' }]
];

function researchCourse(language: 'nl' | 'en'): CourseDesign {
	return {
		title: language === 'nl' ? 'Praktijkgericht onderzoek' : 'Practice-based research',
		period: language === 'nl' ? 'Periode 2' : 'Period 2',
		studyLoad: { unit: 'ec', amount: 5 },
		weeks: 8,
		outcomes: RESEARCH_OUTCOMES.map(([id, text]) => ({ id, text: text[language] })),
		activities: RESEARCH_ROWS.map(([title, outcomeIds, environment, synchrony, grouping, learningType, weeks, hours, teacherRole], i) => ({
			id: `a${i + 1}`,
			title: title[language],
			outcomeIds,
			environment,
			synchrony,
			grouping,
			learningType,
			weeks,
			hours,
			teacherRole,
			notes: ''
		}))
	};
}

const EMPTY_COURSE: CourseDesign = { title: '', period: '', studyLoad: { unit: 'ec', amount: 5 }, weeks: 8, outcomes: [], activities: [] };

export const DESIGN_TEMPLATES: DesignTemplate[] = [
	{
		key: 'leeg',
		name: { nl: 'Leeg ontwerp', en: 'Empty design' },
		description: { nl: 'Begin met een lege cursus van 5 EC in 8 weken.', en: 'Start with an empty 5 EC course of 8 weeks.' },
		design: { nl: EMPTY_COURSE, en: EMPTY_COURSE }
	},
	{
		key: 'voorbeeld-onderzoek',
		name: { nl: 'Voorbeeld: praktijkgericht onderzoek (5 EC)', en: 'Example: practice-based research (5 EC)' },
		description: {
			nl: 'Een uitgewerkte cursus van 8 weken met 12 activiteiten in alle vier de leeromgevingen, om van te leren of aan te passen.',
			en: 'A worked course of 8 weeks with 12 activities in all four environments, to learn from or adapt.'
		},
		design: { nl: researchCourse('nl'), en: researchCourse('en') }
	}
];
