/**
 * Single sign-on with OpenID Connect (decision record 0042):
 *
 * - `institution.sso_value`: the value of the configured claim (e.g. `schac_home_organization`
 *   = `han.nl`) that attaches a person signing in to this institution; unique, so one value
 *   never names two institutions.
 * - `sso_request`: a person who signed in for the first time and waits for an administrator of
 *   their institution to approve (with a role) or reject them. No account exists before approval.
 *   Goes with its institution.
 * - `sso_login`: one sign-in under way, keyed by the SHA-256 of its `state`: the PKCE verifier,
 *   the nonce and the hash of the browser-binding cookie. Deleted when the provider's answer
 *   comes back (so a replayed answer finds nothing) or by housekeeping when it expired.
 *   No tokens are stored anywhere.
 */
import { sql, type Kysely, type Migration } from 'kysely';

const text = 'text' as const;

export const singleSignOn: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema.alterTable('institution').addColumn('sso_value', text).execute();
		await db.schema.createIndex('institution_sso_value').unique().on('institution').column('sso_value').execute();

		await db.schema
			.createTable('sso_request')
			.addColumn('id', text, (c) => c.primaryKey())
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('oidc_issuer', text, (c) => c.notNull())
			.addColumn('oidc_subject', text, (c) => c.notNull())
			.addColumn('email', text, (c) => c.notNull())
			.addColumn('name', text, (c) => c.notNull())
			.addColumn('created_at', text, (c) => c.notNull())
			.addColumn('rejected_at', text)
			.execute();
		await db.schema.createIndex('sso_request_identity').unique().on('sso_request').columns(['oidc_issuer', 'oidc_subject']).execute();
		await db.schema.createIndex('sso_request_institution').on('sso_request').column('institution_id').execute();

		await db.schema
			.createTable('sso_login')
			.addColumn('id', text, (c) => c.primaryKey())
			.addColumn('binding_hash', text, (c) => c.notNull())
			.addColumn('code_verifier', text, (c) => c.notNull())
			.addColumn('nonce', text, (c) => c.notNull())
			.addColumn('next', text, (c) => c.notNull())
			.addColumn('purpose', text, (c) => c.notNull().check(sql`purpose in ('sign-in', 'setup')`))
			.addColumn('created_at', text, (c) => c.notNull())
			.addColumn('expires_at', text, (c) => c.notNull())
			.execute();
		await db.schema.createIndex('sso_login_expires').on('sso_login').column('expires_at').execute();
	}
};
