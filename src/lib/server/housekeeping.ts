/**
 * Housekeeping: what the app keeps only for a while is deleted once an hour, on every server
 * (the deletes are idempotent, so several servers on one PostgreSQL need no coordination).
 * Decision record 0018 says why these periods.
 *
 * - Expired sign-in sessions: useless, and a hash of a token is still a token's shadow.
 * - Live events older than two days: they exist so a screen that lost its connection can catch
 *   up; a screen away for days reloads its page anyway (decision 0008).
 * - Invitations that expired more than 30 days ago, used or not: the admin's list only shows
 *   open ones, and an account, once made, does not need its invitation.
 * - Paused answers of surveys that closed more than 30 days ago: nobody can submit them any more.
 *   The 30 days leave room for a facilitator who reopens a survey by moving its closing date.
 * - Scans, workshops, surveys and course designs untouched for longer than their institution's retention period,
 *   when it chose one (decision record 0023).
 */
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import * as sessions from '$lib/accounts/server/data/sessions';
import * as invites from '$lib/accounts/server/data/invites';
import * as surveyDrafts from '$lib/survey/server/data/survey-drafts';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import * as courseDesigns from '$lib/blend/server/data/course-designs';
import { deleteBefore as deleteEventsBefore } from './events/store';
import { log } from './log';

const DAY = 24 * 3600 * 1000;
export const KEEP_EVENTS_DAYS = 2;
export const KEEP_EXPIRED_INVITES_DAYS = 30;
export const KEEP_CLOSED_SURVEY_DRAFTS_DAYS = 30;
const EVERY = 3600 * 1000;

export interface Swept {
	sessions: number;
	events: number;
	invites: number;
	surveyDrafts: number;
	/** Scans, workshops, surveys and course designs past their institution's retention period. */
	expired: number;
}

/** The moment `months` calendar months before `at`. */
export function monthsBefore(at: Date, months: number): Date {
	const d = new Date(at);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d;
}

async function expire(db: Kysely<Database>, at: Date): Promise<number> {
	let expired = 0;
	for (const { id, retentionMonths } of await institutions.listWithRetention(db)) {
		const cutoff = monthsBefore(at, retentionMonths);
		for (const owner of ['scan', 'workshop', 'survey'] as const) expired += await actionPlans.removeStale(db, owner, id, cutoff);
		expired += await courseDesigns.removeStale(db, id, cutoff);
	}
	return expired;
}

export async function sweep(db: Kysely<Database>, at = new Date()): Promise<Swept> {
	const before = (days: number) => new Date(at.getTime() - days * DAY);
	return {
		sessions: await sessions.destroyExpired(db, at),
		events: await deleteEventsBefore(db, before(KEEP_EVENTS_DAYS)),
		invites: await invites.removeExpiredBefore(db, before(KEEP_EXPIRED_INVITES_DAYS)),
		surveyDrafts: await surveyDrafts.removeForSurveysClosedBefore(db, before(KEEP_CLOSED_SURVEY_DRAFTS_DAYS)),
		expired: await expire(db, at)
	};
}

/** Sweeps a minute after start and then every hour; the timer never keeps the process alive. */
export function scheduleHousekeeping(db: Kysely<Database>): () => void {
	const run = () =>
		sweep(db).then(
			(swept) => log.info(swept, 'housekeeping'),
			(error: unknown) => log.error({ err: error }, 'housekeeping failed')
		);
	const first = setTimeout(run, 60_000);
	const every = setInterval(run, EVERY);
	first.unref();
	every.unref();
	return () => {
		clearTimeout(first);
		clearInterval(every);
	};
}
