import { defineMessages } from '$lib/i18n/define';

/** Scoring a tool or a room on its rubric, and what several people's scores add up to. */
export const rating = defineMessages(
	{
		form: {
			intro: 'Kies per criterium het niveau dat het best past en schrijf erbij wat je zag. Past een criterium niet bij dit onderwerp, kies dan “Niet van toepassing”.',
			ownSaved: 'Je beoordeling van {date} staat hieronder; opslaan vervangt hem.',
			level: 'Niveau {n}',
			notApplicable: 'Niet van toepassing / sla over',
			note: 'Toelichting (niet verplicht)',
			noteHint: 'Wat zag je? Hoogstens {max} tekens.',
			save: 'Beoordeling opslaan',
			errorTitle: 'Er ging iets mis',
			criterion: 'Criterium {n} van {total}'
		},
		errors: {
			unknownCriterion: 'Dit criterium staat niet (meer) in het instrument. Laad de pagina opnieuw.',
			level: 'Kies niveau 1, 2 of 3, of “Niet van toepassing”.',
			twice: 'Dit veld is twee keer verstuurd. Laad de pagina opnieuw.',
			noteTooLong: 'De toelichting is {length} tekens; dat mogen er hoogstens {max} zijn.',
			nothing: 'Kies bij minstens één criterium een niveau of schrijf een toelichting.'
		},
		summary: {
			raters: { one: '{count} beoordelaar', other: '{count} beoordelaars' },
			none: 'Nog niemand heeft dit beoordeeld.',
			mean: 'Gemiddeld niveau over alle criteria: {mean}',
			needsImprovement: 'Verdient aandacht',
			needsImprovementIntro: 'Criteria met een mediaan onder niveau 2, of waarover beoordelaars het oneens zijn (een 1 naast een 3); de zwakste eerst.',
			nothingNeedsImprovement: 'Geen criterium heeft een mediaan onder niveau 2 of een verschil van twee niveaus.',
			distribution: 'Verdeling',
			countAtLevel: { one: 'niveau {level}: {count} beoordelaar', other: 'niveau {level}: {count} beoordelaars' },
			median: 'Mediaan {median}',
			meanOne: 'gemiddeld {mean}',
			notScored: 'Niet gescoord',
			scoredOf: '{scored} van {raters} gaven een niveau',
			disagree: 'Beoordelaars zijn het oneens',
			disagreeExplained: 'Iemand gaf niveau 1 en iemand anders niveau 3.',
			notes: 'Toelichtingen',
			by: '{name}:'
		},
		heatMap: {
			subject: 'Onderwerp',
			intro: 'Per criterium de mediaan van de beoordelingen. Kleur en getal zeggen hetzelfde; ≠ betekent dat beoordelaars het oneens zijn.',
			legend: 'Legenda',
			classes: ['onder 2: verdient aandacht', '2: voldoet', '2,5 of 3: goed'],
			none: '– nog niet gescoord',
			disagreeMark: '≠ oneens',
			raters: '(n={count})',
			cellDisagree: 'mediaan {median}, beoordelaars oneens',
			cellNone: 'niet gescoord',
			empty: 'Er is nog niets om te tonen.'
		}
	},
	{
		form: {
			intro: 'For each criterion choose the level that fits best and write what you saw. When a criterion does not apply to this subject, choose “Not applicable”.',
			ownSaved: 'Your rating of {date} is below; saving replaces it.',
			level: 'Level {n}',
			notApplicable: 'Not applicable / skip',
			note: 'Note (optional)',
			noteHint: 'What did you see? At most {max} characters.',
			save: 'Save rating',
			errorTitle: 'Something went wrong',
			criterion: 'Criterion {n} of {total}'
		},
		errors: {
			unknownCriterion: 'This criterion is not (or no longer) in the instrument. Reload the page.',
			level: 'Choose level 1, 2 or 3, or “Not applicable”.',
			twice: 'This field was sent twice. Reload the page.',
			noteTooLong: 'The note is {length} characters; at most {max} are allowed.',
			nothing: 'Choose a level or write a note for at least one criterion.'
		},
		summary: {
			raters: { one: '{count} rater', other: '{count} raters' },
			none: 'Nobody has rated this yet.',
			mean: 'Mean level over all criteria: {mean}',
			needsImprovement: 'Needs attention',
			needsImprovementIntro: 'Criteria with a median below level 2, or on which raters disagree (a 1 beside a 3); the weakest first.',
			nothingNeedsImprovement: 'No criterion has a median below level 2 or a difference of two levels.',
			distribution: 'Distribution',
			countAtLevel: { one: 'level {level}: {count} rater', other: 'level {level}: {count} raters' },
			median: 'Median {median}',
			meanOne: 'mean {mean}',
			notScored: 'Not scored',
			scoredOf: '{scored} of {raters} gave a level',
			disagree: 'Raters disagree',
			disagreeExplained: 'Someone gave level 1 and someone else level 3.',
			notes: 'Notes',
			by: '{name}:'
		},
		heatMap: {
			subject: 'Subject',
			intro: 'Per criterion the median of the ratings. Colour and number say the same; ≠ means raters disagree.',
			legend: 'Legend',
			classes: ['below 2: needs attention', '2: adequate', '2.5 or 3: good'],
			none: '– not scored yet',
			disagreeMark: '≠ disagree',
			raters: '(n={count})',
			cellDisagree: 'median {median}, raters disagree',
			cellNone: 'not scored',
			empty: 'Nothing to show yet.'
		}
	}
);
