import { defineMessages } from '$lib/i18n/define';

export const admin = defineMessages(
	{
		title: 'Beheer',
		contentNav: 'Inhoud van de instelling',
		institution: 'Instelling',
		rename: 'Naam opslaan',
		units: 'Onderdelen',
		unitsIntro: 'Sectoren, faculteiten, domeinen, academies en opleidingen waarvoor een scan kan worden gedaan.',
		unitName: 'Naam van het onderdeel',
		unitKind: 'Soort',
		unitKinds: { sector: 'Sector/faculteit/domein', programme: 'Opleiding' },
		addUnit: 'Onderdeel toevoegen',
		noUnits: 'Nog geen onderdelen.',
		deleteUnit: '{name} verwijderen',
		unitInUse: 'Een scan, workshop of brede scan gebruikt dit onderdeel; daarom kan het niet worden verwijderd.',
		unitExists: 'Er is al een onderdeel met deze naam.',
		users: 'Gebruikers',
		roles: { admin: 'beheerder', facilitator: 'facilitator' },
		invites: 'Uitnodigingen',
		invitesIntro:
			'Maak een eenmalige link en geef die zelf door (Blendwijzer verstuurt geen e-mail). De link werkt één keer en verloopt na {days} dagen.',
		role: 'Rol',
		createInvite: 'Uitnodigingslink maken',
		inviteCreated: 'Nieuwe uitnodigingslink — kopieer hem nu, hij wordt niet nog eens getoond:',
		openInvites: 'Openstaande uitnodigingen',
		noOpenInvites: 'Geen openstaande uitnodigingen.',
		inviteRow: '{role}, verloopt {date}',
		revoke: 'Intrekken',
		retention: {
			title: 'Bewaartermijn',
			intro: 'Hoe lang blijven zelfscans, workshops en brede scans bewaard nadat er niets meer aan is veranderd (ook niet aan hun actieplan)? Daarna verwijdert Blendwijzer ze vanzelf, met alle antwoorden.',
			label: 'Bewaren',
			forever: 'tot iemand ze verwijdert',
			months: '{n} maanden na de laatste wijziging',
			save: 'Bewaartermijn opslaan',
			saved: 'De bewaartermijn is opgeslagen.',
			invalid: 'Kies een van de bewaartermijnen in de lijst.'
		},
		erase: {
			sectionTitle: 'Alles wissen',
			sectionIntro: 'Stopt de instelling met Blendwijzer, of moeten al haar gegevens weg? Een beheerder kan alles in één keer wissen.',
			link: 'Deze instelling en al haar gegevens wissen',
			title: 'Instelling wissen',
			intro: 'Je staat op het punt {name} te wissen, met alles wat erbij hoort:',
			parts: {
				data: 'alle zelfscans, workshops en brede scans, met elk antwoord, elke deelnemer en elk actieplan',
				people: 'alle accounts (ook het jouwe), uitnodigingen en API-sleutels',
				content: 'de eigen versies van de zelfscan, de aanpassingen van de toolkit en de onderdelen',
				files: 'de bijlagen, ook de bestanden zelf'
			},
			irreversible: 'Dit kan niet ongedaan worden gemaakt. Download eerst wat je wilt bewaren. Daarna ben je uitgelogd.',
			typeName: 'Typ ter bevestiging de naam van de instelling: {name}',
			confirm: 'Alles definitief wissen',
			nameMismatch: 'Deze naam klopt niet. Typ de naam van de instelling precies zoals hierboven.'
		}
	},
	{
		title: 'Administration',
		contentNav: "The institution's content",
		institution: 'Institution',
		rename: 'Save name',
		units: 'Units',
		unitsIntro: 'Sectors, faculties, domains, academies and programmes that a scan can be about.',
		unitName: 'Name of the unit',
		unitKind: 'Kind',
		unitKinds: { sector: 'Sector/faculty/domain', programme: 'Programme' },
		addUnit: 'Add unit',
		noUnits: 'No units yet.',
		deleteUnit: 'Delete {name}',
		unitInUse: 'A scan, workshop or institution-wide scan uses this unit, so it cannot be deleted.',
		unitExists: 'There is already a unit with this name.',
		users: 'Users',
		roles: { admin: 'administrator', facilitator: 'facilitator' },
		invites: 'Invitations',
		invitesIntro:
			'Create a one-time link and pass it on yourself (Blendwijzer sends no e-mail). The link works once and expires after {days} days.',
		role: 'Role',
		createInvite: 'Create invitation link',
		inviteCreated: 'New invitation link — copy it now, it will not be shown again:',
		openInvites: 'Open invitations',
		noOpenInvites: 'No open invitations.',
		inviteRow: '{role}, expires {date}',
		revoke: 'Revoke',
		retention: {
			title: 'Retention period',
			intro: 'How long are self-scans, workshops and institution-wide scans kept after nothing about them has changed (their action plan included)? After that Blendwijzer deletes them by itself, with all their answers.',
			label: 'Keep',
			forever: 'until someone deletes them',
			months: '{n} months after the last change',
			save: 'Save retention period',
			saved: 'The retention period has been saved.',
			invalid: 'Choose one of the retention periods in the list.'
		},
		erase: {
			sectionTitle: 'Erase everything',
			sectionIntro: 'Is the institution leaving Blendwijzer, or must all its data go? An administrator can erase everything at once.',
			link: 'Erase this institution and all its data',
			title: 'Erase institution',
			intro: 'You are about to erase {name}, with everything that belongs to it:',
			parts: {
				data: 'every self-scan, workshop and institution-wide scan, with every answer, participant and action plan',
				people: 'every account (yours too), invitation and API token',
				content: 'the institution’s own versions of the self-scan, its changes to the toolkit, and its units',
				files: 'the attachments, the files themselves too'
			},
			irreversible: 'This cannot be undone. Download first what you want to keep. You will be signed out afterwards.',
			typeName: 'To confirm, type the name of the institution: {name}',
			confirm: 'Erase everything for good',
			nameMismatch: 'This name does not match. Type the name of the institution exactly as shown above.'
		}
	}
);
