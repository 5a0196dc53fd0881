/**
 * Typed message dictionaries, Dutch first. Each feature keeps its texts in its own `messages.ts`
 * (texts every feature shares are in `messages/`), with the English object typed by the Dutch one, so a missing English key is a
 * type error (see docs/decisions/0003-i18n-typed-dictionaries.md).
 */
import { common } from './messages/common';
import { scan } from '$lib/scan/messages';
import { plan } from '$lib/plan/messages';
import { exportMessages } from './messages/export';
import { auth } from '$lib/accounts/auth-messages';
import { admin } from '$lib/accounts/messages';
import { navigatorMessages } from '$lib/toolkit/messages';
import { workshop } from '$lib/workshop/messages';
import { workshopUi } from '$lib/workshop/ui-messages';
import { workshopConsole } from '$lib/workshop/console-messages';
import { workshopPhone } from '$lib/workshop/phone-messages';
import { survey } from '$lib/survey/messages';
import { instrumentMessages } from '$lib/instrument/messages';
import { contentAdmin } from '$lib/toolkit/admin-messages';
import { removal } from '$lib/removal/messages';
import { users } from '$lib/accounts/users-messages';
import { editors } from '$lib/editors/messages';
import { blend } from '$lib/blend/messages';
import { blendUi } from '$lib/blend/ui-messages';
import { audit } from '$lib/audit/messages';
import { sso } from '$lib/sso/messages';
import { tools } from '$lib/tools/messages';
import { rooms } from '$lib/rooms/messages';
import { catalogue } from '$lib/catalogue/messages';
import { rating } from '$lib/rating/messages';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** Text in both languages, as instrument and content files hold it. */
export type Localised = Record<Language, string>;

const dictionaries = {
	nl: { common: common.nl, auth: auth.nl, admin: admin.nl, scan: scan.nl, plan: plan.nl, export: exportMessages.nl, navigator: navigatorMessages.nl, workshop: workshop.nl, workshopUi: workshopUi.nl, workshopConsole: workshopConsole.nl, workshopPhone: workshopPhone.nl, survey: survey.nl, instruments: instrumentMessages.nl, contentAdmin: contentAdmin.nl, removal: removal.nl, blend: blend.nl, blendUi: blendUi.nl, audit: audit.nl, sso: sso.nl, users: users.nl, editors: editors.nl, catalogue: catalogue.nl, rating: rating.nl, tools: tools.nl, rooms: rooms.nl },
	en: { common: common.en, auth: auth.en, admin: admin.en, scan: scan.en, plan: plan.en, export: exportMessages.en, navigator: navigatorMessages.en, workshop: workshop.en, workshopUi: workshopUi.en, workshopConsole: workshopConsole.en, workshopPhone: workshopPhone.en, survey: survey.en, instruments: instrumentMessages.en, contentAdmin: contentAdmin.en, removal: removal.en, blend: blend.en, blendUi: blendUi.en, audit: audit.en, sso: sso.en, users: users.en, editors: editors.en, catalogue: catalogue.en, rating: rating.en, tools: tools.en, rooms: rooms.en }
};

export type Messages = (typeof dictionaries)['nl'];

export function isLanguage(value: unknown): value is Language {
	return value === 'nl' || value === 'en';
}

export function messages(language: Language): Messages {
	return dictionaries[language];
}

/** Picks the text of a bilingual value in the given language. */
export function localise(text: Localised, language: Language): string {
	return text[language];
}

/**
 * Fills `{name}` placeholders. Values are inserted as plain text; callers render the result as
 * text (never as HTML), so participant input stays inert.
 */
export function format(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole
	);
}
