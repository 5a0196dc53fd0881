/**
 * A design's learning activities in the team's order. An edit names the revision it was made
 * against; when a colleague changed the activity since, the edit is kept as a new activity right
 * after it, so both versions stay for the team to choose (as the workshop's shared sheet does).
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';
import type { Activity } from '$lib/blend/design';
import type { LearningTypeId } from '$lib/blend/learning-types';

export interface StoredActivity extends Activity {
	revision: number;
}

type ActivityInput = Omit<Activity, 'id'>;

const columns = ['id', 'title', 'outcome_ids', 'environment', 'synchrony', 'grouping', 'learning_type', 'weeks', 'hours', 'teacher_role', 'notes', 'revision'] as const;
type Row = Pick<Selectable<Database['design_activity']>, (typeof columns)[number]>;

const list_ = (text: string): string[] => (text === '' ? [] : text.split(','));

const toActivity = (r: Row): StoredActivity => ({
	id: r.id,
	title: r.title,
	outcomeIds: list_(r.outcome_ids),
	environment: r.environment,
	synchrony: r.synchrony as Activity['synchrony'],
	grouping: r.grouping as Activity['grouping'],
	learningType: r.learning_type as LearningTypeId,
	weeks: list_(r.weeks).map(Number),
	hours: Number(r.hours),
	teacherRole: r.teacher_role as Activity['teacherRole'],
	notes: r.notes,
	revision: Number(r.revision)
});

const values = (a: ActivityInput) => ({
	title: a.title,
	outcome_ids: a.outcomeIds.join(','),
	environment: a.environment,
	synchrony: a.synchrony,
	grouping: a.grouping,
	learning_type: a.learningType,
	weeks: a.weeks.join(','),
	hours: a.hours,
	teacher_role: a.teacherRole,
	notes: a.notes
});

export async function list(db: Kysely<Database>, designId: string): Promise<StoredActivity[]> {
	const rows = await db.selectFrom('design_activity').select(columns).where('design_id', '=', designId).orderBy('position').orderBy('id').execute();
	return rows.map(toActivity);
}

export async function get(db: Kysely<Database>, designId: string, id: string): Promise<StoredActivity | undefined> {
	const r = await db.selectFrom('design_activity').select(columns).where('design_id', '=', designId).where('id', '=', id).executeTakeFirst();
	return r && toActivity(r);
}

/** The position after the last: positions keep gaps where activities were deleted. */
async function endPosition(db: Kysely<Database>, designId: string): Promise<number> {
	const r = await db.selectFrom('design_activity').select((eb) => eb.fn.max('position').as('last')).where('design_id', '=', designId).executeTakeFirst();
	return r?.last === null || r?.last === undefined ? 0 : Number(r.last) + 1;
}

/** Adds an activity at `position` (0-based; at the end when not given); returns its id. */
export async function add(db: Kysely<Database>, designId: string, input: ActivityInput, position?: number): Promise<string> {
	const id = newId();
	const at = position ?? (await endPosition(db, designId));
	if (position !== undefined)
		await db
			.updateTable('design_activity')
			.set((eb) => ({ position: eb('position', '+', 1) }))
			.where('design_id', '=', designId)
			.where('position', '>=', at)
			.execute();
	await db.insertInto('design_activity').values({ id, design_id: designId, position: at, ...values(input), updated_at: now() }).execute();
	return id;
}

export type EditOutcome = { kind: 'saved' } | { kind: 'clash'; copyId: string } | { kind: 'gone'; copyId: string };

/**
 * Saves an edit made against `revision`. When the activity changed since, the edit becomes a new
 * activity right after it; when it was deleted meanwhile, the edit comes back as a new activity at
 * the end. Nothing a colleague typed is lost.
 */
export async function edit(db: Kysely<Database>, designId: string, id: string, revision: number, input: ActivityInput): Promise<EditOutcome> {
	const changed = await db
		.updateTable('design_activity')
		.set((eb) => ({ ...values(input), revision: eb('revision', '+', 1), updated_at: now() }))
		.where('design_id', '=', designId)
		.where('id', '=', id)
		.where('revision', '=', revision)
		.executeTakeFirst();
	if (Number(changed.numUpdatedRows) === 1) return { kind: 'saved' };
	const current = await db.selectFrom('design_activity').select('position').where('design_id', '=', designId).where('id', '=', id).executeTakeFirst();
	if (!current) return { kind: 'gone', copyId: await add(db, designId, input) };
	return { kind: 'clash', copyId: await add(db, designId, input, Number(current.position) + 1) };
}

export async function remove(db: Kysely<Database>, designId: string, id: string): Promise<boolean> {
	const r = await db.deleteFrom('design_activity').where('design_id', '=', designId).where('id', '=', id).executeTakeFirst();
	return Number(r.numDeletedRows) === 1;
}

/** Stores the order `ids` (every activity of the design, each once); positions follow the list. */
export async function reorder(db: Kysely<Database>, designId: string, ids: readonly string[]): Promise<void> {
	for (const [position, id] of ids.entries())
		await db.updateTable('design_activity').set({ position }).where('design_id', '=', designId).where('id', '=', id).execute();
}
