/**
 * The audit trail's table (decision record 0044). Append-only: `record` is the one way in, and
 * rows leave only by the retention sweep (`removeBefore`) and with their institution (cascade).
 * There is deliberately no function that changes or deletes one entry.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { checkEntry, coalesces, dayAfter, type AuditAction, type AuditEntry, type AuditEvent, type AuditFilter, type ObjectKind, type Via } from '../../audit';
import { currentActor } from '../actor';
import { inTransaction } from '$lib/server/db/transaction';
import { prepared } from '$lib/server/db/prepared';

/**
 * Records one entry in the caller's transaction, so the change and its entry are stored together
 * or not at all: call it with the `trx` that wrote the change. Who and how come from the request
 * (`actingAs` in the hook) unless the entry names them. An update that repeats what the same
 * person's newest entry on the object already says, within a minute, adds no row (autosave).
 * Returns whether a row was added. Throws `AuditEntryRefused` for anything that is not an id or
 * a name, so free text can never reach the trail.
 *
 * @example
 * await inTransaction(db, async (trx) => {
 *   await trx.updateTable('app_user').set({ role }).where('id', '=', userId).execute();
 *   await audit.record(trx, { institutionId, action: 'update', objectKind: 'user', objectId: userId, fields: ['role'] });
 * });
 */
export async function record(db: Kysely<Database>, entry: AuditEntry, at = new Date()): Promise<boolean> {
	const { fields } = checkEntry(entry);
	const actor = currentActor();
	const actorUserId = entry.actorUserId !== undefined ? entry.actorUserId : actor.userId;
	const via = entry.via ?? actor.via;
	if (entry.action === 'update') {
		const object = { institutionId: entry.institutionId, objectKind: entry.objectKind, objectId: entry.objectId };
		const [previous] = (actorUserId === null ? await newestBySystem(db, object) : await newestByUser(db, { ...object, actorUserId })).rows;
		const named = fields === '' ? [] : fields.split(',');
		if (previous && coalesces({ action: previous.action as AuditAction, at: previous.at, fields: splitFields(previous.fields) }, 'update', named, at)) return false;
	}
	await insertEntry(db, {
		institution_id: entry.institutionId,
		at: at.toISOString(),
		actor_user_id: actorUserId,
		action: entry.action,
		object_kind: entry.objectKind,
		object_id: entry.objectId,
		fields,
		via
	});
	return true;
}

// Prepared once (decision record 0058): every autosave records, or coalesces, an update. The
// newest entry of an object by one person, or by the system (no person: `is null`, another query).
const newest = (db: Kysely<Database>, p: { institutionId: string; objectKind: string; objectId: string }) =>
	db
		.selectFrom('audit_event')
		.select(['action', 'at', 'fields'])
		.where('institution_id', '=', p.institutionId)
		.where('object_kind', '=', p.objectKind)
		.where('object_id', '=', p.objectId);
const newestByUser = prepared((db, p: { institutionId: string; objectKind: string; objectId: string; actorUserId: string }) =>
	newest(db, p).where('actor_user_id', '=', p.actorUserId).orderBy('id', 'desc').limit(1)
);
const newestBySystem = prepared((db, p: { institutionId: string; objectKind: string; objectId: string }) => newest(db, p).where('actor_user_id', 'is', null).orderBy('id', 'desc').limit(1));

const insertEntry = prepared(
	(db, p: { institution_id: string; at: string; actor_user_id: string | null; action: string; object_kind: string; object_id: string; fields: string; via: string }) =>
		db.insertInto('audit_event').values({
			institution_id: p.institution_id,
			at: p.at,
			actor_user_id: p.actor_user_id,
			action: p.action,
			object_kind: p.object_kind,
			object_id: p.object_id,
			fields: p.fields,
			via: p.via
		})
);

/**
 * Runs `write` and records what `entry` makes of its result, in one transaction (the caller's when
 * `db` is one); an `entry` that returns undefined records nothing (say, nothing was changed).
 *
 * @example
 * return audit.audited(db, (trx) => trx.deleteFrom('unit').where('id', '=', id).execute(),
 *   () => ({ institutionId, action: 'delete', objectKind: 'unit', objectId: id }));
 */
export function audited<T>(db: Kysely<Database>, write: (trx: Kysely<Database>) => Promise<T>, entry: (result: T) => AuditEntry | undefined): Promise<T> {
	return inTransaction(db, async (trx) => {
		const result = await write(trx);
		const made = entry(result);
		if (made) await record(trx, made);
		return result;
	});
}

function splitFields(text: string): string[] {
	return text === '' ? [] : text.split(',');
}

function filtered(db: Kysely<Database>, institutionId: string, filter: AuditFilter) {
	return db
		.selectFrom('audit_event')
		.where('institution_id', '=', institutionId)
		.$if(filter.objectKind !== undefined, (qb) => qb.where('object_kind', '=', filter.objectKind!))
		.$if(filter.action !== undefined, (qb) => qb.where('action', '=', filter.action!))
		.$if(filter.actorUserId !== undefined, (qb) => qb.where('actor_user_id', '=', filter.actorUserId!))
		.$if(filter.from !== undefined, (qb) => qb.where('at', '>=', `${filter.from}T00:00:00.000Z`))
		.$if(filter.to !== undefined, (qb) => qb.where('at', '<', dayAfter(filter.to!)));
}

const COLUMNS = ['id', 'institution_id', 'at', 'actor_user_id', 'action', 'object_kind', 'object_id', 'fields', 'via'] as const;

type Row = { id: number | string; institution_id: string; at: string; actor_user_id: string | null; action: string; object_kind: string; object_id: string; fields: string; via: string };

// Written only through `record`, which checked action, kind and via.
const toEvent = (r: Row): AuditEvent => ({
	id: Number(r.id),
	institutionId: r.institution_id,
	at: r.at,
	actorUserId: r.actor_user_id,
	action: r.action as AuditAction,
	objectKind: r.object_kind as ObjectKind,
	objectId: r.object_id,
	fields: splitFields(r.fields),
	via: r.via as Via
});

/** One page of the institution's entries that match, newest first, and how many match in all. */
export async function list(db: Kysely<Database>, institutionId: string, filter: AuditFilter, page: number, pageSize: number): Promise<{ events: AuditEvent[]; total: number }> {
	const [rows, count] = await Promise.all([
		filtered(db, institutionId, filter)
			.select(COLUMNS)
			.orderBy('id', 'desc')
			.limit(pageSize)
			.offset((page - 1) * pageSize)
			.execute(),
		filtered(db, institutionId, filter).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()
	]);
	return { events: rows.map(toEvent), total: Number(count?.n ?? 0) };
}

/** Every matching entry, newest first, read in batches of `batch` (for the CSV). */
export async function* all(db: Kysely<Database>, institutionId: string, filter: AuditFilter, batch = 1000): AsyncGenerator<AuditEvent[]> {
	let before: number | undefined;
	for (;;) {
		const rows = await filtered(db, institutionId, filter)
			.$if(before !== undefined, (qb) => qb.where('id', '<', before!))
			.select(COLUMNS)
			.orderBy('id', 'desc')
			.limit(batch)
			.execute();
		if (rows.length === 0) return;
		yield rows.map(toEvent);
		before = Number(rows[rows.length - 1]!.id);
		if (rows.length < batch) return;
	}
}

/** Deletes the institution's entries from before `cutoff` (its retention period); returns how many. */
export async function removeBefore(db: Kysely<Database>, institutionId: string, cutoff: Date): Promise<number> {
	const result = await db.deleteFrom('audit_event').where('institution_id', '=', institutionId).where('at', '<', cutoff.toISOString()).executeTakeFirst();
	return Number(result.numDeletedRows);
}
