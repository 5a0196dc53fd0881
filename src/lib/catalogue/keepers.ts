/**
 * Who keeps a catalogue (decision record 0053). Everyone of the institution reads the tool
 * catalogue and the room inventory, scores what is in them and uses their finders; adding,
 * changing, importing and deleting is for the institution's administrators and the colleagues an
 * administrator names as keepers of that catalogue on /admin/catalogues. The same shape of rule as
 * a scan's co-editors (`$lib/editors`), but a catalogue has no maker: an administrator names them.
 */
import type { Person } from '$lib/editors/editors';

export const CATALOGUES = ['tools', 'rooms'] as const;
export type Catalogue = (typeof CATALOGUES)[number];

export function isCatalogue(value: string): value is Catalogue {
	return (CATALOGUES as readonly string[]).includes(value);
}

/** Whether this person may change the institution's catalogue: an administrator of it, or a named keeper. */
export function mayKeep(person: Person, institutionId: string, keeperIds: readonly string[]): boolean {
	return person.institutionId === institutionId && (person.role === 'admin' || keeperIds.includes(person.id));
}

/** Why a colleague cannot be named keeper, or null when they can. Administrators keep every catalogue already. */
export function keeperProblem(
	candidate: { id: string; institutionId: string; role: Person['role']; disabled: boolean } | undefined,
	institutionId: string,
	keeperIds: readonly string[]
): 'unknown' | 'admin' | 'already' | null {
	if (!candidate || candidate.institutionId !== institutionId || candidate.disabled) return 'unknown';
	if (candidate.role === 'admin') return 'admin';
	return keeperIds.includes(candidate.id) ? 'already' : null;
}
