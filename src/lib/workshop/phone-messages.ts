import { defineMessages } from '$lib/i18n/define';

/**
 * The texts of a participant's phone in step 3: one card at a time, the own score and the
 * table's score told apart, the forms that work without JavaScript, who is at the table, and the
 * institution's own questions.
 */
export const workshopPhone = defineMessages(
	{
		factorOf: 'Factor {n} van {total}',
		cardOf: 'Kaart {n} van {total}',
		previous: 'Vorige',
		next: 'Volgende',
		cardsNav: 'Kaarten van het werkblad',
		planCard: '{category}: prioriteit en actiepunten',
		tasksAgain: 'Wat is de opdracht ook alweer?',
		ownBadge: 'Jij',
		ownHeading: 'Eerst ieder voor zich: jouw eigen score',
		ownHint: 'Alleen jij ziet je eigen score. De tafel ziet alleen hoe de scores gespreid zijn.',
		tableBadge: 'Tafel',
		tableHeading: 'Daarna samen: de score van de tafel',
		tableHint: 'Vul dit in als jullie het eens zijn. Iedereen aan tafel ziet en verandert dezelfde score.',
		saveOwn: 'Mijn score bewaren',
		saveTable: 'Bewaren voor de tafel',
		newPoint: 'Nieuw actiepunt',
		savedForTable: 'Bewaard voor de tafel.',
		savedOwn: 'Je score is bewaard.',
		presenceNames: 'Aan tafel: {names}',
		presenceCount: '{n} mensen aan tafel',
		presenceAlone: 'Alleen jij bent nu aan tafel',
		typingAt: '{names} typt bij {place}',
		someoneTypingAt: 'Iemand typt bij {place}',
		someoneTypingHere: 'Iemand anders typt hier',
		questionsIntro:
			'Deze vragen voegde jouw instelling zelf toe. Ieder antwoordt voor zich; je antwoord komt zonder je naam in het resultaat van de workshop.',
		saveAnswers: 'Antwoorden bewaren',
		answersSaved: 'Je antwoorden zijn bewaard.',
		summaryPhase: '{count} × {phase}',
		summaryUnknown: '{count} × weet ik niet',
		errors: {
			unknownQuestion: 'Deze vraag hoort niet bij deze workshop.',
			invalidPhase: 'Kies een fase of “weet ik niet”.',
			tooLong: 'Dit antwoord is te lang.',
			notEditable: 'Er kan nu niets meer worden ingevuld: de tafels werken alleen in stap 3.'
		}
	},
	{
		factorOf: 'Factor {n} of {total}',
		cardOf: 'Card {n} of {total}',
		previous: 'Previous',
		next: 'Next',
		cardsNav: 'Cards of the worksheet',
		planCard: '{category}: priority and action points',
		tasksAgain: 'What was the task again?',
		ownBadge: 'You',
		ownHeading: 'First on your own: your own score',
		ownHint: 'Only you see your own score. The table sees only how the scores are spread.',
		tableBadge: 'Table',
		tableHeading: 'Then together: the table’s score',
		tableHint: 'Fill this in once you agree. Everyone at the table sees and changes the same score.',
		saveOwn: 'Save my score',
		saveTable: 'Save for the table',
		newPoint: 'New action point',
		savedForTable: 'Saved for the table.',
		savedOwn: 'Your score is saved.',
		presenceNames: 'At the table: {names}',
		presenceCount: '{n} people at the table',
		presenceAlone: 'Only you are at the table now',
		typingAt: '{names} is typing at {place}',
		someoneTypingAt: 'Someone is typing at {place}',
		someoneTypingHere: 'Someone else is typing here',
		questionsIntro:
			'Your institution added these questions itself. Everyone answers on their own; your answer goes into the workshop’s result without your name.',
		saveAnswers: 'Save answers',
		answersSaved: 'Your answers are saved.',
		summaryPhase: '{count} × {phase}',
		summaryUnknown: '{count} × don’t know',
		errors: {
			unknownQuestion: 'This question does not belong to this workshop.',
			invalidPhase: 'Choose a phase or “don’t know”.',
			tooLong: 'This answer is too long.',
			notEditable: 'Nothing can be filled in now: the tables work only in step 3.'
		}
	}
);
