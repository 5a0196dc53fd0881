/**
 * What the admin's page shows for an entry's object: its title (or name, label, text) as it is
 * now, read from the object's own table when it still exists. The trail itself keeps only ids;
 * an object deleted since has no title any more, and that is the point. Every read is limited to
 * the institution, so an id can never show another institution's title.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { AuditEvent, ObjectKind } from '../audit';

/** The key of an object in the map `titles` returns. */
export const objectKey = (kind: ObjectKind, id: string) => `${kind}:${id}`;

type Lookup = (db: Kysely<Database>, institutionId: string, ids: string[]) => Promise<Array<{ id: string; title: string }>>;

const ownerTitle = (table: 'scan' | 'workshop' | 'survey'): Lookup => (db, institutionId, ids) =>
	db.selectFrom(table).select(['id', 'title']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute();

/** Object ids that are keys are their own title, when the row they name still exists. */
const LOOKUPS: Record<ObjectKind, Lookup> = {
	scan: ownerTitle('scan'),
	workshop: ownerTitle('workshop'),
	survey: ownerTitle('survey'),
	async plan(db, institutionId, ids) {
		const rows = [];
		for (const table of ['scan', 'workshop', 'survey'] as const) {
			rows.push(...(await db.selectFrom(table).select(['action_plan_id as id', 'title']).where('institution_id', '=', institutionId).where('action_plan_id', 'in', ids).execute()));
		}
		return rows;
	},
	action_point: (db, institutionId, ids) =>
		db
			.selectFrom('action_point')
			.innerJoin('action_plan', 'action_plan.id', 'action_point.action_plan_id')
			.select(['action_point.id', 'action_point.text as title'])
			.where('action_plan.institution_id', '=', institutionId)
			.where('action_point.id', 'in', ids)
			.execute(),
	async instrument_version(db, institutionId, ids) {
		const rows = await db.selectFrom('instrument_version').select(['instrument_key', 'version']).where('institution_id', '=', institutionId).execute();
		return rows.map((r) => ({ id: `${r.instrument_key}:${r.version}`, title: `${r.instrument_key} ${r.version}` })).filter((r) => ids.includes(r.id));
	},
	instrument_draft: async (db, institutionId, ids) =>
		(await db.selectFrom('instrument_draft').select('instrument_key as id').where('institution_id', '=', institutionId).where('instrument_key', 'in', ids).execute()).map((r) => ({ id: r.id, title: r.id })),
	async content(db, institutionId, ids) {
		const rows = await db.selectFrom('content_override').select(['kind', 'target']).where('institution_id', '=', institutionId).execute();
		return rows.map((r) => ({ id: `${r.kind}:${r.target}`, title: `${r.kind}: ${r.target}` })).filter((r) => ids.includes(r.id));
	},
	attachment: (db, institutionId, ids) => db.selectFrom('product_attachment').select(['id', 'title']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute(),
	user: (db, institutionId, ids) => db.selectFrom('app_user').select(['id', 'name as title']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute(),
	institution: (db, institutionId, ids) => db.selectFrom('institution').select(['id', 'name as title']).where('id', '=', institutionId).where('id', 'in', ids).execute(),
	unit: (db, institutionId, ids) => db.selectFrom('unit').select(['id', 'name as title']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute(),
	invite: (db, institutionId, ids) => db.selectFrom('invite').select(['id', 'label as title']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute(),
	api_token: (db, institutionId, ids) => db.selectFrom('api_token').select(['id', 'label as title']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute(),
	course_design: (db, institutionId, ids) => db.selectFrom('course_design').select(['id', 'title']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute(),
	tool: (db, institutionId, ids) => db.selectFrom('tool').select(['id', 'name as title']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute(),
	room: async (db, institutionId, ids) =>
		(await db.selectFrom('room').select(['id', 'building', 'name']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, title: `${r.building} ${r.name}` })),
	room_photo: (db, institutionId, ids) => db.selectFrom('room_photo').select(['id', 'caption as title']).where('institution_id', '=', institutionId).where('id', 'in', ids).execute(),
	// `<catalogue>:<user id>`: the keeper's name, while they keep it.
	async catalogue_keeper(db, institutionId, ids) {
		const rows = await db
			.selectFrom('catalogue_keeper')
			.innerJoin('app_user', 'app_user.id', 'catalogue_keeper.user_id')
			.select(['catalogue_keeper.catalogue', 'catalogue_keeper.user_id', 'app_user.name'])
			.where('catalogue_keeper.institution_id', '=', institutionId)
			.execute();
		return rows.map((r) => ({ id: `${r.catalogue}:${r.user_id}`, title: `${r.name} (${r.catalogue})` })).filter((r) => ids.includes(r.id));
	},
	// A rating has no title of its own: the kind of subject and who rated it ("room: Ada").
	rating: async (db, institutionId, ids) =>
		(
			await db
				.selectFrom('rating')
				.innerJoin('app_user', 'app_user.id', 'rating.rater_id')
				.select(['rating.id', 'rating.subject_kind', 'app_user.name'])
				.where('rating.institution_id', '=', institutionId)
				.where('rating.id', 'in', ids)
				.execute()
		).map((r) => ({ id: r.id, title: `${r.subject_kind}: ${r.name}` }))
};

/** The current title of each entry's object that still exists (keyed by `objectKey`), one query per kind. */
export async function titles(db: Kysely<Database>, institutionId: string, events: readonly AuditEvent[]): Promise<Map<string, string>> {
	const byKind = new Map<ObjectKind, Set<string>>();
	for (const event of events) {
		let ids = byKind.get(event.objectKind);
		if (!ids) byKind.set(event.objectKind, (ids = new Set()));
		ids.add(event.objectId);
	}
	const found = new Map<string, string>();
	for (const [kind, ids] of byKind) {
		for (const row of await LOOKUPS[kind](db, institutionId, [...ids])) found.set(objectKey(kind, row.id), row.title);
	}
	return found;
}

/** The names of the users who acted in `events` and still exist in the institution. */
export async function actorNames(db: Kysely<Database>, institutionId: string, events: readonly AuditEvent[]): Promise<Map<string, string>> {
	const ids = [...new Set(events.map((e) => e.actorUserId).filter((id): id is string => id !== null))];
	if (ids.length === 0) return new Map();
	const rows = await LOOKUPS.user(db, institutionId, ids);
	return new Map(rows.map((r) => [r.id, r.title]));
}
