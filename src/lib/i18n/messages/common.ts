import { defineMessages } from './define';

export const common = defineMessages(
	{
		appName: 'Blendwijzer',
		language: 'Taal',
		switchTo: 'English',
		switchToLabel: 'Switch to English'
	},
	{
		appName: 'Blendwijzer',
		language: 'Language',
		switchTo: 'Nederlands',
		switchToLabel: 'Schakel naar Nederlands'
	}
);
