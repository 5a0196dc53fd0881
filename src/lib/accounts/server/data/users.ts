import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';
import * as audit from '$lib/audit/server/data/audit';
import { currentActor } from '$lib/audit/server/actor';

export const ROLES = ['admin', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
	id: string;
	institutionId: string;
	email: string;
	name: string;
	role: Role;
}

type Row = Pick<Database['app_user'], 'id' | 'institution_id' | 'email' | 'name' | 'role'>;
export const toUser = (r: Row): User => ({ id: r.id, institutionId: r.institution_id, email: r.email, name: r.name, role: r.role as Role });
const columns = ['id', 'institution_id', 'email', 'name', 'role'] as const;

/** E-mail addresses are compared case-insensitively; we store them lower-cased. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export async function create(
	db: Kysely<Database>,
	input: { institutionId: string; email: string; name: string; passwordHash: string; role: Role }
): Promise<User> {
	const id = newId();
	const email = normaliseEmail(input.email);
	await audit.audited(
		db,
		(trx) =>
			trx
				.insertInto('app_user')
				.values({
					id,
					institution_id: input.institutionId,
					email,
					name: input.name,
					password_hash: input.passwordHash,
					role: input.role,
					created_at: now()
				})
				.execute(),
		// Nobody signed in makes an account for themselves (setup, an invitation, a first single sign-on).
		() => ({ institutionId: input.institutionId, action: 'create', objectKind: 'user', objectId: id, actorUserId: currentActor().userId ?? id })
	);
	return { id, institutionId: input.institutionId, email, name: input.name, role: input.role };
}

export async function count(db: Kysely<Database>): Promise<number> {
	const row = await db.selectFrom('app_user').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function get(db: Kysely<Database>, id: string): Promise<User | undefined> {
	const r = await db.selectFrom('app_user').select(columns).where('id', '=', id).executeTakeFirst();
	return r && toUser(r);
}

export async function findWithHashByEmail(
	db: Kysely<Database>,
	email: string
): Promise<(User & { passwordHash: string }) | undefined> {
	const r = await db
		.selectFrom('app_user')
		.select([...columns, 'password_hash'])
		.where('email', '=', normaliseEmail(email))
		.executeTakeFirst();
	return r && { ...toUser(r), passwordHash: r.password_hash };
}

export async function emailTaken(db: Kysely<Database>, email: string): Promise<boolean> {
	const r = await db.selectFrom('app_user').select('id').where('email', '=', normaliseEmail(email)).executeTakeFirst();
	return !!r;
}

export async function listForInstitution(db: Kysely<Database>, institutionId: string): Promise<User[]> {
	const rows = await db.selectFrom('app_user').select(columns).where('institution_id', '=', institutionId).orderBy('name').execute();
	return rows.map(toUser);
}
