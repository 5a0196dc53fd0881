/**
 * "Plan zelf je optimale route": choosing products and their order, and reading a shared route
 * back from its link.
 *
 * An own route is kept in its URL (`/toolkit/routes/own/view?p=key1,key2,…`), not in the database:
 * the toolkit is public and needs no account, so storing routes would mean keeping data about
 * anonymous visitors and inventing an id to find it by. A link holds the whole route, can be
 * bookmarked or mailed, and leaves nothing behind on the server (privacy by default). The cost is
 * that a route cannot be changed in place — changing it makes a new link — which suits sharing.
 */
import { format, type Messages } from '$lib/i18n';

/** The highest place a product can get in a route; the catalogue has fewer products than this. */
export const MAX_PLACE = 99;

/** A shared route lists each product once, so its query is never longer than this. */
export const MAX_SHARE_LENGTH = 1024;

/** Unknown keys are echoed in the message, shortened, and at most this many. */
const MAX_ECHOED_KEYS = 3;
const MAX_ECHOED_KEY_LENGTH = 40;

export type ShareProblem =
	| { kind: 'missing' }
	| { kind: 'tooLong' }
	| { kind: 'malformed' }
	| { kind: 'unknown'; keys: string[] }
	| { kind: 'duplicate'; keys: string[] };

export type SharedRoute<P> = { ok: true; products: P[] } | { ok: false; problem: ShareProblem };

function echo(keys: readonly string[]): string[] {
	const unique = [...new Set(keys)];
	const shown = unique.slice(0, MAX_ECHOED_KEYS).map((key) => (key.length > MAX_ECHOED_KEY_LENGTH ? `${key.slice(0, MAX_ECHOED_KEY_LENGTH)}…` : key));
	return unique.length > MAX_ECHOED_KEYS ? [...shown, '…'] : shown;
}

/**
 * Reads the `p` parameter of a shared route against the catalogue: every key must name a product,
 * once. The products come back in the link's order.
 */
export function parseSharedRoute<P extends { key: string }>(param: string | null, catalogue: readonly P[]): SharedRoute<P> {
	if (param === null || param.trim() === '') return { ok: false, problem: { kind: 'missing' } };
	if (param.length > MAX_SHARE_LENGTH) return { ok: false, problem: { kind: 'tooLong' } };
	const keys = param.split(',').map((key) => key.trim());
	if (keys.some((key) => key === '')) return { ok: false, problem: { kind: 'malformed' } };
	const byKey = new Map(catalogue.map((product) => [product.key, product]));
	const unknown = keys.filter((key) => !byKey.has(key));
	if (unknown.length > 0) return { ok: false, problem: { kind: 'unknown', keys: echo(unknown) } };
	const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
	if (repeated.length > 0) return { ok: false, problem: { kind: 'duplicate', keys: echo(repeated) } };
	return { ok: true, products: keys.map((key) => byKey.get(key)!) };
}

/** One product's row of the planner form. */
export interface OwnRouteChoice {
	key: string;
	chosen: boolean;
	/** The place as typed; empty means "after the numbered ones". */
	place: string;
}

export type OwnRouteOrder =
	| { ok: true; keys: string[] }
	| { ok: false; noneChosen: boolean; /** Keys of chosen products whose place is not a whole number from 1 to MAX_PLACE. */ badPlaces: string[] };

export function placeField(key: string): string {
	return `place-${key}`;
}

/**
 * The chosen products in route order: by place, products without a place last, and equal places
 * in the order of `choices` (the catalogue's). The place of a product that is not chosen is ignored.
 */
export function orderOwnRoute(choices: readonly OwnRouteChoice[]): OwnRouteOrder {
	const chosen = choices.map((choice, index) => ({ ...choice, index })).filter((choice) => choice.chosen);
	const badPlaces = chosen
		.filter(({ place }) => {
			const text = place.trim();
			return text !== '' && (!/^\d{1,3}$/.test(text) || Number(text) < 1 || Number(text) > MAX_PLACE);
		})
		.map(({ key }) => key);
	if (chosen.length === 0 || badPlaces.length > 0) return { ok: false, noneChosen: chosen.length === 0, badPlaces };
	const placeOf = (place: string) => (place.trim() === '' ? Number.POSITIVE_INFINITY : Number(place.trim()));
	const keys = chosen
		.sort((a, b) => placeOf(a.place) - placeOf(b.place) || a.index - b.index)
		.map(({ key }) => key);
	return { ok: true, keys };
}

/** What is wrong with a shared link, in the navigator's words; unknown keys are quoted as text. */
export function shareProblemText(problem: ShareProblem, m: Messages['navigator']): string {
	const quoted = (keys: string[]) => keys.map((key) => (key === '…' ? key : `“${key}”`)).join(', ');
	switch (problem.kind) {
		case 'missing':
			return m.shareErrors.missing;
		case 'tooLong':
			return m.shareErrors.tooLong;
		case 'malformed':
			return m.shareErrors.malformed;
		case 'unknown':
			return format(m.shareErrors.unknown, { keys: quoted(problem.keys) });
		case 'duplicate':
			return format(m.shareErrors.duplicate, { keys: quoted(problem.keys) });
	}
}
