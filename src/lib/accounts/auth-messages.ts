import { defineMessages } from '$lib/i18n/define';

export const auth = defineMessages(
	{
		setupTitle: 'Blendwijzer inrichten',
		setupIntro:
			'Welkom. Er is nog geen beheerder. Geef de naam van je instelling en maak het eerste beheerdersaccount aan; daarna nodig je collega’s uit.',
		institutionName: 'Naam van de instelling',
		yourName: 'Je naam',
		email: 'E-mailadres',
		password: 'Wachtwoord',
		passwordHint: 'Minstens {min} tekens. Een zin van een paar woorden werkt goed.',
		passwordRepeat: 'Herhaal het wachtwoord',
		createAdmin: 'Beheerder aanmaken',
		setupDone: 'Blendwijzer is al ingericht. Log in.',
		loginTitle: 'Inloggen',
		loginButton: 'Inloggen',
		loginFailed: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.',
		waitSeconds: {
			one: 'Te veel mislukte pogingen voor dit account of vanaf dit netwerk. Wacht {count} seconde en probeer het dan opnieuw.',
			other: 'Te veel mislukte pogingen voor dit account of vanaf dit netwerk. Wacht {count} seconden en probeer het dan opnieuw.'
		},
		waitMinutes: {
			one: 'Te veel mislukte pogingen voor dit account of vanaf dit netwerk. Wacht {count} minuut en probeer het dan opnieuw.',
			other: 'Te veel mislukte pogingen voor dit account of vanaf dit netwerk. Wacht {count} minuten en probeer het dan opnieuw.'
		},
		accountDisabled: 'Een beheerder heeft dit account uitgeschakeld. Vraag een beheerder van je instelling om het weer aan te zetten.',
		inviteTitle: 'Account aanmaken',
		inviteIntro: 'Je bent uitgenodigd voor Blendwijzer van {institution} als {role}. Maak je account aan.',
		inviteInvalid: 'Deze uitnodiging is al gebruikt, verlopen of bestaat niet. Vraag je beheerder om een nieuwe link.',
		createAccount: 'Account aanmaken',
		errors: {
			nameRequired: 'Vul een naam in.',
			institutionRequired: 'Vul de naam van de instelling in.',
			emailInvalid: 'Vul een geldig e-mailadres in.',
			emailTaken: 'Er is al een account met dit e-mailadres.',
			passwordShort: 'Het wachtwoord moet minstens {min} tekens hebben.',
			passwordLong: 'Het wachtwoord mag hoogstens {max} tekens hebben.',
			passwordMismatch: 'De twee wachtwoorden zijn niet gelijk.',
			passwordBlank: 'Een wachtwoord van alleen spaties is niet veilig. Kies een zin van een paar woorden.',
			passwordCommon: 'Dit wachtwoord staat op een lijst van veelgebruikte of gelekte wachtwoorden en wordt als eerste geraden. Kies een ander; een zin van een paar woorden werkt goed.',
			passwordPredictable: 'Dit wachtwoord is te voorspelbaar: herhaalde of opeenvolgende tekens. Kies een zin van een paar woorden.',
			passwordPersonal: 'Gebruik je naam of e-mailadres niet in je wachtwoord: die zijn makkelijk te raden.'
		}
	},
	{
		setupTitle: 'Set up Blendwijzer',
		setupIntro:
			'Welcome. There is no administrator yet. Enter the name of your institution and create the first administrator account; then invite your colleagues.',
		institutionName: 'Name of the institution',
		yourName: 'Your name',
		email: 'E-mail address',
		password: 'Password',
		passwordHint: 'At least {min} characters. A sentence of a few words works well.',
		passwordRepeat: 'Repeat the password',
		createAdmin: 'Create administrator',
		setupDone: 'Blendwijzer has been set up already. Please sign in.',
		loginTitle: 'Sign in',
		loginButton: 'Sign in',
		loginFailed: 'This e-mail address and password do not match.',
		waitSeconds: {
			one: 'Too many failed attempts for this account or from this network. Wait {count} second, then try again.',
			other: 'Too many failed attempts for this account or from this network. Wait {count} seconds, then try again.'
		},
		waitMinutes: {
			one: 'Too many failed attempts for this account or from this network. Wait {count} minute, then try again.',
			other: 'Too many failed attempts for this account or from this network. Wait {count} minutes, then try again.'
		},
		accountDisabled: 'An administrator has disabled this account. Ask an administrator of your institution to enable it again.',
		inviteTitle: 'Create your account',
		inviteIntro: 'You have been invited to the Blendwijzer of {institution} as {role}. Create your account.',
		inviteInvalid: 'This invitation has been used, has expired or does not exist. Ask your administrator for a new link.',
		createAccount: 'Create account',
		errors: {
			nameRequired: 'Enter a name.',
			institutionRequired: 'Enter the name of the institution.',
			emailInvalid: 'Enter a valid e-mail address.',
			emailTaken: 'There is already an account with this e-mail address.',
			passwordShort: 'The password must have at least {min} characters.',
			passwordLong: 'The password may have at most {max} characters.',
			passwordMismatch: 'The two passwords are not the same.',
			passwordBlank: 'A password of only spaces is not safe. Choose a sentence of a few words.',
			passwordCommon: 'This password is on a list of common or leaked passwords and is guessed first. Choose another; a sentence of a few words works well.',
			passwordPredictable: 'This password is too predictable: repeated or sequential characters. Choose a sentence of a few words.',
			passwordPersonal: 'Do not use your name or e-mail address in your password: they are easy to guess.'
		}
	}
);
