/** Course designs: the course's details, who made it, and the revision a change raises. */
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { newId, now } from '$lib/server/db/ids';
import type { StudyLoadUnit } from '$lib/blend/design';

export interface CourseDesignRecord {
	id: string;
	institutionId: string;
	unitId: string | null;
	unitName: string | null;
	title: string;
	period: string;
	studyLoad: { unit: StudyLoadUnit; amount: number };
	weeks: number;
	hasReadLink: boolean;
	revision: number;
	createdBy: string;
	createdAt: string;
	updatedAt: string;
}

export interface DetailsInput {
	unitId: string | null;
	title: string;
	period: string;
	studyLoad: { unit: StudyLoadUnit; amount: number };
	weeks: number;
}

function baseQuery(db: Kysely<Database>) {
	return db
		.selectFrom('course_design')
		.leftJoin('unit', 'unit.id', 'course_design.unit_id')
		.select([
			'course_design.id',
			'course_design.institution_id',
			'course_design.unit_id',
			'unit.name as unit_name',
			'course_design.title',
			'course_design.period',
			'course_design.study_load_unit',
			'course_design.study_load_amount',
			'course_design.weeks',
			'course_design.read_token_hash',
			'course_design.revision',
			'course_design.created_by',
			'course_design.created_at',
			'course_design.updated_at'
		]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (r: Row): CourseDesignRecord => ({
	id: r.id,
	institutionId: r.institution_id,
	unitId: r.unit_id,
	unitName: r.unit_name,
	title: r.title,
	period: r.period,
	studyLoad: { unit: r.study_load_unit as StudyLoadUnit, amount: Number(r.study_load_amount) },
	weeks: Number(r.weeks),
	hasReadLink: r.read_token_hash !== null,
	revision: Number(r.revision),
	createdBy: r.created_by,
	createdAt: r.created_at,
	updatedAt: r.updated_at
});

export async function create(db: Kysely<Database>, input: DetailsInput & { institutionId: string; createdBy: string }): Promise<string> {
	const id = newId();
	const at = now();
	await db
		.insertInto('course_design')
		.values({
			id,
			institution_id: input.institutionId,
			unit_id: input.unitId,
			title: input.title,
			period: input.period,
			study_load_unit: input.studyLoad.unit,
			study_load_amount: input.studyLoad.amount,
			weeks: input.weeks,
			created_by: input.createdBy,
			created_at: at,
			updated_at: at
		})
		.execute();
	return id;
}

/** A design, only when it belongs to the given institution: the one door through which routes read designs. */
export async function getInInstitution(db: Kysely<Database>, institutionId: string, id: string): Promise<CourseDesignRecord | undefined> {
	const r = await baseQuery(db).where('course_design.id', '=', id).where('course_design.institution_id', '=', institutionId).executeTakeFirst();
	return r && toRecord(r);
}

export async function getByReadTokenHash(db: Kysely<Database>, hash: string): Promise<CourseDesignRecord | undefined> {
	const r = await baseQuery(db).where('course_design.read_token_hash', '=', hash).executeTakeFirst();
	return r && toRecord(r);
}

/** The institution's designs, newest change first; with a unit, only that unit's. */
export async function list(db: Kysely<Database>, institutionId: string, unitId?: string): Promise<CourseDesignRecord[]> {
	let q = baseQuery(db).where('course_design.institution_id', '=', institutionId);
	if (unitId) q = q.where('course_design.unit_id', '=', unitId);
	return (await q.orderBy('course_design.updated_at', 'desc').orderBy('course_design.id').execute()).map(toRecord);
}

export async function updateDetails(db: Kysely<Database>, id: string, input: DetailsInput): Promise<void> {
	await db
		.updateTable('course_design')
		.set((eb) => ({
			unit_id: input.unitId,
			title: input.title,
			period: input.period,
			study_load_unit: input.studyLoad.unit,
			study_load_amount: input.studyLoad.amount,
			weeks: input.weeks,
			revision: eb('revision', '+', 1),
			updated_at: now()
		}))
		.where('id', '=', id)
		.execute();
}

/** Marks the design changed (an activity, outcome or answer of it was): raises its revision; undefined when it is gone. */
export async function touch(db: Kysely<Database>, id: string): Promise<{ revision: number; institutionId: string } | undefined> {
	const r = await db
		.updateTable('course_design')
		.set((eb) => ({ revision: eb('revision', '+', 1), updated_at: now() }))
		.where('id', '=', id)
		.returning(['revision', 'institution_id'])
		.executeTakeFirst();
	return r && { revision: Number(r.revision), institutionId: r.institution_id };
}

export async function setReadTokenHash(db: Kysely<Database>, id: string, hash: string | null): Promise<void> {
	await db.updateTable('course_design').set({ read_token_hash: hash }).where('id', '=', id).execute();
}

export async function remove(db: Kysely<Database>, id: string): Promise<void> {
	await db.deleteFrom('course_design').where('id', '=', id).execute();
}

/** Designs of institution `institutionId` untouched since `cutoff` (the retention period), deleted; how many. */
export async function removeStale(db: Kysely<Database>, institutionId: string, cutoff: Date): Promise<number> {
	const r = await db
		.deleteFrom('course_design')
		.where('institution_id', '=', institutionId)
		.where('updated_at', '<', cutoff.toISOString())
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}
