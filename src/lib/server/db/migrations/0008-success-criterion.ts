/**
 * Action points get a success criterion ("how will we know it worked?"): the product promises an
 * action plan that is followed up, and a board follows a point up against it. Existing points
 * start with none.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const successCriterion: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.alterTable('action_point')
			.addColumn('success_criterion', 'text', (c) => c.notNull().defaultTo(sql`''`))
			.execute();
	}
};
