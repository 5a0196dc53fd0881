/**
 * The ratings of tools and rooms (decision record 0052): one per subject and rater, its scores one
 * row per criterion. Every function takes `db` first and is limited to one institution, so a route
 * that passes the signed-in user's institution can never read or change another's ratings. Who may
 * rate (everyone signed in in the institution) and whether the subject exists are the routes'.
 */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';
import { inTransaction } from '$lib/server/db/transaction';
import * as audit from '$lib/audit/server/data/audit';
import { factorsOf, type Instrument } from '$lib/instrument/schema';
import { format, messages, type Language } from '$lib/i18n';
import { isLevel, MAX_NOTE_LENGTH, type Level, type Rating, type Score } from '../rating';

export const SUBJECT_KINDS = ['tool', 'room'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** The form fields of one criterion: `level.<key>` ('1' | '2' | '3' | '') and `note.<key>`. */
export const levelField = (criterion: string) => `level.${criterion}`;
export const noteField = (criterion: string) => `note.${criterion}`;

type Row = { id: string; subject_id: string; rater_id: string; name: string; instrument_key: string; instrument_version: number; updated_at: string };

/** Ratings with their scores, from rating rows read with the rater's name; one query for all scores. */
async function withScores(db: Kysely<Database>, rows: readonly Row[]): Promise<Array<Rating & { subjectId: string }>> {
	if (rows.length === 0) return [];
	const scores = await db
		.selectFrom('rating_score')
		.select(['rating_id', 'criterion_key', 'level', 'note'])
		.where(
			'rating_id',
			'in',
			rows.map((r) => r.id)
		)
		.orderBy('rating_id')
		.orderBy('criterion_key')
		.execute();
	const byRating = new Map<string, Score[]>();
	for (const s of scores) {
		let list = byRating.get(s.rating_id);
		if (!list) byRating.set(s.rating_id, (list = []));
		list.push({ criterion: s.criterion_key, level: isLevel(s.level) ? s.level : null, note: s.note });
	}
	return rows.map((r) => ({
		id: r.id,
		subjectId: r.subject_id,
		raterId: r.rater_id,
		raterName: r.name,
		instrumentKey: r.instrument_key,
		instrumentVersion: Number(r.instrument_version),
		scores: byRating.get(r.id) ?? [],
		updatedAt: r.updated_at
	}));
}

function ratingRows(db: Kysely<Database>, institutionId: string, kind: SubjectKind) {
	return db
		.selectFrom('rating')
		.innerJoin('app_user', 'app_user.id', 'rating.rater_id')
		.select(['rating.id', 'rating.subject_id', 'rating.rater_id', 'app_user.name', 'rating.instrument_key', 'rating.instrument_version', 'rating.updated_at'])
		.where('rating.institution_id', '=', institutionId)
		.where('rating.subject_kind', '=', kind)
		.orderBy('rating.created_at')
		.orderBy('rating.id');
}

const withoutSubject = ({ subjectId: _, ...rating }: Rating & { subjectId: string }): Rating => rating;

/** Everyone's rating of one subject, oldest first (the order their notes are shown in). */
export async function ratingsOf(db: Kysely<Database>, institutionId: string, kind: SubjectKind, subjectId: string): Promise<Rating[]> {
	const rows = await ratingRows(db, institutionId, kind).where('rating.subject_id', '=', subjectId).execute();
	return (await withScores(db, rows)).map(withoutSubject);
}

/** Every rating of every subject of a kind, by subject id: for the heat map and for ranking. Two queries however many subjects. */
export async function ratingsOfKind(db: Kysely<Database>, institutionId: string, kind: SubjectKind): Promise<Map<string, Rating[]>> {
	const bySubject = new Map<string, Rating[]>();
	for (const rating of await withScores(db, await ratingRows(db, institutionId, kind).execute())) {
		let list = bySubject.get(rating.subjectId);
		if (!list) bySubject.set(rating.subjectId, (list = []));
		list.push(withoutSubject(rating));
	}
	return bySubject;
}

export type SaveResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Reads a rating from a posted form against `instrument`: each criterion's level and note, every
 * problem under the name of the field it is about (a `form` entry when the whole form says nothing).
 * Fields that are neither `level.` nor `note.` are the route's own and are left alone.
 */
export function readRatingForm(instrument: Instrument, form: URLSearchParams | FormData, language: Language): { ok: true; scores: Score[] } | { ok: false; errors: Record<string, string> } {
	const e = messages(language).rating.errors;
	const criteria = new Set(factorsOf(instrument).map((ref) => ref.factor.key));
	const errors: Record<string, string> = {};
	const scores = new Map<string, Score>();
	const scoreOf = (criterion: string) => {
		let score = scores.get(criterion);
		if (!score) scores.set(criterion, (score = { criterion, level: null, note: '' }));
		return score;
	};
	const names = new Set<string>();
	form.forEach((_, name) => names.add(name));
	for (const name of names) {
		const match = /^(level|note)\.(.*)$/s.exec(name);
		if (!match) continue;
		const [, part, criterion] = match as unknown as [string, 'level' | 'note', string];
		const values = form.getAll(name);
		if (!criteria.has(criterion)) errors[name] = e.unknownCriterion;
		else if (values.length !== 1 || typeof values[0] !== 'string') errors[name] = e.twice;
		else if (part === 'level') {
			const value = values[0].trim();
			const level = value === '' ? null : Number(value);
			if (level !== null && !(/^[123]$/.test(value) && isLevel(level))) errors[name] = e.level;
			else scoreOf(criterion).level = level as Level | null;
		} else {
			const note = values[0].replace(/\r\n?/g, '\n').trim();
			if (note.length > MAX_NOTE_LENGTH) errors[name] = format(e.noteTooLong, { length: note.length, max: MAX_NOTE_LENGTH });
			else scoreOf(criterion).note = note;
		}
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	// What says nothing is not stored: no level and no note.
	const kept = [...scores.values()].filter((s) => s.level !== null || s.note !== '');
	if (kept.length === 0) return { ok: false, errors: { form: e.nothing } };
	return { ok: true, scores: kept };
}

/**
 * The audit field of a criterion's level or note (`level.past_bij_doel`): a name, never the value.
 * A key too long for an audit field name is named by its part alone.
 */
function auditField(part: 'level' | 'note', criterion: string): string {
	const name = criterion.replace(/-/g, '_');
	return name.length <= 40 ? `${part}.${name}` : part;
}

/** The fields whose value differs between the stored scores and the new ones. */
function changedScoreFields(before: readonly Score[], after: readonly Score[]): string[] {
	const old = new Map(before.map((s) => [s.criterion, s]));
	const next = new Map(after.map((s) => [s.criterion, s]));
	const fields: string[] = [];
	for (const criterion of new Set([...old.keys(), ...next.keys()])) {
		const a = old.get(criterion);
		const b = next.get(criterion);
		if ((a?.level ?? null) !== (b?.level ?? null)) fields.push(auditField('level', criterion));
		if ((a?.note ?? '') !== (b?.note ?? '')) fields.push(auditField('note', criterion));
	}
	return fields;
}

/**
 * Saves the rater's rating of a subject from a posted form, replacing their earlier one, in one
 * transaction with its audit entry (which names the changed fields, never a level or a note).
 * Invalid input stores nothing and comes back as a message per field in `language`.
 */
export async function saveRating(
	db: Kysely<Database>,
	input: { institutionId: string; kind: SubjectKind; subjectId: string; raterId: string; instrument: Instrument; form: URLSearchParams | FormData; language: Language }
): Promise<SaveResult> {
	const read = readRatingForm(input.instrument, input.form, input.language);
	if (!read.ok) return read;
	const at = now();
	await inTransaction(db, async (trx) => {
		const existing = await trx
			.selectFrom('rating')
			.select('id')
			.where('institution_id', '=', input.institutionId)
			.where('subject_kind', '=', input.kind)
			.where('subject_id', '=', input.subjectId)
			.where('rater_id', '=', input.raterId)
			.executeTakeFirst();
		const before = existing
			? (await trx.selectFrom('rating_score').select(['criterion_key', 'level', 'note']).where('rating_id', '=', existing.id).execute()).map(
					(s): Score => ({ criterion: s.criterion_key, level: isLevel(s.level) ? s.level : null, note: s.note })
				)
			: [];
		// An upsert on the one-per-rater key: two first saves at once (a double tap) make one rating, not an error.
		const { id } = await trx
			.insertInto('rating')
			.values({
				id: newId(),
				institution_id: input.institutionId,
				subject_kind: input.kind,
				subject_id: input.subjectId,
				rater_id: input.raterId,
				instrument_key: input.instrument.key,
				instrument_version: input.instrument.version,
				created_at: at,
				updated_at: at
			})
			.onConflict((oc) =>
				oc.columns(['institution_id', 'subject_kind', 'subject_id', 'rater_id']).doUpdateSet({ instrument_key: input.instrument.key, instrument_version: input.instrument.version, updated_at: at })
			)
			.returning('id')
			.executeTakeFirstOrThrow();
		await trx.deleteFrom('rating_score').where('rating_id', '=', id).execute();
		await trx
			.insertInto('rating_score')
			.values(read.scores.map((s) => ({ rating_id: id, criterion_key: s.criterion, level: s.level, note: s.note })))
			.execute();
		const fields = changedScoreFields(before, read.scores);
		if (existing && fields.length === 0) return;
		await audit.record(trx, { institutionId: input.institutionId, action: existing ? 'update' : 'create', objectKind: 'rating', objectId: id, fields });
	});
	return { ok: true };
}

/**
 * Removes every rating of a subject. Call it in the transaction that deletes the tool or room
 * (its own audit entry says the subject went; the ratings go with it, as retention promises).
 */
export async function removeRatingsOf(trx: Kysely<Database>, institutionId: string, kind: SubjectKind, subjectId: string): Promise<void> {
	await trx.deleteFrom('rating').where('institution_id', '=', institutionId).where('subject_kind', '=', kind).where('subject_id', '=', subjectId).execute();
}
