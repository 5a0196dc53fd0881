/**
 * Editing an institution's own version of an instrument: pure functions from one document to the
 * next. None of them validates; the caller validates the whole result against `instrumentSchema`
 * and keeps the old document when anything is wrong, so an edit is saved whole or not at all.
 *
 * The editor posts every text of the version as one form; `textFieldNames` says which fields that
 * form has (the allow-list for the form reader) and `applyTexts` writes them back. Field names are
 * built from stable keys, not positions, so a form posted against an older draft cannot write a
 * text onto another factor.
 *
 * The admin never types a key: `keyFromName` makes one from the Dutch name, unique in the
 * instrument's one key space, and it never changes afterwards (a rename keeps the key, so results
 * stay comparable across versions).
 *
 * @example
 * const next = applyTexts(current, (name) => form.one(name));
 * const renamed = renameFactor(current, 'doelstellingen', { nl: 'Doelen', en: 'Goals' });
 * keyFromName('Rooster- en administratiesystemen', allKeys(current)); // 'rooster-en-administratiesystemen'
 */
import type { Language, Localised } from '$lib/i18n';
import { LANGUAGES } from '$lib/i18n';
import type { Instrument, Question, QuestionKind } from './schema';

export interface NewFactor {
	key: string;
	name: Localised;
	descriptors: [Localised, Localised, Localised];
}

/** The longest key the schema accepts. */
const MAX_KEY_LENGTH = 63;

/** Every key of the instrument: categories, factors and own questions share one key space. */
export function allKeys(instrument: Instrument): Set<string> {
	return new Set([
		...instrument.categories.flatMap((category) => [category.key, ...category.factors.map((factor) => factor.key)]),
		...instrument.questions.map((question) => question.key)
	]);
}

/**
 * A key made from a name: lowercase, accents dropped ("Privacy & ethiek" → "privacy-ethiek"),
 * anything else than letters and digits one hyphen, starting with a letter, at most 63
 * characters; `-2`, `-3`… when it is taken. `fallback` is used when the name has no letter or digit.
 */
export function keyFromName(name: string, taken: ReadonlySet<string>, fallback = 'item'): string {
	let base = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (base === '') base = fallback;
	else if (!/^[a-z]/.test(base)) base = `${fallback}-${base}`;
	const fit = (text: string, room: number) => text.slice(0, room).replace(/-+$/, '');
	if (!taken.has(fit(base, MAX_KEY_LENGTH))) return fit(base, MAX_KEY_LENGTH);
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const candidate = `${fit(base, MAX_KEY_LENGTH - suffix.length)}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

export type Direction = 'up' | 'down';

/**
 * Moves a factor one place up or down within its category. Undefined when the factor does not
 * exist; the same document when it is already first (up) or last (down).
 */
export function moveFactor(instrument: Instrument, factorKey: string, direction: Direction): Instrument | undefined {
	const next = copy(instrument);
	for (const category of next.categories) {
		const at = category.factors.findIndex((factor) => factor.key === factorKey);
		if (at === -1) continue;
		const to = direction === 'up' ? at - 1 : at + 1;
		if (to < 0 || to >= category.factors.length) return next;
		[category.factors[at], category.factors[to]] = [category.factors[to]!, category.factors[at]!];
		return next;
	}
	return undefined;
}

/** A plain, mutable copy: the shipped instruments and stored versions are frozen. */
function copy(instrument: Instrument): Instrument {
	return structuredClone(instrument) as Instrument;
}

const localisedFields = (prefix: string) => LANGUAGES.map((language) => `${prefix}.${language}`);

/** Every text field of the editor form, in page order. */
export function textFieldNames(instrument: Instrument): string[] {
	return [
		...localisedFields('title'),
		...localisedFields('description'),
		...instrument.categories.flatMap((category) => [
			...localisedFields(`category.${category.key}.name`),
			...category.factors.flatMap((factor) => [
				...localisedFields(`factor.${factor.key}.name`),
				...[1, 2, 3].flatMap((phase) => localisedFields(`factor.${factor.key}.phase${phase}`))
			])
		]),
		...instrument.questions.flatMap((question) => [...localisedFields(`question.${question.key}.text`), `question.${question.key}.kind`])
	];
}

/** Reads a localised text from the form; a field left out keeps the old text. */
function read(get: (name: string) => string | undefined, prefix: string, old: Localised): Localised {
	const pick = (language: Language) => get(`${prefix}.${language}`) ?? old[language];
	return { nl: pick('nl'), en: pick('en') };
}

/** The document with every text from the editor form; trimming and emptiness are the schema's business. */
export function applyTexts(instrument: Instrument, get: (name: string) => string | undefined): Instrument {
	const next = copy(instrument);
	next.title = read(get, 'title', next.title);
	next.description = read(get, 'description', next.description);
	for (const category of next.categories) {
		category.name = read(get, `category.${category.key}.name`, category.name);
		for (const factor of category.factors) {
			factor.name = read(get, `factor.${factor.key}.name`, factor.name);
			factor.descriptors = [
				read(get, `factor.${factor.key}.phase1`, factor.descriptors[0]),
				read(get, `factor.${factor.key}.phase2`, factor.descriptors[1]),
				read(get, `factor.${factor.key}.phase3`, factor.descriptors[2])
			];
		}
	}
	for (const question of next.questions) {
		question.text = read(get, `question.${question.key}.text`, question.text);
		question.kind = (get(`question.${question.key}.kind`) ?? question.kind) as QuestionKind;
	}
	return next;
}

export function renameFactor(instrument: Instrument, factorKey: string, name: Localised): Instrument {
	return applyTexts(instrument, (field) =>
		field === `factor.${factorKey}.name.nl` ? name.nl : field === `factor.${factorKey}.name.en` ? name.en : undefined
	);
}

/** A new category, with its first factor (a category without factors is not a valid instrument). */
export function addCategory(instrument: Instrument, category: { key: string; name: Localised }, first: NewFactor): Instrument {
	const next = copy(instrument);
	next.categories.push({ key: category.key, name: category.name, factors: [first] });
	return next;
}

/** Appends a factor to a category; an unknown category leaves the document as it was. */
export function addFactor(instrument: Instrument, categoryKey: string, factor: NewFactor): Instrument {
	const next = copy(instrument);
	next.categories.find((category) => category.key === categoryKey)?.factors.push(factor);
	return next;
}

/**
 * Removes a factor. Its category stays, even when empty, so the schema can refuse the result with
 * a message ("a category has at least one factor") instead of the category silently disappearing.
 */
export function dropFactor(instrument: Instrument, factorKey: string): Instrument {
	const next = copy(instrument);
	for (const category of next.categories) category.factors = category.factors.filter((factor) => factor.key !== factorKey);
	return next;
}

export function dropCategory(instrument: Instrument, categoryKey: string): Instrument {
	const next = copy(instrument);
	next.categories = next.categories.filter((category) => category.key !== categoryKey);
	return next;
}

export function addQuestion(instrument: Instrument, question: Question): Instrument {
	const next = copy(instrument);
	next.questions.push(question);
	return next;
}

export function dropQuestion(instrument: Instrument, questionKey: string): Instrument {
	const next = copy(instrument);
	next.questions = next.questions.filter((question) => question.key !== questionKey);
	return next;
}

/** Which factors and questions a document has; an edit naming another key is refused by the route. */
export function hasFactor(instrument: Instrument, key: string): boolean {
	return instrument.categories.some((category) => category.factors.some((factor) => factor.key === key));
}
