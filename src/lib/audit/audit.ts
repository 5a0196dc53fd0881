/**
 * The audit trail's domain (decision record 0044): what an entry says and what it may never say.
 * An entry names who (a user id, or nobody), did what (create, update, delete) to which object
 * (a kind and an id) and which fields changed, by name. Never a value: titles, notes and answers
 * are what people wrote, and the trail must leak nothing when it is exported or kept longer than
 * the things it describes. So every name that goes in is checked to be an identifier here.
 */

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What can be audited, in the order the filter lists them. */
export const OBJECT_KINDS = [
	'scan',
	'plan',
	'action_point',
	'survey',
	'workshop',
	'instrument_version',
	'instrument_draft',
	'content',
	'attachment',
	'user',
	'institution',
	'unit',
	'invite',
	'api_token',
	'course_design',
	'tool',
	'room',
	'room_photo',
	'catalogue_keeper',
	'rating'
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/** How the change came in: a page (form or its script), the JSON API, a file import, or the app itself (housekeeping). */
export const VIAS = ['page', 'api', 'import', 'system'] as const;
export type Via = (typeof VIAS)[number];

export interface AuditEntry {
	institutionId: string;
	action: AuditAction;
	objectKind: ObjectKind;
	objectId: string;
	/** Names of the changed fields (`title`, `answer.needed`), never their values. */
	fields?: readonly string[];
	/** Who acted; left out, the request's signed-in user (see `server/actor.ts`), else nobody. */
	actorUserId?: string | null;
	/** How; left out, the request's (see `server/actor.ts`), else 'system'. */
	via?: Via;
}

export interface AuditEvent {
	id: number;
	institutionId: string;
	at: string;
	actorUserId: string | null;
	action: AuditAction;
	objectKind: ObjectKind;
	objectId: string;
	fields: string[];
	via: Via;
}

/** A field name: lower-case words joined by `_`, optionally `part.sub`. Nothing a person typed fits. */
const FIELD_NAME = /^[a-z][a-z0-9_]{0,39}(\.[a-z][a-z0-9_]{0,39})?$/;
/**
 * An object id: a UUID, or a key made of identifiers (`product-texts:blended-leren`,
 * `blend:3`). Keys are the toolkit's and instrument's own keys, never a title.
 */
const OBJECT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

export class AuditEntryRefused extends Error {}

/** The entry as it is stored, after checking that no free text can be in it; throws `AuditEntryRefused` otherwise. */
export function checkEntry(entry: AuditEntry): { fields: string } {
	if (!(AUDIT_ACTIONS as readonly string[]).includes(entry.action)) throw new AuditEntryRefused(`unknown action ${entry.action}`);
	if (!(OBJECT_KINDS as readonly string[]).includes(entry.objectKind)) throw new AuditEntryRefused(`unknown object kind ${entry.objectKind}`);
	if (!OBJECT_ID.test(entry.objectId)) throw new AuditEntryRefused('an object id must be an id or a key');
	if (entry.via !== undefined && !(VIAS as readonly string[]).includes(entry.via)) throw new AuditEntryRefused(`unknown via ${entry.via}`);
	const fields = [...new Set(entry.fields ?? [])];
	for (const name of fields) if (!FIELD_NAME.test(name)) throw new AuditEntryRefused('a field name must be an identifier');
	return { fields: fields.sort().join(',') };
}

/**
 * The names in `names` whose value differs between `before` and `after` (compared as JSON, so
 * arrays and objects compare by content). With no `before` (a new row), every name that has a value.
 *
 * @example
 * changedFields({ title: 'a', owner: 'b' }, { title: 'a', owner: 'c' }, ['title', 'owner']) // ['owner']
 */
export function changedFields<T extends Record<string, unknown>>(before: Partial<T> | undefined, after: Partial<T>, names: readonly (keyof T & string)[]): string[] {
	return names.filter((name) => {
		const next = JSON.stringify(after[name] ?? null);
		return before === undefined ? next !== 'null' && next !== '""' : JSON.stringify(before[name] ?? null) !== next;
	});
}

/**
 * The fields of a JSON document that changed: its top-level keys whose values differ, in snake
 * case (`howToUse` → `how_to_use`). A document that is not an object is one field, `document`.
 */
export function documentFields(before: string | undefined, after: string): string[] {
	const parse = (text: string | undefined): unknown => (text === undefined ? undefined : JSON.parse(text));
	const old = parse(before);
	const next = parse(after);
	const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
	if (!isRecord(next) || (old !== undefined && !isRecord(old))) return before === after ? [] : ['document'];
	const keys = [...new Set([...Object.keys(old ?? {}), ...Object.keys(next)])];
	const changed = changedFields(old, next, keys).map((key) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
	return changed.every((name) => FIELD_NAME.test(name)) ? changed : ['document'];
}

/** Writes within this many milliseconds by the same person to the same fields of one object are one entry (autosave). */
export const COALESCE_MS = 60_000;

/**
 * Whether a new update entry adds nothing to `previous`, the newest entry of the same person on the
 * same object: both updates, within `COALESCE_MS`, and the new fields already named. Then the
 * trail keeps the one entry ("changed these fields, at about this time, once or more").
 */
export function coalesces(previous: Pick<AuditEvent, 'action' | 'at' | 'fields'> | undefined, action: AuditAction, fields: readonly string[], at: Date): boolean {
	if (!previous || action !== 'update' || previous.action !== 'update') return false;
	if (at.getTime() - Date.parse(previous.at) >= COALESCE_MS) return false;
	return fields.every((name) => previous.fields.includes(name));
}

/** What the admin page filters on. */
export interface AuditFilter {
	objectKind?: ObjectKind;
	action?: AuditAction;
	actorUserId?: string;
	/** ISO dates (yyyy-mm-dd), both days included. */
	from?: string;
	to?: string;
}

export const PAGE_SIZE = 50;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function validDate(value: string): boolean {
	return DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export type FilterProblem = 'kind' | 'action' | 'user' | 'from' | 'to' | 'order' | 'page';

/**
 * The filter and page a query string asks for; an empty value means "any". A value that is not
 * one we offer is a problem to show, not a silent "any".
 */
export function parseFilter(params: URLSearchParams): { filter: AuditFilter; page: number; problems: FilterProblem[] } {
	const filter: AuditFilter = {};
	const problems: FilterProblem[] = [];
	/** Takes a non-empty value when `valid`, reports it otherwise. */
	const read = <T extends string>(name: string, problem: FilterProblem, valid: (value: string) => boolean, set: (value: T) => void) => {
		const value = params.get(name) ?? '';
		if (value === '') return;
		if (valid(value)) set(value as T);
		else problems.push(problem);
	};
	read<ObjectKind>('kind', 'kind', (v) => (OBJECT_KINDS as readonly string[]).includes(v), (v) => (filter.objectKind = v));
	read<AuditAction>('action', 'action', (v) => (AUDIT_ACTIONS as readonly string[]).includes(v), (v) => (filter.action = v));
	read('user', 'user', (v) => UUID.test(v), (v) => (filter.actorUserId = v));
	read('from', 'from', validDate, (v) => (filter.from = v));
	read('to', 'to', validDate, (v) => (filter.to = v));
	if (filter.from && filter.to && filter.from > filter.to) problems.push('order');
	const pageText = params.get('page') ?? '1';
	const page = /^[1-9][0-9]{0,5}$/.test(pageText) ? Number(pageText) : 1;
	if (page === 1 && pageText !== '1') problems.push('page');
	return { filter, page, problems };
}

/** The filter as a query string (without the page), for paging links and the CSV link. */
export function filterQuery(filter: AuditFilter): string {
	const params = new URLSearchParams();
	if (filter.objectKind) params.set('kind', filter.objectKind);
	if (filter.action) params.set('action', filter.action);
	if (filter.actorUserId) params.set('user', filter.actorUserId);
	if (filter.from) params.set('from', filter.from);
	if (filter.to) params.set('to', filter.to);
	return params.toString();
}

/** The first moment after the `to` day, for `at < …` (the day itself is included). */
export function dayAfter(date: string): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString();
}
