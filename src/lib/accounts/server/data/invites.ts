/**
 * One-time invitation links. The admin passes the link on (the app sends no e-mail); the token
 * is stored hashed and works once, before it expires.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, InviteTable } from '$lib/server/db/schema';
import { hashToken, newToken } from './sessions';
import { newId, now } from '$lib/server/db/ids';
import type { Role } from './users';
import * as audit from '$lib/audit/server/data/audit';

export const INVITE_DAYS = 7;
/** The longest "for whom" label: a name with an e-mail address fits. */
export const MAX_INVITE_LABEL_LENGTH = 200;

export interface Invite {
	id: string;
	institutionId: string;
	role: Role;
	/** For whom the administrator made it, as they wrote it; '' when they did not say. */
	label: string;
	createdAt: string;
	expiresAt: string;
	usedAt: string | null;
}

const toInvite = (r: Selectable<InviteTable>): Invite => ({
	id: r.id,
	institutionId: r.institution_id,
	role: r.role as Role,
	label: r.label,
	createdAt: r.created_at,
	expiresAt: r.expires_at,
	usedAt: r.used_at
});

export async function create(
	db: Kysely<Database>,
	input: { institutionId: string; role: Role; createdBy: string; label?: string },
	at = new Date()
): Promise<{ invite: Invite; token: string }> {
	const token = newToken();
	const invite: Invite = {
		id: newId(),
		institutionId: input.institutionId,
		role: input.role,
		label: input.label ?? '',
		createdAt: at.toISOString(),
		expiresAt: new Date(at.getTime() + INVITE_DAYS * 24 * 3600 * 1000).toISOString(),
		usedAt: null
	};
	await audit.audited(
		db,
		(trx) =>
			trx
				.insertInto('invite')
				.values({
					id: invite.id,
					institution_id: invite.institutionId,
					token_hash: hashToken(token),
					role: invite.role,
					label: invite.label,
					created_by: input.createdBy,
					created_at: invite.createdAt,
					expires_at: invite.expiresAt,
					used_at: null
				})
				.execute(),
		() => ({ institutionId: invite.institutionId, action: 'create', objectKind: 'invite', objectId: invite.id })
	);
	return { invite, token };
}

/** The invite for a token, if it is unused and not expired. */
export async function findUsable(db: Kysely<Database>, token: string, at = new Date()): Promise<Invite | undefined> {
	const r = await db
		.selectFrom('invite')
		.selectAll()
		.where('token_hash', '=', hashToken(token))
		.where('used_at', 'is', null)
		.where('expires_at', '>', at.toISOString())
		.executeTakeFirst();
	return r && toInvite(r);
}

/** Marks an invite used; false when another request used it first (the update is the lock). */
export async function markUsed(db: Kysely<Database>, id: string): Promise<boolean> {
	const result = await db
		.updateTable('invite')
		.set({ used_at: now() })
		.where('id', '=', id)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function listOpen(db: Kysely<Database>, institutionId: string, at = new Date()): Promise<Invite[]> {
	const rows = await db
		.selectFrom('invite')
		.selectAll()
		.where('institution_id', '=', institutionId)
		.where('used_at', 'is', null)
		.where('expires_at', '>', at.toISOString())
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map(toInvite);
}

/** Deletes invitations that expired before `cutoff`, used or not (housekeeping); returns how many. */
export async function removeExpiredBefore(db: Kysely<Database>, cutoff: Date): Promise<number> {
	const result = await db.deleteFrom('invite').where('expires_at', '<', cutoff.toISOString()).executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Revokes an open invite of this institution; false when there is no such invite. */
export async function revoke(db: Kysely<Database>, institutionId: string, id: string): Promise<boolean> {
	const result = await audit.audited(
		db,
		(trx) => trx.deleteFrom('invite').where('id', '=', id).where('institution_id', '=', institutionId).where('used_at', 'is', null).executeTakeFirst(),
		(deleted) => (Number(deleted.numDeletedRows) === 1 ? { institutionId, action: 'delete', objectKind: 'invite', objectId: id } : undefined)
	);
	return Number(result.numDeletedRows) === 1;
}
