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
 * - Single sign-ins that were started but never came back (after ten minutes), and sign-on
 *   requests an administrator rejected more than 30 days ago (decision record 0042).
 * - Scans, workshops, surveys and course designs untouched for longer than their institution's retention period,
 *   when it chose one (decision record 0023).
 * - Audit trail entries older than that same retention period (decision record 0044); with no
 *   period chosen the trail is kept, like what it describes.
 */
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import * as sessions from '$lib/accounts/server/data/sessions';
import * as invites from '$lib/accounts/server/data/invites';
import * as surveyDrafts from '$lib/survey/server/data/survey-drafts';
import * as institutions from '$lib/accounts/server/data/institutions';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import * as courseDesigns from '$lib/blend/server/data/course-designs';
import * as audit from '$lib/audit/server/data/audit';
import { deleteBefore as deleteEventsBefore } from './events/store';
import { log } from './log';
import * as ssoLogins from '$lib/sso/server/data/sso-logins';
import * as ssoRequests from '$lib/sso/server/data/sso-requests';

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
	/** Single sign-ins under way that expired, and rejected sign-on requests past their 30 days. */
	sso: number;
	/** Scans, workshops, surveys and course designs past their institution's retention period. */
	expired: number;
	/** Audit trail entries past their institution's retention period. */
	auditEvents: number;
}

/** The moment `months` calendar months before `at`. */
export function monthsBefore(at: Date, months: number): Date {
	const d = new Date(at);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d;
}

async function expire(db: Kysely<Database>, at: Date): Promise<{ expired: number; auditEvents: number }> {
	let expired = 0;
	let auditEvents = 0;
	for (const { id, retentionMonths } of await institutions.listWithRetention(db)) {
		const cutoff = monthsBefore(at, retentionMonths);
		for (const owner of ['scan', 'workshop', 'survey'] as const) expired += await actionPlans.removeStale(db, owner, id, cutoff);
		expired += await courseDesigns.removeStale(db, id, cutoff);
		// After the stale objects: the entries that say they were deleted are new and stay a period.
		auditEvents += await audit.removeBefore(db, id, cutoff);
	}
	return { expired, auditEvents };
}

export async function sweep(db: Kysely<Database>, at = new Date()): Promise<Swept> {
	const before = (days: number) => new Date(at.getTime() - days * DAY);
	return {
		sessions: await sessions.destroyExpired(db, at),
		events: await deleteEventsBefore(db, before(KEEP_EVENTS_DAYS)),
		invites: await invites.removeExpiredBefore(db, before(KEEP_EXPIRED_INVITES_DAYS)),
		surveyDrafts: await surveyDrafts.removeForSurveysClosedBefore(db, before(KEEP_CLOSED_SURVEY_DRAFTS_DAYS)),
		sso: (await ssoLogins.removeExpired(db, at)) + (await ssoRequests.removeRejectedBefore(db, before(ssoRequests.KEEP_REJECTED_DAYS))),
		...(await expire(db, at))
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
