import { defineMessages } from '$lib/i18n/define';

export const scan = defineMessages(
	{
		scansTitle: 'Zelfscans',
		scansIntro:
			'Breng in kaart hoe jouw instelling of onderdeel ervoor staat met de organisatorische randvoorwaarden voor blended leren, waar je heen wilt en wat daarvoor nodig is.',
		noScans: 'Nog geen scans. Begin met een nieuwe scan.',
		newScan: 'Nieuwe scan',
		scanListProgress: '{answered} van {total} factoren',
		continueScan: 'Verder met de scan',
		viewResult: 'Resultaat en actieplan',
		newScanTitle: 'Nieuwe zelfscan',
		scanTitle: 'Titel van de scan',
		scanTitleHint: 'Bijvoorbeeld: Zelfscan Faculteit Gezondheid, najaar 2026',
		startScan: 'Scan starten',
		errors: {
			phaseInvalid: 'Kies fase 1, 2 of 3, of "weet ik niet".',
			factorUnknown: 'Deze factor hoort niet bij deze scan.'
		},
		progressLabel: 'Voortgang',
		progressText: '{answered} van {total} factoren beantwoord',
		categoryNav: 'Categorieën van de scan',
		categoryStep: 'Categorie {n} van {total}: {name}',
		instructions:
			'Lees per factor de drie fasen. Kies waar jullie nu staan en waar jullie heen willen, en schrijf op wat daarvoor nodig is. Elk antwoord wordt bewaard zodra je het geeft; je kunt altijd stoppen en later verder.',
		groupNow: '{factor}: waar staan we nu?',
		groupTo: '{factor}: waar willen we heen?',
		saveAnswer: 'Antwoord opslaan',
		answerSaved: 'Antwoord voor {factor} opgeslagen.',
		previousCategory: 'Vorige categorie',
		nextCategory: 'Volgende categorie',
		toResult: 'Naar resultaat en actieplan',
		offlineNotice: 'Geen verbinding. Je antwoorden blijven op dit scherm staan en worden verstuurd zodra er weer verbinding is.',
		sources: 'Bronnen',
		resultTitle: 'Resultaat en actieplan',
		incomplete: 'Deze scan is nog niet af: {answered} van {total} factoren beantwoord.',
		continueAnswering: 'Verder invullen',
	},
	{
		scansTitle: 'Self-scans',
		scansIntro:
			'Map where your institution or unit stands on the organisational conditions for blended learning, where you want to go, and what that takes.',
		noScans: 'No scans yet. Start with a new scan.',
		newScan: 'New scan',
		scanListProgress: '{answered} of {total} factors',
		continueScan: 'Continue the scan',
		viewResult: 'Result and action plan',
		newScanTitle: 'New self-scan',
		scanTitle: 'Title of the scan',
		scanTitleHint: 'For example: Self-scan Faculty of Health, autumn 2026',
		startScan: 'Start scan',
		errors: {
			phaseInvalid: 'Choose phase 1, 2 or 3, or "don\'t know".',
			factorUnknown: 'This factor is not part of this scan.'
		},
		progressLabel: 'Progress',
		progressText: '{answered} of {total} factors answered',
		categoryNav: 'Categories of the scan',
		categoryStep: 'Category {n} of {total}: {name}',
		instructions:
			'For each factor, read the three phases. Choose where you stand now and where you want to go, and write down what that takes. Every answer is saved as you give it; you can stop at any time and continue later.',
		groupNow: '{factor}: where are we now?',
		groupTo: '{factor}: where do we want to go?',
		saveAnswer: 'Save answer',
		answerSaved: 'Answer for {factor} saved.',
		previousCategory: 'Previous category',
		nextCategory: 'Next category',
		toResult: 'To result and action plan',
		offlineNotice: 'No connection. Your answers stay on this screen and are sent as soon as the connection is back.',
		sources: 'Sources',
		resultTitle: 'Result and action plan',
		incomplete: 'This scan is not complete yet: {answered} of {total} factors answered.',
		continueAnswering: 'Continue answering',
	}
);
