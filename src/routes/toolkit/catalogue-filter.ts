/**
 * The catalogue's filters as they travel in the URL (`?audience=management&level=course&maxMinutes=60`),
 * so a filtered overview works without JavaScript and can be bookmarked or shared. Values the
 * catalogue does not know are dropped rather than refused: a stale or hand-edited link still shows
 * products, and the form shows exactly which filters were applied.
 */
import { AUDIENCES, FORMS, LEVELS, type Audience, type Form, type Level, type ProductFilter } from '$lib/toolkit';

/** The choices of "time you have", in minutes. */
export const TIME_OPTIONS = [15, 30, 60, 90, 120, 180] as const;

export interface CatalogueFilter {
	audience: Audience[];
	level: Level[];
	form: Form | null;
	maxMinutes: number | null;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
	return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function someOf<T extends string>(values: readonly T[], given: string[]): T[] {
	return values.filter((value) => given.includes(value));
}

export function parseCatalogueFilter(params: URLSearchParams): CatalogueFilter {
	const minutes = Number(params.get('maxMinutes'));
	return {
		audience: someOf(AUDIENCES, params.getAll('audience')),
		level: someOf(LEVELS, params.getAll('level')),
		form: oneOf(FORMS, params.get('form')),
		maxMinutes: (TIME_OPTIONS as readonly number[]).includes(minutes) ? minutes : null
	};
}

export function toProductFilter(filter: CatalogueFilter): ProductFilter {
	return {
		audience: filter.audience,
		level: filter.level,
		...(filter.form ? { form: filter.form } : {}),
		...(filter.maxMinutes !== null ? { maxMinutes: filter.maxMinutes } : {})
	};
}

export function isFiltered(filter: CatalogueFilter): boolean {
	return filter.audience.length > 0 || filter.level.length > 0 || filter.form !== null || filter.maxMinutes !== null;
}
