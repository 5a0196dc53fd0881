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

/**
 * Makes an account, audited: with a password hash, or (single sign-on) with the provider's
 * identity and no password.
 */
export async function create(
	db: Kysely<Database>,
	input: { institutionId: string; email: string; name: string; role: Role } & ({ passwordHash: string; identity?: undefined } | { passwordHash?: undefined; identity: OidcIdentity })
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
					password_hash: input.passwordHash ?? '',
					role: input.role,
					created_at: now(),
					oidc_issuer: input.identity?.issuer ?? null,
					oidc_subject: input.identity?.subject ?? null
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

// ---------------------------------------------------------------------------------------------
// Single sign-on (decision record 0042): an account made by it has no password ('' never
// verifies) and is found again by its OpenID Connect issuer and subject.

export interface OidcIdentity {
	issuer: string;
	subject: string;
}

export async function findByOidcIdentity(db: Kysely<Database>, identity: OidcIdentity): Promise<(User & { disabledAt: string | null }) | undefined> {
	const r = await db
		.selectFrom('app_user')
		.select([...columns, 'disabled_at'])
		.where('oidc_issuer', '=', identity.issuer)
		.where('oidc_subject', '=', identity.subject)
		.executeTakeFirst();
	return r && { ...toUser(r), disabledAt: r.disabled_at };
}


/** The account with this e-mail address, with its institution and whether it has a single sign-on identity. */
export async function findByEmail(db: Kysely<Database>, email: string): Promise<(User & { oidcSubject: string | null }) | undefined> {
	const r = await db.selectFrom('app_user').select([...columns, 'oidc_subject']).where('email', '=', normaliseEmail(email)).executeTakeFirst();
	return r && { ...toUser(r), oidcSubject: r.oidc_subject };
}

/** Gives an existing account a single sign-on identity (and the role the administrator chose). */
export async function linkOidc(db: Kysely<Database>, id: string, identity: OidcIdentity, role: Role): Promise<void> {
	await db.updateTable('app_user').set({ oidc_issuer: identity.issuer, oidc_subject: identity.subject, role }).where('id', '=', id).execute();
}

/** The issuer of the account's single sign-on identity, or null for a password account. */
export async function oidcIssuerOf(db: Kysely<Database>, id: string): Promise<string | null> {
	const r = await db.selectFrom('app_user').select('oidc_issuer').where('id', '=', id).executeTakeFirst();
	return r?.oidc_issuer ?? null;
}

export async function markSignedIn(db: Kysely<Database>, id: string, at = new Date()): Promise<void> {
	await db.updateTable('app_user').set({ last_sign_in_at: at.toISOString() }).where('id', '=', id).execute();
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
