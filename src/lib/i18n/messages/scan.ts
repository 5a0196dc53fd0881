import { defineMessages } from './define';

export const scan = defineMessages(
	{
		notAnswered: '—',
		unknown: 'weet ik niet',
		noPriority: 'nog niet gekozen',
		scopeTemplate: '{level}: {unit}',
		levels: { institution: 'Instelling', sector: 'Sector/faculteit/domein', programme: 'Opleiding' },
		status: { open: 'Open', in_progress: 'Bezig', done: 'Afgerond', dropped: 'Vervallen' }
	},
	{
		notAnswered: '—',
		unknown: "don't know",
		noPriority: 'not yet chosen',
		scopeTemplate: '{level}: {unit}',
		levels: { institution: 'Institution', sector: 'Sector/faculty/domain', programme: 'Programme' },
		status: { open: 'Open', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' }
	}
);
