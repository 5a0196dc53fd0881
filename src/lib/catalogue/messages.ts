import { defineMessages } from '$lib/i18n/define';

/**
 * The catalogues (tools, rooms): reading their CSV files, with problems that say what is wrong and
 * where, and who keeps each catalogue (/admin/catalogues).
 */
export const catalogue = defineMessages(
	{
		names: { tools: 'Toolcatalogus', rooms: 'Ruimte-inventaris' },
		/** The same, within a sentence. */
		inSentence: { tools: 'toolcatalogus', rooms: 'ruimte-inventaris' },
		csv: {
			at: {
				line: 'Regel {line}: {message}',
				column: 'Kolom {column}: {message}',
				cell: 'Regel {line}, kolom {column}: {message}'
			},
			tooLarge: 'Het bestand is groter dan {max} MB. Deel het op in kleinere bestanden.',
			empty: 'Het bestand is leeg; de eerste regel moet de kolomnamen bevatten.',
			notUtf8: 'het bestand is geen UTF-8 (byte {offset}). Sla het in Excel op als “CSV UTF-8 (door lijstscheidingsteken gescheiden)”.',
			unclosedQuote: 'een veld begint met een aanhalingsteken (") dat niet wordt gesloten.',
			afterQuote: 'na het sluitende aanhalingsteken (") volgt geen scheidingsteken.',
			fieldCount: { one: 'deze regel heeft {count} veld, de kopregel {header}.', other: 'deze regel heeft {count} velden, de kopregel {header}.' },
			tooManyRows: 'Het bestand heeft meer dan {max} regels onder de kopregel. Deel het op in kleinere bestanden.',
			unknownColumn: 'deze kolom kennen we niet. Bekende kolommen: {known}.',
			unnamedColumn: 'kolom {position} van de kopregel heeft geen naam.',
			doubledColumn: 'deze kolom staat meer dan één keer in de kopregel.',
			missingColumn: 'deze kolom ontbreekt in de kopregel.',
			values: {
				empty: 'vul een waarde in.',
				tooLong: 'langer dan {max} tekens.',
				integer: 'moet een geheel getal van {min} tot en met {max} zijn, niet “{value}”.',
				url: 'moet een webadres zijn dat met https:// of http:// begint, niet “{value}”.',
				email: 'moet een e-mailadres zijn, niet “{value}”.',
				boolean: 'moet ja of nee zijn, niet “{value}”.',
				oneOf: 'moet een van deze zijn: {values}; niet “{value}”.',
				listOf: '{unknown} kennen we niet. Kies uit: {values}.'
			}
		},
		keepers: {
			link: 'Beheerders van de catalogi',
			title: 'Beheerders van de catalogi',
			intro: 'Iedereen van de instelling leest de catalogi en scoort tools en ruimtes. Toevoegen, wijzigen, importeren en verwijderen doen de beheerders van de instelling en de collega’s die je hier per catalogus aanwijst.',
			purpose: {
				tools: 'Tools, hun licentie, privacystatus en toegankelijkheid.',
				rooms: 'Onderwijsruimtes, hun inrichting, techniek en foto’s.'
			},
			none: 'Nog geen collega’s aangewezen; alleen de beheerders van de instelling houden deze catalogus bij.',
			admins: 'Beheerders van de instelling houden elke catalogus altijd bij.',
			add: 'Aanwijzen',
			addLabel: 'Collega die de {catalogue} bijhoudt',
			choose: 'Kies een collega',
			noCandidates: 'Er zijn geen andere actieve collega’s om aan te wijzen.',
			remove: 'Weghalen',
			removeLabel: '{name} weghalen als beheerder van de {catalogue}',
			disabled: 'uitgeschakeld',
			added: '{name} houdt nu de {catalogue} bij.',
			removed: '{name} houdt de {catalogue} niet meer bij.',
			notKeeper: {
				tools: 'Alleen de beheerders van de toolcatalogus (aangewezen door een beheerder van de instelling) mogen tools toevoegen, wijzigen, importeren en verwijderen. Jij kunt de catalogus lezen en tools scoren.',
				rooms: 'Alleen de beheerders van de ruimte-inventaris (aangewezen door een beheerder van de instelling) mogen ruimtes toevoegen, wijzigen, importeren en verwijderen. Jij kunt de inventaris lezen en ruimtes scoren.'
			},
			notAdmin: 'Alleen een beheerder van de instelling wijst aan wie de catalogi bijhoudt.',
			problems: {
				catalogue: 'Kies een catalogus uit de lijst.',
				unknown: 'Kies een actieve collega van je instelling uit de lijst.',
				admin: 'Beheerders van de instelling houden de catalogi al bij.',
				already: 'Deze collega houdt deze catalogus al bij.',
				notKeeper: 'Deze collega hield deze catalogus niet bij.'
			}
		}
	},
	{
		names: { tools: 'Tool catalogue', rooms: 'Room inventory' },
		inSentence: { tools: 'tool catalogue', rooms: 'room inventory' },
		csv: {
			at: {
				line: 'Line {line}: {message}',
				column: 'Column {column}: {message}',
				cell: 'Line {line}, column {column}: {message}'
			},
			tooLarge: 'The file is larger than {max} MB. Split it into smaller files.',
			empty: 'The file is empty; its first line must hold the column names.',
			notUtf8: 'the file is not UTF-8 (byte {offset}). In Excel, save it as “CSV UTF-8 (Comma delimited)”.',
			unclosedQuote: 'a field starts with a quote (") that is never closed.',
			afterQuote: 'the closing quote (") is not followed by a separator.',
			fieldCount: { one: 'this line has {count} field, the header {header}.', other: 'this line has {count} fields, the header {header}.' },
			tooManyRows: 'The file has more than {max} lines below the header. Split it into smaller files.',
			unknownColumn: 'we do not know this column. Known columns: {known}.',
			unnamedColumn: 'column {position} of the header has no name.',
			doubledColumn: 'this column appears more than once in the header.',
			missingColumn: 'this column is missing from the header.',
			values: {
				empty: 'enter a value.',
				tooLong: 'longer than {max} characters.',
				integer: 'must be a whole number from {min} to {max}, not “{value}”.',
				url: 'must be a web address starting with https:// or http://, not “{value}”.',
				email: 'must be an e-mail address, not “{value}”.',
				boolean: 'must be yes or no, not “{value}”.',
				oneOf: 'must be one of: {values}; not “{value}”.',
				listOf: 'we do not know {unknown}. Choose from: {values}.'
			}
		},
		keepers: {
			link: 'Catalogue keepers',
			title: 'Catalogue keepers',
			intro: 'Everyone of the institution reads the catalogues and scores tools and rooms. Adding, changing, importing and deleting is for the institution’s administrators and the colleagues you name here per catalogue.',
			purpose: {
				tools: 'Tools, their licence, privacy status and accessibility.',
				rooms: 'Teaching rooms, their layout, technology and photos.'
			},
			none: 'No colleagues named yet; only the institution’s administrators keep this catalogue.',
			admins: 'The institution’s administrators always keep every catalogue.',
			add: 'Name',
			addLabel: 'Colleague who keeps the {catalogue}',
			choose: 'Choose a colleague',
			noCandidates: 'There are no other active colleagues to name.',
			remove: 'Remove',
			removeLabel: 'Remove {name} as keeper of the {catalogue}',
			disabled: 'disabled',
			added: '{name} now keeps the {catalogue}.',
			removed: '{name} no longer keeps the {catalogue}.',
			notKeeper: {
				tools: 'Only the keepers of the tool catalogue (named by an administrator of the institution) may add, change, import and delete tools. You can read the catalogue and score tools.',
				rooms: 'Only the keepers of the room inventory (named by an administrator of the institution) may add, change, import and delete rooms. You can read the inventory and score rooms.'
			},
			notAdmin: 'Only an administrator of the institution names who keeps the catalogues.',
			problems: {
				catalogue: 'Choose a catalogue from the list.',
				unknown: 'Choose an active colleague of your institution from the list.',
				admin: 'The institution’s administrators keep the catalogues already.',
				already: 'This colleague keeps this catalogue already.',
				notKeeper: 'This colleague did not keep this catalogue.'
			}
		}
	}
);
