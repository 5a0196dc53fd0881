/**
 * An invitation's optional "for whom" label (a name, an e-mail address or a function), which the
 * administrator writes when making the link, so that the list of open invitations says which link
 * went to whom. Only administrators of the institution see it; it goes with the invitation (revoked,
 * or deleted by housekeeping after it expired) and with the institution.
 */
import type { Kysely, Migration } from 'kysely';

export const inviteLabel: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema.alterTable('invite').addColumn('label', 'text', (c) => c.notNull().defaultTo('')).execute();
	}
};
