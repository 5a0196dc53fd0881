import { defineMessages } from '$lib/i18n/define';

/**
 * Texts of the blend designer's domain: the choices an activity offers and what is wrong with a
 * posted field. The learning types' names are content (`learning-types.ts`), the environments'
 * names the Bloem's petals (`$lib/toolkit`).
 */
export const blend = defineMessages(
	{
		synchrony: { sync: 'Synchroon (samen op hetzelfde moment)', async: 'Asynchroon (in eigen tijd)' },
		synchronyShort: { sync: 'Synchroon', async: 'Asynchroon' },
		grouping: { individual: 'Individueel', group: 'In groepen' },
		teacherRole: { leads: 'Leidt de activiteit', guides: 'Begeleidt', feedback: 'Geeft feedback', none: 'Niet aanwezig' },
		studyLoadUnit: { ec: 'EC', hours: 'uur' },
		figures: {
			heart: 'Blend',
			bloemTitle: 'De blend op de Blended Leren Bloem',
			bloemIntro: 'Een bloem met een blad per leeromgeving; hoe groter het blad, hoe meer studietijd er plaatsvindt. In totaal {total}.',
			learningTypesTitle: 'Soorten leren',
			synchronyTitle: 'Synchroon en asynchroon',
			timelineTitle: 'Studietijd per week en leeromgeving',
			week: 'Week',
			hoursAxis: 'uren'
		},
		hours: { one: '{hours} uur', other: '{hours} uur' },
		load: {
			under: 'Gepland: {planned}, {difference} minder dan de studielast van {load}.',
			fits: 'Gepland: {planned}, dat past bij de studielast van {load}.',
			over: 'Gepland: {planned}, {difference} meer dan de studielast van {load}.'
		},
		fields: {
			title: 'Titel',
			period: 'Periode',
			studyLoad: 'Studielast',
			weeks: 'Aantal weken',
			outcomes: 'Beoogde leeruitkomsten',
			activityTitle: 'Wat doen studenten?',
			outcomeIds: 'Leeruitkomsten',
			environment: 'Leeromgeving',
			synchronyLabel: 'Synchroon of asynchroon',
			groupingLabel: 'Individueel of in groepen',
			learningType: 'Soort leren',
			activityWeeks: 'Weken',
			hours: 'Studie-uren',
			teacherRoleLabel: 'Rol van de docent',
			notes: 'Notities'
		},
		problems: {
			required: 'Vul dit in.',
			too_long: 'Dit is te lang.',
			not_a_number: 'Vul een getal in, bijvoorbeeld 5 of 2,5.',
			out_of_range: 'Dit getal kan niet: het valt buiten wat mogelijk is.',
			unknown_choice: 'Kies een van de mogelijkheden.',
			weeks_format: 'Schrijf de weken als getallen en reeksen, bijvoorbeeld 1-3, 5.',
			weeks_outside_course: 'Een van deze weken valt na de laatste week van de cursus.',
			too_many: 'Dit zijn er te veel.',
			unknown_outcome: 'Een van deze leeruitkomsten bestaat niet (meer); kies opnieuw.'
		}
	},
	{
		synchrony: { sync: 'Synchronous (together at the same time)', async: 'Asynchronous (in one’s own time)' },
		synchronyShort: { sync: 'Synchronous', async: 'Asynchronous' },
		grouping: { individual: 'Individual', group: 'In groups' },
		teacherRole: { leads: 'Leads the activity', guides: 'Guides', feedback: 'Gives feedback', none: 'Not present' },
		studyLoadUnit: { ec: 'EC', hours: 'hours' },
		figures: {
			heart: 'Blend',
			bloemTitle: 'The blend on the Blended Learning Flower',
			bloemIntro: 'A flower with a petal per learning environment; the larger the petal, the more study time takes place there. In all {total}.',
			learningTypesTitle: 'Learning types',
			synchronyTitle: 'Synchronous and asynchronous',
			timelineTitle: 'Study time per week and learning environment',
			week: 'Week',
			hoursAxis: 'hours'
		},
		hours: { one: '{hours} hour', other: '{hours} hours' },
		load: {
			under: 'Planned: {planned}, {difference} less than the study load of {load}.',
			fits: 'Planned: {planned}, which fits the study load of {load}.',
			over: 'Planned: {planned}, {difference} more than the study load of {load}.'
		},
		fields: {
			title: 'Title',
			period: 'Period',
			studyLoad: 'Study load',
			weeks: 'Number of weeks',
			outcomes: 'Intended learning outcomes',
			activityTitle: 'What do students do?',
			outcomeIds: 'Learning outcomes',
			environment: 'Learning environment',
			synchronyLabel: 'Synchronous or asynchronous',
			groupingLabel: 'Individual or in groups',
			learningType: 'Learning type',
			activityWeeks: 'Weeks',
			hours: 'Study hours',
			teacherRoleLabel: 'Teacher’s role',
			notes: 'Notes'
		},
		problems: {
			required: 'Please fill this in.',
			too_long: 'This is too long.',
			not_a_number: 'Enter a number, for example 5 or 2.5.',
			out_of_range: 'This number is not possible: it is outside what can be.',
			unknown_choice: 'Choose one of the options.',
			weeks_format: 'Write the weeks as numbers and ranges, for example 1-3, 5.',
			weeks_outside_course: 'One of these weeks falls after the course’s last week.',
			too_many: 'These are too many.',
			unknown_outcome: 'One of these learning outcomes no longer exists; choose again.'
		}
	}
);
