/** The keepers of the institution's catalogues (table `catalogue_keeper`, migration 0024). */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { now } from '$lib/server/db/ids';
import type { Catalogue } from '$lib/catalogue/keepers';

export interface Keeper {
	id: string;
	name: string;
	email: string;
	/** Set while the account is disabled: it keeps its place, but cannot sign in. */
	disabledAt: string | null;
}

/** The keepers of one catalogue of the institution, by name. */
export async function list(db: Kysely<Database>, institutionId: string, catalogue: Catalogue): Promise<Keeper[]> {
	const rows = await db
		.selectFrom('catalogue_keeper')
		.innerJoin('app_user', 'app_user.id', 'catalogue_keeper.user_id')
		.select(['app_user.id', 'app_user.name', 'app_user.email', 'app_user.disabled_at'])
		.where('catalogue_keeper.institution_id', '=', institutionId)
		.where('catalogue_keeper.catalogue', '=', catalogue)
		.orderBy('app_user.name')
		.orderBy('app_user.email')
		.execute();
	return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, disabledAt: r.disabled_at }));
}

/** Whether this colleague keeps the catalogue: the one question every write of a tool or room asks. */
export async function isKeeper(db: Kysely<Database>, institutionId: string, catalogue: Catalogue, userId: string): Promise<boolean> {
	const row = await db
		.selectFrom('catalogue_keeper')
		.select('user_id')
		.where('institution_id', '=', institutionId)
		.where('catalogue', '=', catalogue)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return row !== undefined;
}

/** Names a keeper; false when they were one already (also when another administrator named them a moment ago). */
export async function add(db: Kysely<Database>, input: { institutionId: string; catalogue: Catalogue; userId: string; addedBy: string }): Promise<boolean> {
	const result = await db
		.insertInto('catalogue_keeper')
		.values({ institution_id: input.institutionId, catalogue: input.catalogue, user_id: input.userId, added_by: input.addedBy, added_at: now() })
		.onConflict((oc) => oc.columns(['institution_id', 'catalogue', 'user_id']).doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Takes a keeper off; false when they were not one. */
export async function remove(db: Kysely<Database>, institutionId: string, catalogue: Catalogue, userId: string): Promise<boolean> {
	const result = await db.deleteFrom('catalogue_keeper').where('institution_id', '=', institutionId).where('catalogue', '=', catalogue).where('user_id', '=', userId).executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
