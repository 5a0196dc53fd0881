/**
 * When several table groups analyse the same category, the leader says in plenary whose agreed
 * scores go into the action plan: a JSON object category key → group key, empty by default (the
 * first group with answers stands, as before).
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const workshopPlanGroups: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.alterTable('workshop')
			.addColumn('plan_groups', 'text', (c) => c.notNull().defaultTo(sql`'{}'`))
			.execute();
	}
};
