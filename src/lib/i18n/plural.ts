/**
 * Texts that depend on a number ("nog 1 actiepunt", "nog 3 actiepunten"). A dictionary holds such a
 * text as its plural forms, and `plural` picks the form the language's rules ask for, with
 * Intl.PluralRules (the Unicode CLDR rules every browser and Node ship), instead of a hand-written
 * "actiepunt(en)" or `n === 1 ? … : …` at each caller. Dutch and English have the same two forms,
 * "one" and "other"; a language with more (Polish has "few" and "many") would add keys here.
 */
import { format, type Language } from '$lib/i18n';

/** A text in its plural forms; `{count}` in either form is filled with the number. */
export interface Plural {
	one: string;
	other: string;
}

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const rules = new Map<Language, Intl.PluralRules>();

function rulesFor(language: Language): Intl.PluralRules {
	let found = rules.get(language);
	if (!found) rules.set(language, (found = new Intl.PluralRules(LOCALES[language])));
	return found;
}

/**
 * The form of `text` that fits `count`, with `{count}` and any other placeholders filled.
 *
 * @example
 * plural(m.plan.actionsNudge, 1, 'nl', { category: 'Strategie' }) // "Strategie: nog 1 actiepunt om aan de drie te komen."
 */
export function plural(text: Plural, count: number, language: Language, values: Record<string, string | number> = {}): string {
	const form = rulesFor(language).select(count) === 'one' ? text.one : text.other;
	return format(form, { ...values, count });
}
