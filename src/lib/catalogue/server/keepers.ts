/**
 * Who keeps the tool catalogue and the room inventory (decision record 0053): the one check every
 * write of a tool or a room makes (`requireKeeper`, before the request body is read), and the
 * administrator's naming and removing of keepers on /admin/catalogues, audited as
 * `catalogue_keeper` with the id `<catalogue>:<user id>`.
 */
import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { User } from '$lib/accounts/server/data/users';
import * as users from '$lib/accounts/server/data/users';
import * as audit from '$lib/audit/server/data/audit';
import { messages, type Language } from '$lib/i18n';
import { CATALOGUES, keeperProblem, mayKeep, type Catalogue } from '$lib/catalogue/keepers';
import * as catalogueKeepers from './data/catalogue-keepers';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/auth';

/** The active keepers of the institution's catalogue, by name (the administrators are not listed: they keep every catalogue). */
export async function keepersOf(db: Kysely<Database>, institutionId: string, catalogue: Catalogue): Promise<{ id: string; name: string; email: string }[]> {
	return (await catalogueKeepers.list(db, institutionId, catalogue)).filter((k) => k.disabledAt === null).map(({ id, name, email }) => ({ id, name, email }));
}

/** Whether this user may add, change, import and delete in the catalogue of their institution. */
export async function mayKeepCatalogue(db: Kysely<Database>, user: User, catalogue: Catalogue): Promise<boolean> {
	// An administrator needs no look-up.
	const named = user.role !== 'admin' && (await catalogueKeepers.isKeeper(db, user.institutionId, catalogue, user.id));
	return mayKeep(user, user.institutionId, named ? [user.id] : []);
}

/** 403, with a message that says who keeps the catalogue, unless this user may. */
export async function requireKeeper(db: Kysely<Database>, user: User, catalogue: Catalogue, language: Language): Promise<void> {
	if (!(await mayKeepCatalogue(db, user, catalogue))) error(403, { message: messages(language).catalogue.keepers.notKeeper[catalogue] });
}

/** What /admin/catalogues shows: per catalogue its keepers (disabled ones marked), and whom the administrator can name. */
export async function keepersPage(db: Kysely<Database>, institutionId: string) {
	const colleagues = await users.listManaged(db, institutionId);
	return Promise.all(
		CATALOGUES.map(async (catalogue) => {
			const keepers = await catalogueKeepers.list(db, institutionId, catalogue);
			const ids = keepers.map((k) => k.id);
			return {
				catalogue,
				keepers,
				candidates: colleagues
					.filter((c) => keeperProblem({ id: c.id, institutionId: c.institutionId, role: c.role, disabled: c.disabledAt !== null }, institutionId, ids) === null)
					.map((c) => ({ id: c.id, name: c.name, email: c.email }))
			};
		})
	);
}

export type KeeperOutcome = { ok: true; name: string } | { ok: false; problem: 'unknown' | 'admin' | 'already' | 'notKeeper' };

const entry = (institutionId: string, catalogue: Catalogue, userId: string, action: 'create' | 'delete') => ({ institutionId, action, objectKind: 'catalogue_keeper' as const, objectId: `${catalogue}:${userId}` });

/** Names an active colleague of the institution keeper of the catalogue; the caller has checked that `actor` is its administrator. */
export async function addKeeper(db: Kysely<Database>, actor: User, catalogue: Catalogue, userId: string): Promise<KeeperOutcome> {
	const candidate = await users.getActive(db, userId);
	const problem = keeperProblem(candidate && { ...candidate, disabled: false }, actor.institutionId, []);
	if (problem || !candidate) return { ok: false, problem: problem ?? 'unknown' };
	const added = await audit.audited(
		db,
		(trx) => catalogueKeepers.add(trx, { institutionId: actor.institutionId, catalogue, userId, addedBy: actor.id }),
		(done) => (done ? entry(actor.institutionId, catalogue, userId, 'create') : undefined)
	);
	return added ? { ok: true, name: candidate.name } : { ok: false, problem: 'already' };
}

/** Takes a keeper off the catalogue (also a disabled one). */
export async function removeKeeper(db: Kysely<Database>, actor: User, catalogue: Catalogue, userId: string): Promise<KeeperOutcome> {
	const keeper = (await catalogueKeepers.list(db, actor.institutionId, catalogue)).find((k) => k.id === userId);
	if (!keeper) return { ok: false, problem: 'notKeeper' };
	const removed = await audit.audited(
		db,
		(trx) => catalogueKeepers.remove(trx, actor.institutionId, catalogue, userId),
		(done) => (done ? entry(actor.institutionId, catalogue, userId, 'delete') : undefined)
	);
	return removed ? { ok: true, name: keeper.name } : { ok: false, problem: 'notKeeper' };
}

/**
 * What a catalogue's route starts with: the signed-in user and the database; with `keeper`, a 403
 * for anyone who does not keep the catalogue, before the route reads a body.
 */
export async function catalogueUser(locals: App.Locals, url: URL, catalogue: Catalogue, { keeper = false } = {}): Promise<{ db: Kysely<Database>; user: User }> {
	const user = requireUser(locals, url);
	const { db } = await getDb();
	if (keeper) await requireKeeper(db, user, catalogue, locals.language);
	return { db, user };
}
