/**
 * The blend designer's server side: reaching a design (within the user's institution, or by its
 * read-only link), reading it whole, and every change a team makes — each stored with the event that
 * tells colleagues who have the design open, in one transaction, so their screens follow at once.
 * Results are codes; routes turn them into messages in the user's language.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { EventBus } from '$lib/server/events';
import type { User } from '$lib/accounts/server/data/users';
import { notFound } from '$lib/server/http/errors';
import * as audit from '$lib/audit/server/data/audit';
import { contentFor } from '$lib/toolkit/server/content';
import type { Content } from '$lib/toolkit/schema';
import * as designs from './data/course-designs';
import * as outcomes from './data/design-outcomes';
import * as activities from './data/design-activities';
import * as answers from './data/design-principle-answers';
import { moveActivity, placeActivity, type Activity, type CourseDesign } from '$lib/blend/design';
import { environmentsOf, type Environment } from '$lib/blend/environments';
import type { DesignDetails } from '$lib/blend/design-input';
import { MAX_ACTIVITIES } from '$lib/blend/design-input';

export type { CourseDesignRecord } from './data/course-designs';
export type { StoredActivity, EditOutcome } from './data/design-activities';
export type { PrincipleAnswer } from './data/design-principle-answers';

export const designChannel = (designId: string): string => `design:${designId}`;

/** A design of the user's institution; any other id is a 404, so ids of other institutions reveal nothing. */
export async function designForUser(db: Kysely<Database>, user: User, designId: string): Promise<designs.CourseDesignRecord> {
	const record = await designs.getInInstitution(db, user.institutionId, designId);
	if (!record) notFound();
	return record;
}

export interface StoredDesign {
	record: designs.CourseDesignRecord;
	design: CourseDesign;
	activities: activities.StoredActivity[];
	answers: answers.PrincipleAnswer[];
}

export interface OpenDesign extends StoredDesign {
	/** The institution's toolkit content: the Bloem's environments, the products hints point to. */
	content: Content;
	environments: Environment[];
}

/** The design as stored: its course, outcomes, activities in order and the principle answers. */
export async function readDesign(db: Kysely<Database>, record: designs.CourseDesignRecord): Promise<StoredDesign> {
	const [outcomeList, activityList, answerList] = await Promise.all([outcomes.list(db, record.id), activities.list(db, record.id), answers.list(db, record.id)]);
	return {
		record,
		design: { title: record.title, period: record.period, studyLoad: record.studyLoad, weeks: record.weeks, outcomes: outcomeList, activities: activityList },
		activities: activityList,
		answers: answerList
	};
}

/** The design with the institution's content it is shown against (read once, for everything a page needs of it). */
export async function openDesign(db: Kysely<Database>, record: designs.CourseDesignRecord): Promise<OpenDesign> {
	const [stored, content] = await Promise.all([readDesign(db, record), contentFor(db, record.institutionId)]);
	return { ...stored, content, environments: environmentsOf(content) };
}

export async function environmentsFor(db: Kysely<Database>, institutionId: string): Promise<Environment[]> {
	return environmentsOf(await contentFor(db, institutionId));
}

/**
 * Runs a change of design `designId` with its event and its line in the audit trail (the names of
 * the parts changed, never their text), in one transaction.
 */
function change<T>(bus: EventBus, designId: string, fields: readonly string[], work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
	return bus.transaction(async (trx, publish) => {
		const result = await work(trx);
		const touched = await designs.touch(trx, designId);
		if (touched) await audit.record(trx, { institutionId: touched.institutionId, action: 'update', objectKind: 'course_design', objectId: designId, fields });
		const revision = touched?.revision ?? 0;
		await publish(designChannel(designId), 'design', { revision });
		return result;
	});
}

/**
 * A new design from the details a teacher gave, starting empty, from a template's or an earlier
 * design's outcomes and activities (`start`). Outcome ids are made anew; activities follow them.
 */
export async function create(
	db: Kysely<Database>,
	user: User,
	details: DesignDetails & { unitId: string | null },
	start?: Pick<CourseDesign, 'outcomes' | 'activities'>
): Promise<string> {
	return db.transaction().execute(async (trx) => {
		const id = await designs.create(trx, { ...details, institutionId: user.institutionId, createdBy: user.id });
		await audit.record(trx, { institutionId: user.institutionId, action: 'create', objectKind: 'course_design', objectId: id, actorUserId: user.id });
		const texts = start ? start.outcomes.map((o) => o.text) : details.outcomes;
		const made = await outcomes.replace(trx, id, texts);
		const newIdOf = new Map(start?.outcomes.map((o, i) => [o.id, made[i]!.id]) ?? []);
		for (const a of start?.activities ?? []) {
			const { id: _old, ...rest } = a;
			void _old;
			await activities.add(trx, id, { ...rest, outcomeIds: a.outcomeIds.flatMap((o) => newIdOf.get(o) ?? []) });
		}
		return id;
	});
}

export function saveDetails(bus: EventBus, designId: string, details: DesignDetails & { unitId: string | null }): Promise<void> {
	return change(bus, designId, ['details', 'outcomes'], async (trx) => {
		await designs.updateDetails(trx, designId, details);
		await outcomes.replace(trx, designId, details.outcomes);
	});
}

export type AddResult = { ok: true; id: string } | { ok: false; problem: 'too_many' };

export function addActivity(bus: EventBus, designId: string, input: Omit<Activity, 'id'>): Promise<AddResult> {
	return change(bus, designId, ['activities'], async (trx) => {
		if ((await activities.list(trx, designId)).length >= MAX_ACTIVITIES) return { ok: false, problem: 'too_many' } as const;
		return { ok: true, id: await activities.add(trx, designId, input) } as const;
	});
}

export function editActivity(bus: EventBus, designId: string, activityId: string, revision: number, input: Omit<Activity, 'id'>): Promise<activities.EditOutcome> {
	return change(bus, designId, ['activities'], (trx) => activities.edit(trx, designId, activityId, revision, input));
}

export function removeActivity(bus: EventBus, designId: string, activityId: string): Promise<boolean> {
	return change(bus, designId, ['activities'], (trx) => activities.remove(trx, designId, activityId));
}

/** A copy of the activity right after it, titled as the original. */
export function duplicateActivity(bus: EventBus, designId: string, activityId: string): Promise<AddResult | { ok: false; problem: 'gone' }> {
	return change(bus, designId, ['activities'], async (trx) => {
		const list = await activities.list(trx, designId);
		const at = list.findIndex((a) => a.id === activityId);
		if (at < 0) return { ok: false, problem: 'gone' } as const;
		if (list.length >= MAX_ACTIVITIES) return { ok: false, problem: 'too_many' } as const;
		const { id: _id, revision: _revision, ...rest } = list[at]!;
		void _id;
		void _revision;
		return { ok: true, id: await activities.add(trx, designId, rest, at + 1) } as const;
	});
}

/** Moves an activity one place (the keyboard's buttons) or to a position (dragging). */
export function reorderActivity(bus: EventBus, designId: string, activityId: string, to: { by: -1 | 1 } | { position: number }): Promise<void> {
	return change(bus, designId, ['activity_order'], async (trx) => {
		const list = await activities.list(trx, designId);
		const next = 'by' in to ? moveActivity(list, activityId, to.by) : placeActivity(list, activityId, to.position);
		await activities.reorder(trx, designId, next.map((a) => a.id));
	});
}

export function saveAnswer(bus: EventBus, designId: string, principleKey: string, revision: number, text: string, joiner: string): Promise<'saved' | 'clash'> {
	return change(bus, designId, ['principle_answers'], (trx) => answers.save(trx, designId, principleKey, revision, text, joiner));
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A new read-only link (any earlier one stops working); the token is shown once and only its hash stored. */
export async function createReadLink(db: Kysely<Database>, record: Pick<designs.CourseDesignRecord, 'id' | 'institutionId'>): Promise<string> {
	const token = randomBytes(24).toString('base64url');
	await audit.audited(db, (trx) => designs.setReadTokenHash(trx, record.id, hashToken(token)), () => ({ institutionId: record.institutionId, action: 'update', objectKind: 'course_design', objectId: record.id, fields: ['read_link'] }));
	return token;
}

export function revokeReadLink(db: Kysely<Database>, record: Pick<designs.CourseDesignRecord, 'id' | 'institutionId'>): Promise<void> {
	return audit.audited(db, (trx) => designs.setReadTokenHash(trx, record.id, null), () => ({ institutionId: record.institutionId, action: 'update', objectKind: 'course_design', objectId: record.id, fields: ['read_link'] }));
}

export async function designForReadToken(db: Kysely<Database>, token: string): Promise<designs.CourseDesignRecord | undefined> {
	if (token.length > 100) return undefined;
	return designs.getByReadTokenHash(db, hashToken(token));
}

export function remove(db: Kysely<Database>, institutionId: string, designId: string): Promise<void> {
	return audit.audited(db, (trx) => designs.remove(trx, designId), () => ({ institutionId, action: 'delete', objectKind: 'course_design', objectId: designId }));
}

export const listDesigns = designs.list;
