/**
 * Who may change a scan, an institution-wide scan (survey) or a workshop, and its action plan
 * (decision record 0043). Everyone of the institution may read a scan or survey; changing it is
 * for its maker, the institution's administrators and the colleagues the maker added as
 * co-editors. A workshop has one leader (its run-of-show is one person's console), so only the
 * leader and the administrators change it. Deleting stays with the maker and the administrators,
 * and so does choosing the co-editors: a co-editor cannot hand the object on.
 *
 * Plain data in, a yes or no out: every route that writes asks here, through its feature's
 * `server/access.ts`.
 */

/** What kinds of object take co-editors. */
export const EDITABLE_KINDS = ['scan', 'survey'] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];

export interface Person {
	id: string;
	institutionId: string;
	role: 'admin' | 'facilitator';
}

export interface Made {
	institutionId: string;
	/** Who made it (a workshop: who leads it). */
	madeBy: string;
}

const isOwnOrAdmin = (person: Person, thing: Made) =>
	person.institutionId === thing.institutionId && (person.id === thing.madeBy || person.role === 'admin');

/** Whether this person may change it: maker, administrator of its institution, or co-editor. */
export function mayChange(person: Person, thing: Made, editorIds: readonly string[] = []): boolean {
	return isOwnOrAdmin(person, thing) || (person.institutionId === thing.institutionId && editorIds.includes(person.id));
}

/** Whether this person may add and remove its co-editors, and delete it: its maker or an administrator. */
export function mayManage(person: Person, thing: Made): boolean {
	return isOwnOrAdmin(person, thing);
}

/** Why a colleague cannot become a co-editor, or null when they can. */
export function editorProblem(
	candidate: { id: string; institutionId: string; disabled: boolean } | undefined,
	thing: Made,
	editorIds: readonly string[]
): 'unknown' | 'maker' | 'already' | null {
	if (!candidate || candidate.institutionId !== thing.institutionId || candidate.disabled) return 'unknown';
	if (candidate.id === thing.madeBy) return 'maker';
	if (editorIds.includes(candidate.id)) return 'already';
	return null;
}
