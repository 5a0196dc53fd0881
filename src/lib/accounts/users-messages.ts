import { defineMessages } from '$lib/i18n/define';

/** The administrator's page of the institution's accounts, and the page that asks before one is removed. */
export const users = defineMessages(
	{
		title: 'Gebruikers',
		link: 'Gebruikers beheren',
		intro: 'Iedereen met een account bij de instelling. Een uitgeschakeld account kan niet inloggen; wie ingelogd was, is meteen uitgelogd.',
		columns: { name: 'Naam', role: 'Rol', lastSignIn: 'Laatst ingelogd', method: 'Logt in met', status: 'Status', actions: 'Wijzigen' },
		never: 'nog nooit',
		methods: { password: 'wachtwoord', sso: 'single sign-on', both: 'single sign-on of wachtwoord' },
		active: 'actief',
		disabled: 'uitgeschakeld sinds {date}',
		you: '(jij)',
		changeRole: 'Rol van {name}',
		saveRole: 'Rol opslaan',
		disable: 'Uitschakelen',
		enable: 'Weer inschakelen',
		remove: 'Verwijderen',
		actionLabel: '{action}: {name}',
		done: {
			role: 'De rol van {name} is gewijzigd.',
			disable: '{name} is uitgeschakeld en uitgelogd.',
			enable: '{name} kan weer inloggen.',
			remove: '{name} is verwijderd. Wat hij of zij maakte, is nu van {successor}.'
		},
		problems: {
			unknown: 'Deze gebruiker bestaat niet (meer) bij je instelling.',
			self: 'Je kunt je eigen account niet uitschakelen of verwijderen. Vraag een andere beheerder.',
			lastAdmin: 'De instelling moet minstens één actieve beheerder houden. Maak eerst iemand anders beheerder.',
			successor: 'Kies een actieve collega die overneemt wat deze gebruiker maakte.',
			role: 'Kies een rol uit de lijst.'
		},
		removal: {
			title: 'Gebruiker verwijderen',
			intro: 'Je staat op het punt dit account te verwijderen:',
			whatStays: 'Wat deze gebruiker maakte, blijft bij de instelling en gaat naar de collega die je kiest:',
			nothing: 'Deze gebruiker heeft geen scans, workshops, brede scans, cursusontwerpen, open uitnodigingen of API-sleutels.',
			parts: {
				scans: { one: '{count} zelfscan met het actieplan', other: '{count} zelfscans met hun actieplannen' },
				surveys: { one: '{count} brede scan met het rapport en het actieplan', other: '{count} brede scans met hun rapporten en actieplannen' },
				workshops: { one: '{count} workshop (de collega wordt de leider)', other: '{count} workshops (de collega wordt de leider)' },
				designs: { one: '{count} cursusontwerp', other: '{count} cursusontwerpen' },
				invites: { one: '{count} uitnodiging', other: '{count} uitnodigingen' },
				apiTokens: { one: '{count} API-sleutel', other: '{count} API-sleutels' }
			},
			successor: 'Wie neemt het over?',
			noSuccessor: 'Er is geen andere actieve collega die het kan overnemen. Nodig eerst iemand uit of schakel een account weer in.',
			irreversible: 'Het account zelf kan niet worden teruggehaald; de persoon moet dan opnieuw worden uitgenodigd.',
			confirm: 'Definitief verwijderen',
			keep: 'Niet verwijderen, terug'
		}
	},
	{
		title: 'Users',
		link: 'Manage users',
		intro: 'Everyone with an account at the institution. A disabled account cannot sign in; whoever was signed in is signed out at once.',
		columns: { name: 'Name', role: 'Role', lastSignIn: 'Last signed in', method: 'Signs in with', status: 'Status', actions: 'Change' },
		never: 'never',
		methods: { password: 'password', sso: 'single sign-on', both: 'single sign-on or password' },
		active: 'active',
		disabled: 'disabled since {date}',
		you: '(you)',
		changeRole: 'Role of {name}',
		saveRole: 'Save role',
		disable: 'Disable',
		enable: 'Enable again',
		remove: 'Remove',
		actionLabel: '{action}: {name}',
		done: {
			role: 'The role of {name} has been changed.',
			disable: '{name} has been disabled and signed out.',
			enable: '{name} can sign in again.',
			remove: '{name} has been removed. What they made now belongs to {successor}.'
		},
		problems: {
			unknown: 'This user does not (or no longer) exist at your institution.',
			self: 'You cannot disable or remove your own account. Ask another administrator.',
			lastAdmin: 'The institution must keep at least one active administrator. Make someone else an administrator first.',
			successor: 'Choose an active colleague to take over what this user made.',
			role: 'Choose a role from the list.'
		},
		removal: {
			title: 'Remove user',
			intro: 'You are about to remove this account:',
			whatStays: 'What this user made stays with the institution and goes to the colleague you choose:',
			nothing: 'This user has no scans, workshops, institution-wide scans, course designs, open invitations or API keys.',
			parts: {
				scans: { one: '{count} self-scan with its action plan', other: '{count} self-scans with their action plans' },
				surveys: { one: '{count} institution-wide scan with its report and action plan', other: '{count} institution-wide scans with their reports and action plans' },
				workshops: { one: '{count} workshop (the colleague becomes its leader)', other: '{count} workshops (the colleague becomes their leader)' },
				designs: { one: '{count} course design', other: '{count} course designs' },
				invites: { one: '{count} invitation', other: '{count} invitations' },
				apiTokens: { one: '{count} API key', other: '{count} API keys' }
			},
			successor: 'Who takes it over?',
			noSuccessor: 'There is no other active colleague to take it over. Invite someone first, or enable an account again.',
			irreversible: 'The account itself cannot be brought back; the person would have to be invited again.',
			confirm: 'Remove for good',
			keep: 'Do not remove, go back'
		}
	}
);
