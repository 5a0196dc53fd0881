import { defineMessages } from '$lib/i18n/define';

/** Who may change a scan or survey: its co-editors on its page, and the refusal for everyone else. */
export const editors = defineMessages(
	{
		title: 'Wie mag dit wijzigen',
		intro: {
			scan: 'Iedereen van de instelling kan deze scan lezen. Wijzigen (ook het actieplan) kunnen: wie hem maakte, de beheerders en de collega’s hieronder.',
			survey: 'Iedereen van de instelling kan deze brede scan lezen. Wijzigen (ook de teksten, het sluiten en het actieplan) kunnen: wie hem maakte, de beheerders en de collega’s hieronder.'
		},
		madeBy: 'Gemaakt door {name}',
		none: 'Nog geen collega’s die mogen meewerken.',
		readOnly: 'Je kunt dit lezen maar niet wijzigen. Vraag {name} of een beheerder om je toe te voegen.',
		readOnlyNoMaker: 'Je kunt dit lezen maar niet wijzigen. Vraag een beheerder om je toe te voegen.',
		readOnlyPlan: 'Je kunt dit actieplan lezen maar niet wijzigen. Wie het mag wijzigen, staat bij “Wie mag dit wijzigen”:',
		whoMay: 'wie mag dit wijzigen',
		readOnlyAnswers: 'Je kunt de antwoorden van deze scan lezen maar niet wijzigen. Zie',
		add: 'Collega toevoegen',
		colleague: 'Collega',
		noCandidates: 'Er zijn geen andere collega’s om toe te voegen.',
		remove: 'Weghalen',
		removeLabel: '{name} weghalen als mede-bewerker',
		added: 'De collega mag nu meewerken.',
		removed: 'De collega mag niet meer wijzigen.',
		notAnEditor: {
			scan: 'Alleen wie deze scan maakte, de collega’s die hij of zij toevoegde en de beheerders mogen hem wijzigen. Jij kunt hem lezen.',
			survey: 'Alleen wie deze brede scan maakte, de collega’s die hij of zij toevoegde en de beheerders mogen hem wijzigen. Jij kunt hem lezen.'
		},
		notManager: {
			scan: 'Alleen wie deze scan maakte en de beheerders kiezen wie mag meewerken.',
			survey: 'Alleen wie deze brede scan maakte en de beheerders kiezen wie mag meewerken.'
		},
		problems: {
			unknown: 'Kies een collega uit de lijst.',
			maker: 'Wie het maakte mag het al wijzigen.',
			already: 'Deze collega mag al meewerken.',
			notEditor: 'Deze collega was geen mede-bewerker.'
		}
	},
	{
		title: 'Who may change this',
		intro: {
			scan: 'Everyone of the institution can read this scan. Whoever made it, the administrators and the colleagues below can change it (its action plan too).',
			survey: 'Everyone of the institution can read this institution-wide scan. Whoever made it, the administrators and the colleagues below can change it (its texts, closing it and its action plan too).'
		},
		madeBy: 'Made by {name}',
		none: 'No colleagues work on it yet.',
		readOnly: 'You can read this but not change it. Ask {name} or an administrator to add you.',
		readOnlyNoMaker: 'You can read this but not change it. Ask an administrator to add you.',
		readOnlyPlan: 'You can read this action plan but not change it. Who may change it is listed under “Who may change this”:',
		whoMay: 'who may change this',
		readOnlyAnswers: 'You can read this scan’s answers but not change them. See',
		add: 'Add colleague',
		colleague: 'Colleague',
		noCandidates: 'There are no other colleagues to add.',
		remove: 'Remove',
		removeLabel: 'Remove {name} as co-editor',
		added: 'The colleague can now work on it.',
		removed: 'The colleague can no longer change it.',
		notAnEditor: {
			scan: 'Only whoever made this scan, the colleagues they added and the administrators may change it. You can read it.',
			survey: 'Only whoever made this institution-wide scan, the colleagues they added and the administrators may change it. You can read it.'
		},
		notManager: {
			scan: 'Only whoever made this scan and the administrators choose who may work on it.',
			survey: 'Only whoever made this institution-wide scan and the administrators choose who may work on it.'
		},
		problems: {
			unknown: 'Choose a colleague from the list.',
			maker: 'Whoever made it may change it already.',
			already: 'This colleague may work on it already.',
			notEditor: 'This colleague was not a co-editor.'
		}
	}
);
