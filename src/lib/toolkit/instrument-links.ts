/**
 * Where each instrument a product opens lives (see `INSTRUMENT_LINKS` in schema.ts), and whether
 * it needs an account: the tool catalogue and the room inventory are the institution's own and ask
 * a visitor to sign in; the criteria with their sources are public, like the rest of the toolkit.
 */
import { ROOM_INSTRUMENT_KEY, TOOL_RUBRIC_KEY } from '$lib/instrument';
import { criteriaHref } from '$lib/instrument/links';
import type { InstrumentLink } from './schema';

export const INSTRUMENT_LINK_TARGETS: Readonly<Record<InstrumentLink, { href: string; signIn: boolean }>> = {
	'tool-catalogue': { href: '/tools', signIn: true },
	'tool-finder': { href: '/tools/find', signIn: true },
	'tool-criteria': { href: criteriaHref(TOOL_RUBRIC_KEY), signIn: false },
	'room-inventory': { href: '/rooms', signIn: true },
	'room-finder': { href: '/rooms/find', signIn: true },
	'room-scoring': { href: '/rooms', signIn: true },
	'room-heatmap': { href: '/rooms/heatmap', signIn: true },
	'room-criteria': { href: criteriaHref(ROOM_INSTRUMENT_KEY), signIn: false }
};

/** A visitor goes to the sign-in page, which brings them to the instrument afterwards (as `requireUser` would). */
export function signInHref(href: string): string {
	return `/login?next=${encodeURIComponent(href)}`;
}
