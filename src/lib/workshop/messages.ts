import { defineMessages } from '$lib/i18n/define';

/**
 * Texts of the live workshop "Implementatie: aanzet tot een actieplan" (seed 002). The step,
 * part and question keys are the ones `domain/workshop.ts` names; problem keys match the problem
 * codes of the workshop domain modules.
 */
export const workshop = defineMessages(
	{
		title: 'Implementatie: aanzet tot een actieplan',
		audience: 'Voor de managementlaag en ondersteunende diensten',
		phases: { preparing: 'In voorbereiding', running: 'Bezig', closed: 'Afgesloten' },
		stepOf: 'Stap {n} van {total}',

		steps: {
			read: {
				title: 'Inlezen',
				instruction:
					'Lees de toelichting: wat blended leren is, de drie categorieën contextuele factoren en de drie fasen. Dit duurt ongeveer 10 minuten.',
				leader: 'Vraag, zodra iedereen klaar is, of er onduidelijkheden zijn, en bespreek die.'
			},
			explain: {
				title: 'Uitleg werkvorm',
				instruction:
					'Je doet in je tafelgroep een GAP-analyse voor één categorie contextuele factoren (strategie, structuur of support). Jullie werken toe naar tenminste drie concrete actiepunten. Daarna delen en bespreken we de resultaten plenair.',
				leader:
					'Leg de opzet uit, verdeel de deelnemers over de tafelgroepen (vraag naar voorkeuren of verdeel willekeurig) en noem de duur van de analyse: het advies is 30 tot 60 minuten.'
			},
			analyse: {
				title: 'GAP-analyse',
				instruction:
					'Scoor eerst ieder voor zich waar jullie nu staan en waar jullie heen willen. Bekijk dan samen de spreiding, spreek per factor af waar jullie staan, waar jullie heen willen en wat daarvoor nodig is, kies de factor met de hoogste prioriteit en formuleer tenminste drie concrete actiepunten.',
				leader:
					'Er mag volop gediscussieerd worden; precisie is niet nodig. Het doel is inzicht in alle organisatorische aspecten van de implementatie van blended leren.'
			},
			break: {
				title: 'Pauze',
				instruction: 'Korte pauze. Daarna presenteert elke groep haar resultaten.',
				leader: 'Een korte pauze voor de bespreking is aan te bevelen.'
			},
			discuss: {
				title: 'Bespreking: {category}',
				instruction:
					'Eén deelnemer van de groep presenteert in hoogstens 5 minuten de resultaten. Daarna bespreken we ze plenair.',
				leader:
					'Reflecteer en verfijn de actiepunten samen met de zaal: pas ze aan, voeg ze samen, noteer een eigenaar en een streefdatum.'
			},
			next: {
				title: 'En nu?',
				instruction: 'We blikken terug op de workshop en kijken vooruit.',
				leader:
					'Benadruk dat de workshop “slechts” bedoeld is om inzicht te krijgen, en dat de vervolgstap nog veel belangrijker is. Een uitvoerige zelfscan kan de basis zijn voor een breed uitgewerkt actieplan voor implementatie.'
			}
		},
		parts: {
			presentation: 'Presentatie',
			discussion: 'Plenaire discussie',
			lookBack: 'Terugblik',
			lookAhead: 'Vooruitblik'
		},

		explanation: {
			summary:
				'De workshop begint met een korte toelichting op belangrijke definities en op de contextuele factoren die een rol spelen bij de succesvolle implementatie van blended leren. Daarna doen de deelnemers met de zelfscan een GAP-analyse en werken ze toe naar enkele concrete actiepunten, die de basis kunnen vormen voor een actieplan. Aan het eind delen de deelnemers hun resultaten en blikken ze vooruit.',
			blendedLearning:
				'Blended leren: er zijn veel definities, maar de gemene deler is de zoektocht naar de best mogelijke mengvorm van leeractiviteiten, waarin fysieke interactie en (informatie- en communicatie)technologie worden gecombineerd.',
			gapAnalysis:
				'Een GAP-analyse vergelijkt een bestaande met een gewenste situatie. Zo breng je in kaart welke stappen nodig zijn om de gewenste situatie te bereiken.',
			categories:
				'De contextuele factoren vallen in drie categorieën: Strategie, Structuur en Support. Elke tafelgroep behandelt één categorie; welke factoren erbij horen, staat hieronder en in de zelfscan.',
			phases:
				'Per factor beschrijft de zelfscan drie fasen: 1 bewustwording/verkenning, 2 adoptie/vroege implementatie, 3 geslaagde implementatie en groei.'
		},
		analyseTasks: {
			score: 'Scoor jullie instelling of sector/faculteit/domein op basis van de genoemde criteria.',
			whereNowWhereTo: 'Bepaal waar jullie nu staan, waar jullie heen willen en wat daarvoor nodig is.',
			actionPoints: 'Formuleer tenminste drie concrete actiepunten.',
			discuss: 'Er mag volop gediscussieerd worden. Het is niet nodig om heel precies te zijn, al mag dat wel.'
		},
		presentationQuestions: {
			priority: 'Welk criterium binnen jullie categorie van contextuele factoren verdient de hoogste prioriteit, en waarom?',
			actionPoints: 'Welke concrete actiepunten hebben jullie daarbij geformuleerd?'
		},
		discussionQuestions: {
			questions: 'Welke vragen roept dit resultaat op?',
			opinion: 'Wat vinden jullie van de geformuleerde actiepunten?',
			refine: 'Reflecteer en verfijn.'
		},
		lookBack: {
			title: 'Terugblik',
			questions: {
				experience: 'Hoe was het om deze exercitie te doen?',
				insight:
					'Hoe heeft dit ons inzicht in de organisatorische randvoorwaarden voor de implementatie van blended leren veranderd?',
				responsibilities: 'In hoeverre zien wij nu duidelijker wat de verantwoordelijkheden zijn van de instelling als geheel?'
			}
		},
		lookAhead: {
			title: 'Vooruitblik',
			questions: {
				howForward: 'Hoe gaan we hier nu mee verder?',
				actionPlan: 'Gaan we een actieplan maken, en zo ja, wie pakt dit op?'
			}
		},

		agenda: {
			title: 'Agenda',
			total: 'Totaal: {minutes} minuten',
			minutes: '{n} min',
			minutesLabel: 'Minuten voor {part}',
			advice: {
				analyse: 'Het advies voor de GAP-analyse is {min} tot {max} minuten; nu {minutes}.',
				presentation: 'Een presentatie duurt volgens de werkvorm hoogstens {max} minuten; nu {minutes}.',
				discussion: 'Het advies voor de plenaire discussie is {min} tot {max} minuten; nu {minutes}.',
				total: 'De workshop is bedoeld voor 2 tot 3 uur ({min} tot {max} minuten); nu {minutes}.'
			},
			errors: {
				minutes: 'Vul hele minuten in, van 1 tot 240.',
				invalid: 'Deze agenda klopt niet.',
				structure: 'De stappen van deze agenda passen niet bij het gekozen instrument.'
			}
		},

		clock: {
			label: 'Resterende tijd',
			paused: 'Gepauzeerd',
			overrun: 'Tijd voorbij',
			start: 'Klok starten',
			pause: 'Klok pauzeren',
			resume: 'Klok hervatten',
			extend: '{n} minuten erbij',
			extendLabel: 'Minuten erbij'
		},

		control: {
			start: 'Workshop starten',
			next: 'Volgende stap',
			previous: 'Vorige stap',
			goTo: 'Naar stap: {step}',
			close: 'Workshop afsluiten',
			openJoining: 'Aanmelden openen',
			closeJoining: 'Aanmelden sluiten',
			errors: {
				closed: 'Deze workshop is afgesloten en kan niet meer worden gewijzigd.',
				not_running: 'De workshop is nog niet gestart.',
				no_such_step: 'Deze stap staat niet op de agenda.'
			}
		},

		joining: {
			codeLabel: 'Code',
			howTo: 'Ga naar {url} en vul de code in, of scan de QR-code.',
			open: 'Aanmelden is open',
			closed: 'Aanmelden is gesloten',
			errors: {
				empty: 'Vul de code in die op het scherm staat.',
				confusable: 'Een code bevat nooit 0, O, 1, I of L. Kijk nog eens goed naar het scherm.',
				character: 'Een code bestaat alleen uit letters en cijfers.',
				length: 'Een code heeft {length} tekens.',
				unknown: 'Deze code hoort niet bij een workshop waarvoor je je nu kunt aanmelden.'
			}
		},

		groups: {
			name: 'Tafel {n}',
			nameWithCategories: 'Tafel {n}: {categories}',
			preference: 'Aan welke tafel zou je het liefst zitten?',
			noPreference: 'Geen voorkeur',
			distribute: 'Deelnemers verdelen',
			moveTo: 'Verplaatsen naar',
			size: { one: '{count} deelnemer', other: '{count} deelnemers' },
			errors: {
				count: 'Kies 1 tot 12 tafelgroepen.',
				duplicate_group: 'Deze tafelgroep staat er twee keer in.',
				no_category: 'Geef elke tafelgroep tenminste één categorie.',
				unknown_category: 'Deze categorie hoort niet bij het gekozen instrument.',
				uncovered_category: 'Elke categorie moet bij tenminste één tafelgroep horen.',
				unknown_participant: 'Deze deelnemer doet (niet meer) mee.',
				unknown_group: 'Deze tafelgroep bestaat niet (meer).'
			}
		},

		sheet: {
			title: 'Werkblad {category}',
			ownScores: 'Eerst ieder voor zich',
			groupScores: 'Wat spreken we als groep af?',
			spread: 'Spreiding in de groep',
			spreadCounts: 'Fase 1: {one}, fase 2: {two}, fase 3: {three}, weet ik niet: {unknown}',
			spreadRange: 'van fase {min} tot fase {max}, mediaan {median}',
			noScores: 'Nog geen scores',
			priorityTitle: 'Hoogste prioriteit',
			actionPointsTitle: 'Actiepunten',
			addActionPoint: 'Actiepunt toevoegen',
			removeActionPoint: 'Actiepunt verwijderen',
			editing: '{names} typt hier',
			conflictTitle: 'Twee versies',
			conflictIntro:
				'Iemand anders veranderde dit veld terwijl jij typte. Beide versies zijn bewaard; kies samen welke blijft. Daarna kun je de tekst nog aanvullen.',
			conflictCurrent: 'Huidige versie',
			conflictAlternative: 'Versie van {name}',
			keepThis: 'Deze houden',
			notSaved: 'Nog niet opgeslagen',
			errors: {
				unknown_field: 'Dit veld hoort niet bij dit werkblad.',
				invalid_value: 'Deze waarde past niet bij dit veld.',
				text_too_long: 'Deze tekst is te lang.',
				too_many_action_points: 'Dit werkblad heeft het maximale aantal actiepunten.',
				future_version: 'Dit werkblad is intussen veranderd. Laad de pagina opnieuw; je tekst blijft bewaard.',
				stale: 'Iemand heeft dit veld intussen veranderd. Bekijk de versies opnieuw en kies dan.',
				too_many_alternatives: 'Er staan te veel versies van dit veld open. Kies eerst samen een versie.'
			}
		}
	},
	{
		title: 'Implementation: towards an action plan',
		audience: 'For management and support services',
		phases: { preparing: 'Being prepared', running: 'In progress', closed: 'Closed' },
		stepOf: 'Step {n} of {total}',

		steps: {
			read: {
				title: 'Reading',
				instruction:
					'Read the explanation: what blended learning is, the three categories of contextual factors and the three phases. This takes about 10 minutes.',
				leader: 'Once everyone has finished, ask whether anything is unclear, and discuss it.'
			},
			explain: {
				title: 'How we will work',
				instruction:
					'In your table group you carry out a GAP analysis for one category of contextual factors (strategy, structure or support). You work towards at least three concrete action points. Afterwards we share and discuss the results in plenary.',
				leader:
					'Explain the set-up, divide the participants over the table groups (ask for preferences or divide at random) and state how long the analysis takes: 30 to 60 minutes is advised.'
			},
			analyse: {
				title: 'GAP analysis',
				instruction:
					'First score on your own where you stand now and where you want to go. Then look at the spread together, agree per factor where you stand, where you want to go and what that takes, choose the factor with the highest priority, and write at least three concrete action points.',
				leader:
					'Discussion is welcome; precision is not required. The aim is insight into all organisational aspects of implementing blended learning.'
			},
			break: {
				title: 'Break',
				instruction: 'A short break. Afterwards each group presents its results.',
				leader: 'A short break before the discussion is recommended.'
			},
			discuss: {
				title: 'Discussion: {category}',
				instruction: 'One member of the group presents the results in at most 5 minutes. Then we discuss them in plenary.',
				leader:
					'Reflect on and refine the action points together with the room: edit them, merge them, note an owner and a due date.'
			},
			next: {
				title: 'What now?',
				instruction: 'We look back on the workshop and look ahead.',
				leader:
					'Stress that the workshop is “only” meant to provide insight, and that the next step matters even more. A thorough self-scan can be the basis for a fully worked-out implementation action plan.'
			}
		},
		parts: {
			presentation: 'Presentation',
			discussion: 'Plenary discussion',
			lookBack: 'Looking back',
			lookAhead: 'Looking ahead'
		},

		explanation: {
			summary:
				'The workshop starts with a short explanation of key definitions and of the contextual factors that play a role in implementing blended learning successfully. The participants then carry out a GAP analysis with the self-scan and work towards a few concrete action points, which can form the basis of an action plan. At the end the participants share their results and look ahead.',
			blendedLearning:
				'Blended learning: there are many definitions, but what they share is the search for the best possible mix of learning activities, combining physical interaction with (information and communication) technology.',
			gapAnalysis:
				'A GAP analysis compares an existing situation with a desired one. It maps out which steps are needed to reach the desired situation.',
			categories:
				'The contextual factors fall into three categories: Strategy, Structure and Support. Each table group takes one category; the factors of each are listed below and in the self-scan.',
			phases:
				'For each factor the self-scan describes three phases: 1 awareness/exploration, 2 adoption/early implementation, 3 mature implementation and growth.'
		},
		analyseTasks: {
			score: 'Score your institution or sector/faculty/domain against the criteria given.',
			whereNowWhereTo: 'Determine where you stand now, where you want to go and what that takes.',
			actionPoints: 'Write at least three concrete action points.',
			discuss: 'Discussion is welcome. There is no need to be very precise, though you may be.'
		},
		presentationQuestions: {
			priority: 'Which criterion within your category of contextual factors deserves the highest priority, and why?',
			actionPoints: 'Which concrete action points did you write for it?'
		},
		discussionQuestions: {
			questions: 'What questions does this result raise?',
			opinion: 'What do you think of the action points?',
			refine: 'Reflect and refine.'
		},
		lookBack: {
			title: 'Looking back',
			questions: {
				experience: 'What was it like to do this exercise?',
				insight: 'How has this changed our insight into the organisational conditions for implementing blended learning?',
				responsibilities: 'To what extent do we now see more clearly what the responsibilities of the institution as a whole are?'
			}
		},
		lookAhead: {
			title: 'Looking ahead',
			questions: {
				howForward: 'How do we take this forward?',
				actionPlan: 'Are we going to make an action plan, and if so, who takes it on?'
			}
		},

		agenda: {
			title: 'Agenda',
			total: 'Total: {minutes} minutes',
			minutes: '{n} min',
			minutesLabel: 'Minutes for {part}',
			advice: {
				analyse: 'The advice for the GAP analysis is {min} to {max} minutes; now {minutes}.',
				presentation: 'A presentation takes at most {max} minutes in this workshop; now {minutes}.',
				discussion: 'The advice for the plenary discussion is {min} to {max} minutes; now {minutes}.',
				total: 'The workshop is meant to take 2 to 3 hours ({min} to {max} minutes); now {minutes}.'
			},
			errors: {
				minutes: 'Enter whole minutes, from 1 to 240.',
				invalid: 'This agenda is not valid.',
				structure: 'The steps of this agenda do not match the chosen instrument.'
			}
		},

		clock: {
			label: 'Time left',
			paused: 'Paused',
			overrun: 'Time is up',
			start: 'Start clock',
			pause: 'Pause clock',
			resume: 'Resume clock',
			extend: '{n} more minutes',
			extendLabel: 'Extra minutes'
		},

		control: {
			start: 'Start workshop',
			next: 'Next step',
			previous: 'Previous step',
			goTo: 'Go to step: {step}',
			close: 'Close workshop',
			openJoining: 'Open joining',
			closeJoining: 'Close joining',
			errors: {
				closed: 'This workshop is closed and can no longer be changed.',
				not_running: 'The workshop has not started yet.',
				no_such_step: 'This step is not on the agenda.'
			}
		},

		joining: {
			codeLabel: 'Code',
			howTo: 'Go to {url} and enter the code, or scan the QR code.',
			open: 'Joining is open',
			closed: 'Joining is closed',
			errors: {
				empty: 'Enter the code shown on the screen.',
				confusable: 'A code never contains 0, O, 1, I or L. Have another look at the screen.',
				character: 'A code consists of letters and digits only.',
				length: 'A code has {length} characters.',
				unknown: 'This code does not belong to a workshop you can join now.'
			}
		},

		groups: {
			name: 'Table {n}',
			nameWithCategories: 'Table {n}: {categories}',
			preference: 'Which table would you prefer?',
			noPreference: 'No preference',
			distribute: 'Distribute participants',
			moveTo: 'Move to',
			size: { one: '{count} participant', other: '{count} participants' },
			errors: {
				count: 'Choose 1 to 12 table groups.',
				duplicate_group: 'This table group is listed twice.',
				no_category: 'Give every table group at least one category.',
				unknown_category: 'This category is not part of the chosen instrument.',
				uncovered_category: 'Every category must belong to at least one table group.',
				unknown_participant: 'This participant is not (or no longer) taking part.',
				unknown_group: 'This table group does not exist (any more).'
			}
		},

		sheet: {
			title: 'Worksheet {category}',
			ownScores: 'First on your own',
			groupScores: 'What do we agree as a group?',
			spread: 'Spread in the group',
			spreadCounts: 'Phase 1: {one}, phase 2: {two}, phase 3: {three}, don’t know: {unknown}',
			spreadRange: 'from phase {min} to phase {max}, median {median}',
			noScores: 'No scores yet',
			priorityTitle: 'Highest priority',
			actionPointsTitle: 'Action points',
			addActionPoint: 'Add action point',
			removeActionPoint: 'Remove action point',
			editing: '{names} is typing here',
			conflictTitle: 'Two versions',
			conflictIntro:
				'Someone else changed this field while you were typing. Both versions are kept; choose together which one stays. You can still add to the text afterwards.',
			conflictCurrent: 'Current version',
			conflictAlternative: 'Version by {name}',
			keepThis: 'Keep this one',
			notSaved: 'Not saved yet',
			errors: {
				unknown_field: 'This field is not part of this worksheet.',
				invalid_value: 'This value does not fit this field.',
				text_too_long: 'This text is too long.',
				too_many_action_points: 'This worksheet has the maximum number of action points.',
				future_version: 'This worksheet has changed in the meantime. Reload the page; your text is kept.',
				stale: 'Someone changed this field in the meantime. Look at the versions again, then choose.',
				too_many_alternatives: 'Too many versions of this field are open. Choose a version together first.'
			}
		}
	}
);

export type WorkshopMessages = (typeof workshop)['nl'];
