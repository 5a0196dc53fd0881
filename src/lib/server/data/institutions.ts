import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { newId, now } from './ids';

export interface Institution {
	id: string;
	name: string;
}

export async function create(db: Kysely<Database>, name: string): Promise<Institution> {
	const row = { id: newId(), name, created_at: now() };
	await db.insertInto('institution').values(row).execute();
	return { id: row.id, name };
}

export async function get(db: Kysely<Database>, id: string): Promise<Institution | undefined> {
	return db.selectFrom('institution').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function rename(db: Kysely<Database>, id: string, name: string): Promise<void> {
	await db.updateTable('institution').set({ name }).where('id', '=', id).execute();
}

export async function count(db: Kysely<Database>): Promise<number> {
	const row = await db.selectFrom('institution').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}
