import { defineMessages } from './define';

export const admin = defineMessages(
	{
		title: 'Beheer',
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
		unitInUse: 'Dit onderdeel heeft scans en kan niet worden verwijderd.',
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
		revoke: 'Intrekken'
	},
	{
		title: 'Administration',
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
		unitInUse: 'This unit has scans and cannot be deleted.',
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
		revoke: 'Revoke'
	}
);
