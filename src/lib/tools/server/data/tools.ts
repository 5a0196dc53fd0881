/** The `tool` table: a catalogue's tools, read and written as `Tool`s (codes in, codes out). */
import type { Kysely, Selectable } from 'kysely';
import type { Database, ToolTable } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';
import type { LearningTypeId } from '$lib/blend/learning-types';
import { nameKey, type AccessibilityStatus, type Availability, type Licence, type PrivacyStatus, type Tool, type ToolInput, type ToolSynchrony } from '$lib/tools/tool';

const toTool = (r: Selectable<ToolTable>): Tool => ({
	id: r.id,
	name: r.name,
	url: r.url,
	description: r.description,
	learningTypes: r.learning_types === '' ? [] : (r.learning_types.split('|') as LearningTypeId[]),
	synchrony: r.synchrony as ToolSynchrony,
	groupMin: r.group_min === null ? null : Number(r.group_min),
	groupMax: r.group_max === null ? null : Number(r.group_max),
	worksOnPhone: Number(r.works_on_phone) === 1,
	licence: r.licence as Licence,
	availability: r.availability as Availability,
	privacy: r.privacy as PrivacyStatus,
	accessibility: r.accessibility as AccessibilityStatus,
	accessibilityUrl: r.accessibility_url,
	contactName: r.contact_name,
	contactEmail: r.contact_email,
	notes: r.notes,
	updatedAt: r.updated_at
});

/** The row's columns for a tool's fields; the column names are also the audit trail's field names. */
export function columnsOf(input: ToolInput) {
	return {
		name: input.name,
		name_key: nameKey(input.name),
		url: input.url,
		description: input.description,
		learning_types: input.learningTypes.join('|'),
		synchrony: input.synchrony,
		group_min: input.groupMin,
		group_max: input.groupMax,
		works_on_phone: input.worksOnPhone ? 1 : 0,
		licence: input.licence,
		availability: input.availability,
		privacy: input.privacy,
		accessibility: input.accessibility,
		accessibility_url: input.accessibilityUrl,
		contact_name: input.contactName,
		contact_email: input.contactEmail,
		notes: input.notes
	};
}

const byName = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * The institution's tools by name as people sort them ("Tool 2" before "Tool 10", case and accents
 * aside), so the list and the export read as one catalogue; sorted here because SQLite and
 * PostgreSQL collate differently.
 */
export async function list(db: Kysely<Database>, institutionId: string): Promise<Tool[]> {
	const rows = await db.selectFrom('tool').selectAll().where('institution_id', '=', institutionId).execute();
	return rows.map(toTool).sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/** A tool, only when it is in the given institution's catalogue. */
export async function getInInstitution(db: Kysely<Database>, institutionId: string, id: string): Promise<Tool | undefined> {
	const r = await db.selectFrom('tool').selectAll().where('id', '=', id).where('institution_id', '=', institutionId).executeTakeFirst();
	return r && toTool(r);
}

/** The ids of the institution's tools by their name keys. */
export async function idsByNameKey(db: Kysely<Database>, institutionId: string): Promise<Map<string, string>> {
	const rows = await db.selectFrom('tool').select(['id', 'name_key']).where('institution_id', '=', institutionId).execute();
	return new Map(rows.map((r) => [r.name_key, r.id]));
}

export async function insert(db: Kysely<Database>, institutionId: string, input: ToolInput): Promise<string> {
	const id = newId();
	const at = now();
	await db.insertInto('tool').values({ id, institution_id: institutionId, ...columnsOf(input), created_at: at, updated_at: at }).execute();
	return id;
}

export async function update(db: Kysely<Database>, id: string, input: ToolInput): Promise<void> {
	await db.updateTable('tool').set({ ...columnsOf(input), updated_at: now() }).where('id', '=', id).execute();
}

export async function remove(db: Kysely<Database>, institutionId: string, id: string): Promise<boolean> {
	const r = await db.deleteFrom('tool').where('id', '=', id).where('institution_id', '=', institutionId).executeTakeFirst();
	return Number(r.numDeletedRows) === 1;
}
