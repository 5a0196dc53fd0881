/**
 * Setting up: the first administrator is made once. The `setup_done` row is the lock: of two
 * first visitors racing (with a password or by single sign-on), only the one whose insert lands
 * sets up; the other gets false and is sent on.
 *
 * @example
 * await inTransaction(db, async (trx) => { if (!(await claimSetup(trx))) return null; ... });
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';

/** Claims the setup inside the caller's transaction; false when someone set up already. */
export async function claimSetup(trx: Kysely<Database>): Promise<boolean> {
	const claimed = await trx
		.insertInto('app_setting')
		.values({ key: 'setup_done', value: new Date().toISOString() })
		.onConflict((oc) => oc.column('key').doNothing())
		.executeTakeFirst();
	return Number(claimed.numInsertedOrUpdatedRows ?? 0) === 1;
}
