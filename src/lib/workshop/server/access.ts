/**
 * The ways routes reach a workshop, and nothing else:
 * - a leader's routes: by id within the signed-in user's institution, and only for the workshop's
 *   leader or an admin of that institution (anyone else: 404 for another institution, 403 within);
 * - a participant's routes: by the token in their HttpOnly cookie, never by an id from the URL, so
 *   a participant reaches their own workshop only;
 * - a read-only result link: by its token.
 * The workshop's outcome is built here as an ordinary `PlanDocument`, the same one a scan's result
 * page and exports use.
 */
import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import type { User } from '$lib/accounts/server/data/users';
import * as workshops from './data/workshops';
import * as participants from './data/participants';
import * as groupSheets from './data/group-sheets';
import * as takenSheetPoints from './data/taken-sheet-points';
import * as reflections from './data/reflections';
import * as ownAnswers from './data/own-answers';
import { ownQuestionsSummary } from '$lib/workshop/own-questions';
import * as actionPlans from '$lib/plan/server/data/action-plans';
import * as actionPoints from '$lib/plan/server/data/action-points';
import { instrumentFor } from '$lib/instrument/server/instruments';
import { ownerPlanDocument } from '$lib/plan/server/plan-document';
import type { Instrument } from '$lib/instrument/schema';
import type { FactorAnswer } from '$lib/scan/scan';
import { sheetPlan } from '$lib/workshop/group-sheet';
import { reflectionEntries } from '$lib/workshop/reflections';
import type { PlanDocument } from '$lib/plan/plan-document';
import { isParticipantTokenShape } from '$lib/workshop/join-code';
import { isSecureContext } from '$lib/server/http/security';
import { format, messages, type Language } from '$lib/i18n';
import { inTransaction } from '$lib/server/db/transaction';
import { notFound, forbidden } from '$lib/server/http/errors';
import { mayChange } from '$lib/editors/editors';

export interface WorkshopContext {
	workshop: workshops.Workshop;
	instrument: Instrument;
}

export interface ParticipantContext extends WorkshopContext {
	participant: participants.Participant;
}

/** The workshop with the instrument version it was run with (the institution's own, or a shipped one). */
export async function withInstrument(db: Kysely<Database>, workshop: workshops.Workshop): Promise<WorkshopContext> {
	const instrument = await instrumentFor(db, workshop.institutionId, workshop.instrumentKey, workshop.instrumentVersion, workshop.ownInstrument);
	if (!instrument) throw new Error(`instrument ${workshop.instrumentKey} v${workshop.instrumentVersion} is not installed`);
	return { workshop, instrument };
}

/**
 * Whether this user controls the workshop, its plan included: its leader, or an admin of its
 * institution (the rule of decision record 0043; a workshop takes no co-editors).
 */
export function isLeaderOf(user: User, workshop: workshops.Workshop): boolean {
	return mayChange(user, { institutionId: workshop.institutionId, madeBy: workshop.leaderId });
}

export async function workshopForLeader(db: Kysely<Database>, user: User, id: string): Promise<WorkshopContext> {
	const workshop = await workshops.getInInstitution(db, user.institutionId, id);
	if (!workshop) notFound();
	if (!isLeaderOf(user, workshop)) forbidden();
	return withInstrument(db, workshop);
}

export async function workshopForShareToken(db: Kysely<Database>, token: string): Promise<WorkshopContext> {
	const workshop = isParticipantTokenShape(token) ? await workshops.findByShareToken(db, token) : undefined;
	if (!workshop) notFound();
	return withInstrument(db, workshop);
}

// ——— Participants ———

export function participantCookieName(url: URL): string {
	return isSecureContext(url) ? '__Host-bw_participant' : 'bw_participant';
}

/** The token lives only in this cookie: HttpOnly, never in a URL, gone when the browser session ends or after 12 hours. */
export function setParticipantCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(participantCookieName(url), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecureContext(url),
		maxAge: 12 * 3600
	});
}

/** The participant this device is, with their workshop; null without a valid token. */
export async function participantFromCookie(db: Kysely<Database>, cookies: Pick<Cookies, 'get'>, url: URL): Promise<ParticipantContext | null> {
	const token = cookies.get(participantCookieName(url));
	if (!token || !isParticipantTokenShape(token)) return null;
	const participant = await participants.byToken(db, token);
	if (!participant) return null;
	const workshop = await workshops.getById(db, participant.workshopId);
	if (!workshop) return null;
	// Only a stale "last seen" is written: every page load and edit passes here, and on SQLite even
	// an update that changes nothing takes the write lock the room's edits need.
	if (Date.now() - Date.parse(participant.lastSeenAt) >= participants.TOUCH_INTERVAL_MS) {
		await participants.touch(db, workshop.id, participant.id);
	}
	return { participant, ...(await withInstrument(db, workshop)) };
}

/**
 * What screens call a participant: their display name, or "Deelnemer 3" by the order they joined
 * when they stayed anonymous (or the leader did not ask for names).
 */
export function participantLabels(list: readonly participants.Participant[], language: Language): Map<string, string> {
	const m = messages(language).workshopUi;
	return new Map(list.map((p, i) => [p.id, p.displayName || format(m.participantN, { n: i + 1 })]));
}

// ——— The outcome ———

/**
 * Takes a category's group sheets into the workshop's action plan: each sheet point (an action
 * point with text, the priority) the plan has not taken before. A point once taken is recorded
 * (`taken_sheet_point`) and never taken again, whatever the leader did to it afterwards: a
 * refined, merged or removed point does not come back. A priority comes in only while the plan
 * has none for the category; an action point whose text the plan already holds counts as taken.
 * Runs when the room reaches the category's plenary step and when the workshop closes; points a
 * table adds after the plenary come in then.
 */
export async function takeSheetsIntoPlan(db: Kysely<Database>, { workshop }: WorkshopContext, categoryKeys: readonly string[]): Promise<number> {
	const sheets = (await groupSheets.listForWorkshop(db, workshop.id)).filter((s) => categoryKeys.includes(s.categoryKey));
	if (sheets.length === 0) return 0;
	return inTransaction(db, async (trx) => {
		const [priorities, points, taken] = await Promise.all([
			actionPlans.listPriorities(trx, workshop.actionPlanId),
			actionPoints.list(trx, workshop.actionPlanId),
			takenSheetPoints.listKeys(trx, workshop.id)
		]);
		const newlyTaken: takenSheetPoints.SheetPointRef[] = [];
		const isNew = (ref: takenSheetPoints.SheetPointRef) => !taken.has(takenSheetPoints.sheetPointKey(ref));
		let added = 0;
		for (const stored of sheets) {
			const plan = sheetPlan(stored.sheet);
			const ref = (pointKey: string) => ({ groupKey: stored.groupKey, categoryKey: stored.categoryKey, pointKey });
			if (plan.priority && isNew(ref(takenSheetPoints.PRIORITY_POINT))) {
				if (!priorities.some((p) => p.categoryKey === stored.categoryKey)) {
					await actionPlans.setPriority(trx, workshop.actionPlanId, plan.priority);
					priorities.push(plan.priority);
				}
				newlyTaken.push(ref(takenSheetPoints.PRIORITY_POINT));
			}
			for (const { sheetId, ...point } of plan.actionPoints) {
				if (!isNew(ref(sheetId))) continue;
				newlyTaken.push(ref(sheetId));
				if (points.some((p) => p.categoryKey === point.categoryKey && p.text.trim() === point.text)) continue;
				await actionPoints.add(trx, workshop.actionPlanId, point);
				points.push({ ...point, id: '', position: 0 });
				added++;
			}
		}
		await takenSheetPoints.record(trx, workshop.id, newlyTaken);
		return added;
	});
}

/**
 * The group whose agreed scores the action plan takes for a category: the one the leader chose in
 * plenary, else the first table (in table order) whose sheet for it has any answer. Groups that
 * analysed the category before the leader changed the mapping still count, after the current ones.
 */
export function planGroupKey(workshop: Pick<workshops.Workshop, 'groups' | 'planGroups'>, sheets: readonly groupSheets.StoredSheet[], categoryKey: string): string | null {
	const mapped = workshop.groups.filter((g) => g.categoryKeys.includes(categoryKey)).map((g) => g.key);
	const former = sheets.filter((s) => s.categoryKey === categoryKey && !mapped.includes(s.groupKey)).map((s) => s.groupKey);
	const candidates = [...mapped, ...former];
	const chosen = workshop.planGroups[categoryKey];
	if (chosen && candidates.includes(chosen)) return chosen;
	const answered = candidates.find((key) =>
		sheets.some((s) => s.groupKey === key && s.categoryKey === categoryKey && s.view.factors.some((a) => a.current !== null || a.desired !== null || a.needed))
	);
	return answered ?? candidates[0] ?? null;
}

/** The agreed scores per factor: for each category, those of its plan group (see `planGroupKey`). */
export async function agreedAnswers(db: Kysely<Database>, workshop: Pick<workshops.Workshop, 'id' | 'groups' | 'planGroups'>): Promise<Map<string, FactorAnswer>> {
	const sheets = await groupSheets.listForWorkshop(db, workshop.id);
	const answers = new Map<string, FactorAnswer>();
	for (const categoryKey of new Set(sheets.map((s) => s.categoryKey))) {
		const groupKey = planGroupKey(workshop, sheets, categoryKey);
		const sheet = sheets.find((s) => s.groupKey === groupKey && s.categoryKey === categoryKey);
		for (const answer of sheet?.view.factors ?? []) answers.set(answer.factorKey, answer);
	}
	return answers;
}

/**
 * The workshop's action plan as one document: the leader's page once closed, the read-only link
 * and every export. With step 5's answers (`reflections`), which a scan's or survey's plan has not,
 * and the institution's own questions as the room answered them.
 */
export async function workshopPlanDocument(db: Kysely<Database>, { workshop, instrument }: WorkshopContext, language: Language): Promise<PlanDocument> {
	const [doc, answers, own, joined] = await Promise.all([
		ownerPlanDocument(db, workshop, instrument, agreedAnswers(db, workshop), language),
		reflections.list(db, workshop.id),
		ownAnswers.listForWorkshop(db, workshop.id),
		participants.listForWorkshop(db, workshop.id)
	]);
	// The own questions were answered by each participant on their own: the document holds the room's answers together.
	return {
		...doc,
		ownQuestions: ownQuestionsSummary(instrument, own, language),
		reflections: reflectionEntries(answers, language),
		people: { kind: 'participants', count: joined.length }
	};
}
