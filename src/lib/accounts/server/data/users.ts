import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';

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
const toUser = (r: Row): User => ({ id: r.id, institutionId: r.institution_id, email: r.email, name: r.name, role: r.role as Role });
const columns = ['id', 'institution_id', 'email', 'name', 'role'] as const;

/** E-mail addresses are compared case-insensitively; we store them lower-cased. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export async function create(
	db: Kysely<Database>,
	input: { institutionId: string; email: string; name: string; passwordHash: string; role: Role }
): Promise<User> {
	const id = newId();
	const email = normaliseEmail(input.email);
	await db
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
		.execute();
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

/** A user who may be signed in: unknown and disabled accounts are undefined. */
export async function getActive(db: Kysely<Database>, id: string): Promise<User | undefined> {
	const r = await db.selectFrom('app_user').select(columns).where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();
	return r && toUser(r);
}

export async function findWithHashByEmail(
	db: Kysely<Database>,
	email: string
): Promise<(User & { passwordHash: string; disabled: boolean }) | undefined> {
	const r = await db
		.selectFrom('app_user')
		.select([...columns, 'password_hash', 'disabled_at'])
		.where('email', '=', normaliseEmail(email))
		.executeTakeFirst();
	return r && { ...toUser(r), passwordHash: r.password_hash, disabled: r.disabled_at !== null };
}

/** Notes the moment of a sign-in; false (and nothing noted) for an unknown or disabled account. */
export async function recordSignIn(db: Kysely<Database>, id: string, at = new Date()): Promise<boolean> {
	const result = await db.updateTable('app_user').set({ last_sign_in_at: at.toISOString() }).where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function emailTaken(db: Kysely<Database>, email: string): Promise<boolean> {
	const r = await db.selectFrom('app_user').select('id').where('email', '=', normaliseEmail(email)).executeTakeFirst();
	return !!r;
}

export async function listForInstitution(db: Kysely<Database>, institutionId: string): Promise<User[]> {
	const rows = await db.selectFrom('app_user').select(columns).where('institution_id', '=', institutionId).orderBy('name').execute();
	return rows.map(toUser);
}

/** An account as the administrator's list shows it. */
export interface ManagedUser extends User {
	lastSignInAt: string | null;
	disabledAt: string | null;
	oidcSubject: string | null;
	/** False for an account made by single sign-on, which has no password. */
	hasPassword: boolean;
}

/** Every account of the institution with what an administrator manages, by name. */
export async function listManaged(db: Kysely<Database>, institutionId: string): Promise<ManagedUser[]> {
	const rows = await db
		.selectFrom('app_user')
		.select([...columns, 'last_sign_in_at', 'disabled_at', 'oidc_subject', 'password_hash'])
		.where('institution_id', '=', institutionId)
		.orderBy('name')
		.orderBy('email')
		.execute();
	return rows.map((r) => ({ ...toUser(r), lastSignInAt: r.last_sign_in_at, disabledAt: r.disabled_at, oidcSubject: r.oidc_subject, hasPassword: r.password_hash !== '' }));
}

export async function setRole(db: Kysely<Database>, institutionId: string, id: string, role: Role): Promise<void> {
	await db.updateTable('app_user').set({ role }).where('institution_id', '=', institutionId).where('id', '=', id).execute();
}

export async function setDisabled(db: Kysely<Database>, institutionId: string, id: string, disabledAt: string | null): Promise<void> {
	await db.updateTable('app_user').set({ disabled_at: disabledAt }).where('institution_id', '=', institutionId).where('id', '=', id).execute();
}

export async function destroy(db: Kysely<Database>, institutionId: string, id: string): Promise<void> {
	await db.deleteFrom('app_user').where('institution_id', '=', institutionId).where('id', '=', id).execute();
}
