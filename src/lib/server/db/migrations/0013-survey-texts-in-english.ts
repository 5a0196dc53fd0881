/**
 * A survey's title and message in English beside the Dutch ones (decision record 0035): the
 * respondent reads the language they chose. Empty means "not written"; the respondent then sees
 * the Dutch text, so existing surveys need no data change.
 */
import type { Kysely, Migration } from 'kysely';

export const surveyTextsInEnglish: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema.alterTable('survey').addColumn('title_en', 'text', (c) => c.notNull().defaultTo('')).execute();
		await db.schema.alterTable('survey').addColumn('message_en', 'text', (c) => c.notNull().defaultTo('')).execute();
	}
};
