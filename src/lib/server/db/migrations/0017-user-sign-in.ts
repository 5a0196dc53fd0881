/**
 * What an administrator needs to manage users and what single sign-on needs to find them again:
 * when a user last signed in, whether an administrator disabled the account (a disabled user's
 * sessions end and no new ones start), and the OpenID Connect identity (issuer + subject) of an
 * account made by single sign-on. An issuer's subject identifies one person for good, so the pair
 * is unique; accounts with a password leave both null.
 */
import type { Kysely, Migration } from 'kysely';

export const userSignIn: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema.alterTable('app_user').addColumn('last_sign_in_at', 'text').execute();
		await db.schema.alterTable('app_user').addColumn('disabled_at', 'text').execute();
		await db.schema.alterTable('app_user').addColumn('oidc_issuer', 'text').execute();
		await db.schema.alterTable('app_user').addColumn('oidc_subject', 'text').execute();
		await db.schema.createIndex('app_user_oidc_identity').unique().on('app_user').columns(['oidc_issuer', 'oidc_subject']).execute();
	}
};
