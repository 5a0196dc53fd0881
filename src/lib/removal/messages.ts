import { defineMessages } from '$lib/i18n/define';

/** Deleting a scan, workshop or survey: the confirmation page and what the lists say afterwards. */
export const removal = defineMessages(
	{
		link: {
			scan: 'Deze scan verwijderen',
			workshop: 'Deze workshop verwijderen',
			survey: 'Deze brede scan verwijderen'
		},
		sectionTitle: 'Verwijderen',
		sectionIntro: 'Wie dit heeft gemaakt en de beheerders van de instelling kunnen het verwijderen, met alles wat erbij hoort.',
		title: {
			scan: 'Scan verwijderen',
			workshop: 'Workshop verwijderen',
			survey: 'Brede scan verwijderen'
		},
		intro: 'Je staat op het punt dit te verwijderen:',
		whatGoes: 'Hiermee verdwijnt:',
		parts: {
			scanAnswers: { one: 'het antwoord op {count} factor, met wat daarvoor nodig is', other: 'de antwoorden op {count} factoren, met wat daarvoor nodig is' },
			workshopParticipants: { one: '{count} deelnemer met zijn of haar eigen scores', other: '{count} deelnemers met hun eigen scores' },
			workshopSheets: 'de werkbladen van de tafels en de antwoorden van terugblik en vooruitblik',
			surveyResponses: { one: '{count} ingevulde vragenlijst en het rapport', other: '{count} ingevulde vragenlijsten en het rapport' },
			surveyDrafts: 'antwoorden die respondenten hebben bewaard maar nog niet verzonden',
			plan: { one: 'het actieplan met {count} actiepunt', other: 'het actieplan met {count} actiepunten' },
			shareLink: 'de link waarmee anderen het resultaat konden lezen'
		},
		irreversible: 'Dit kan niet ongedaan worden gemaakt. Wil je het actieplan bewaren, download het dan eerst.',
		confirm: 'Definitief verwijderen',
		keep: 'Niet verwijderen, terug',
		done: {
			scan: 'De scan "{title}" is verwijderd.',
			workshop: 'De workshop "{title}" is verwijderd.',
			survey: 'De brede scan "{title}" is verwijderd.'
		}
	},
	{
		link: {
			scan: 'Delete this scan',
			workshop: 'Delete this workshop',
			survey: 'Delete this institution-wide scan'
		},
		sectionTitle: 'Delete',
		sectionIntro: 'Whoever made it and the institution’s administrators can delete it, with everything that belongs to it.',
		title: {
			scan: 'Delete scan',
			workshop: 'Delete workshop',
			survey: 'Delete institution-wide scan'
		},
		intro: 'You are about to delete this:',
		whatGoes: 'This removes:',
		parts: {
			scanAnswers: { one: 'the answer on {count} factor, with what is needed', other: 'the answers on {count} factors, with what is needed' },
			workshopParticipants: { one: '{count} participant with their own scores', other: '{count} participants with their own scores' },
			workshopSheets: 'the tables’ worksheets and the look-back and look-ahead answers',
			surveyResponses: { one: '{count} completed questionnaire and the report', other: '{count} completed questionnaires and the report' },
			surveyDrafts: 'answers respondents saved but have not sent yet',
			plan: { one: 'the action plan with {count} action point', other: 'the action plan with {count} action points' },
			shareLink: 'the link others could use to read the result'
		},
		irreversible: 'This cannot be undone. If you want to keep the action plan, download it first.',
		confirm: 'Delete for good',
		keep: 'Do not delete, go back',
		done: {
			scan: 'The scan "{title}" has been deleted.',
			workshop: 'The workshop "{title}" has been deleted.',
			survey: 'The institution-wide scan "{title}" has been deleted.'
		}
	}
);
