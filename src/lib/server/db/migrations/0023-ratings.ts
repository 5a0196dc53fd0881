/**
 * Ratings (decision record 0052): several people score one subject of an institution — a tool of
 * the tool catalogue or a room of the room inventory — on the institution's instrument for it. One
 * rating per subject and rater (a second save replaces the first); its scores are rows, one per
 * criterion the rater scored or wrote a note on, so the database itself holds the level to 1–3.
 *
 * The subject is named by kind and id without a foreign key: tools and rooms are separate tables,
 * and their data modules delete the ratings in the transaction that deletes the subject
 * (`removeRatingsOf`). A rating goes with its rater (what they wrote is theirs) and with its
 * institution.
 */
import { sql, type Kysely, type Migration } from 'kysely';

const text = 'text' as const;

export const ratings: Migration = {
	async up(db: Kysely<unknown>) {
		await db.schema
			.createTable('rating')
			.addColumn('id', text, (c) => c.primaryKey())
			.addColumn('institution_id', text, (c) => c.notNull().references('institution.id').onDelete('cascade'))
			.addColumn('subject_kind', text, (c) => c.notNull().check(sql`subject_kind in ('tool', 'room')`))
			.addColumn('subject_id', text, (c) => c.notNull())
			.addColumn('rater_id', text, (c) => c.notNull().references('app_user.id').onDelete('cascade'))
			.addColumn('instrument_key', text, (c) => c.notNull())
			.addColumn('instrument_version', 'integer', (c) => c.notNull())
			.addColumn('created_at', text, (c) => c.notNull())
			.addColumn('updated_at', text, (c) => c.notNull())
			.addUniqueConstraint('rating_one_per_rater', ['institution_id', 'subject_kind', 'subject_id', 'rater_id'])
			.execute();
		await db.schema.createIndex('rating_rater').on('rating').column('rater_id').execute();

		await db.schema
			.createTable('rating_score')
			.addColumn('rating_id', text, (c) => c.notNull().references('rating.id').onDelete('cascade'))
			.addColumn('criterion_key', text, (c) => c.notNull())
			/** Null: not scored, or not applicable to this subject (the note may say why). */
			.addColumn('level', 'integer', (c) => c.check(sql`level between 1 and 3`))
			.addColumn('note', text, (c) => c.notNull().defaultTo(''))
			.addPrimaryKeyConstraint('rating_score_pk', ['rating_id', 'criterion_key'])
			.execute();
	}
};
