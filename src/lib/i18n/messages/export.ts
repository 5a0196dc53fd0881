import { defineMessages } from '$lib/i18n/define';

/**
 * Labels used in the PDF, Word, Excel and CSV exports of an action plan, in the GAP chart that the
 * result page and the PDF share, and in the download links and file names of every export.
 * Templates use `{name}` placeholders (see `format`).
 */
export const exportMessages = defineMessages(
	{
		actionPlan: 'Actieplan',
		/** The first words of an export's file name, per kind of document: ASCII letters and hyphens only. */
		fileNames: { plan: 'actieplan', report: 'rapport' },
		/** A download link's text, per file format. */
		downloads: {
			pdf: 'Download als PDF',
			docx: 'Download als Word (.docx)',
			xlsx: 'Download als Excel (.xlsx)',
			csv: 'Download als CSV',
			json: 'Ruwe antwoorden (JSON, anoniem)'
		},
		meta: {
			institution: 'Instelling',
			scope: 'Niveau',
			date: 'Datum',
			instrument: 'Instrument',
			instrumentVersion: '{title} (versie {version})',
			generatedBy: 'Gemaakt met Blendwijzer',
			page: 'Pagina {page} van {pages}',
			respondents: 'Respondenten',
			participants: 'Deelnemers'
		},
		sections: {
			chart: 'Waar we staan en waar we naartoe willen',
			gapTable: 'GAP-analyse',
			gapTableIntro: 'Alle factoren, de grootste gap eerst.',
			priorities: 'Prioriteiten per categorie',
			actionPoints: 'Actiepunten',
			noActionPoints: 'Nog geen actiepunten.',
			ownQuestions: 'Eigen vragen',
			reflections: 'Terugblik en vooruitblik',
			summary: 'Samenvatting',
			largestGaps: 'Grootste GAP’s',
			noGaps: 'Geen enkele factor heeft een GAP.',
			summaryPriorities: 'Prioriteiten',
			summaryActions: 'Wie doet wat, wanneer',
			morePointsOne: 'En nog {n} actiepunt: zie {section}.',
			morePoints: 'En nog {n} actiepunten: zie {section}.',
			mostSpread: 'Meeste verschil van mening',
			distribution: 'Hoe de antwoorden verdeeld zijn',
			chartAlt: 'Grafiek: {title}'
		},
		columns: {
			rowKind: 'Soort rij',
			part: 'Deel',
			question: 'Vraag',
			answer: 'Antwoord',
			category: 'Categorie',
			factor: 'Factor',
			factors: 'Factoren',
			current: 'Waar we nu staan',
			desired: 'Waar we naartoe willen',
			gap: 'GAP',
			needed: 'Wat is daarvoor nodig',
			priority: 'Prioriteit',
			reason: 'Waarom',
			priorityReason: 'Waarom deze prioriteit',
			linkedFactors: 'Gekoppelde factoren',
			text: 'Actiepunt',
			owner: 'Eigenaar',
			dueDate: 'Streefdatum',
			status: 'Status',
			successCriterion: 'Succescriterium'
		},
		/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
		sheets: {
			answers: 'Antwoorden',
			priorities: 'Prioriteiten',
			actionPoints: 'Actiepunten',
			ownQuestions: 'Eigen vragen',
			reflections: 'Terugblik en vooruitblik'
		},
		/** Values of the CSV "row kind" column (a workshop's step-5 rows carry their part's name). */
		csvSections: {
			answer: 'GAP-analyse',
			priority: 'Prioriteit',
			actionPoint: 'Actiepunt',
			ownQuestion: 'Eigen vraag'
		},
		chart: {
			title: 'Huidige en gewenste fase per factor',
			titleWithPlan: '{title}: huidige en gewenste fase per factor',
			current: 'Waar we nu staan',
			desired: 'Waar we naartoe willen',
			gap: 'GAP',
			gapLegend: 'GAP = gewenste fase min huidige fase',
			phaseAxis: 'Fase {phase}',
			unknown: 'weet ik niet',
			notAnswered: 'niet ingevuld',
			descIntro:
				'Staafdiagram met per factor twee balken op een schaal van fase 0 tot en met 3: een gevulde balk voor waar we nu staan en een open balk voor waar we naartoe willen, met rechts de gap.',
			descCategory: 'Categorie {category}.',
			descFactor: '{factor}: nu {current}, gewenst {desired}, {gap}.',
			descPhase: 'fase {phase}',
			descUnknown: 'weet ik niet',
			descNotAnswered: 'niet ingevuld',
			gapPositiveOne: 'gap van 1 fase',
			gapPositive: 'gap van {gap} fasen',
			gapZero: 'geen gap',
			gapNegativeOne: 'gewenst ligt 1 fase onder nu',
			gapNegative: 'gewenst ligt {gap} fasen onder nu',
			gapUnknown: 'gap niet te bepalen'
		}
	},
	{
		actionPlan: 'Action plan',
		fileNames: { plan: 'action-plan', report: 'report' },
		downloads: {
			pdf: 'Download as PDF',
			docx: 'Download as Word (.docx)',
			xlsx: 'Download as Excel (.xlsx)',
			csv: 'Download as CSV',
			json: 'Raw answers (JSON, anonymous)'
		},
		meta: {
			institution: 'Institution',
			scope: 'Level',
			date: 'Date',
			instrument: 'Instrument',
			instrumentVersion: '{title} (version {version})',
			generatedBy: 'Made with Blendwijzer',
			page: 'Page {page} of {pages}',
			respondents: 'Respondents',
			participants: 'Participants'
		},
		sections: {
			chart: 'Where we are and where we want to be',
			gapTable: 'GAP analysis',
			gapTableIntro: 'All factors, largest gap first.',
			priorities: 'Priorities per category',
			actionPoints: 'Action points',
			noActionPoints: 'No action points yet.',
			ownQuestions: 'Own questions',
			reflections: 'Looking back and ahead',
			summary: 'Summary',
			largestGaps: 'Largest gaps',
			noGaps: 'No factor has a gap.',
			summaryPriorities: 'Priorities',
			summaryActions: 'Who does what, by when',
			morePointsOne: 'And {n} more action point: see {section}.',
			morePoints: 'And {n} more action points: see {section}.',
			mostSpread: 'Most disagreement',
			distribution: 'How the answers are spread',
			chartAlt: 'Chart: {title}'
		},
		columns: {
			rowKind: 'Row kind',
			part: 'Part',
			question: 'Question',
			answer: 'Answer',
			category: 'Category',
			factor: 'Factor',
			factors: 'Factors',
			current: 'Where we are now',
			desired: 'Where we want to be',
			gap: 'GAP',
			needed: 'What is needed',
			priority: 'Priority',
			reason: 'Why',
			priorityReason: 'Why this priority',
			linkedFactors: 'Linked factors',
			text: 'Action point',
			owner: 'Owner',
			dueDate: 'Due date',
			status: 'Status',
			successCriterion: 'Success criterion'
		},
		sheets: {
			answers: 'Answers',
			priorities: 'Priorities',
			actionPoints: 'Action points',
			ownQuestions: 'Own questions',
			reflections: 'Looking back and ahead'
		},
		csvSections: {
			answer: 'GAP analysis',
			priority: 'Priority',
			actionPoint: 'Action point',
			ownQuestion: 'Own question'
		},
		chart: {
			title: 'Current and desired phase per factor',
			titleWithPlan: '{title}: current and desired phase per factor',
			current: 'Where we are now',
			desired: 'Where we want to be',
			gap: 'GAP',
			gapLegend: 'GAP = desired phase minus current phase',
			phaseAxis: 'Phase {phase}',
			unknown: "don't know",
			notAnswered: 'not answered',
			descIntro:
				'Bar chart with two bars per factor on a scale from phase 0 to 3: a filled bar for where we are now and an open bar for where we want to be, with the gap on the right.',
			descCategory: 'Category {category}.',
			descFactor: '{factor}: now {current}, desired {desired}, {gap}.',
			descPhase: 'phase {phase}',
			descUnknown: "don't know",
			descNotAnswered: 'not answered',
			gapPositiveOne: 'a gap of 1 phase',
			gapPositive: 'a gap of {gap} phases',
			gapZero: 'no gap',
			gapNegativeOne: 'desired is 1 phase below now',
			gapNegative: 'desired is {gap} phases below now',
			gapUnknown: 'gap cannot be determined'
		}
	}
);
